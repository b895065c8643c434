from multiprocessing import Pool

weights = None  # in each worker: set once by load()


class Weights(bytes):
    """1 MB of data that says so when it is pickled for another process."""

    def __reduce__(self):
        print(f"pickling the weights ({len(self) // 1000:,} kB)")
        return Weights, (bytes(self),)


def load(data):
    """Pool initializer: runs once in each worker, when it starts."""
    global weights
    weights = data


def score(n):  # module level: pickled as a name, without any instance
    return n * 10 + weights[n]


class Scorer:
    def __init__(self):
        self.weights = Weights(1_000_000)

    def score_all(self, items):
        with Pool(2, initializer=load, initargs=(self.weights,)) as pool:
            return pool.map(score, items, chunksize=1)


if __name__ == "__main__":
    print(Scorer().score_all(range(12)))
