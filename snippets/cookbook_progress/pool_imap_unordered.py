import time
from multiprocessing import Pool

from tqdm import tqdm


def slow_square(n):
    time.sleep(0.1)  # stands for real work
    return n * n


if __name__ == "__main__":
    items = range(40)
    with Pool(processes=4) as pool:
        results = pool.imap_unordered(slow_square, items)
        squares = list(tqdm(results, total=len(items)))
    print(f"{len(squares)} results, sum {sum(squares)}")
