from multiprocessing import Event, Process, Queue


def work(results, ready):
    ready.wait(timeout=10)  # stands for work that takes longer than the loop below
    for n in range(3):
        results.put(n * n)


if __name__ == "__main__":
    results, ready = Queue(), Event()
    worker = Process(target=work, args=(results, ready))
    worker.start()
    collected = []
    while not results.empty():  # the mistake: "empty now" is not "no more to come"
        collected.append(results.get())
    print(f"collected {len(collected)} of 3 results")
    ready.set()
    for _ in range(3):  # drain what came too late, so that the worker can exit
        results.get(timeout=10)
    worker.join()
