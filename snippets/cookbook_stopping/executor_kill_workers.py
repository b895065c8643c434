import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def sleep_for(seconds):
    time.sleep(seconds)  # stands for a task that may hang
    return seconds


if __name__ == "__main__":
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as executor:
        stuck = executor.submit(sleep_for, 3)
        other = executor.submit(sleep_for, 2)
        try:
            stuck.result(timeout=1)
        except TimeoutError:
            executor.kill_workers()  # Python 3.14+: every worker, every task
            elapsed = time.perf_counter() - start
            print(f"Timed out; workers killed after {elapsed:.1f} s")
    print(f"stuck: {type(stuck.exception()).__name__}")
    print(f"other: {type(other.exception()).__name__}")
