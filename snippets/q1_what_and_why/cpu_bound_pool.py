import time
from multiprocessing import Pool


def count_primes(bounds):
    """Count the primes in range(start, stop) by trial division: pure Python."""
    start, stop = bounds
    count = 0
    for n in range(max(start, 2), stop):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    return count


if __name__ == "__main__":
    chunks = [(i, i + 25_000) for i in range(0, 500_000, 25_000)]  # 20 chunks

    start = time.perf_counter()
    total = sum(map(count_primes, chunks))  # one chunk after another
    seconds = time.perf_counter() - start
    print(f"serial:      {total:,} primes in {seconds:.2f} s")

    start = time.perf_counter()
    with Pool(2) as pool:  # start two worker processes
        total = sum(pool.map(count_primes, chunks))  # two chunks at a time
    seconds = time.perf_counter() - start  # workers' start and stop included
    print(f"2 processes: {total:,} primes in {seconds:.2f} s")
