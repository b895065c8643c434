from multiprocessing import Manager, Process


def square(n, results):
    results[n] = n * n  # a round trip to the manager's server process


if __name__ == "__main__":
    with Manager() as manager:
        results = manager.dict()
        children = [Process(target=square, args=(n, results)) for n in range(3)]
        for p in children:
            p.start()
        for p in children:
            p.join()
        print(sorted(results.items()))
