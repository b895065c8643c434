from multiprocessing import Process, Queue


def cube(n, results):
    results.put((n, n**3))  # send the answer back to the parent


if __name__ == "__main__":
    results = Queue()
    workers = [Process(target=cube, args=(n, results)) for n in range(1, 5)]
    for w in workers:
        w.start()
    answers = dict(results.get() for _ in workers)  # get() before join()
    for w in workers:
        w.join()
    print(sorted(answers.items()))
