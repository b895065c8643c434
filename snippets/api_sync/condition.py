import multiprocessing


def consumer(cond, stock):
    with cond:
        # wait_for() re-checks the predicate after every notify; it returns
        # the predicate's last value, False if the timeout came first.
        ok = cond.wait_for(lambda: stock.value >= 3, timeout=10)
        print(f"consumer: stock is {stock.value}, wait_for() returned {ok}")


if __name__ == "__main__":
    cond = multiprocessing.Condition()  # built on a new RLock
    stock = multiprocessing.Value("i", 0, lock=False)  # guarded by cond's lock
    p = multiprocessing.Process(target=consumer, args=(cond, stock))
    p.start()
    for _ in range(3):
        with cond:
            stock.value += 1
            cond.notify()  # wakes the consumer if it is waiting
    p.join()
    with cond:
        # Nobody notifies: wait() returns False when its timeout runs out.
        print("parent: wait(timeout=0.1) returned", cond.wait(timeout=0.1))
