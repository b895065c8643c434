"""Timelines of real runs: which worker process ran each task, when it started and when it ended.

Run from the repository root:

    python benchmarks/timelines.py          # record the runs; write the result and the plots
    python benchmarks/timelines.py --plot   # redraw the plots from the recorded result

It writes benchmarks/results/timelines.json (every task of every run, and a row per
worker: tasks run, start-up, busy and idle time, the run's wall time) and
docs/plots/timeline-*-{light,dark}.svg. Each plot draws time from the moment the
pool (or the first Process) was created: one row per worker, one bar per task, the
wait before a worker's first task (start-up), and a mark where the parent had every
result back. Tasks sleep for a known time, so that the pictures show how the work
was scheduled, not how busy the machine was; every run is one real run, and a
re-run draws slightly different bars. Helper processes (the fork server, the
resource tracker) are started before anything is timed.

Timestamps come from time.time(): the wall clock is one clock for every process,
whereas time.perf_counter()'s reference point is undefined (the time module's
docs), so its values may only be compared within one process.
"""

import functools
import multiprocessing
import os
import random
import sys
import time

# No plotting or result-writing imports at the top (the drawing is in timeline_plots.py): spawn and
# forkserver workers import this module, and matplotlib would add to the start-up being measured.

WORKERS = 4  # the pool scenarios; the start-up scenario compares one Process per task with Pool(2)
START_METHODS = ("fork", "spawn", "forkserver")


def recorded(func):
    """The task, returning (result, (pid, start, end)): the recorder of the cookbook recipe."""

    @functools.wraps(
        func
    )  # keeps func's name, under which pickle finds the wrapper (spawn)
    def task(*args, **kwargs):
        start = time.time()
        result = func(*args, **kwargs)
        return result, (os.getpid(), start, time.time())

    return task


@recorded
def nap(task):
    """A task of known length: (number, seconds)."""
    number, seconds = task
    time.sleep(seconds)
    return number


def send_back(queue, task):
    queue.put(
        nap(task)
    )  # a Process's return value is lost: send the record to the parent


def default_chunksize(tasks, workers):
    """What Pool.map() picks when chunksize is None (Lib/multiprocessing/pool.py, 3.9-3.15)."""
    chunksize, extra = divmod(len(tasks), workers * 4)
    return chunksize + 1 if extra else chunksize


def timeline(label, pairs, created, received, chunksize, method, kind="worker"):
    """One run as the plots and the rows need it: times in seconds since `created`."""
    records = sorted((start, number, end, pid) for number, (pid, start, end) in pairs)
    order = list(
        dict.fromkeys(pid for _, _, _, pid in records)
    )  # workers as they first start a task
    lanes = [[] for _ in order]
    for start, number, end, pid in records:
        lanes[order.index(pid)].append(
            {
                "task": number,
                "chunk": number // chunksize,
                "start": start - created,
                "end": end - created,
            }
        )
    return {
        "label": label,
        "start_method": method,
        "kind": kind,
        "chunksize": chunksize,
        "lanes": lanes,
        "received": [t - created for t in received],
        "back": max(received) - created,
    }


def pool_run(label, tasks, call="map", chunksize=None, workers=WORKERS, method=None):
    """Create a Pool, give it `tasks` through `call`, note when each result reached the parent."""
    ctx = multiprocessing.get_context(method)
    numbered = list(enumerate(tasks))
    used = chunksize or (default_chunksize(numbered, workers) if call == "map" else 1)
    created = time.time()
    with ctx.Pool(workers) as pool:
        if call == "map":
            pairs = pool.map(nap, numbered, chunksize)
            received = [time.time()] * len(pairs)  # map hands every result over at once
        else:
            pairs, received = [], []
            for pair in getattr(pool, call)(nap, numbered, used):
                pairs.append(pair)
                received.append(time.time())
    return timeline(label, pairs, created, received, used, ctx.get_start_method())


def process_run(label, tasks, method):
    """One Process per task, each started at once; the parent collects their records."""
    ctx = multiprocessing.get_context(method)
    queue = ctx.SimpleQueue()
    created = time.time()
    processes = [
        ctx.Process(target=send_back, args=(queue, task)) for task in enumerate(tasks)
    ]
    for process in processes:
        process.start()
    pairs, received = [], []
    for _ in processes:
        pairs.append(queue.get())
        received.append(time.time())
    for process in processes:
        process.join()
    return timeline(label, pairs, created, received, 1, method, kind="process")


