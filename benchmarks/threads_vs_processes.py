"""Threads vs processes: CPU-bound work, I/O-bound work, and the cost of starting one.

Run from the repository root, and keep the output for the page:

    python benchmarks/threads_vs_processes.py \
        > benchmarks/results/threads_vs_processes.txt

Timings vary with the machine and its load. Work is timed as the best (lowest)
of several runs, as `timeit` reports; start-up costs as the median. The doc tests
do not run this script: the page shows a recorded run of it.
"""

import multiprocessing
import os
import platform
import statistics
import sys
import threading
import time
from multiprocessing.pool import ThreadPool

REPEAT = 5
CPU_TASKS = [10_000_000, 10_000_000]  # two equal pure-Python tasks
IO_TASKS = [0.1] * 4  # four waits of 100 ms (time.sleep releases the GIL, as I/O does)
STARTS = 20  # start-and-join measurements per kind of worker


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


def best(run, repeat=REPEAT):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def pool_times(func, tasks):
    """Best time for `tasks`: serially, on 2 threads, on 2 processes per method."""
    rows = [("serial", best(lambda: list(map(func, tasks))))]
    for method in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context(method).Pool(2) as pool:
            seconds = best(lambda: pool.map(func, tasks, chunksize=1))
        rows.append((f"2 processes ({method})", seconds))
    # Threads last: forking while other threads run is unsafe (warned since 3.12).
    with ThreadPool(2) as pool:
        rows.insert(1, ("2 threads", best(lambda: pool.map(func, tasks, chunksize=1))))
    return rows


def start_cost(make):
    """Median time to start one worker that does nothing and wait for it to end."""
    times = []
    for _ in range(STARTS):
        start = time.perf_counter()
        worker = make()
        worker.start()
        worker.join()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pool_start_cost(method):
    times = []
    for _ in range(5):
        start = time.perf_counter()
        with multiprocessing.get_context(method).Pool(2) as pool:
            pool.map(nothing_arg, [0, 0], chunksize=1)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def show(title, rows, unit="s"):
    print(title)
    base = rows[0][1]
    for name, seconds in rows:
        if unit == "s":
            print(f"  {name:<26} {seconds:7.3f} s   speed-up {base / seconds:4.2f}x")
        else:
            print(f"  {name:<26} {seconds * 1000:7.1f} ms")
    print()


if __name__ == "__main__":
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    python = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"{python}, GIL enabled: {gil}")
    print(f"{platform.platform()}, {os.cpu_count()} CPUs")
    print(f"Best of {REPEAT} runs per figure; pools are started before timing.")
    print()

    show(
        f"CPU-bound: {len(CPU_TASKS)} x sum_of_squares({CPU_TASKS[0]:_})",
        pool_times(sum_of_squares, CPU_TASKS),
    )
    show(
        f"I/O-bound: {len(IO_TASKS)} x time.sleep({IO_TASKS[0]})",
        pool_times(wait, IO_TASKS),
    )
    rows = [("thread", start_cost(lambda: threading.Thread(target=nothing)))]
    for method in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context(method)
        seconds = start_cost(lambda ctx=ctx: ctx.Process(target=nothing))
        rows.append((f"process ({method})", seconds))
    show(f"Start a worker that does nothing, join it (median of {STARTS})", rows, "ms")
    methods = multiprocessing.get_all_start_methods()
    rows = [(f"Pool(2) ({method})", pool_start_cost(method)) for method in methods]
    show("Start a Pool(2), run 2 empty tasks, shut it down (median of 5)", rows, "ms")
