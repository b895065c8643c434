"""What free_threading.py's programs measured, written as its result file and its plot: the rows
(each configuration's median and spread over its fresh programs), the bar chart, the table's
columns and the notes that say how each figure was taken."""

from __future__ import annotations

import sys

import plots
import record


def summarise(runs: dict[tuple[str, str], list[dict]], configs: list[tuple], workers: int) -> list[dict]:
    """A row per (interpreter, kind) from what its programs printed: medians with their spread."""
    serial = {name: record.spread("s", [r["seconds"] for r in runs[name, "serial"]])["s"]
              for name, _ in configs}
    rows = []
    for (name, kind), results in runs.items():
        first = results[0]
        gil_serial = serial[name.rstrip("t")]  # the GIL build of the same minor version
        if kind == "serial":
            times, run_on = [r["seconds"] for r in results], "serial"
        else:
            times = [r[f"seconds_{workers}"] for r in results]
            run_on = f"{workers} {kind}" + (f" ({first['start_method']})" if kind == "processes" else "")
        row = {"config": f"{name} {kind}", "python": first["python"], "build": first["build"],
               "gil_enabled": first["gil_enabled"], "workers": kind,
               "start_method": first.get("start_method", ""), "run_on": run_on}
        row.update(record.spread("seconds", times))
        bases = [r["serial"] if "serial" in r else r["seconds"] for r in results]  # each program's own serial run
        row.update(record.spread("speedup", [base / t for base, t in zip(bases, times)]))
        row.update(record.spread("speedup_vs_gil", [gil_serial / t for t in times]))
        if kind != "serial":
            row.update(record.spread("seconds_1", [r["seconds_1"] for r in results]))
            row.update(record.spread("scaling", [r["seconds_1"] / r[f"seconds_{workers}"] for r in results]))
            row.update(record.spread("start_ms", [r["start"] * 1000 for r in results]))
            for key in ("rss", "uss"):
                if all(r[key] is not None for r in results):
                    row.update(record.spread(f"{key}_mib", [r[key] / 2**20 for r in results]))
        rows.append(row)
        print(f"{row['config']:<20} {row['python']:<8} {row['seconds']:.2f} s ({row['speedup']:.2f}x)"
              + (f"  1 worker {row['seconds_1']:.2f} s  start {row['start_ms']:.0f} ms  "
                 f"USS {row.get('uss_mib', float('nan')):.1f} MiB" if kind != "serial" else ""),
              file=sys.stderr)
    return rows


