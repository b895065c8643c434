import time
from multiprocessing import Pipe, Process


def work(ready):
    try:
        ready.send("in try")  # a plain write: done before the parent can read it
        time.sleep(60)  # interrupt() arrives here
    finally:
        print("child: finally clause ran", flush=True)


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    p = Process(target=work, args=(child_end,), name="worker")
    p.start()
    if parent_end.poll(10):  # the child is inside its try
        parent_end.recv()
    p.interrupt()  # SIGINT: a KeyboardInterrupt in the child
    p.join(timeout=10)  # a child that ignores SIGINT would not end
    print("exitcode", p.exitcode)
