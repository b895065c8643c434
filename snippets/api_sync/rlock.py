import multiprocessing


def try_rlock(rlock, results):
    results.put(rlock.acquire(timeout=0.1))  # another process holds it
    try:
        rlock.release()  # this process does not own it
    except AssertionError as exc:
        results.put(f"AssertionError: {exc}")


if __name__ == "__main__":
    rlock = multiprocessing.RLock()
    rlock.acquire()
    rlock.acquire()  # the owner may take it again: the count is now 2
    print(rlock)
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=try_rlock, args=(rlock, results))
    p.start()
    p.join()
    print("child's acquire(timeout=0.1):", results.get(timeout=10))
    print("child's release():", results.get(timeout=10))
    rlock.release()
    print(rlock)
    rlock.release()  # once per acquire(): now it is free
    print(rlock)
