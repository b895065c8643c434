import os
from multiprocessing import Pool


def task(n):
    return os.getpid()


if __name__ == "__main__":
    # One worker, replaced after every 2 tasks; chunksize=1: one task per hand-out.
    with Pool(processes=1, maxtasksperchild=2) as pool:
        pids = pool.map(task, range(6), chunksize=1)
    workers = list(dict.fromkeys(pids))  # the pids in order of first use
    print("worker of each task:", [workers.index(pid) + 1 for pid in pids])
