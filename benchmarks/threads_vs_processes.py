"""Threads vs processes: CPU-bound work, I/O-bound work, and the cost of starting one.

Run from the repository root:

    python benchmarks/threads_vs_processes.py [--busy-ok]

It writes benchmarks/results/threads_vs_processes.json (the work: serially, on
2 threads, on 2 processes per start method, with the speed-up over serial) and
benchmarks/results/threads_vs_processes_start.json (what starting a thread, a
process and a Pool(2) costs, per start method). Pools are started before the
work is timed, and the serial run, the threads and each start method's
processes take turns, round after round (harness.interleaved: harness.RUNS
rounds after harness.WARMUPS discarded); the speed-up is the median serial
time over each run's time. Starts: STARTS starts of one worker (POOLS for
a pool) after one discarded; the fork server and the resource tracker are
started by that first, discarded start, so a forkserver figure is one worker's
start, not the server's. Each figure is the median, with the lowest and highest.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time
from multiprocessing.pool import ThreadPool

import harness
import record

CPU_TASKS = [5_000_000, 5_000_000]  # two equal pure-Python tasks
IO_TASKS = [0.1] * 4  # four waits of 100 ms (time.sleep releases the GIL, as I/O does)
STARTS = 20  # start-and-join measurements per kind of worker
POOLS = 10  # Pool(2) start, 2 empty tasks, shutdown, per start method


def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def wait(seconds):
    time.sleep(seconds)
    return seconds


def nothing():
    pass


def nothing_arg(_):
    pass


def pool_times(func, tasks):
    """Run times for `tasks`: serially, on 2 threads, on 2 processes per start method, interleaved."""
    methods = sorted(multiprocessing.get_all_start_methods(), key=lambda m: m != "fork")
    # fork first, before any pool's threads exist: forking while other threads run is unsafe (warned since 3.12)
    pools = {("processes", m): multiprocessing.get_context(m).Pool(2) for m in methods}
    pools["threads", None] = ThreadPool(2)
    for pool in pools.values():
        pool.map(func, tasks, chunksize=1)  # both workers started
    functions = {("serial", None): lambda: list(map(func, tasks))}
    functions.update({key: (lambda pool=pool: pool.map(func, tasks, chunksize=1)) for key, pool in pools.items()})
    runs = harness.interleaved(functions)
    for pool in pools.values():
        pool.close()
        pool.join()
    order = [("serial", None), ("threads", None)] + [("processes", m) for m in methods]
    return [(way, method, runs[way, method]) for way, method in order]


def start_cost(make):
    """Times to start one worker that does nothing and wait for it to end (the first one discarded)."""
    runs = []
    for _ in range(STARTS + 1):
        start = time.perf_counter()
        worker = make()
        worker.start()
        worker.join()
        runs.append(time.perf_counter() - start)
    return runs[1:]


def pool_start_cost(method):
    runs = []
    for _ in range(POOLS + 1):
        start = time.perf_counter()
        pool = multiprocessing.get_context(method).Pool(2)
        pool.map(nothing_arg, [0, 0], chunksize=1)
        pool.close()  # the workers end once their queue is empty
        pool.join()
        runs.append(time.perf_counter() - start)
    return runs[1:]


def work_rows(work, task, measured):
    rows = []
    serial = measured[0][2]  # the serial runs, measured in turns with the others
    for way, method, runs in measured:
        run_on = {"serial": "serial", "threads": "2 threads"}.get(way, f"2 processes ({method})")
        row = {"work": work, "task": task, "way": way, "start_method": method or "", "run_on": run_on}
        row.update(record.spread("seconds", runs))
        # waits overlap whatever the CPUs: 2 workers wait 2 at a time, at best
        row.update(record.speedup("speedup", serial, runs, bound=2 if work == "io" else None))
        if work == "io":
            row["speedup_bound"] = 2
        rows.append(row)
    return rows


def main():
    record.guard()
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    rows = work_rows("cpu", f"CPU-bound: {len(CPU_TASKS)} × sum_of_squares({CPU_TASKS[0]:_})",
                     pool_times(sum_of_squares, CPU_TASKS))
    rows += work_rows("io", f"I/O-bound: {len(IO_TASKS)} × time.sleep({IO_TASKS[0]})",
                      pool_times(wait, IO_TASKS))
    record.write(
        "threads_vs_processes",
        title="Threads vs processes: the same work serially, on 2 threads, on 2 processes",
        columns=[
            {"key": "task", "label": "Work"},
            {"key": "run_on", "label": "Run on"},
            {"key": "seconds", "label": "Time", "unit": "s", "format": ".3f"},
            {"key": "speedup", "label": "Speed-up", "unit": "×", "format": ".2f", "bound": "usable_cpus"},
        ],
        rows=rows,
        repetitions=harness.RUNS,
        notes=(
            f"Pools started before timing; the serial run, the threads and each start method's "
            f"processes take turns, round after round; the speed-up is the median serial time "
            f"over each run's time. time.sleep releases the GIL, as I/O does. GIL enabled: {gil}."
        ),
        gil_enabled=gil,
    )

    methods = multiprocessing.get_all_start_methods()
    starts = [("thread", "", "a thread", start_cost(lambda: threading.Thread(target=nothing)))]
    for method in methods:
        ctx = multiprocessing.get_context(method)
        label = f"a process ({method}{', its server already running' if method == 'forkserver' else ''})"
        starts.append(("process", method, label,
                       start_cost(lambda ctx=ctx: ctx.Process(target=nothing))))
    for method in methods:
        server = ", its server already running" if method == "forkserver" else ""
        starts.append(("pool", method, f"a Pool(2) ({method}{server}), 2 empty tasks, shut down",
                       pool_start_cost(method)))
    rows = []
    for worker, method, label, runs in starts:
        row = {"worker": worker, "start_method": method, "start": label}
        row.update(record.spread("ms", [t * 1000 for t in runs]))
        rows.append(row)
    record.write(
        "threads_vs_processes_start",
        title="What starting a worker costs: a thread, a process, a Pool(2)",
        columns=[
            {"key": "start", "label": "Start, then wait for the end of"},
            {"key": "ms", "label": "Time", "unit": "ms", "format": ".1f"},
        ],
        rows=rows,
        repetitions=STARTS,
        notes=(
            f"Workers that do nothing. Threads and processes: median of {STARTS} starts and "
            f"joins; pools: median of {POOLS}, from creating the pool to the end of its shutdown "
            f"(close and join, as `with` does not: its exit terminates). Each after one discarded "
            f"start, which also starts the resource tracker and, for forkserver, the fork server: "
            f"the forkserver rows are a worker's start with the server already running, not the "
            f"server's own start (an interpreter's start, like spawn's)."
        ),
        repetitions_per_pool=POOLS,
    )


if __name__ == "__main__":
    main()
