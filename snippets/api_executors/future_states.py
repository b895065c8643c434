import multiprocessing
import queue
from concurrent.futures import CancelledError, ProcessPoolExecutor

started = gate = None


def setup(started_event, gate_event):
    global started, gate
    started, gate = started_event, gate_event


def task(n):
    if n == 0:
        started.set()
        gate.wait(timeout=30)  # holds the only worker until the parent says so
    if n == 1:
        raise ValueError("task 1 failed")
    return n * 10


if __name__ == "__main__":
    started, gate = multiprocessing.Event(), multiprocessing.Event()
    finished = queue.SimpleQueue()
    with ProcessPoolExecutor(1, initializer=setup, initargs=(started, gate)) as ex:
        first, failing, third, last = [ex.submit(task, n) for n in range(4)]
        started.wait(timeout=30)
        print("first: running", first.running(), "done", first.done())
        print("first.cancel():", first.cancel())  # running: too late
        # The worker's queue holds at most max_workers + 1 tasks: `last` waits.
        print("last.cancel():", last.cancel(), "cancelled", last.cancelled())
        third.add_done_callback(lambda f: finished.put(f.result()))
        gate.set()
        print("first.result():", first.result(timeout=30))
        print("failing.exception():", repr(failing.exception(timeout=30)))
        print("callback got:", finished.get(timeout=30))
        try:
            last.result()
        except CancelledError:
            print("last.result() raised CancelledError")
