from multiprocessing import Event, Lock, Pool, Queue


def init(queue_, lock_, stop_):
    global queue, lock, stop  # once per worker, when it starts
    queue, lock, stop = queue_, lock_, stop_


def work(n):
    if stop.is_set():  # the parent asked to stop: skip the task
        return None
    with lock:  # one worker at a time in this block
        queue.put(n * n)
    return n


if __name__ == "__main__":
    queue, lock, stop = Queue(), Lock(), Event()
    with Pool(2, initializer=init, initargs=(queue, lock, stop)) as pool:
        print(pool.map(work, range(3)))
        print(sorted(queue.get(timeout=10) for _ in range(3)))
        stop.set()
        print(pool.map(work, range(3)))
