import time
from multiprocessing import Pool, TimeoutError


def sleep_for(seconds):
    time.sleep(seconds)  # stands for a task that hangs
    return seconds


if __name__ == "__main__":
    start = time.perf_counter()
    with Pool(processes=1) as pool:
        stuck = pool.apply_async(sleep_for, (3,))
        try:
            stuck.get(timeout=1)
        except TimeoutError:
            elapsed = time.perf_counter() - start
            print(f"get(timeout=1) raised TimeoutError after {elapsed:.1f} s")
        quick = pool.apply_async(sleep_for, (0,))  # needs the stuck task's worker
        quick.get()
        elapsed = time.perf_counter() - start
        print(f"A quick task submitted next finished after {elapsed:.1f} s")
