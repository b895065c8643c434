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

# No plotting or result-writing imports at the top: spawn and forkserver workers
# import this module, and matplotlib would add to the start-up being measured.

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


TITLES = {
    "chunksize": "Timeline: map over 40 short tasks of uneven length on Pool(4)",
    "imap": "Timeline: imap and imap_unordered when the first task is the long one, Pool(4)",
    "uneven": "Timeline: 32 tasks growing along the list on Pool(4): the idle tail",
    "startup": "Timeline: 8 tasks on 8 Processes or on Pool(2), per start method",
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


def _idle_share(run):
    """Idle time of all workers, as a share of workers × the run's time after start-up."""
    first = min(t["start"] for lane in run["lanes"] for t in lane)
    busy = sum(t["end"] - t["start"] for lane in run["lanes"] for t in lane)
    return 1 - busy / (len(run["lanes"]) * (run["back"] - first))


def alt_text(scenario, runs):
    """What the picture shows, in words, with its figures (computed: true of the run drawn)."""
    back = [f"{run['back']:.2f} s" for run in runs]
    idle = [f"{_idle_share(run):.0%}" for run in runs]
    if scenario == "chunksize":
        size = runs[0]["chunksize"]
        return (
            "Timeline, one row per worker of Pool(4), one bar per task, time since Pool() was called. With "
            f"map's default chunksize of {size}, each worker takes {size} tasks at a time (outlined together): "
            f"all results back after {back[0]}, the workers idle {idle[0]} of the time after their first task. "
            f"With chunksize=1, each takes one task at a time: results back after {back[1]}, {idle[1]} idle."
        )
    if scenario == "imap":
        return (
            "Timeline, one row per worker of Pool(4), and a row of ticks for when the parent received each "
            "result. The first task is the long one. With imap, the parent receives nothing until that first "
            "task ends, although the other workers finished their short tasks earlier, then every result at "
            f"once; all back after {back[0]}. With imap_unordered, a tick appears as each task ends, and the "
            f"long task's result comes last; all back after {back[1]}."
        )
    if scenario == "uneven":
        size = runs[0]["chunksize"]
        return (
            "Timeline, one row per worker of Pool(4), for 32 tasks that get longer along the list. With map's "
            f"default chunksize of {size}, the longest tasks, at the end of the list, form the last chunk, which "
            "one worker runs while the others have nothing left to do: results back after "
            f"{back[0]}, the workers idle {idle[0]} of the time. With chunksize=1, the long tasks at the end go "
            f"to different workers: {back[1]}, {idle[1]} idle. Longest first with chunksize=1, the long tasks "
            f"start at once and the short ones fill the gaps at the end: {back[2]}, {idle[2]} idle."
        )
    parts = []
    for run in runs:
        first = min(t["start"] for lane in run["lanes"] for t in lane)
        parts.append(
            f"{run['label']}: first task after {first:.2f} s, all results after {run['back']:.2f} s"
        )
    return (
        "Timeline, one row per Process or pool worker, time since the first Process or the pool was created; "
        "each run does 8 tasks of 0.05 s. The dotted line before a row's first bar is the process's "
        "start-up. " + "; ".join(parts) + "."
    )


def draw_runs(runs, scenario):
    """A draw(ax, palette) for plots.save: the runs stacked, each a header and a row per lane."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    def draw(ax, palette):
        fg, muted, series = palette["fg"], palette["muted"], palette["series"]
        labels, y = [], 0
        end = max(run["back"] for run in runs)
        for run in runs:
            y_header = y
            labels.append((y, ""))
            ax.text(
                0,
                y,
                f"{run['label']}: all results back after {run['back']:.2f} s",
                va="center",
                ha="left",
                fontweight="bold",
                color=fg,
            )
            y += 1
            rows_y = []
            longest = max(t["end"] - t["start"] for lane in run["lanes"] for t in lane)
            for n, lane in enumerate(run["lanes"], 1):
                labels.append((y, f"{run['kind']} {n}"))
                rows_y.append(y)
                first = min(t["start"] for t in lane)
                ax.plot(
                    [0, first], [y, y], color=muted, linewidth=1, linestyle=":"
                )  # start-up
                for t in lane:
                    long_task = (
                        scenario in ("imap", "uneven")
                        and t["end"] - t["start"] > longest / 2
                    )
                    ax.add_patch(
                        Rectangle(
                            (t["start"], y - 0.3),
                            t["end"] - t["start"],
                            0.6,
                            facecolor=series[1] if long_task else series[0],
                            edgecolor=palette["bg"],
                            linewidth=0.6,
                        )
                    )
                if (
                    run["chunksize"] > 1
                ):  # a chunk outlined: the tasks one worker took together
                    chunks = {}
                    for t in lane:
                        chunks.setdefault(t["chunk"], []).append(t)
                    for tasks in chunks.values():
                        left = min(t["start"] for t in tasks)
                        right = max(t["end"] for t in tasks)
                        ax.add_patch(
                            Rectangle(
                                (left, y - 0.4),
                                right - left,
                                0.8,
                                fill=False,
                                edgecolor=fg,
                                linewidth=1.4,
                            )
                        )
                y += 1
            ax.plot(
                [run["back"]] * 2,
                [y_header + 0.5, rows_y[-1] + 0.5],
                color=fg,
                linewidth=1.5,
                linestyle="--",
            )
            if scenario == "imap":
                labels.append((y, "parent"))
                ax.plot(
                    run["received"],
                    [y] * len(run["received"]),
                    linestyle="none",
                    marker="|",
                    markersize=12,
                    markeredgewidth=1.5,
                    color=series[2],
                )
                y += 1
            y += 0.5
        ax.set_yticks([p for p, _ in labels], [text for _, text in labels])
        ax.tick_params(axis="y", length=0)
        ax.set_ylim(y - 0.5, -0.8)
        ax.set_xlim(0, end * 1.03)
        ax.set_xlabel(
            "seconds since the first Process or the pool was created"
            if scenario == "startup"
            else "seconds since Pool() was called"
        )
        ax.grid(axis="y", visible=False)
        ax.spines["left"].set_visible(False)
        handles = [
            Rectangle((0, 0), 1, 1, facecolor=series[0], label="a task"),
            Line2D([], [], color=muted, linestyle=":", label="starting, no task yet"),
            Line2D([], [], color=fg, linestyle="--", label="parent has every result"),
        ]
        if scenario in ("imap", "uneven"):
            handles.insert(
                1, Rectangle((0, 0), 1, 1, facecolor=series[1], label="a long task")
            )
        if any(run["chunksize"] > 1 for run in runs):
            handles.insert(
                1, Rectangle((0, 0), 1, 1, fill=False, edgecolor=fg, label="a chunk")
            )
        if scenario == "imap":
            handles.append(
                Line2D(
                    [],
                    [],
                    color=series[2],
                    marker="|",
                    linestyle="none",
                    markersize=10,
                    markeredgewidth=1.5,
                    label="a result reaches the parent",
                )
            )
        ax.figure.legend(
            handles=handles, loc="outside lower center", ncol=3, fontsize=9
        )

    return draw


def plot(result):
    from plots import save

    for scenario, runs in result["runs"].items():
        lanes = sum(len(run["lanes"]) + 1.5 + (scenario == "imap") for run in runs)
        row = 0.2 if scenario == "startup" else 0.24  # inches per row
        save(
            f"timeline-{scenario}",
            draw_runs(runs, scenario),
            size=(7.5, 1.3 + row * lanes),
        )


def main():
    import record

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

        plot(record.read("timelines"))
    else:
        main()
