from multiprocessing import Lock, Pool


def work(n):
    with lock:  # the parent's global: a worker has it only if it was forked
        return n * n


if __name__ == "__main__":
    lock = Lock()  # created before the pool, which starts the workers
    with Pool(2) as pool:
        print(pool.map(work, range(3)))
