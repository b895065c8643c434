"""What `chunksize` changes: many tasks through `Pool.map`, `imap` and `imap_unordered`.

Run from the repository root:

    python benchmarks/chunksize_sweep.py [--busy-ok]

It writes benchmarks/results/chunksize_sweep.json and the plot
docs/plots/chunksize_sweep-{light,dark}.svg. Two kinds of task go through a
`Pool` of one worker per usable CPU (this interpreter, its default start method):

- TASKS calls of `tiny`, which returns its argument: the time is all overhead
  (pickling, the pipes, the pool's threads), reported per task in µs;
- WORK_TASKS calls of `work`, about 1 ms of pure Python each: what chunking
  saves on a task of a realistic size (the serial time of the same tasks is
  measured in the same rounds).

with chunksize 1, 2, 4, … up to past the default `map` picks. That default
(CPython's `Pool._map_async`): ``chunksize, extra = divmod(len(iterable),
len(self._pool) * 4)``, plus one if there is a remainder — about four chunks per
worker. `imap` and `imap_unordered` default to 1. The pool is started before
timing; every (task, chunksize, method) runs once per round, harness.RUNS rounds
after harness.WARMUPS discarded; each figure is the median, with the lowest and
highest.
"""

from __future__ import annotations

import multiprocessing

from matplotlib.ticker import FuncFormatter, LogLocator, ScalarFormatter

import harness
import plots
import record

TASKS = 10_000
WORK_TASKS = 400
WORK_LOOP = 30_000  # iterations of `work`: about 1 ms of pure Python on this machine's 3.15
WAYS = ("map", "imap", "imap_unordered")


def tiny(x):
    return x


def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def map_default_chunksize(tasks, workers):
    """What Pool.map picks when chunksize is None (Lib/multiprocessing/pool.py, _map_async)."""
    chunksize, extra = divmod(tasks, workers * 4)
    return chunksize + 1 if extra else chunksize


def sizes_for(tasks, workers, every=1, past=4):
    """chunksize 1, then every `every`-th power of 2 up to `past` times map's default, and the default."""
    default = map_default_chunksize(tasks, workers)
    return sorted({2**i for i in range(0, 16, every) if 2**i <= past * default} | {default})


def run(pool, way, func, items, size):
    def go():
        for _ in getattr(pool, way)(func, items, chunksize=size):
            pass
    return go


