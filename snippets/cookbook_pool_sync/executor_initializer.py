from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Lock, Queue


def init(queue_, lock_):
    global queue, lock  # once per worker, when it starts
    queue, lock = queue_, lock_


def work(n):
    with lock:
        queue.put(n * n)
    return n


if __name__ == "__main__":
    queue, lock = Queue(), Lock()
    with ProcessPoolExecutor(2, initializer=init, initargs=(queue, lock)) as executor:
        print(list(executor.map(work, range(3))))
        print(sorted(queue.get(timeout=10) for _ in range(3)))
