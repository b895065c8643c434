from multiprocessing import Manager, Pool


def use_slot(slots, busy, i):
    with slots:  # at most 2 tasks in this block at once
        busy.append(i)
        in_use = len(busy)
        busy.remove(i)
    return in_use <= 2


def try_rlock(rlock):
    got = rlock.acquire(blocking=False)  # from another process: not the owner
    if got:
        rlock.release()
    return got


if __name__ == "__main__":
    with Manager() as manager, Pool(3) as pool:
        slots = manager.Semaphore(2)
        busy = manager.list()
        print(all(pool.starmap(use_slot, [(slots, busy, i) for i in range(6)])))

        bounded = manager.BoundedSemaphore(1)
        bounded.acquire()
        bounded.release()
        try:
            bounded.release()  # once too often: raised in the manager, re-raised here
        except ValueError as exc:
            print("ValueError:", exc)

        rlock = manager.RLock()
        with rlock, rlock:  # the owner may take it again
            print("held twice; another process:", pool.apply(try_rlock, [rlock]))
        print("released; another process:", pool.apply(try_rlock, [rlock]))
