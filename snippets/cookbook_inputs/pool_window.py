from collections import deque
from multiprocessing import Pool

WINDOW = 8  # tasks in flight at most: the memory bound
pulled = taken = ahead = 0


def numbers(count):
    """Stands for a huge or endless source; counts how far it is read ahead."""
    global pulled, ahead
    for n in range(count):
        pulled += 1
        ahead = max(ahead, pulled - taken)
        yield n


def bounded_imap(pool, func, items, window):
    """Like pool.imap(func, items), with at most `window` items read ahead."""
    pending = deque()
    for item in items:
        if len(pending) == window:
            yield pending.popleft().get(timeout=60)  # never wait for ever
        pending.append(pool.apply_async(func, (item,)))
    while pending:
        yield pending.popleft().get(timeout=60)


def square(n):
    return n * n


if __name__ == "__main__":
    total = 0
    with Pool(2) as pool:
        for result in bounded_imap(pool, square, numbers(10_000), WINDOW):
            taken += 1
            total += result
    print(f"items read ahead of the loop: at most {ahead}")
    print(f"sum of squares: {total:,}")
