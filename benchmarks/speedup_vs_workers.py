"""Speed-up vs number of workers: CPU-bound pure-Python tasks on processes and on threads.

Run from the repository root:

    python benchmarks/speedup_vs_workers.py [--busy-ok]

It writes benchmarks/results/speedup_vs_workers.json and the plot
docs/plots/speedup_vs_workers-{light,dark}.svg. The same TASKS tasks (a
pure-Python loop each) run serially, then on a `ProcessPoolExecutor` and on a
`ThreadPoolExecutor` of 1 to 2 × the usable CPUs workers, with this
interpreter and its default start method. Pools are started before timing, and
the configurations take turns, serial run included, round after round
(harness.interleaved: harness.RUNS rounds after harness.WARMUPS discarded), so
that a change in the machine's load hits them all alike. Speed-up = the median serial run / each of the
pool's runs (so its spread is the pool's; the serial runs' own spread is in
"serial"); each figure is the median over the rounds, with the lowest and
highest.
"""

from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import harness
import plots
import record

TASKS = 24  # divisible by 1, 2, 3 and 4 workers: no worker gets a bigger share
LOOP = 250_000  # iterations per task: tens of milliseconds of pure Python


def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def consume(func, *args):
    def run():
        for _ in func(*args):  # map() results are lazy in concurrent.futures: consume them
            pass
    return run


def main():
    record.guard()
    cpus = record.machine()["usable_cpus"]
    counts = list(range(1, 2 * cpus + 1))
    tasks = [LOOP] * TASKS
    # Process pools first: forking while threads run is unsafe (warned since 3.12).
    pools = [("processes", n, ProcessPoolExecutor(n)) for n in counts]
    pools += [("threads", n, ThreadPoolExecutor(n)) for n in counts]
    for _, n, pool in pools:
        list(pool.map(sum_of_squares, [LOOP] * n))  # every worker started, and warm

    functions = {("serial", 0): consume(map, sum_of_squares, tasks)}
    functions.update({(kind, n): consume(pool.map, sum_of_squares, tasks) for kind, n, pool in pools})
    runs = harness.interleaved(functions)
    for _, _, pool in pools:
        pool.shutdown()

    serial = runs["serial", 0]
    rows = []
    for n in counts:
        row = {"workers": n, "ideal": min(n, cpus)}
        for kind in ("processes", "threads"):
            row.update(record.spread(f"{kind}_s", runs[kind, n]))
            row.update(record.speedup(f"{kind}_speedup", serial, runs[kind, n]))
        rows.append(row)
    publish(rows, record.spread("serial_s", serial))


def publish(rows, serial):
    """Draw the plot and write the result file from the measured rows and the serial time."""
    cpus = record.machine()["usable_cpus"]
    counts = [r["workers"] for r in rows]
    base = serial["serial_s"]
    method = multiprocessing.get_start_method()
    python = record.python()
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()

    def draw(ax, palette):
        for i, kind in enumerate(("processes", "threads")):
            ys = [r[f"{kind}_speedup"] for r in rows]  # one figure each: the spread is the times' (table)
            ax.plot(counts, ys, color=palette["series"][i], marker=palette["markers"][i], label=kind.capitalize())
        ax.plot(counts, [r["ideal"] for r in rows], color=palette["ideal"], linestyle="--",
                label=f"Ideal: min(workers, {cpus} usable CPUs)")
        handles, labels = ax.get_legend_handles_labels()  # the measured series first
        ax.legend(handles[1:] + handles[:1], labels[1:] + labels[:1], loc="upper left", ncols=3)
        ax.set_xticks(counts)
        top = max(r[f"{kind}_speedup"] for r in rows for kind in ("processes", "threads"))
        ax.set_ylim(0, max(cpus, top) * 1.25)  # room for the legend above the lines
        ax.set_xlabel("Workers")
        ax.set_ylabel("Speed-up over serial (×)")
        ax.set_title(f"{TASKS} CPU-bound tasks, {python}, {method}", fontsize=10)

    plots.save("speedup_vs_workers", draw)
    at = {r["workers"]: r for r in rows}
    last = at[counts[-1]]
    alt = (  # the figures as the table shows them
        f"Line chart of speed-up over serial against the number of workers, 1 to {counts[-1]}, "
        f"for {TASKS} CPU-bound pure-Python tasks on {python} with {cpus} usable CPUs. "
        f"Processes: {at[cpus]['processes_speedup']:.2f}× at {cpus} workers, "
        f"{last['processes_speedup']:.2f}× at {counts[-1]}. Threads: "
        f"{at[cpus]['threads_speedup']:.2f}× at {cpus} workers, {last['threads_speedup']:.2f}× at "
        f"{counts[-1]}. A dashed ideal line rises to {cpus}× at {cpus} workers and stays there."
    )
    speed = {"unit": "×", "format": ".2f"}
    seconds = {"unit": "s", "format": ".2f"}
    record.write(
        "speedup_vs_workers",
        title=f"Speed-up vs number of workers: {TASKS} CPU-bound tasks, processes vs threads",
        columns=[
            {"key": "workers", "label": "Workers"},
            {"key": "processes_s", "label": "Processes", **seconds},
            {"key": "processes_speedup", "label": "Processes, speed-up", **speed, "bound": "usable_cpus"},
            {"key": "threads_s", "label": "Threads", **seconds},
            {"key": "threads_speedup", "label": "Threads, speed-up", **speed, "bound": "usable_cpus"},
            {"key": "ideal", "label": "Ideal speed-up", "unit": "×"},
        ],
        rows=rows,
        repetitions=harness.RUNS,
        plots=[{"name": "speedup_vs_workers", "alt": alt}],
        notes=(
            f"Serially the {TASKS} tasks took {base:.2f} s (the median of the serial runs, which took "
            f"turns with the pools' runs), the 1× of every speed-up. "
            f"Each task: sum_of_squares({LOOP:_}), a pure-Python loop. ProcessPoolExecutor and "
            f"ThreadPoolExecutor, started before timing; start method {method}; GIL enabled: {gil}."
        ),
        start_method=method,
        gil_enabled=gil,
        serial=serial,
        tasks=TASKS,
        loop=LOOP,
    )


if __name__ == "__main__":
    main()
