from multiprocessing import Pool


def count_primes(bounds):
    """Count the primes in range(start, stop) by trial division: pure-Python CPU work."""
    start, stop = bounds
    count = 0
    for n in range(max(start, 2), stop):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    return count


if __name__ == "__main__":
    limit, pieces = 200_000, 8
    step = limit // pieces
    chunks = [(i, i + step) for i in range(0, limit, step)]

    serial = [count_primes(chunk) for chunk in chunks]  # one core, one chunk at a time
    with Pool() as pool:  # one worker process per CPU by default
        parallel = pool.map(count_primes, chunks)  # the chunks run in the workers

    print(f"primes below {limit:,}: {sum(parallel):,}")
    print("per chunk:", parallel)
    print("same result as the serial loop:", parallel == serial)
