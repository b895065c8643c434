from multiprocessing import Process, Queue

# imports numpy.random, which creates and seeds numpy's global generator
from numpy.random import randint


def draw(results):
    results.put(tuple(randint(0, 2**31, size=4)))


if __name__ == "__main__":
    results = Queue()
    workers = [Process(target=draw, args=(results,)) for _ in range(2)]
    for w in workers:
        w.start()
    a, b = (results.get(timeout=60) for _ in workers)  # a timeout: never hang
    for w in workers:
        w.join()
    print("numpy.random:", "identical" if a == b else "different")
