import multiprocessing
import os
import signal
import time


def long_task(started):
    try:
        started.set()
        time.sleep(30)
    except KeyboardInterrupt:
        print("  child: KeyboardInterrupt, saving what it has done so far")
    finally:
        print("  child: finally block ran")


if __name__ == "__main__":
    print("Process.interrupt() exists:", hasattr(multiprocessing.Process, "interrupt"))
    for stop in ("interrupt", "terminate"):
        started = multiprocessing.Event()
        p = multiprocessing.Process(target=long_task, args=(started,))
        p.start()
        started.wait()  # the child is inside its try block ...
        time.sleep(0.5)  # ... and, after this, asleep: not in the middle of set()
        if stop == "terminate":
            p.terminate()  # SIGTERM: the child dies at once
        elif hasattr(p, "interrupt"):
            p.interrupt()  # SIGINT: KeyboardInterrupt in the child
        else:
            os.kill(p.pid, signal.SIGINT)  # what interrupt() does, before 3.14
        p.join()
        print(f"{stop}(): exit code {p.exitcode}")
