"""Per-task timeouts: what it costs to be able to stop a stuck task, under each start method.

Needs pebble (`pip install pebble`; `benchmarks/run_all.py` puts the snippets'
packages, pebble among them, on the path). Run from the repository root:

    python benchmarks/per_task_timeout.py [--busy-ok]

It writes benchmarks/results/per_task_timeout.json. Three ways to run the same
batch on WORKERS workers at a time:

- a Pool (imap_unordered), which cannot stop a task: the baseline (not run on
  the batch with a stuck task, which it would wait for);
- a process per task (started from a pool of WORKERS threads), terminated if
  it runs past its timeout: the recipe on the "Stopping work" page;
- pebble's ProcessPool, with `schedule(..., timeout=...)`.

Each run times three phases apart: start (the pool created and each worker's
answer to an empty task), work (the batch) and stop (`close()` then `join()`,
the same for the Pool and for pebble, whose `with` block does the same; a
`with multiprocessing.Pool` would `terminate()` instead). A process per task
has no pool to start or stop: its start is each task's own process, inside the
work phase. Every (batch, way, start method) runs once per round, harness.RUNS
rounds after harness.WARMUPS discarded; each figure is the median, with the
lowest and highest.
"""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeoutError

import pebble

import harness
import record

WORKERS = 2
SMALL = [0.02] * 20  # 20 tasks of 20 ms: 0.2 s of work per worker
STUCK = [10.0] + [0.05] * 6  # one task that would take 10 s, then 6 of 50 ms
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


def with_pool(ctx, tasks, clock):
    pool = ctx.Pool(WORKERS)
    pool.map(sleep_for, [0] * WORKERS, chunksize=1)
    clock("start")
    list(pool.imap_unordered(sleep_for, tasks))
    clock("work")
    pool.close()
    pool.join()
    clock("stop")


def with_process_per_task(ctx, tasks, clock):
    def one(seconds):
        try:
            return run_with_timeout(ctx, sleep_for, (seconds,), TIMEOUT)
        except TimeoutError:
            return None

    clock("start")
    with ThreadPoolExecutor(WORKERS) as threads:
        list(threads.map(one, tasks))
        clock("work")
    clock("stop")


def with_pebble(ctx, tasks, clock):
    pool = pebble.ProcessPool(max_workers=WORKERS, context=ctx)
    for future in [pool.schedule(sleep_for, args=(0,)) for _ in range(WORKERS)]:
        future.result()
    clock("start")
    futures = [pool.schedule(sleep_for, args=(seconds,), timeout=TIMEOUT) for seconds in tasks]
    for future in futures:
        try:
            future.result()
        except FuturesTimeoutError:
            pass
    clock("work")
    pool.close()  # what pebble's `with` block does on exit
    pool.join()
    clock("stop")


def phased(run, ctx, tasks, phases):
    """A function for harness.interleaved that appends each phase's seconds to `phases`."""
    def go():
        last = [time.perf_counter()]

        def clock(phase):
            now = time.perf_counter()
            phases.setdefault(phase, []).append(now - last[0])
            last[0] = now

        run(ctx, tasks, clock)
    return go


def main():
    record.guard()
    methods = [m for m in ("fork", "spawn", "forkserver") if m in multiprocessing.get_all_start_methods()]
    contexts = {m: multiprocessing.get_context(m) for m in methods}
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
    phases, functions = {}, {}
    for batch, _, tasks in batches:
        for way, _, run in ways:
            if run is with_pool and batch == "one_stuck":
                continue  # a Pool cannot stop the stuck task: it would wait for it
            for method in methods:
                phases[batch, way, method] = {}
                functions[batch, way, method] = phased(run, contexts[method], tasks, phases[batch, way, method])
    harness.interleaved(functions)
    rows = []
    for batch, batch_label, _ in batches:
        for way, way_label, _ in ways:
            for method in methods:
                if (batch, way, method) not in phases:
                    continue
                measured = {k: v[harness.WARMUPS:] for k, v in phases[batch, way, method].items()}
                row = {"batch": batch, "batch_label": batch_label, "way": way, "way_label": way_label,
                       "start_method": method}
                row.update(record.spread("total_s", [sum(parts) for parts in zip(*measured.values())]))
                for phase, seconds in measured.items():
                    row.update(record.spread(f"{phase}_s", seconds))
                rows.append(row)
    s = {"unit": "s", "format": ".3f"}
    record.write(
        "per_task_timeout",
        title="Per-task timeouts: the same batch three ways, per start method",
        columns=[
            {"key": "batch_label", "label": "Batch"},
            {"key": "way_label", "label": "Way"},
            {"key": "start_method", "label": "Start method"},
            {"key": "start_s", "label": "Start", **s},
            {"key": "work_s", "label": "Work", **s},
            {"key": "stop_s", "label": "Stop", **s},
            {"key": "total_s", "label": "All", **s},
        ],
        rows=rows,
        repetitions=harness.RUNS,
        notes=(
            f"{WORKERS} workers. Start: the pool created and each worker's answer to an empty task; "
            f"work: the batch; stop: close() and join(), the same for the Pool and pebble (pebble's "
            f"`with` does that; a `with multiprocessing.Pool` would terminate()). A process per task has "
            f"no pool: its processes start within the work. pebble {pebble.__version__} checks its "
            f"workers and queues every 0.1 s (its sleep unit), which its stop and its timeouts wait "
            f"for. A Pool cannot stop a stuck task, so it does not run the batch that has one."
        ),
        workers=WORKERS,
        timeout_s=TIMEOUT,
        pebble=pebble.__version__,
    )


if __name__ == "__main__":
    main()
