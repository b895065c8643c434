import sys
from multiprocessing import Pool


def worker_starts():
    sys.stdout.write("a worker process starts\n")  # once in each new worker


def my_task(n):
    return n * n  # the work for one input


if __name__ == "__main__":
    with Pool(processes=2, initializer=worker_starts) as pool:
        results = pool.map(my_task, range(8))  # 8 tasks for the 2 workers
        pool.close()  # no more tasks: the workers exit when done
        pool.join()  # wait until both have exited (and printed)
    print(len(results), "tasks, results in input order:", results)