def main():
    record.guard()
    workers = record.machine()["usable_cpus"]
    tiny_items, work_items = range(TASKS), [WORK_LOOP] * WORK_TASKS
    with multiprocessing.Pool(workers) as pool:
        pool.map(tiny, range(workers), chunksize=1)  # every worker started
        functions = {("tiny", way, size): run(pool, way, tiny, tiny_items, size)
                     for size in sizes_for(TASKS, workers) for way in WAYS}
        functions.update({("work", way, size): run(pool, way, work, work_items, size)
                          for size in sizes_for(WORK_TASKS, workers, every=2, past=1) for way in WAYS})
        functions["work", "serial", 0] = lambda: [work(n) for n in work_items]
        times = harness.interleaved(functions)
    rows = []
    for task, count in (("tiny", TASKS), ("work", WORK_TASKS)):
        default = map_default_chunksize(count, workers)
        for size in sizes_for(count, workers, *((1, 4) if task == "tiny" else (2, 1))):
            note = {default: "map's default", 1: "imap's and imap_unordered's default"}.get(size, "")
            row = {"task": task, "chunksize": size, "chunks": -(-count // size), "default_for": note}
            for way in WAYS:
                row.update(record.spread(f"{way}_s", times[task, way, size]))
                row.update(record.spread(f"{way}_us", [t / count * 1e6 for t in times[task, way, size]]))
            rows.append(row)
    publish(rows, record.spread("serial_s", times["work", "serial", 0]))


def publish(rows, serial):
    """Draw the plot and write the result file from the measured rows and the 1 ms tasks' serial time."""
    workers = record.machine()["usable_cpus"]
    defaults = {"tiny": map_default_chunksize(TASKS, workers), "work": map_default_chunksize(WORK_TASKS, workers)}
    method = multiprocessing.get_start_method()
    python = record.python()
    at = {(r["task"], r["chunksize"]): r for r in rows}
    per_task_ms = serial["serial_s"] / WORK_TASKS * 1000
    ideal_us = serial["serial_s"] / WORK_TASKS / workers * 1e6
    labels = {"tiny": "tiny task", "work": f"{per_task_ms:.1f} ms task"}

    def draw(ax, palette):
        n = 0
        for task in ("tiny", "work"):
            sizes = [r["chunksize"] for r in rows if r["task"] == task]
            for way in WAYS:
                ax.plot(sizes, [at[task, s][f"{way}_us"] for s in sizes], color=palette["series"][n],
                        marker=palette["markers"][n], linestyle=palette["linestyles"][n],
                        label=f"{labels[task]}: {way}()")
                n += 1
        ax.axhline(ideal_us, color=palette["ideal"], linestyle="--", linewidth=1.2,
                   label=f"{labels['work']}: serial ÷ {workers} workers")
        for task, default in defaults.items():
            ax.axvline(default, color=palette["muted"], linestyle=":", linewidth=1)
            ax.annotate(f"map's default\n({labels[task]}s): {default}", xy=(default, 0.6),
                        xycoords=("data", "axes fraction"), xytext=(3, 0), textcoords="offset points",
                        ha="left", va="bottom", color=palette["fg"], fontsize=7)
        ax.set_xscale("log", base=2)
        ax.xaxis.set_major_formatter(ScalarFormatter())
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(subs=(1.0, 3.0)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: plots.seconds(v / 1e6)))
        ax.set_xlabel("chunksize (log scale)")
        ax.set_ylabel("Time per task (log scale)")
        ax.set_title(f"{TASKS:,} tiny and {WORK_TASKS} ~1 ms tasks on Pool({workers}), {python}, {method}",
                     fontsize=10)
        ax.set_ylim(top=ax.get_ylim()[1] * 3)  # room above the ~1 ms tasks' curves
        ax.legend(loc="lower left", fontsize=7, ncols=2)

    plots.save("chunksize_sweep", draw, size=(7.0, 4.6))
    one, big = at["tiny", 1], at["tiny", defaults["tiny"]]
    w1, wbig = at["work", 1], at["work", defaults["work"]]
    alt = (  # the figures as the table shows them
        f"Line chart, both axes logarithmic, of the time per task against chunksize, on a Pool({workers}). "
        f"{TASKS:,} tiny tasks (all overhead): at chunksize 1 map {one['map_us']:.1f} µs, imap "
        f"{one['imap_us']:.1f} µs, imap_unordered {one['imap_unordered_us']:.1f} µs per task; at map's "
        f"default, {defaults['tiny']}: map {big['map_us']:.2f} µs. {WORK_TASKS} tasks of {per_task_ms:.1f} ms: "
        f"at chunksize 1 map {w1['map_us']:.0f} µs per task, at {defaults['work']} {wbig['map_us']:.0f} µs, "
        f"against {ideal_us:.0f} µs for the serial time shared by {workers} workers (dashed)."
    )
    seconds = {"unit": "s", "format": ".3f"}
    micro = {"unit": "µs", "format": ".2f"}
    record.write(
        "chunksize_sweep",
        title=f"chunksize sweep: {TASKS:,} tiny tasks and {WORK_TASKS} tasks of ~1 ms on a Pool({workers})",
        columns=[
            {"key": "task", "label": "Task"},
            {"key": "chunksize", "label": "chunksize"},
            {"key": "chunks", "label": "Chunks sent"},
            {"key": "map_s", "label": "map()", **seconds},
            {"key": "imap_s", "label": "imap()", **seconds},
            {"key": "imap_unordered_s", "label": "imap_unordered()", **seconds},
            {"key": "map_us", "label": "map(), per task", **micro},
            {"key": "imap_us", "label": "imap(), per task", **micro},
            {"key": "imap_unordered_us", "label": "imap_unordered(), per task", **micro},
            {"key": "default_for", "label": "Default of"},
        ],
        rows=rows,
        repetitions=harness.RUNS,
        plots=[{"name": "chunksize_sweep", "alt": alt}],
        notes=(
            f"tiny: {TASKS:,} calls of a function that returns its argument, so the time per task is the "
            f"pool's overhead alone. work: {WORK_TASKS} calls of a pure-Python loop of {WORK_LOOP:,} "
            f"iterations, {per_task_ms:.2f} ms each serially (median of the same rounds), so "
            f"{ideal_us:.0f} µs per task is the best {workers} workers can do. Pool({workers}) started "
            f"before timing; start method {method}. map's default chunksize: divmod(tasks, {workers} * 4), "
            f"plus 1 with a remainder: {defaults['tiny']} for {TASKS:,} tasks, {defaults['work']} for "
            f"{WORK_TASKS}. At chunksize 1, map sends each item as a one-item chunk (a call of mapstar "
            f"that returns a list, placed by MapResult._set), imap sends the call itself; the difference "
            f"is too small to measure in these runs."
        ),
        start_method=method,
        workers=workers,
        tasks=TASKS,
        work_tasks=WORK_TASKS,
        map_default_chunksize=defaults["tiny"],
        serial=serial,
    )


if __name__ == "__main__":
    main()
