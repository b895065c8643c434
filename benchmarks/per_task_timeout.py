"""Per-task timeouts: what it costs to be able to stop a stuck task, under each start method.

Needs pebble (`pip install pebble`; `benchmarks/run_all.py` puts the snippets'
packages, pebble among them, on the path). Run from the repository root:

    python benchmarks/per_task_timeout.py

It writes benchmarks/results/per_task_timeout.json. Three ways to run the same
batch on WORKERS workers at a time:

- a Pool (imap_unordered), which cannot stop a task: the baseline (not run on
  the batch with a stuck task, which it would wait for);
- a process per task (started from a pool of WORKERS threads), terminated if
  it runs past its timeout: the recipe on the "Stopping work" page;
- pebble's ProcessPool, with `schedule(..., timeout=...)`.

Each figure is the median of REPEAT runs of the whole batch, pool start-up
included, with the lowest and highest.
"""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeoutError

import pebble

import record

WORKERS = 2
REPEAT = 3
SMALL = [0.01] * 40  # 40 tasks of 10 ms: 0.2 s of work per worker
STUCK = [10.0] + [0.05] * 10  # one task that would take 10 s, then 10 of 50 ms
TIMEOUT = 0.5


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


def times(run, ctx, tasks):
    runs = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        run(ctx, tasks)
        runs.append(time.perf_counter() - start)
    return runs


def main():
    methods = [m for m in ("fork", "spawn", "forkserver") if m in multiprocessing.get_all_start_methods()]
    contexts = {m: multiprocessing.get_context(m) for m in methods}
    for ctx in contexts.values():
        with_process_per_task(ctx, [0.0])  # warm-up: starts the fork server and the resource tracker

    batches = [
        ("none_stuck", f"{len(SMALL)} tasks of {SMALL[0] * 1000:.0f} ms, none stuck", SMALL),
        ("one_stuck", f"1 stuck task (timeout {TIMEOUT:g} s) + {len(STUCK) - 1} tasks of "
                      f"{STUCK[1] * 1000:.0f} ms", STUCK),
    ]
    ways = [
        ("pool", "Pool, no timeout", with_pool),
        ("process_per_task", "process per task", with_process_per_task),
        ("pebble", "pebble ProcessPool", with_pebble),
    ]
    rows = []
    for batch, batch_label, tasks in batches:
        for way, way_label, run in ways:
            if run is with_pool and batch == "one_stuck":
                continue  # a Pool cannot stop the stuck task: it would wait for it
            row = {"batch": batch, "batch_label": batch_label, "way": way, "way_label": way_label}
            for method in methods:
                row.update(record.spread(f"{method}_s", times(run, contexts[method], tasks)))
            rows.append(row)
    record.write(
        "per_task_timeout",
        title="Per-task timeouts: the same batch three ways, per start method",
        columns=[
            {"key": "batch_label", "label": "Batch"},
            {"key": "way_label", "label": "Way"},
        ] + [{"key": f"{m}_s", "label": m, "unit": "s", "format": ".2f"} for m in methods],
        rows=rows,
        repetitions=REPEAT,
        notes=(
            f"{WORKERS} workers; each figure is a whole batch, pool start-up included. A Pool "
            "cannot stop a stuck task, so it does not run the batch that has one."
        ),
        workers=WORKERS,
        timeout_s=TIMEOUT,
        pebble=pebble.__version__,
    )


if __name__ == "__main__":
    main()
