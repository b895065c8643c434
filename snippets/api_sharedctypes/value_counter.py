from multiprocessing import Array, Process, Value


def work(counter, totals, n):
    for _ in range(1000):
        with counter.get_lock():  # += reads, then writes: the lock makes it one step
            counter.value += 1
    totals[n] = n * 10  # a single item: its own locking is enough


if __name__ == "__main__":
    counter = Value("i", 0)  # one C int in shared memory, with a lock
    totals = Array("i", 3)  # three C ints, zeroed, with a lock
    workers = [Process(target=work, args=(counter, totals, n)) for n in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("counter:", counter.value)
    print("totals:", totals[:])
    print(repr(counter))
    print("get_obj():", repr(counter.get_obj()))
    print("the default lock:", type(counter.get_lock()).__name__)
