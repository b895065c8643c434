from multiprocessing import Pool

table = None  # in each worker: its own copy, set once by load()


class Table(dict):
    """A dict that says so when it is pickled to be sent to another process."""

    def __reduce__(self):
        print(f"pickling the table ({len(self):,} entries) for a worker")
        return Table, (dict(self),)


def load(data):
    """Pool initializer: runs once in each worker, when it starts."""
    global table
    table = data


def lookup(key):
    return table[key]  # each task sends only a key, never the table


if __name__ == "__main__":
    data = Table({n: n * n for n in range(1_000_000)})  # read-only; every task needs it

    with Pool(2, initializer=load, initargs=(data,)) as pool:
        print("results:", pool.map(lookup, [3, 999_999, 12]))
