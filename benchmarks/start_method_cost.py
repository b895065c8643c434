"""What it costs to start a process under each start method (fork, spawn, forkserver).

Run from the repository root, and keep the output for the page:

    python benchmarks/start_method_cost.py \
        > benchmarks/results/start_method_cost.txt

Every figure is a median; timings vary with the machine, its load and what the
main module imports (spawn and forkserver children import it again). The doc
tests do not run this script: the page shows a recorded run of it.
"""

import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import time

REPEAT = 20  # start-and-join measurements of one process, per method
FRESH = 5  # fresh programs timed per method for the first start
BATCH = 10  # processes started together, then joined together
BATCH_REPEAT = 5


def nothing():
    pass


def start_and_join(ctx, count):
    """Seconds to start `count` processes that do nothing, then join them all."""
    start = time.perf_counter()
    processes = [ctx.Process(target=nothing) for _ in range(count)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    return time.perf_counter() - start


def first_start(method):
    """Median time of the very first start+join in a fresh program (run as a child)."""
    times = []
    for _ in range(FRESH):
        out = subprocess.run(
            [sys.executable, __file__, "--first", method],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        times.append(float(out))
    return statistics.median(times)


def show(title, rows):
    print(title)
    for name, seconds, note in rows:
        print(f"  {name:<12} {seconds * 1000:7.1f} ms{note}")
    print()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--first"]:
        print(start_and_join(multiprocessing.get_context(sys.argv[2]), 1))
        sys.exit()

    methods = multiprocessing.get_all_start_methods()
    print(f"{platform.python_implementation()} {platform.python_version()}")
    print(f"{platform.platform()}, {os.cpu_count()} CPUs")
    print()

    rows = []
    for method in methods:
        ctx = multiprocessing.get_context(method)
        start_and_join(ctx, 1)  # warm-up: starts the forkserver, resource tracker
        times = [start_and_join(ctx, 1) for _ in range(REPEAT)]
        rows.append((method, statistics.median(times), ""))
    show(f"Start one process that does nothing, join it (median of {REPEAT})", rows)

    rows = [(method, first_start(method), "") for method in methods]
    show(
        "The same, as the first process of a fresh program "
        f"(median of {FRESH} programs)",
        rows,
    )

    rows = []
    for method in methods:
        ctx = multiprocessing.get_context(method)
        times = [start_and_join(ctx, BATCH) for _ in range(BATCH_REPEAT)]
        seconds = statistics.median(times)
        rows.append((method, seconds, f"   ({seconds / BATCH * 1000:.1f} ms each)"))
    show(
        f"Start {BATCH} processes that do nothing, then join them all "
        f"(median of {BATCH_REPEAT})",
        rows,
    )
