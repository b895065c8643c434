import threading
from multiprocessing import Pool


class Counter:
    def __init__(self):
        self.lock = threading.Lock()  # guards self.seen in the parent's threads
        self.seen = 0

    def square(self, n):
        return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(Counter().square, range(4)))
