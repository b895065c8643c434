"""What it costs to give a pool's workers the same large array, each way the cookbook shows.

Run from the repository root (Linux: it reads /proc/self/smaps_rollup; numpy needed):

    python benchmarks/sharing_cost.py [--busy-ok]

It writes three results: benchmarks/results/sharing_cost.json (a Pool(WORKERS)
gets the array each way, under each start method: the time until the first
TASKS results, set-up included, the time per task after that, and a worker's
private memory), sharing_cost_reads.json (one element read, READS times in a
row, each way) and sharing_cost_copy_on_write.json (what a forked child copies
of data it only reads, with and without gc.freeze()). Each figure is the median
of harness.RUNS runs, with the lowest and highest; the main table's
configurations take turns, round after round, after harness.WARMUPS discarded
rounds.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from multiprocessing.shared_memory import SharedMemory

import numpy as np

import harness
import record
from harness import private_mb

WORKERS = 2
TASKS = 8  # tasks per map; each one sums the whole array
ELEMENTS = 8 * 1024 * 1024  # float64: 64 MiB
READS = 2_000  # single-element reads timed per way
ROWS = 1_000_000  # rows of the list of Python objects a forked child reads

DATA = None  # in a worker: the array (a global, a view of shared memory, ...)
BLOCK = None  # in a worker: its SharedMemory handle, kept open while DATA is used


def probe(array):
    """A task: read all the data, report this worker's private memory while it holds it."""
    array.sum()
    return private_mb()


# What each task runs, and the initializers that put the data in DATA.
def task_nothing(_):
    return private_mb()


def task_global(_):
    return probe(DATA)


def task_argument(array):
    return probe(array)


def task_namespace(namespace):
    return probe(namespace.data)  # a round trip to the manager: a fresh copy


def init_global(array):
    global DATA
    DATA = array


def init_shared_memory(name, shape, dtype):
    global DATA, BLOCK
    BLOCK = SharedMemory(name=name)
    DATA = np.ndarray(shape, dtype=dtype, buffer=BLOCK.buf)


def init_array(shared):
    global DATA
    DATA = np.frombuffer(shared.get_obj(), dtype=np.float64)


def run_pool(ctx, task, args, initializer=None, initargs=()):
    """Start a pool, run TASKS tasks twice; (seconds to first results, seconds per task after, MB)."""
    start = time.perf_counter()
    with ctx.Pool(WORKERS, initializer=initializer, initargs=initargs) as pool:
        pool.map(task, args, chunksize=1)
        ready = time.perf_counter() - start
        start = time.perf_counter()
        private = pool.map(task, args, chunksize=1)
        per_task = (time.perf_counter() - start) / TASKS
    return ready, per_task, max(private)


def way_nothing(ctx, array):
    return run_pool(ctx, task_nothing, [None] * TASKS)


def way_argument(ctx, array):
    return run_pool(ctx, task_argument, [array] * TASKS)


def way_initializer(ctx, array):
    return run_pool(ctx, task_global, [None] * TASKS, init_global, (array,))


def way_fork_global(ctx, array):
    global DATA
    DATA = array  # set before the workers are forked: they inherit it
    try:
        return run_pool(ctx, task_global, [None] * TASKS)
    finally:
        DATA = None


def way_shared_memory(ctx, array):
    start = time.perf_counter()
    block = SharedMemory(create=True, size=array.nbytes)
    try:
        shared = np.ndarray(array.shape, dtype=array.dtype, buffer=block.buf)
        shared[:] = array
        setup = time.perf_counter() - start
        initargs = (block.name, array.shape, array.dtype)
        ready, per_task, private = run_pool(
            ctx, task_global, [None] * TASKS, init_shared_memory, initargs
        )
        del shared
        return setup + ready, per_task, private
    finally:
        block.close()
        block.unlink()


def way_array(ctx, array):
    start = time.perf_counter()
    shared = ctx.Array("d", array.size)  # synchronized: has a lock
    np.frombuffer(shared.get_obj(), dtype=np.float64)[:] = array
    setup = time.perf_counter() - start
    ready, per_task, private = run_pool(ctx, task_global, [None] * TASKS, init_array, (shared,))
    return setup + ready, per_task, private


def way_manager(ctx, array):
    start = time.perf_counter()
    with ctx.Manager() as manager:
        namespace = manager.Namespace()
        namespace.data = array  # pickled to the manager's process
        setup = time.perf_counter() - start
        ready, per_task, private = run_pool(ctx, task_namespace, [namespace] * TASKS)
    return setup + ready, per_task, private


