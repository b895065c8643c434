import time
from concurrent.futures import ProcessPoolExecutor, wait


def slow_square(n):
    time.sleep(0.5)  # stands for real work
    return n * n


def state(future):
    if future.cancelled():
        return "cancelled"
    return "finished" if future.done() else "still running"


if __name__ == "__main__":
    start = time.perf_counter()
    executor = ProcessPoolExecutor(max_workers=2)
    futures = [executor.submit(slow_square, n) for n in range(20)]
    futures[0].result()  # the first result is in: stop the rest
    executor.shutdown(cancel_futures=True)  # Python 3.9+
    elapsed = time.perf_counter() - start
    print(f"shutdown(cancel_futures=True) returned after {elapsed:.1f} s")
    print(f"Task 0: {state(futures[0])}; task 19: {state(futures[19])}")
    print(f"Every task finished or cancelled: {all(f.done() for f in futures)}")
    done, not_done = wait(futures, timeout=1)  # without a timeout: for ever
    print(f"wait() counts task 19 as done: {futures[19] in done}")
