"""Per-task timeouts: what it costs to be able to stop a stuck task, under each start method.

Needs pebble (`pip install pebble`). Run from the repository root, and keep the
output for the page:

    python benchmarks/per_task_timeout.py \
        > benchmarks/results/per_task_timeout.txt

Three ways to run the same batch on two workers at a time:

- a Pool (imap_unordered), which cannot stop a task: the baseline;
- a process per task (started from a pool of two threads), terminated if it
  runs past its timeout: the recipe on the "Stopping work" page;
- pebble's ProcessPool, with `schedule(..., timeout=...)`.

Each figure is the median of several runs of the whole batch, pool start-up
included. Timings vary with the machine and its load. The doc tests do not run
this script: the page shows a recorded run of it.
"""

import multiprocessing
import os
import platform
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeoutError

import pebble

WORKERS = 2
REPEAT = 3
SMALL = [0.01] * 100  # 100 tasks of 10 ms: 0.5 s of work per worker
STUCK = [30.0] + [0.1] * 20  # one task that would take 30 s, then 20 of 100 ms
TIMEOUT = 1.0


def sleep_for(seconds):
    time.sleep(seconds)
    return seconds


def _call(connection, func, args):
    try:
        connection.send((True, func(*args)))
    except Exception as error:
        connection.send((False, error))


def run_with_timeout(ctx, func, args, timeout):
    reader, writer = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_call, args=(writer, func, args))
    process.start()
    writer.close()
    try:
        if not reader.poll(timeout):
            process.terminate()
            raise TimeoutError
        ok, value = reader.recv()
    finally:
        process.join()
        reader.close()
    if not ok:
        raise value
    return value


def with_pool(ctx, tasks):
    with ctx.Pool(WORKERS) as pool:
        return list(pool.imap_unordered(sleep_for, tasks))


def with_process_per_task(ctx, tasks):
    def one(seconds):
        try:
            return run_with_timeout(ctx, sleep_for, (seconds,), TIMEOUT)
        except TimeoutError:
            return None

    with ThreadPoolExecutor(WORKERS) as threads:
        return list(threads.map(one, tasks))


def with_pebble(ctx, tasks):
    results = []
    with pebble.ProcessPool(max_workers=WORKERS, context=ctx) as pool:
        futures = [pool.schedule(sleep_for, args=(seconds,), timeout=TIMEOUT) for seconds in tasks]
        for future in futures:
            try:
                results.append(future.result())
            except FuturesTimeoutError:
                results.append(None)
    return results


def median_time(run, ctx, tasks):
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        run(ctx, tasks)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    print(f"{platform.python_implementation()} {platform.python_version()}, pebble {pebble.__version__}")
    print(f"{platform.platform()}, {os.cpu_count()} CPUs; {WORKERS} workers; median of {REPEAT} runs")
    print()
    methods = [m for m in ("fork", "spawn", "forkserver") if m in multiprocessing.get_all_start_methods()]
    contexts = {m: multiprocessing.get_context(m) for m in methods}
    for ctx in contexts.values():
        with_process_per_task(ctx, [0.0])  # warm-up: starts the fork server and the resource tracker

    batches = [
        (f"{len(SMALL)} tasks of {SMALL[0] * 1000:.0f} ms, none stuck", SMALL, True),
        (
            f"1 stuck task (timeout {TIMEOUT:.0f} s) + {len(STUCK) - 1} tasks of {STUCK[1] * 1000:.0f} ms",
            STUCK,
            False,
        ),
    ]
    ways = [
        ("Pool, no timeout", with_pool),
        ("process per task", with_process_per_task),
        ("pebble ProcessPool", with_pebble),
    ]
    for title, tasks, pool_can_run in batches:
        print(title)
        print(f"  {'':<20}" + "".join(f"{m:>12}" for m in methods))
        for name, run in ways:
            if run is with_pool and not pool_can_run:
                print(f"  {name:<20}" + "".join(f"{'cannot stop':>12}" for _ in methods))
                continue
            cells = [f"{median_time(run, contexts[m], tasks):10.2f} s" for m in methods]
            print(f"  {name:<20}" + "".join(cells))
        print()
    sys.stdout.flush()
