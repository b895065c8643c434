import time
from multiprocessing import Pool, Process


def my_task(n):
    return n * n  # a tiny task: starting a process costs far more


if __name__ == "__main__":
    tasks = range(20)

    start = time.perf_counter()
    processes = [Process(target=my_task, args=(n,)) for n in tasks]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    elapsed = time.perf_counter() - start
    print(f"20 tasks, one Process each:        {elapsed:.2f} s")

    start = time.perf_counter()
    with Pool(processes=2) as pool:  # the time includes starting its 2 workers
        pool.map(my_task, tasks)
    elapsed = time.perf_counter() - start
    print(f"20 tasks, one Pool of 2 processes: {elapsed:.2f} s")
