import threading
from multiprocessing import Event, Pool

COUNT = 100
pulled = 0
all_read = threading.Event()


def numbers():
    global pulled
    for n in range(COUNT):
        pulled += 1
        yield n
    all_read.set()  # runs in the pool's task handler thread, not in the loop


def init(event):
    global gate
    gate = event


def square(n):
    gate.wait(timeout=60)  # no task ends before the parent opens the gate
    return n * n


if __name__ == "__main__":
    gate = Event()
    with Pool(2, initializer=init, initargs=(gate,)) as pool:
        results = pool.imap(square, numbers())
        all_read.wait(timeout=60)  # a timeout: never wait for ever
        print(f"read {pulled} of {COUNT} items before any task ended")
        gate.set()
        print(f"sum of squares: {sum(results)}")
