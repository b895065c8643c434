"""What it costs to start a process under each start method, on every Python 3.9-3.15.

Run from the repository root, with the reference interpreter (it finds the
others as the doc tests do, `proven.interpreters.find_pythons("all")`):

    python benchmarks/start_method_cost.py

It writes benchmarks/results/start_method_cost.json and the plots
docs/plots/start_method_cost-{process,pool}-{light,dark}.svg. For each
interpreter and start method it runs this file FRESH times as a new program
(``--child METHOD``), which measures, with processes whose target does nothing:

- the first start and join of a `Process` in the program (the fork server and
  the resource tracker start then);
- then REPEAT starts and joins of one `Process`;
- BATCH processes started together, then joined, per process;
- the time from creating a `Pool(2)` to its answer to one empty task, POOLS times.

This module imports only the standard library at the top: a spawned child
imports the main module again, and a heavier one would cost more to start.
Each figure is the median over all runs, with the lowest and highest.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import time

FRESH = 3  # new programs per interpreter and start method
REPEAT = 10  # start + join of one process, per program
BATCH = 10  # processes started together, once per program
POOLS = 3  # Pool(2) created until it answers one task, per program
METHODS = ("fork", "spawn", "forkserver")


def nothing(*args):
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


def pool_first_answer(ctx):
    """Seconds from creating a Pool(2) to the answer of one empty task (its shutdown not counted)."""
    start = time.perf_counter()
    pool = ctx.Pool(2)
    pool.apply(nothing)
    seconds = time.perf_counter() - start
    pool.terminate()
    pool.join()
    return seconds


def child(method):
    """One fresh program's measurements, as JSON on stdout (runs on Python 3.9+, stdlib only)."""
    import platform

    ctx = multiprocessing.get_context(method)
    first = start_and_join(ctx, 1)
    print(json.dumps({
        "python": platform.python_version(),
        "first": first,
        "process": [start_and_join(ctx, 1) for _ in range(REPEAT)],
        "batch_each": start_and_join(ctx, BATCH) / BATCH,
        "pool": [pool_first_answer(ctx) for _ in range(POOLS)],
    }))


def measure(executable, method):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    runs = []
    for _ in range(FRESH):
        out = subprocess.run([executable, __file__, "--child", method], env=env,
                             capture_output=True, text=True, check=True, timeout=120)
        runs.append(json.loads(out.stdout))
    return runs


def main():
    from proven.interpreters import find_pythons

    import record

    rows = []
    for python in find_pythons("all"):
        if not python.executable:
            print(f"Python {python.name}: not on this machine, left out", file=sys.stderr)
            continue
        for method in METHODS:
            runs = measure(python.executable, method)
            row = {"python": runs[0]["python"], "version": python.name, "start_method": method}
            for key in ("first", "process", "batch_each", "pool"):
                seconds = [t for r in runs for t in (r[key] if isinstance(r[key], list) else [r[key]])]
                row.update(record.spread(f"{key}_ms", [t * 1000 for t in seconds]))
            rows.append(row)
            print(f"{row['python']:>8} {method:<10} {row['process_ms']:7.1f} ms", file=sys.stderr)
    publish(rows)


def publish(rows):
    """Draw the plots and write the result file from the measured rows."""
    import plots
    import record

    versions = list(dict.fromkeys(r["version"] for r in rows))
    at = {(r["version"], r["start_method"]): r for r in rows}
    titles = {
        "process": "Start and join one Process (not the program's first)",
        "pool": "Create a Pool(2) until it answers one task",
    }

    def chart(key):
        def draw(ax, palette):
            width = 0.8 / len(METHODS)
            for i, method in enumerate(METHODS):
                xs = [v + (i - 1) * width for v in range(len(versions))]
                ys = [at[v, method][f"{key}_ms"] for v in versions]
                # Same order in every group as in the legend: not told apart by colour alone.
                bars = ax.bar(xs, ys, width, label=method, color=palette["series"][i])
                # The medians on the bars: fork's are too short to read off the axis.
                # (No whiskers: on a busy machine one slow run would squash every bar.)
                ax.bar_label(bars, fmt="{:.0f}", padding=2, fontsize=7, color=palette["fg"])
            ax.set_xticks(range(len(versions)), [f"Python {v}" for v in versions])
            ax.set_ylabel("Milliseconds (median)")
            ax.set_title(titles[key], fontsize=10)
            ax.grid(axis="x", visible=False)
            top = max(r[f"{key}_ms"] for r in rows)
            ax.set_ylim(0, top * 1.3)  # room for the legend above the bars
            ax.legend(title="Start method", loc="upper left", ncols=3)
        return draw

    def summary(key):
        parts = []
        for method in METHODS:
            values = [at[v, method][f"{key}_ms"] for v in versions]
            parts.append(f"{method} {min(values):.1f} to {max(values):.1f} ms")
        return "; ".join(parts)

    machine = record.machine()
    span = f"Python {versions[0]} to {versions[-1]}"
    figures = []
    for key in ("process", "pool"):
        name = f"start_method_cost-{key}"
        plots.save(name, chart(key), size=(7.0, 3.8))
        figures.append({"name": name, "alt": (
            f"Grouped bar chart, {span}, one bar per start method: {titles[key][0].lower()}"
            f"{titles[key][1:]}, on {machine['usable_cpus']} CPUs. The medians, lowest to "
            f"highest across the versions: {summary(key)}."
        )})
    ms = {"unit": "ms", "format": ".1f"}
    record.write(
        "start_method_cost",
        title=f"What a start costs, per start method, {span}",
        columns=[
            {"key": "python", "label": "Python"},
            {"key": "start_method", "label": "Start method"},
            {"key": "first_ms", "label": "First Process of a program", **ms},
            {"key": "process_ms", "label": "Each later Process", **ms},
            {"key": "batch_each_ms", "label": f"{BATCH} Processes at once, each", **ms},
            {"key": "pool_ms", "label": "Pool(2) until its first answer", **ms},
        ],
        rows=rows,
        repetitions=FRESH * REPEAT,
        plots=figures,
        notes=(
            f"Processes whose target does nothing, in a program that imports only the standard "
            f"library. Per interpreter and start method: {FRESH} fresh programs, each timing its "
            f"first Process, then {REPEAT} more one at a time, {BATCH} at once, and {POOLS} "
            f"Pool(2)s. Each Pool's time ends at its first answer: its shutdown is not counted."
        ),
        fresh_programs=FRESH,
        repetitions_per_program={"process": REPEAT, "batch": 1, "pool": POOLS},
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
    else:
        main()
