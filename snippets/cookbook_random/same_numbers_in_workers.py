import random
from multiprocessing import Process, Queue

import numpy as np


def draw(results):
    # numpy's global generator and Python's random module, as every worker finds them
    results.put((tuple(np.random.randint(0, 2**31, size=4)), random.random()))


if __name__ == "__main__":
    noise = np.random.random(100)  # the parent uses numpy.random before the workers start

    results = Queue()
    workers = [Process(target=draw, args=(results,)) for _ in range(2)]
    for w in workers:
        w.start()
    a, b = (results.get(timeout=60) for _ in workers)  # a timeout: never hang
    for w in workers:
        w.join()
    print("numpy.random:", "identical" if a[0] == b[0] else "different")
    print("random:      ", "identical" if a[1] == b[1] else "different")
