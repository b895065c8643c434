import sys
import time
import traceback
from multiprocessing import Event, Process, Queue
from multiprocessing.connection import wait


def work(n, stop, failures):
    try:
        for step in range(600):  # a job of up to a minute, in short steps
            if stop.is_set():
                return  # a clean stop between two steps
            if n == 2 and step == 3:
                raise ValueError(f"worker {n}: bad input at step {step}")
            time.sleep(0.1)
    except Exception:
        failures.put((n, traceback.format_exc()))
        sys.exit(1)  # a non-zero exit code tells the parent to read `failures`


if __name__ == "__main__":
    stop, failures = Event(), Queue()
    procs = [
        Process(target=work, args=(n, stop, failures), name=f"worker {n}")
        for n in range(4)
    ]
    for p in procs:
        p.start()
    running = {p.sentinel: p for p in procs}
    while running and not stop.is_set():
        ended = wait(running, timeout=120)
        if not ended:  # nothing ended in two minutes: stop them all
            stop.set()
        for sentinel in ended:
            p = running.pop(sentinel)
            p.join()  # returns at once; exitcode can be None before it
            if p.exitcode != 0:
                n, text = failures.get(timeout=60)
                print(f"worker {n} failed with exit code {p.exitcode}:\n{text}")
                stop.set()  # ask the others to stop
    for p in procs:
        p.join(timeout=10)  # time to reach the next step and return
        if p.exitcode is None:  # still running: end it
            p.terminate()
            p.join()
        print(f"{p.name}: exit code {p.exitcode}")
