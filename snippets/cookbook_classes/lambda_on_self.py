from multiprocessing import Pool


class Scorer:
    def __init__(self):
        self.transform = lambda n: n * 10  # pickled with self: by name, which it lacks

    def score(self, n):
        return self.transform(n)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(Scorer().score, range(4)))
