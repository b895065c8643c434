from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

LIMIT = 8  # tasks submitted and not yet collected, at most


def numbers(count):
    """Stands for a huge or endless source."""
    yield from range(count)


def square(n):
    return n * n


if __name__ == "__main__":
    total = most = 0
    pending = set()
    with ProcessPoolExecutor(2) as executor:
        for n in numbers(10_000):
            if len(pending) == LIMIT:
                # a timeout: never wait for ever
                done, pending = wait(pending, timeout=60, return_when=FIRST_COMPLETED)
                total += sum(future.result() for future in done)
            pending.add(executor.submit(square, n))
            most = max(most, len(pending))
        total += sum(future.result(timeout=60) for future in pending)
    print(f"tasks pending at most: {most}")
    print(f"sum of squares: {total:,}")
