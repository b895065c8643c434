import threading
import time

ROUNDS = 200  # per thread
count = 0


def add_unsafely(both_have_read):
    global count
    for _ in range(ROUNDS):
        value = count  # read
        both_have_read.wait()  # the unlucky timing, forced: the other thread reads too
        count = value + 1  # write: both write the same value


def add_safely(lock):
    global count
    for _ in range(ROUNDS):
        with lock:  # one thread at a time from the read to the write
            value = count  # read
            time.sleep(0.0001)  # meanwhile the other thread waits at the lock
            count = value + 1  # write


def run(target, arg):
    global count
    count = 0
    threads = [threading.Thread(target=target, args=(arg,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return count


if __name__ == "__main__":
    expected = 2 * ROUNDS
    print("without a lock:", run(add_unsafely, threading.Barrier(2)), "of", expected)
    print("with a lock:   ", run(add_safely, threading.Lock()), "of", expected)
