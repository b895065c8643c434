import time
from multiprocessing import Pool


def double(n):
    return 2 * n  # far less work than sending n to a process and the result back


if __name__ == "__main__":
    numbers = range(1_000)

    start = time.perf_counter()
    serial = [double(n) for n in numbers]
    print(f"plain loop: {(time.perf_counter() - start) * 1000:.2f} ms")

    start = time.perf_counter()
    with Pool(2) as pool:  # start two workers ...
        parallel = pool.map(double, numbers)  # ... 8 tasks of 125 numbers, there and back
    print(f"Pool(2):    {(time.perf_counter() - start) * 1000:.2f} ms")
    print("same result:", parallel == serial)
