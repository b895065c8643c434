import time
from multiprocessing import Event, Process


def work(ready):
    try:
        ready.set()
        time.sleep(60)  # interrupt() arrives here
    finally:
        print("child: finally clause ran", flush=True)


if __name__ == "__main__":
    ready = Event()
    p = Process(target=work, args=(ready,), name="worker")
    p.start()
    ready.wait(timeout=10)  # the child is inside its try
    p.interrupt()  # SIGINT: a KeyboardInterrupt in the child
    p.join(timeout=10)  # a child that ignores SIGINT would not end
    print("exitcode", p.exitcode)
