from multiprocessing import Process, Queue


def produce(tasks, first):
    for n in range(first, first + 5):  # each producer makes 5 tasks
        tasks.put(n)


def consume(tasks, results):
    for n in iter(tasks.get, None):  # get() until the sentinel None
        results.put((n, n * n))
    results.put(None)  # tell the parent this consumer is done


if __name__ == "__main__":
    tasks, results = Queue(), Queue()
    producers = [Process(target=produce, args=(tasks, n)) for n in (0, 100)]
    consumers = [Process(target=consume, args=(tasks, results)) for _ in range(3)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()  # every task is in the queue: the consumers keep reading it
    for _ in consumers:
        tasks.put(None)  # one sentinel per consumer: each takes one and stops
    answers, done = [], 0
    while done < len(consumers):  # drain the results before joining the consumers
        item = results.get(timeout=30)  # a consumer that died would not hang us
        if item is None:
            done += 1
        else:
            answers.append(item)
    for c in consumers:
        c.join()
    print(f"{len(answers)} results from 2 producers; {done} consumers stopped")
    print(sorted(answers))
