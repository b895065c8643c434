import multiprocessing


def worker(sem, inside, done):
    with sem:  # holds one of the two slots until the block ends
        inside.put(True)
        done.wait(timeout=10)  # set by the parent; the timeout only guards a crash


if __name__ == "__main__":
    sem = multiprocessing.Semaphore(2)
    print("get_value():", sem.get_value(), repr(sem))
    inside, done = multiprocessing.Queue(), multiprocessing.Event()
    workers = [
        multiprocessing.Process(target=worker, args=(sem, inside, done))
        for _ in range(2)
    ]
    for p in workers:
        p.start()
    for _ in workers:
        inside.get(timeout=10)  # both workers hold a slot now
    print("both workers inside: get_value():", sem.get_value())
    print("parent's acquire(timeout=0.1):", sem.acquire(timeout=0.1))
    done.set()
    for p in workers:
        p.join()
    print("after the workers: get_value():", sem.get_value())
    sem.release()  # a Semaphore counts past its start value without complaint
    print("one release() too many: get_value():", sem.get_value())
