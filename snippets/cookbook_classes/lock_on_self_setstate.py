import threading
from multiprocessing import Pool


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.seen = 0

    def __getstate__(self):  # what pickle sends: everything but the lock
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):  # in the worker: the copy makes its own lock
        self.__dict__.update(state)
        self.lock = threading.Lock()

    def square(self, n):
        with self.lock:  # the worker's own lock
            self.seen += 1
        return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(Counter().square, range(4)))
