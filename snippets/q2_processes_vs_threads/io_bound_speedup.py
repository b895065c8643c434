import time
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool

DELAYS = [0.05] * 4  # four tasks that each wait 50 ms, as for a network reply


def wait(seconds):
    time.sleep(seconds)  # like blocking I/O, sleeping releases the GIL
    return seconds


def best_of_3(map_function):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        list(map_function(wait, DELAYS))
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    serial = best_of_3(map)
    with Pool(4) as pool:
        processes = best_of_3(pool.map)
    with ThreadPool(4) as pool:
        threads = best_of_3(pool.map)

    print(f"serial:      {serial:.2f} s")
    print(f"4 threads:   {threads:.2f} s")
    print(f"4 processes: {processes:.2f} s")
