import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def sleep_for(seconds):
    time.sleep(seconds)  # stands for a task that hangs
    return seconds


if __name__ == "__main__":
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=1) as executor:
        stuck = executor.submit(sleep_for, 3)
        try:
            stuck.result(timeout=1)
        except TimeoutError:
            elapsed = time.perf_counter() - start
            print(f"result(timeout=1) raised TimeoutError after {elapsed:.1f} s")
        print(f"cancel() returned {stuck.cancel()}: the task is running")
    print(f"The with block ended after {time.perf_counter() - start:.1f} s")
