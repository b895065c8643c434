from multiprocessing.managers import BaseManager


class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n


class CounterManager(BaseManager):
    pass


CounterManager.register("Counter", Counter)

if __name__ == "__main__":
    with CounterManager() as manager:
        counter = manager.Counter()
        counter.add(5)
        print(counter.count)  # an attribute, not a method: the proxy has none
