import gc
import multiprocessing

import numpy as np


def private_mb():
    """Memory only this process holds: pages it has copied or written (Linux)."""
    with open("/proc/self/smaps_rollup") as f:
        kb = sum(int(line.split()[1]) for line in f if line.startswith("Private_"))
    return kb / 1024


before = private_mb()
ROWS = [[n, str(n)] for n in range(300_000)]  # Python objects, each with a refcount
ROWS_MB = private_mb() - before
ARRAY = np.ones(4_000_000)  # 32 MB of numbers in one buffer


def child(action, results):
    start = private_mb()
    if action == "sums the numpy array":
        ARRAY.sum()
    elif action == "reads every row":
        # only reads, yet each read writes to a refcount: the row's, the number's...
        sum(number + len(text) for number, text in ROWS)
    elif action == "runs gc.collect()":
        gc.collect()  # a full collection writes to every object the gc tracks
    copied = (private_mb() - start) / ROWS_MB  # as a share of the rows' memory
    if copied < 0.1:
        results.put("copies almost nothing")
    elif copied < 0.3:
        results.put("copies some of the rows")
    else:
        results.put("copies a large part of the rows")


def show(action, fork):
    results = fork.SimpleQueue()
    p = fork.Process(target=child, args=(action, results))
    p.start()
    print(f"  a child that {action}: {results.get()}")
    p.join()


if __name__ == "__main__":
    fork = multiprocessing.get_context("fork")
    print("Children forked from this process:")
    for action in ("sums the numpy array", "reads every row", "runs gc.collect()"):
        show(action, fork)

    gc.freeze()  # move every tracked object to a generation the gc never visits
    print("After gc.freeze() in the parent:")
    for action in ("runs gc.collect()", "reads every row"):
        show(action, fork)
