from multiprocessing import Pool


def square(n):
    return n * n


def reciprocal(n):
    return 1 / n


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        results = pool.imap(square, range(6))
        print("imap returned:", type(results).__name__)
        print("first two:", next(results), next(results))
        print("the rest:", list(results))
        print("chunksize=2:", type(pool.imap(square, range(6), chunksize=2)))

        unordered = pool.imap_unordered(square, range(6))
        print("imap_unordered, sorted:", sorted(unordered))

        # A task that raises: the iterator raises at its place, then goes on.
        results = pool.imap(reciprocal, [1, 0, 4])
        for _ in range(3):
            try:
                print("imap gave:", next(results))
            except ZeroDivisionError as error:
                print("imap raised:", repr(error))

        # chunksize=2: a plain generator; the failure ends it, and [0, 4] is lost.
        gen = pool.imap(reciprocal, [1, 2, 0, 4, 5, 8], chunksize=2)
        got = []
        try:
            for value in gen:
                got.append(value)
        except ZeroDivisionError as error:
            print("chunksize=2 raised:", repr(error), "after", got)
        print("then:", list(gen))
