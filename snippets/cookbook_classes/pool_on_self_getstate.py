from multiprocessing import Pool


class Scorer:
    def __init__(self):
        self.factor = 10
        self.pool = Pool(2)

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["pool"]  # a worker's copy of self gets no pool
        return state

    def score(self, n):
        return n * self.factor

    def score_all(self, items):
        return self.pool.map(self.score, items)


if __name__ == "__main__":
    scorer = Scorer()
    try:
        print(scorer.score_all(range(4)))
    finally:
        scorer.pool.close()
        scorer.pool.join()
