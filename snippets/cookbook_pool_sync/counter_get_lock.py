from multiprocessing import Pool, Value


def init(counter_):
    global counter  # once per worker, when it starts
    counter = counter_


def work(n):
    with counter.get_lock():  # += reads, then writes: hold the lock for both
        counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)  # an int in shared memory, with a lock of its own
    with Pool(2, initializer=init, initargs=(counter,)) as pool:
        pool.map(work, range(1000))
    print("tasks counted:", counter.value)
