from multiprocessing import Pool


class Scorer:
    def __init__(self):
        self.pool = Pool(2)  # the pool is now part of self

    def score(self, n):
        return n * 10

    def score_all(self, items):
        return self.pool.map(self.score, items)  # pickles self, and so self.pool


if __name__ == "__main__":
    scorer = Scorer()
    try:
        print(scorer.score_all(range(4)))
    finally:
        scorer.pool.close()
        scorer.pool.join()
