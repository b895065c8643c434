import time
from multiprocessing import Barrier, Process, Value

ROUNDS = 200  # per process


def increment(counter):
    value = counter.value  # read
    time.sleep(0.0001)  # stands for any work between the read and the write
    counter.value = value + 1  # write


def add_unsafely(counter, start):
    start.wait()  # both processes begin together
    for _ in range(ROUNDS):
        increment(counter)


def add_safely(counter, start):
    start.wait()
    for _ in range(ROUNDS):
        with counter.get_lock():  # one process at a time from the read to the write
            increment(counter)


def run(target):
    counter = Value("i", 0)  # an int in memory shared by the processes
    start = Barrier(2)
    workers = [Process(target=target, args=(counter, start)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return counter.value


if __name__ == "__main__":
    expected = 2 * ROUNDS
    print("without the lock, updates lost:", run(add_unsafely) < expected)
    print("with counter.get_lock():", run(add_safely), "of", expected)
