import multiprocessing


def try_lock(lock, results):
    # The parent holds the lock: a non-blocking try and a short timeout both fail.
    results.put(("acquire(block=False)", lock.acquire(block=False)))
    results.put(("acquire(timeout=0.1)", lock.acquire(timeout=0.1)))


def take_lock(lock, results):
    with lock:  # free: the parent released it before starting this process
        results.put(("child in the with block", True))


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    results = multiprocessing.Queue()
    lock.acquire()
    p = multiprocessing.Process(target=try_lock, args=(lock, results))
    p.start()
    p.join()
    lock.release()
    p = multiprocessing.Process(target=take_lock, args=(lock, results))
    p.start()
    p.join()
    for _ in range(3):
        what, result = results.get(timeout=10)
        print(f"{what}: {result}")
    try:
        lock.release()  # nobody holds it now
    except ValueError as exc:
        print("release() of a free Lock raised ValueError:", exc)
