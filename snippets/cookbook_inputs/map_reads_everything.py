from multiprocessing import Pool

pulled = 0  # how many items the generator has handed out


def numbers(count):
    """Stands for a huge source: rows of a database, lines of a file."""
    global pulled
    for n in range(count):
        pulled += 1
        yield n


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        # map_async() is map() without the wait: both run the same code first
        pending = pool.map_async(square, numbers(1_000_000))
        print(f"map_async() returned after reading {pulled:,} items")
        squares = pending.get(timeout=300)  # a timeout: never wait for ever
    print(f"{len(squares):,} results")
