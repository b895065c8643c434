"""Threads vs processes: CPU-bound work, I/O-bound work, and the cost of starting one.

Run from the repository root:

    python benchmarks/threads_vs_processes.py

It writes benchmarks/results/threads_vs_processes.json (the work: serially, on
2 threads, on 2 processes per start method, with the speed-up over serial) and
benchmarks/results/threads_vs_processes_start.json (what starting a thread, a
process and a Pool(2) costs). Pools are started before the work is timed. Each
figure is the median of REPEAT runs (STARTS for a single start), with the
lowest and highest; the speed-up is the serial median over each run's time.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time
from multiprocessing.pool import ThreadPool

import record

REPEAT = 5
CPU_TASKS = [5_000_000, 5_000_000]  # two equal pure-Python tasks
IO_TASKS = [0.1] * 4  # four waits of 100 ms (time.sleep releases the GIL, as I/O does)
STARTS = 20  # start-and-join measurements per kind of worker
POOLS = 5  # Pool(2) start, 2 empty tasks, shutdown, per start method


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


def times(run, repeat=REPEAT):
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        runs.append(time.perf_counter() - start)
    return runs


def pool_times(func, tasks):
    """Run times for `tasks`: serially, on 2 threads, on 2 processes per start method."""
    rows = [("serial", None, times(lambda: list(map(func, tasks))))]
    for method in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context(method).Pool(2) as pool:
            pool.map(func, tasks, chunksize=1)  # both workers started
            rows.append(("processes", method, times(lambda: pool.map(func, tasks, chunksize=1))))
    # Threads last: forking while other threads run is unsafe (warned since 3.12).
    with ThreadPool(2) as pool:
        rows.insert(1, ("threads", None, times(lambda: pool.map(func, tasks, chunksize=1))))
    return rows


def start_cost(make):
    """Times to start one worker that does nothing and wait for it to end."""
    runs = []
    for _ in range(STARTS):
        start = time.perf_counter()
        worker = make()
        worker.start()
        worker.join()
        runs.append(time.perf_counter() - start)
    return runs


def pool_start_cost(method):
    runs = []
    for _ in range(POOLS):
        start = time.perf_counter()
        with multiprocessing.get_context(method).Pool(2) as pool:
            pool.map(nothing_arg, [0, 0], chunksize=1)
        runs.append(time.perf_counter() - start)
    return runs


def work_rows(work, task, measured):
    rows = []
    serial = record.spread("s", measured[0][2])["s"]
    for way, method, runs in measured:
        run_on = {"serial": "serial", "threads": "2 threads"}.get(way, f"2 processes ({method})")
        row = {"work": work, "task": task, "way": way, "start_method": method or "", "run_on": run_on}
        row.update(record.spread("seconds", runs))
        row.update(record.spread("speedup", [serial / t for t in runs]))
        rows.append(row)
    return rows


def main():
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
            {"key": "speedup", "label": "Speed-up", "unit": "×", "format": ".2f"},
        ],
        rows=rows,
        repetitions=REPEAT,
        notes=(
            f"Pools started before timing; time.sleep releases the GIL, as I/O does. "
            f"GIL enabled: {gil}."
        ),
        gil_enabled=gil,
    )

    methods = multiprocessing.get_all_start_methods()
    starts = [("thread", "", "a thread", start_cost(lambda: threading.Thread(target=nothing)))]
    for method in methods:
        ctx = multiprocessing.get_context(method)
        warm_up = ctx.Process(target=nothing)  # starts the fork server, the resource tracker
        warm_up.start()
        warm_up.join()
        starts.append(("process", method, f"a process ({method})",
                       start_cost(lambda ctx=ctx: ctx.Process(target=nothing))))
    for method in methods:
        starts.append(("pool", method, f"a Pool(2) ({method}), 2 empty tasks, shut down",
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
            f"joins; pools: median of {POOLS}, from creating the pool to the end of its shutdown."
        ),
        repetitions_per_pool=POOLS,
    )


if __name__ == "__main__":
    main()
