import time
from multiprocessing import Pool

from tqdm import tqdm


def tiny_task(n):
    time.sleep(0.001)  # stands for a short piece of real work
    return n


if __name__ == "__main__":
    items = range(2000)
    with Pool(processes=2) as pool:
        pool.map(tiny_task, range(2))  # wait until both workers are up
        for size in (1, 20, 250):
            start = time.perf_counter()
            first = None
            results = pool.imap_unordered(tiny_task, items, chunksize=size)
            for _ in tqdm(results, total=len(items), desc=f"chunksize={size}"):
                if first is None:
                    first = time.perf_counter() - start
            total = time.perf_counter() - start
            print(f"first result after {first:.3f} s, all after {total:.2f} s")
