from concurrent.futures import ProcessPoolExecutor

pulled = 0


def numbers(count):
    """Stands for a huge source: rows of a database, lines of a file."""
    global pulled
    for n in range(count):
        pulled += 1
        yield n


def square(n):
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        results = executor.map(square, numbers(10_000))
        print(f"map() returned after reading {pulled:,} items")
        print(f"sum of squares: {sum(results):,}")
