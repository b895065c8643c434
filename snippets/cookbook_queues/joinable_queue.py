from multiprocessing import JoinableQueue, Process, Queue


def consume(tasks, results):
    while True:
        n = tasks.get()
        try:
            if n is None:
                return
            results.put(n * n)
        finally:
            tasks.task_done()  # once per get(), sentinel included, even on error


if __name__ == "__main__":
    tasks, results = JoinableQueue(), Queue()
    consumers = [Process(target=consume, args=(tasks, results)) for _ in range(3)]
    for c in consumers:
        c.start()
    for batch in (range(5), range(5, 10)):  # the workers live on between batches
        for n in batch:
            tasks.put(n)
        tasks.join()  # returns when every task put so far is done
        print("batch done:", sorted(results.get(timeout=30) for _ in batch))
    for _ in consumers:
        tasks.put(None)
    for c in consumers:
        c.join()
