from multiprocessing import Manager, Process


def consumer(cond, items, barrier, results):
    with cond:
        # wait_for runs the test here and waits in the manager between tries
        ready = cond.wait_for(lambda: len(items) >= 2, timeout=60)
    results.append(f"saw {len(items)} items: {ready}")
    barrier.wait(timeout=60)  # a timeout: a crashed party must not hang the rest


if __name__ == "__main__":
    with Manager() as manager:
        cond = manager.Condition(manager.Lock())  # a lock proxy, or none: an RLock
        items, results = manager.list(), manager.list()
        barrier = manager.Barrier(3)  # two consumers and this process
        workers = [
            Process(target=consumer, args=(cond, items, barrier, results))
            for _ in range(2)
        ]
        for p in workers:
            p.start()
        for item in ("a", "b"):
            with cond:
                items.append(item)
                cond.notify_all()
        barrier.wait(timeout=60)  # returns once all three have arrived
        for p in workers:
            p.join()
        print(list(results), barrier.broken)
