import os
from multiprocessing import Pool


def worker_pid(_):
    return os.getpid()


if __name__ == "__main__":
    # One worker, replaced by a fresh process after every 2 tasks.
    with Pool(processes=1, maxtasksperchild=2) as pool:
        pids = pool.map(worker_pid, range(6), chunksize=1)  # 6 tasks
        print("6 tasks ran in", len(set(pids)), "worker processes")
        pids = pool.map(worker_pid, range(6), chunksize=3)  # 2 tasks of 3 items
        print("2 chunks of 3 ran in", len(set(pids)), "worker process")