WAYS = [  # (id, what the table says, the way, the only start method it works with)
    ("nothing", "nothing shared (pool start-up only)", way_nothing, None),
    ("argument", "the array as each task's argument", way_argument, None),
    ("initializer", "`initializer` global (`initargs`)", way_initializer, None),
    ("fork_global", "global inherited through fork", way_fork_global, "fork"),
    ("shared_memory", "`SharedMemory` + numpy view", way_shared_memory, None),
    ("array", "`multiprocessing.Array` + numpy view", way_array, None),
    ("manager", "`Manager` namespace, read per task", way_manager, None),
]


def main():
    from sharing_cost_side import copy_on_write, element_reads  # not in the workers, which import this module

    record.guard()
    array = np.arange(ELEMENTS, dtype=np.float64)
    mib = array.nbytes // 2**20
    available = multiprocessing.get_all_start_methods()
    methods = [m for m in ("fork", "spawn", "forkserver") if m in available]
    configs = [(way_id, method) for way_id, _, _, only in WAYS for method in methods if not only or method == only]
    ways = {way_id: way for way_id, _, way, _ in WAYS}
    measured = {config: [] for config in configs}
    for round_ in range(harness.WARMUPS + harness.RUNS):  # in turns; the first round warms up (fork server, ...)
        for way_id, method in configs:
            result = ways[way_id](multiprocessing.get_context(method), array)
            if round_ >= harness.WARMUPS:
                measured[way_id, method].append(result)
    rows = []
    for way_id, label, _, only in WAYS:
        for method in methods:
            if only and method != only:
                continue
            runs = measured[way_id, method]
            row = {"way": way_id, "label": label, "start_method": method}
            row.update(record.spread("ready_s", [r[0] for r in runs]))
            row.update(record.spread("per_task_ms", [r[1] * 1000 for r in runs]))
            row.update(record.spread("private_mb", [r[2] for r in runs]))
            rows.append(row)
            print(f"{label:<40} {method:<10} {row['ready_s']:.2f} s", file=sys.stderr)
    numpy = {"numpy": np.__version__}
    record.write(
        "sharing_cost",
        title=f"Giving a Pool({WORKERS}) the same {mib} MiB array, each way",
        columns=[
            {"key": "label", "label": "How the data reaches the workers"},
            {"key": "start_method", "label": "Start method"},
            {"key": "ready_s", "label": f"Until the first {TASKS} results", "unit": "s",
             "format": ".2f"},
            {"key": "per_task_ms", "label": "Then, per task", "unit": "ms", "format": ".1f"},
            {"key": "private_mb", "label": "A worker's private memory", "unit": "MB",
             "format": ".0f"},
        ],
        rows=rows,
        repetitions=harness.RUNS,
        notes=(
            f"{mib} MiB of float64, a Pool({WORKERS}), {TASKS} tasks per map, each summing the "
            "whole array. Set-up of the shared data is counted in the first column. Private "
            "memory: what a worker copied or allocated itself (/proc/self/smaps_rollup)."
        ),
        data_mib=mib, workers=WORKERS, tasks_per_map=TASKS, **numpy,
    )
    default = multiprocessing.get_start_method()
    record.write(
        "sharing_cost_reads",
        title=f"Reading one element, {READS:,} reads in a row",
        columns=[
            {"key": "label", "label": "Read"},
            {"key": "us", "label": "Per read", "unit": "µs", "format": ".2f"},
        ],
        rows=element_reads(multiprocessing.get_context(default), array, harness.RUNS, READS),
        repetitions=harness.RUNS,
        notes=f"Reads in this process; the Manager under the {default} start method.",
        start_method=default, reads=READS, **numpy,
    )
    cow, rows_mb, array_mb = copy_on_write(harness.RUNS, ROWS, ELEMENTS)
    record.write(
        "sharing_cost_copy_on_write",
        title="Copy-on-write: what a forked child copies of data it only reads",
        columns=[
            {"key": "label", "label": "The child"},
            {"key": "mb", "label": "Copied", "unit": "MB", "format": ".1f"},
        ],
        rows=cow,
        repetitions=harness.RUNS,
        notes=(
            f"The parent holds a list of {ROWS:,} rows [n, str(n)], taking {rows_mb:.0f} MB, and "
            f"a {array_mb:.0f} MiB numpy array; a forked child reads them (fork start method)."
        ),
        start_method="fork", list_rows=ROWS, list_mb=rows_mb, array_mib=array_mb, **numpy,
    )


if __name__ == "__main__":
    main()
