import os
from concurrent.futures import ProcessPoolExecutor


def task(n):
    return os.getpid()


if __name__ == "__main__":
    # Python 3.11+. One worker, replaced after every 2 tasks.
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2) as executor:
        # Before 3.13.15 and 3.14.7 this waited for ever (gh-115634).
        pids = list(executor.map(task, range(6)))
    workers = list(dict.fromkeys(pids))  # the pids in order of first use
    print("worker of each task:", [workers.index(pid) + 1 for pid in pids])
