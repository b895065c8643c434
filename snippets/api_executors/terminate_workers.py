import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

started = None


def setup(started_event):
    global started
    started = started_event


def stuck(n):
    started.set()
    time.sleep(60)  # stands for a task that hangs: it never returns in time
    return n


if __name__ == "__main__":
    # Python 3.14+: SIGTERM to every worker, then (second run) SIGKILL
    for stop in (
        ProcessPoolExecutor.terminate_workers,
        ProcessPoolExecutor.kill_workers,
    ):
        started = multiprocessing.Event()
        with ProcessPoolExecutor(1, initializer=setup, initargs=(started,)) as ex:
            running = ex.submit(stuck, 1)
            started.wait(timeout=30)
            stop(ex)
            print(stop.__name__, "->", repr(running.exception(timeout=30)))
            try:
                ex.submit(stuck, 3)
            except RuntimeError as exc:
                print("  submit() afterwards:", repr(exc))
