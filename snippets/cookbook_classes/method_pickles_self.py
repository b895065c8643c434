import pickle
from multiprocessing import Pool


class Scorer:
    def __init__(self):
        self.weights = bytes(1_000_000)  # 1 MB the tasks never need
        self.times_pickled = 0

    def __getstate__(self):
        self.times_pickled += 1  # counted in the parent, which pickles every task
        return {"weights": self.weights, "times_pickled": 0}

    def score(self, n):
        return n * 10


if __name__ == "__main__":
    scorer = Scorer()
    with Pool(2) as pool:
        for chunksize in (1, 4):
            scorer.times_pickled = 0
            results = pool.map(scorer.score, range(12), chunksize=chunksize)
            print(f"12 tasks, chunksize={chunksize}:", end=" ")
            print(f"self pickled {scorer.times_pickled} times")
    print(results)
    size = len(pickle.dumps(scorer.score))  # what one chunk carries besides its items
    print(f"one pickled scorer.score: {size // 1000:,} kB")
