"""What it costs to start a process under each start method, on every Python 3.9-3.15.

Run from the repository root, with the reference interpreter (it finds the
others as the doc tests do, `proven.interpreters.find_pythons("all")`):

    python benchmarks/start_method_cost.py [--busy-ok]

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
The programs take turns (every interpreter and start method once per round,
harness.RUNS rounds after harness.WARMUPS discarded). Each figure is the median
over all recorded runs, with the lowest and highest.

The interpreters are not built alike: 3.9-3.12 come from pyenv here (-O3, no
PGO/LTO), 3.13-3.15 are Debian's packages (PGO and LTO by Debian's packaging);
each row records its build, and the plots keep the two groups apart: a
difference between them is partly the build. And forkserver changed within a
minor version: before 3.13.8 and 3.14.1 (gh-126631), the fork server never
preloaded `__main__` (forkserver.py asked for `main_path`, which
get_preparation_data() never sets), so every child imported the main module
again: the older interpreters' forkserver bars include that import.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import sys
import time

REPEAT = 5  # start + join of one process, per program
BATCH = 10  # processes started together, once per program
POOLS = 1  # Pool(2) created until it answers one task, per program
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


def main():
    from proven.interpreters import find_pythons

    import harness
    import record

    record.guard()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    pythons = []
    for python in find_pythons("all"):
        if not python.executable:
            print(f"Python {python.name}: not on this machine, left out", file=sys.stderr)
        elif not python.free_threaded:  # one build per minor version: 3.13t is in free_threading.py
            pythons.append(python)
    programs = {(python.name, method): [] for python in pythons for method in METHODS}

    def program(python, method):
        return lambda: programs[python.name, method].append(harness.fresh_run(
            [python.executable, __file__, "--child", method], f"{python.name} {method}", env))

    harness.interleaved({(p.name, m): program(p, m) for p in pythons for m in METHODS})
    builds = {}
    rows = []
    for python in pythons:
        for method in METHODS:
            runs = programs[python.name, method][harness.WARMUPS:]
            release = runs[0]["python"]
            builds.update(record.builds({release: python.executable}) if release not in builds else {})
            row = {"python": release, "version": python.name, "start_method": method,
                   "build": build_kind(builds[release])}
            for key in ("first", "process", "batch_each", "pool"):
                seconds = [t for r in runs for t in (r[key] if isinstance(r[key], list) else [r[key]])]
                row.update(record.spread(f"{key}_ms", [t * 1000 for t in seconds]))
            rows.append(row)
            print(f"{row['python']:>8} {method:<10} {row['process_ms']:7.1f} ms", file=sys.stderr)
    publish(rows, builds)


def build_kind(build):
    from figures.formatting import build_kind as kind

    return kind(build)


def fixed_126631(release):
    """Whether forkserver preloads __main__ in this release: 3.13.8+, 3.14.1+ (gh-126631)."""
    major, minor, patch = (int(n) for n in release.rstrip("t").split(".")[:3])
    return (major, minor) >= (3, 15) or (minor == 14 and patch >= 1) or (minor == 13 and patch >= 8)


def publish(rows, builds):
    """Draw the plots and write the result file from the measured rows."""
    import harness
    import plots
    import record

    versions = list(dict.fromkeys(r["version"] for r in rows))
    kinds = {r["version"]: r["build"] for r in rows}
    releases = {r["version"]: r["python"] for r in rows}
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
            ax.set_xticks(range(len(versions)), [
                f"{releases[v]}" + ("" if fixed_126631(releases[v]) else "*") for v in versions])
            ax.set_ylabel("Milliseconds (median)")
            ax.set_title(titles[key], fontsize=10)
            ax.grid(axis="x", visible=False)
            top = max(r[f"{key}_ms"] for r in rows)
            ax.set_ylim(0, top * 1.45)  # room for the legend and the build labels above the bars
            groups = [list(g) for _, g in itertools.groupby(range(len(versions)), key=lambda i: kinds[versions[i]])]
            for group in groups:  # the builds apart: not one trend across them
                if group[0]:
                    ax.axvline(group[0] - 0.5, color=palette["muted"], linestyle="--", linewidth=1)
                ax.annotate(kinds[versions[group[0]]].replace(", ", "\n", 1), xy=((group[0] + group[-1]) / 2, 1),
                            xycoords=("data", "axes fraction"), ha="center", va="top", fontsize=7,
                            color=palette["fg"])
            ax.set_xlabel("Python (* forkserver re-imports __main__ in each child: before 3.13.8, 3.14.1, "
                          "gh-126631)", fontsize=8)
            ax.legend(title="Start method", loc="upper left", bbox_to_anchor=(0, 0.86), ncols=3, fontsize=8)
        return draw

    def summary(key):
        parts = []
        for method in METHODS:
            values = [at[v, method][f"{key}_ms"] for v in versions]
            parts.append(f"{method} {min(values):.1f} to {max(values):.1f} ms")
        return "; ".join(parts)

    machine = record.machine()
    span = f"Python {releases[versions[0]]} to {releases[versions[-1]]}"
    apart = "; ".join(f"{', '.join(releases[v] for v in versions if kinds[v] == kind)}: {kind}"
                      for kind in dict.fromkeys(kinds.values()))
    figures = []
    for key in ("process", "pool"):
        name = f"start_method_cost-{key}"
        plots.save(name, chart(key), size=(7.0, 3.8))
        figures.append({"name": name, "alt": (
            f"Grouped bar chart, {span}, one bar per start method: {titles[key][0].lower()}"
            f"{titles[key][1:]}, on {machine['usable_cpus']} CPUs. The medians, lowest to "
            f"highest across the versions: {summary(key)}. A dashed line separates the builds ({apart}); "
            f"the releases before 3.13.8 carry a star: their forkserver children import the main module again."
        )})
    ms = {"unit": "ms", "format": ".1f"}
    record.write(
        "start_method_cost",
        title=f"What a start costs, per start method, {span}",
        columns=[
            {"key": "python", "label": "Python"},
            {"key": "build", "label": "Build"},
            {"key": "start_method", "label": "Start method"},
            {"key": "first_ms", "label": "First Process of a program", **ms},
            {"key": "process_ms", "label": "Each later Process", **ms},
            {"key": "batch_each_ms", "label": f"{BATCH} Processes at once, each", **ms},
            {"key": "pool_ms", "label": "Pool(2) until its first answer", **ms},
        ],
        rows=rows,
        repetitions=harness.RUNS,
        builds=builds,
        plots=figures,
        notes=(
            f"Processes whose target does nothing, in a program that imports only the standard "
            f"library. Per interpreter and start method: {harness.RUNS} fresh programs (after "
            f"{harness.WARMUPS} discarded), taking turns with the others, each timing its first "
            f"Process, then {REPEAT} more one at a time, {BATCH} at once, and {POOLS} Pool(2) (so "
            f"{harness.RUNS * REPEAT} runs behind each later Process's median). Each Pool's time ends at "
            f"its first answer: its shutdown is not counted. Builds differ: {apart}; compare the bars "
            f"within a build. forkserver before 3.13.8 and 3.14.1 (gh-126631; marked *): the fork "
            f"server never preloaded __main__, so each child imported the main module again."
        ),
        fresh_programs=harness.RUNS,
        repetitions_per_program={"process": REPEAT, "batch": 1, "pool": POOLS},
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
    else:
        main()
