import threading
from multiprocessing.managers import BaseManager


class Counter:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()  # the manager serves each client in a thread

    def add(self, n):
        with self.lock:
            self.count += n
        return self.count


def announce(text):
    print(text, flush=True)  # runs in the manager's process, before it serves


class CounterManager(BaseManager):
    pass


CounterManager.register("Counter", Counter)  # gives CounterManager a Counter() method

if __name__ == "__main__":
    manager = CounterManager(address=("127.0.0.1", 0))  # port 0: a free port
    print("before start():", manager.address)
    manager.start(announce, ("manager process: starting",))
    host, port = manager.address  # now the port the server listens on
    print("after start():", host, port > 0)
    counter = manager.Counter()
    print(counter.add(2), counter.add(3))
    manager.shutdown()
    manager.shutdown()  # a second call does nothing
    try:
        counter.add(1)
    except (EOFError, OSError):  # which one depends on when the socket noticed
        print("the server is gone, and the Counter with it")
