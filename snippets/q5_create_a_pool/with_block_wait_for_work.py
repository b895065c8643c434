import time
from multiprocessing import Pool

finished = []


def slow_square(n):
    time.sleep(0.3)
    return n * n


if __name__ == "__main__":
    # Either collect the results with get() inside the block ...
    with Pool(processes=2) as pool:
        pending = [pool.apply_async(slow_square, (n,)) for n in range(4)]
        print("results:", [r.get(timeout=10) for r in pending])

    # ... or close() and join() the pool before leaving it.
    with Pool(processes=2) as pool:
        for n in range(4):
            pool.apply_async(slow_square, (n,), callback=finished.append)
        pool.close()  # no more tasks may be submitted
        pool.join()  # wait until every task (and callback) has run
    print("callbacks run:", len(finished))
