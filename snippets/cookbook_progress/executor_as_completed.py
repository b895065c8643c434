import time
from concurrent.futures import ProcessPoolExecutor, as_completed

from tqdm import tqdm


def slow_square(n):
    time.sleep(0.1)  # stands for real work
    return n * n


if __name__ == "__main__":
    items = range(40)
    with ProcessPoolExecutor(max_workers=4) as executor:
        futures = [executor.submit(slow_square, n) for n in items]
        results = []
        for future in tqdm(as_completed(futures), total=len(futures)):
            results.append(future.result())
    print(f"{len(results)} results, sum {sum(results)}")
