import time
from multiprocessing import Pool

from tqdm import tqdm


def slow_square(n):
    time.sleep(0.5)
    return n * n


if __name__ == "__main__":
    # A bar that shows its own clock: how long it took to fill
    clock = "{l_bar}{bar}| {n}/{total} after {elapsed_s:.1f} s"
    start = time.perf_counter()
    with Pool(processes=2) as pool:
        # Wrong: counts the items map() hands to the workers, not the results
        results = pool.map(slow_square, tqdm(range(8), bar_format=clock))
    print(f"map() returned after {time.perf_counter() - start:.1f} s")
