from multiprocessing import Pool


def square(n):
    return n * n


def power(base, exponent):
    return base**exponent


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        # starmap: each item is a tuple of arguments, unpacked into the call
        print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))

        # imap: an iterator; each result can be used as soon as it (and every
        # result before it) is ready
        for n, result in enumerate(pool.imap(square, range(4))):
            print(f"imap: square({n}) = {result}")

        # imap_unordered: results in the order the workers finish them
        unordered = list(pool.imap_unordered(square, range(8)))
        print("imap_unordered, sorted:", sorted(unordered))