def publish(rows: list[dict], configs: list[tuple], all_kinds: tuple[str, ...], workers: int,
            task_sizes: list[int], fresh: int) -> None:
    """Write benchmarks/results/free_threading.json and the plot, a grouped bar chart of the speed-ups."""
    machine = record.machine()
    n, tasks = f"{task_sizes[0]:_}", len(task_sizes)
    groups = [(name, [r for r in rows if r["config"].split()[0] == name and r["workers"] != "serial"])
              for name, _ in configs]
    kinds = all_kinds[1:]
    methods = {r["python"]: r["start_method"] for r in rows if r["start_method"]}

    def tick(group):  # the default start method differs: fork up to 3.13, forkserver since 3.14 (Linux)
        python = group[0]["python"]
        return f"{python}\n{group[0]['build']}" + (f"\nprocesses: {methods[python]}" if python in methods else "")

    def draw(ax, palette):
        width = 0.8 / len(kinds)
        hatches = ["", "//", ".."]  # not by colour alone
        for k, kind in enumerate(kinds):
            xs, ys, low, high = [], [], [], []
            for g, (_name, group) in enumerate(groups):
                row = next((r for r in group if r["workers"] == kind), None)
                if row is None:
                    continue
                present = [r["workers"] for r in group]
                xs.append(g + (present.index(kind) - (len(present) - 1) / 2) * width)
                ys.append(row["speedup"])
                low.append(row["speedup"] - row["speedup_min"])
                high.append(row["speedup_max"] - row["speedup"])
            bars = ax.bar(xs, ys, width * 0.95, label=kind, color=palette["series"][k], hatch=hatches[k],
                          edgecolor=palette["bg"], linewidth=0.5,
                          yerr=[low, high], error_kw={"ecolor": palette["fg"], "elinewidth": 0.8, "capsize": 2})
            for bar, y, top in zip(bars, ys, high):  # above the error bar, not across it
                ax.annotate(f"{y:.2f}×", (bar.get_x() + bar.get_width() / 2, y + top), xytext=(0, 2),
                            textcoords="offset points", ha="center", va="bottom", fontsize=7, color=palette["fg"])
        ax.axhline(workers, color=palette["ideal"], linestyle="--", linewidth=1.2, label=f"ideal ({workers}×)")
        ax.axhline(1, color=palette["muted"], linewidth=0.8)
        ax.set_xticks(range(len(groups)), [tick(group) for _, group in groups])
        ax.set_ylabel(f"Speed-up on {workers} workers over its own serial run")
        ax.set_ylim(0, max(workers, *(r["speedup_max"] for r in rows)) * 1.1)
        ax.grid(axis="x", visible=False)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), fontsize=8, ncols=4)

    plots.save("free-threading", draw, size=(7.0, 4.2))
    alt = (f"Grouped bar chart of the speed-up over the same interpreter's serial run, {tasks} × "
           f"sum_of_squares({n}) on {workers} workers and {machine['usable_cpus']} CPUs, with the ideal "
           f"{workers}× as a dashed line: " + "; ".join(
               f"Python {group[0]['python']} ({group[0]['build']}): " + ", ".join(
                   f"{r['workers']} {r['speedup']:.2f}×" for r in group) for _, group in groups) + ".")
    s = {"unit": "s", "format": ".2f"}
    x = {"unit": "×", "format": ".2f"}
    mib = {"unit": "MiB", "format": ".1f"}
    serial = {r["config"].split()[0]: r["python"] for r in rows if r["workers"] == "serial"}
    gil_of = ", ".join(f"{serial[name.rstrip('t')]} for {serial[name]}" for name in serial if name.endswith("t"))
    record.write(
        "free_threading",
        title=f"Threads, processes or interpreters: {tasks} CPU-bound tasks on {workers} workers, "
              "GIL and free-threaded builds",
        columns=[
            {"key": "python", "label": "Python"},
            {"key": "build", "label": "Build"},
            {"key": "run_on", "label": "Run on"},
            {"key": "seconds", "label": f"{tasks} tasks", **s},
            {"key": "speedup", "label": "Speed-up vs its serial", **x},
            {"key": "speedup_vs_gil", "label": "Speed-up vs the GIL build's serial", **x},
            {"key": "seconds_1", "label": f"{tasks} tasks on 1 worker", **s},
            {"key": "scaling", "label": f"{workers} workers vs 1", **x},
            {"key": "start_ms", "label": f"Start {workers}, shut down", "unit": "ms", "format": ".1f"},
            {"key": "uss_mib", "label": "Memory per worker (USS)", **mib},
            {"key": "rss_mib", "label": "RSS per worker", **mib},
        ],
        rows=rows,
        repetitions=fresh,
        plots=[{"name": "free-threading", "alt": alt}],
        notes=(
            f"Each configuration in {fresh} fresh programs on its own interpreter; {tasks} × "
            f"sum_of_squares({n}), a pure-Python loop, on an executor of {workers} (then 1) workers "
            f"already started. Speed-up: each program's own serial run of the same tasks over its run on "
            f"the workers; vs the GIL build's serial: over the serial median of the GIL build of the same "
            f"minor version "
            f"({gil_of}). Processes: the platform's default start method ("
            + ", ".join(f"{m} on {p}" for p, m in methods.items()) + "). "
            f"Start: creating the executor, one empty task answered by each of the {workers} workers, "
            f"and the shutdown, the first executor of the program (with forkserver, the fork server "
            f"starts too). Memory, measured after that start: for a worker process its own "
            f"Rss and its unshared pages (USS, the Private_* lines of /proc/<pid>/smaps_rollup); for "
            f"threads and interpreters, which live in the program's own process, how much its Rss and "
            f"USS grew, divided by {workers}. An interpreter worker imports the script's module again "
            f"(as \"<fake __main__>\") to find the function."
        ),
        python="CPython " + ", ".join(dict.fromkeys(r["python"] for r in rows)),  # this script only starts them
    )
