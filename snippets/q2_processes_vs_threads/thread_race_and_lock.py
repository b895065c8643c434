import threading
import time

ROUNDS = 200  # per thread
count = 0
lock = threading.Lock()


def increment():
    global count
    value = count  # read
    time.sleep(0.0001)  # stands for any work between the read and the write
    count = value + 1  # write


def add_unsafely():
    for _ in range(ROUNDS):
        increment()


def add_safely():
    for _ in range(ROUNDS):
        with lock:  # one thread at a time from the read to the write
            increment()


def run(target):
    global count
    count = 0
    threads = [threading.Thread(target=target) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return count


if __name__ == "__main__":
    expected = 2 * ROUNDS
    print("without a lock, updates lost:", run(add_unsafely) < expected)
    print("with a lock:", run(add_safely), "of", expected)