def warm_up():
    """Start the helper processes (fork server, resource tracker) before anything is timed."""
    for method in START_METHODS:
        with multiprocessing.get_context(method).Pool(1) as pool:
            pool.map(abs, [1])


def scenarios():
    default = multiprocessing.get_start_method()
    jitter = random.Random(14)  # the same task lengths on every run of this script
    small = [round(jitter.uniform(0.005, 0.05), 3) for _ in range(40)]
    head = [0.4] + [0.05] * 15  # the first task is the long one
    n = 32  # task lengths grow along the list, as when files are sorted by size
    growing = [round(0.02 + 0.23 * (i / (n - 1)) ** 3, 3) for i in range(n)]
    return {
        "chunksize": [
            pool_run(
                f"map, default chunksize ({default_chunksize(small, WORKERS)})", small
            ),
            pool_run("map, chunksize=1", small, chunksize=1),
        ],
        "imap": [
            pool_run("imap (results in input order)", head, call="imap"),
            pool_run(
                "imap_unordered (results as they finish)", head, call="imap_unordered"
            ),
        ],
        "uneven": [
            pool_run(
                f"map, default chunksize ({default_chunksize(growing, WORKERS)})",
                growing,
            ),
            pool_run("map, chunksize=1", growing, chunksize=1),
            pool_run(
                "map, chunksize=1, longest first",
                sorted(growing, reverse=True),
                chunksize=1,
            ),
        ],
        "startup": [
            run
            for method in sorted(
                START_METHODS, key=lambda m: m != default
            )  # the default first
            for run in (
                process_run(f"{method}: 8 × Process", [0.05] * 8, method),
                pool_run(
                    f"{method}: Pool(2)",
                    [0.05] * 8,
                    chunksize=1,
                    workers=2,
                    method=method,
                ),
            )
        ],
    }


def rows(runs_by_scenario):
    """A row per worker (or Process) of every run: the table a screen reader gets."""
    out = []
    for scenario, runs in runs_by_scenario.items():
        for run in runs:
            for n, lane in enumerate(run["lanes"], 1):
                busy = sum(t["end"] - t["start"] for t in lane)
                first = min(t["start"] for t in lane)
                out.append(
                    {
                        "scenario": scenario,
                        "run": run["label"],
                        "start_method": run["start_method"],
                        "worker": f"{run['kind']} {n}",
                        "tasks": len(lane),
                        "startup_s": round(first, 4),
                        "busy_s": round(busy, 4),
                        "idle_s": round(max(run["back"] - first - busy, 0), 4),
                        "wall_s": round(run["back"], 4),
                    }
                )
    return out


COLUMNS = [
    {"key": "run", "label": "Run"},
    {"key": "worker", "label": "Worker"},
    {"key": "tasks", "label": "Tasks run"},
    {
        "key": "startup_s",
        "label": "Before its first task",
        "unit": "s",
        "format": ".3f",
    },
    {"key": "busy_s", "label": "Busy", "unit": "s", "format": ".2f"},
    {
        "key": "idle_s",
        "label": "Idle after its first task",
        "unit": "s",
        "format": ".2f",
    },
    {"key": "wall_s", "label": "All results back", "unit": "s", "format": ".2f"},
]


def main():
    import record
    from timeline_plots import TITLES, alt_text, plot

    record.guard()
    warm_up()
    started = time.time()
    runs = scenarios()
    result_rows = rows(runs)
    python = record.python()
    for row in result_rows:
        row["python"] = python
    record.write(
        "timelines",
        title="What the pool did, task by task",
        columns=COLUMNS,
        rows=result_rows,
        repetitions=1,
        statistic="one traced run (a timeline pictures one run, not an average)",
        plots=[
            {"name": f"timeline-{s}", "alt": alt_text(s, r), "title": TITLES[s]}
            for s, r in runs.items()
        ],
        notes=(
            "One real run each (a timeline is a picture of one run, not an average). Tasks sleep for a "
            "known time. Idle: from the worker's first task until the parent had every result, minus "
            "the time it spent on tasks."
        ),
        default_start_method=multiprocessing.get_start_method(),
        runs=runs,
    )
    plot(record.read("timelines"))
    print(
        f"timelines: {time.time() - started:.1f} s of runs; wrote benchmarks/results/timelines.json"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--plot"]:
        import record
        from timeline_plots import plot

        plot(record.read("timelines"))
    else:
        main()
