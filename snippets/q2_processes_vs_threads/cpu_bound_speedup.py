import sys
import time
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool

WORK = [3_000_000, 3_000_000]  # two equal CPU-bound tasks


def sum_of_squares(n):
    total = 0
    for i in range(n):  # pure Python: needs the GIL all the time
        total += i * i
    return total


def best_of_3(map_function):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        results = list(map_function(sum_of_squares, WORK))
        times.append(time.perf_counter() - start)
    return min(times), results


if __name__ == "__main__":
    serial, expected = best_of_3(map)
    with Pool(2) as pool:
        processes, by_processes = best_of_3(pool.map)
    with ThreadPool(2) as pool:
        threads, by_threads = best_of_3(pool.map)

    print("GIL enabled:", getattr(sys, "_is_gil_enabled", lambda: True)())
    print("same results:", by_threads == by_processes == expected)
    print(f"serial:      {serial:.2f} s")
    print(f"2 threads:   {threads:.2f} s")
    print(f"2 processes: {processes:.2f} s")
