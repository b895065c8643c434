from itertools import islice
from multiprocessing import Pool

BATCH = 10_000


def numbers(count):
    """Stands for a huge source: rows of a database, lines of a file."""
    yield from range(count)


def batches(items, size):
    """Lists of up to `size` items, read from `items` only when asked for."""
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


def square(n):
    return n * n


if __name__ == "__main__":
    total = largest = 0
    with Pool(2) as pool:
        for batch in batches(numbers(1_000_000), BATCH):
            largest = max(largest, len(batch))
            total += sum(pool.map(square, batch))  # one batch in memory at a time
    print(f"largest batch in memory: {largest:,} items")
    print(f"sum of squares: {total:,}")
