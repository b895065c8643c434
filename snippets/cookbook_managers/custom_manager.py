import threading
from multiprocessing import Pool
from multiprocessing.managers import BaseManager


class Counter:
    """An ordinary class: its one instance lives in the manager's process."""

    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()  # the manager runs calls in many threads

    def add(self, n):
        with self.lock:
            self.count += n

    def value(self):
        return self.count


class CounterManager(BaseManager):
    pass


CounterManager.register("Counter", Counter)


def work(counter, n):
    counter.add(n)  # a call sent to the manager's process and run there


if __name__ == "__main__":
    with CounterManager() as manager:  # starts the manager's process
        counter = manager.Counter()  # a proxy to the Counter over there
        with Pool(2) as pool:
            pool.starmap(work, [(counter, n) for n in range(1, 101)])
        print(f"count: {counter.value()}")
