from multiprocessing import Manager, Pool


def work(n, queue, lock, stop):
    if stop.is_set():  # the parent asked to stop: skip the task
        return None
    with lock:  # one worker at a time in this block
        queue.put(n * n)
    return n


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        queue, lock, stop = manager.Queue(), manager.Lock(), manager.Event()
        tasks = [(n, queue, lock, stop) for n in range(3)]  # proxies pickle fine
        print(pool.starmap(work, tasks))
        print(sorted(queue.get(timeout=10) for _ in range(3)))
        stop.set()
        print(pool.starmap(work, tasks))
