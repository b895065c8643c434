import os
from multiprocessing import Pool, active_children


def which_process(task):
    return os.getpid()  # the id of the worker process that ran this task


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        workers = {p.pid for p in active_children()}  # the pool's processes
        pids = pool.map(which_process, range(8))
    print("tasks run:", len(pids))
    print("worker processes in the pool:", len(workers))
    print("tasks run by any other process:", sum(pid not in workers for pid in pids))
