import time
from concurrent.futures import TimeoutError

from pebble import ProcessPool


def sleep_for(seconds):
    time.sleep(seconds)  # stands for a task that may hang
    return seconds


if __name__ == "__main__":
    start = time.perf_counter()
    tasks = [0.5, 60, 0.5, 0.5, 0.5, 0.5]  # the second would take a minute
    with ProcessPool(max_workers=2) as pool:
        futures = [pool.schedule(sleep_for, args=(s,), timeout=1) for s in tasks]
        for future in futures:
            try:
                print(future.result())
            except TimeoutError as error:
                print(f"{error!r}: the worker running it was stopped")
    elapsed = time.perf_counter() - start
    print(f"All {len(tasks)} tasks done after {elapsed:.1f} s")
