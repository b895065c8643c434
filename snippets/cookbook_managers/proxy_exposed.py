from multiprocessing.managers import BaseManager, BaseProxy


class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n

    def _reset(self):  # a leading underscore: not exposed by default
        self.count = 0


class CounterProxy(BaseProxy):
    # what the manager lets this proxy call on the Counter
    _exposed_ = ("add", "_reset", "__getattribute__")

    def add(self, n):
        return self._callmethod("add", (n,))

    def reset(self):
        return self._callmethod("_reset")

    @property
    def count(self):  # reads the attribute in the manager's process
        return self._callmethod("__getattribute__", ("count",))


class CounterManager(BaseManager):
    pass


CounterManager.register("Counter", Counter, proxytype=CounterProxy)

if __name__ == "__main__":
    with CounterManager() as manager:
        counter = manager.Counter()
        counter.add(5)
        print(counter.count)
        counter.reset()
        print(counter.count)
