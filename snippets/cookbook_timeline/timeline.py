import functools
import os
import time
from multiprocessing import Barrier, Pool


def recorded(func):
    """Decorate a task function: it then returns (result, (pid, start, end))."""

    @functools.wraps(func)  # keeps func's name: pickle finds the wrapper under it
    def task(*args, **kwargs):
        start = time.time()  # the wall clock: one clock for every process
        result = func(*args, **kwargs)
        return result, (os.getpid(), start, time.time())

    return task


def show(pairs, since=None):
    """Print which tasks each worker ran (numbered in the order of `pairs`), and how
    long it was busy and idle: from `since` (default: the first task's start) to the
    last task's end. Pass since=time.time() from before Pool() to count start-up.
    """
    records = [record for _, record in pairs]
    since = min(start for _, start, _ in records) if since is None else since
    until = max(end for _, _, end in records)
    workers = {}  # pid -> [(start, number, seconds)], pids in order of appearance
    for number, (pid, start, end) in enumerate(records):
        workers.setdefault(pid, []).append((start, number, end - start))
    for worker, tasks in enumerate(workers.values(), 1):
        busy = sum(seconds for _, _, seconds in tasks)
        idle = max(until - since - busy, 0)
        numbers = " ".join(str(number) for _, number, _ in sorted(tasks))
        print(
            f"  worker {worker}: tasks {numbers}, busy {busy:.2f} s, idle {idle:.2f} s"
        )
    print(f"  all tasks done after {until - since:.2f} s")


@recorded
def work(seconds):
    time.sleep(seconds)  # stands for a task that takes `seconds`
    return seconds


def wait_for_the_others(barrier):
    barrier.wait()  # both workers up before the first task: no start-up in the timings


if __name__ == "__main__":
    tasks = [0.1, 0.1, 0.1, 0.1, 1.0]  # the long task comes last
    barrier = Barrier(2)
    with Pool(2, initializer=wait_for_the_others, initargs=(barrier,)) as pool:
        print("map(work, tasks, chunksize=3): tasks 0-2 are a chunk, 3-4 another")
        pairs = pool.map(work, tasks, chunksize=3)
        show(pairs)
        print("the same tasks, longest first, chunksize=1: one task at a time")
        pairs = pool.map(work, sorted(tasks, reverse=True), chunksize=1)
        show(pairs)
    results = [result for result, _ in pairs]
    print("results:", results)
