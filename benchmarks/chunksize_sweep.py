"""What `chunksize` changes: many tiny tasks through `Pool.map`, `imap` and `imap_unordered`.

Run from the repository root:

    python benchmarks/chunksize_sweep.py

It writes benchmarks/results/chunksize_sweep.json and the plot
docs/plots/chunksize_sweep-{light,dark}.svg. TASKS calls of a function that
does nothing go through a `Pool` of one worker per usable CPU (this
interpreter, its default start method), with chunksize 1, 2, 4, … up to past
the default `map` picks. That default (CPython's `Pool._map_async`):
``chunksize, extra = divmod(len(iterable), len(self._pool) * 4)``, plus one if
there is a remainder — about four chunks per worker. `imap` and
`imap_unordered` default to 1. The pool is started before timing; the
chunksizes and methods take turns, run after run; each figure is the median of
REPEAT runs, with the lowest and highest.
"""

from __future__ import annotations

import multiprocessing
import time

from matplotlib.ticker import FuncFormatter, LogLocator, ScalarFormatter

import plots
import record

REPEAT = 3
TASKS = 20_000
WAYS = ("map", "imap", "imap_unordered")


def tiny(x):
    return x


def map_default_chunksize(tasks, workers):
    """What Pool.map picks when chunksize is None (Lib/multiprocessing/pool.py, _map_async)."""
    chunksize, extra = divmod(tasks, workers * 4)
    return chunksize + 1 if extra else chunksize


def main():
    workers = record.machine()["usable_cpus"]
    default = map_default_chunksize(TASKS, workers)
    sizes = sorted({2**i for i in range(16) if 2**i <= 4 * default} | {default})
    items = range(TASKS)
    runs = {(way, size): [] for way in WAYS for size in sizes}
    with multiprocessing.Pool(workers) as pool:
        pool.map(tiny, range(workers), chunksize=1)  # every worker started
        for _ in range(REPEAT):
            for size in sizes:
                for way in WAYS:
                    method = getattr(pool, way)
                    start = time.perf_counter()
                    for _ in method(tiny, items, chunksize=size):
                        pass
                    runs[way, size].append(time.perf_counter() - start)

    rows = []
    for size in sizes:
        note = {default: "map's default", 1: "imap's and imap_unordered's default"}.get(size, "")
        row = {"chunksize": size, "chunks": -(-TASKS // size), "default_for": note}
        for way in WAYS:
            row.update(record.spread(f"{way}_s", runs[way, size]))
        rows.append(row)
    publish(rows)


def publish(rows):
    """Draw the plot and write the result file from the measured rows."""
    workers = record.machine()["usable_cpus"]
    default = map_default_chunksize(TASKS, workers)
    sizes = [r["chunksize"] for r in rows]
    method = multiprocessing.get_start_method()
    python = record.python()
    at = {r["chunksize"]: r for r in rows}

    def draw(ax, palette):
        for i, way in enumerate(WAYS):
            ax.plot(sizes, [at[s][f"{way}_s"] for s in sizes], color=palette["series"][i],
                    marker=palette["markers"][i], linestyle=palette["linestyles"][i],
                    label=f"{way}()")
        ax.axvline(default, color=palette["ideal"], linestyle=":", linewidth=1.2)
        ax.annotate(f"map's default\nchunksize: {default}", xy=(default, 1),
                    xycoords=("data", "axes fraction"), xytext=(-5, -2), textcoords="offset points",
                    ha="right", va="top", color=palette["fg"], fontsize=9)
        ax.set_xscale("log", base=2)
        ax.set_xticks([s for s in sizes if s & (s - 1) == 0][::2])  # powers of 4
        ax.xaxis.set_major_formatter(ScalarFormatter())
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(subs=(1.0, 3.0)))  # 1, 3, 10, 30, ... ms
        ax.yaxis.set_major_formatter(FuncFormatter(plots.seconds))
        ax.set_xlabel("chunksize (log scale)")
        ax.set_ylabel("Total time (log scale)")
        ax.set_title(f"{TASKS:,} tiny tasks on Pool({workers}), {python}, {method}", fontsize=10)
        ax.legend(loc="lower left")

    plots.save("chunksize_sweep", draw)
    one, big = at[1], at[default]
    alt = (  # the figures as the table shows them
        f"Line chart, both axes logarithmic, of the total time for {TASKS:,} tiny tasks on a "
        f"Pool({workers}) against chunksize from 1 to {sizes[-1]}. With chunksize 1: map "
        f"{one['map_s']:.3f} s, imap {one['imap_s']:.3f} s, imap_unordered "
        f"{one['imap_unordered_s']:.3f} s. At map's default chunksize, {default}: map "
        f"{big['map_s']:.3f} s, imap {big['imap_s']:.3f} s, imap_unordered "
        f"{big['imap_unordered_s']:.3f} s."
    )
    seconds = {"unit": "s", "format": ".3f"}
    record.write(
        "chunksize_sweep",
        title=f"chunksize sweep: {TASKS:,} tiny tasks on a Pool({workers})",
        columns=[
            {"key": "chunksize", "label": "chunksize"},
            {"key": "chunks", "label": "Chunks sent"},
            {"key": "map_s", "label": "map()", **seconds},
            {"key": "imap_s", "label": "imap()", **seconds},
            {"key": "imap_unordered_s", "label": "imap_unordered()", **seconds},
            {"key": "default_for", "label": "Default of"},
        ],
        rows=rows,
        repetitions=REPEAT,
        plots=[{"name": "chunksize_sweep", "alt": alt}],
        notes=(
            f"Each task: a function that returns its argument. Pool({workers}) started before "
            f"timing; start method {method}. map's default chunksize for {TASKS:,} tasks on "
            f"{workers} workers: divmod({TASKS}, {workers} * 4) → {default}."
        ),
        start_method=method,
        workers=workers,
        tasks=TASKS,
        map_default_chunksize=default,
    )


if __name__ == "__main__":
    main()
