from multiprocessing import Process, Queue


def work(results):
    for n in range(3):
        results.put(n * n)


if __name__ == "__main__":
    results = Queue()
    worker = Process(target=work, args=(results,))
    worker.start()
    # You know how many results are coming: get exactly that many, however slow.
    # The timeout turns a worker that died without answering into an error, not a hang.
    collected = [results.get(timeout=30) for _ in range(3)]
    worker.join()
    print(f"collected {len(collected)} of 3 results: {collected}")
