from multiprocessing import Process, Queue
from multiprocessing.connection import wait


def consume(tasks):
    for _task in iter(tasks.get, None):
        pass  # the work would go here


if __name__ == "__main__":
    tasks = Queue()
    consumers = [Process(target=consume, args=(tasks,)) for _ in range(3)]
    for c in consumers:
        c.start()
    for n in range(10):
        tasks.put(n)
    tasks.put(None)  # the mistake: one sentinel for three consumers
    by_sentinel = {c.sentinel: c for c in consumers}
    for ended in wait(list(by_sentinel), timeout=30):  # until a consumer has ended
        by_sentinel[ended].join()  # and reap it, so that is_alive() knows
    alive = sum(c.is_alive() for c in consumers)
    print(f"{alive} of 3 consumers still wait in get(): join() would wait for ever")
    for _ in range(alive):
        tasks.put(None)  # the fix: one sentinel per consumer
    for c in consumers:
        c.join()
    print("all stopped")
