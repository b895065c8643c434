from functools import partial
from multiprocessing import Pool


def times(factor, n):  # module level: pickled as its name
    return n * factor


class Scorer:
    def __init__(self):
        self.transform = partial(times, 10)  # pickles as times + (10,)

    def score(self, n):
        return self.transform(n)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(Scorer().score, range(4)))
