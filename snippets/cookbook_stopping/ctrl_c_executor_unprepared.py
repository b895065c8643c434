import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def slow_square(n):
    time.sleep(0.5 if n == 0 else 1.5)  # stands for real work; the first task is short
    return n * n


def interrupted(future):
    return isinstance(future.exception(), KeyboardInterrupt)


if __name__ == "__main__":
    start = time.perf_counter()
    futures = []
    try:
        with ProcessPoolExecutor(max_workers=2) as executor:
            futures = [executor.submit(slow_square, n) for n in range(6)]
            results = []
            for future in as_completed(futures):
                results.append(future.result())
                if len(results) == 1:
                    print("First result in; press Ctrl-C to stop")
    finally:
        stopped = sum(interrupted(future) for future in futures)
        print(f"{len(futures) - stopped} tasks finished, {stopped} interrupted")
        elapsed = time.perf_counter() - start
        print(f"The program ended {elapsed:.1f} s after it started")
