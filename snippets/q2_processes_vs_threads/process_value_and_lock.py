import time
from multiprocessing import Barrier, Process, Value

ROUNDS = 200  # per process


def add_unsafely(counter, both_have_read):
    for _ in range(ROUNDS):
        value = counter.value  # read
        both_have_read.wait()  # the unlucky timing, forced: the other process reads too
        counter.value = value + 1  # write: both write the same value


def add_safely(counter, _):
    for _ in range(ROUNDS):
        with counter.get_lock():  # one process at a time from the read to the write
            value = counter.value  # read
            time.sleep(0.0001)  # meanwhile the other process waits at the lock
            counter.value = value + 1  # write


def run(target):
    counter = Value("i", 0)  # an int in memory shared by the processes
    both_have_read = Barrier(2)
    workers = [Process(target=target, args=(counter, both_have_read)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return counter.value


if __name__ == "__main__":
    expected = 2 * ROUNDS
    print("without the lock:       ", run(add_unsafely), "of", expected)
    print("with counter.get_lock():", run(add_safely), "of", expected)
