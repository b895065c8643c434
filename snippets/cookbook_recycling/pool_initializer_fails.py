import multiprocessing
import os
import sys
from multiprocessing import Event, Pool, Value


def connect(attempts, third_attempt):
    with attempts.get_lock():
        attempts.value += 1
        attempt = attempts.value
    if attempt == 3:
        third_attempt.set()
    if attempt > 1:  # show the traceback once: it repeats for every new worker
        sys.stderr = open(os.devnull, "w")
    raise ConnectionError("database unreachable")


if __name__ == "__main__":
    attempts, third_attempt = Value("i", 0), Event()
    with Pool(1, initializer=connect, initargs=(attempts, third_attempt)) as pool:
        result = pool.apply_async(pow, (2, 8))
        # The pool replaces the dead worker, again and again.
        print("a third worker was started:", third_attempt.wait(timeout=60))
        try:
            result.get(timeout=1)  # without a timeout: for ever
        except multiprocessing.TimeoutError:
            print("no result: no worker lives long enough to run a task")
    # Leaving the block called terminate(): the respawning stops.
