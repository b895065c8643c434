import os
from multiprocessing import Pool


def worker_pid(_):
    return os.getpid()


if __name__ == "__main__":
    items = range(16)
    # maxtasksperchild=1 gives every task a fresh worker process, so counting
    # the distinct worker pids counts the tasks the pool sent.
    with Pool(processes=2, maxtasksperchild=1) as pool:
        pids = pool.map(worker_pid, items)
        print(f"map, default chunksize: {len(set(pids))} tasks")
        pids = pool.imap(worker_pid, items)
        print(f"imap, default chunksize: {len(set(pids))} tasks")
        pids = pool.imap(worker_pid, items, chunksize=8)
        print(f"imap, chunksize=8: {len(set(pids))} tasks")
