"""What free_threading.py's programs measured, written as its result file and its plot: the rows
(each configuration's median and spread over its fresh programs), the bar chart, the table's
columns and the notes that say how each figure was taken and on which builds."""

from __future__ import annotations

import sys

import harness
import plots
import record

# Official figures for the single-thread cost of a free-threaded build (what a reader compares with):
OFFICIAL = (
    "The free-threading HOWTO for 3.13 puts the overhead at about 40% on the pyperformance suite; "
    "What's New in Python 3.14 says the single-threaded penalty of 3.14t is now roughly 5-10%, depending "
    "on the platform and C compiler (its HOWTO: about 1% on macOS aarch64 to 8% on x86-64 Linux)."
)


def summarise(runs: dict[tuple[str, str], list[dict]], configs: list[tuple], workers: int, twin: str) -> list[dict]:
    """A row per (interpreter, kind) from what its programs printed: medians with their spread."""
    twin_serial = [r["seconds"] for r in runs[twin, "serial"]]
    rows = []
    for (name, kind), results in runs.items():
        first = results[0]
        if kind == "serial":
            times, run_on = [r["seconds"] for r in results], "serial"
        else:
            times = [r[f"seconds_{workers}"] for r in results]
            run_on = f"{workers} {kind}" + (f" ({first['start_method']})" if kind == "processes" else "")
        build = "free-threaded" if first["build"] == "free-threaded" else "GIL twin" if name == twin else "GIL"
        row = {"config": f"{name} {kind}", "python": first["python"], "build": build,
               "gil_enabled": first["gil_enabled"], "workers": kind,
               "start_method": first.get("start_method", ""), "run_on": run_on}
        row.update(record.spread("seconds", times))
        if name.endswith("t"):  # against its twin's median serial run: same source, same flags
            row.update(record.speedup("speedup_vs_gil", twin_serial, times))
        if kind == "serial":
            row.update(record.speedup("speedup", times, times))
        else:  # like with like: the same tasks one after another on 1 worker of the same kind of executor
            row.update(record.speedup("speedup", [r["seconds_1"] for r in results], times))
            row.update(record.spread("main_serial_s", [r["serial"] for r in results]))
            row.update(record.spread("seconds_1", [r["seconds_1"] for r in results]))
            row.update(record.speedup("scaling", [r["seconds_1"] for r in results], times))  # = speedup
            row.update(record.spread("start_ms", [r["start"] * 1000 for r in results]))
            row["start_label"] = run_on + (", the fork server's start included" if "forkserver" in run_on else "")
            for key in ("rss", "uss", "pss"):
                if all(r.get(key) is not None for r in results):
                    row.update(record.spread(f"{key}_mib", [r[key] / 2**20 for r in results]))
        rows.append(row)
        print(f"{row['config']:<22} {row['python']:<9} {row['seconds']:.2f} s ({row['speedup']:.2f}x)"
              + (f"  1 worker {row['seconds_1']:.2f} s  start {row['start_ms']:.0f} ms  "
                 f"PSS {row.get('pss_mib', float('nan')):.1f} MiB" if kind != "serial" else ""),
              file=sys.stderr)
    return rows


def publish(rows: list[dict], configs: list[tuple], all_kinds: tuple[str, ...], workers: int,
            task_sizes: list[int], builds: dict[str, dict], twin: str) -> None:
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
            xs, ys = [], []
            for g, (_name, group) in enumerate(groups):
                row = next((r for r in group if r["workers"] == kind), None)
                if row is None:
                    continue
                present = [r["workers"] for r in group]
                xs.append(g + (present.index(kind) - (len(present) - 1) / 2) * width)
                ys.append(row["speedup"])  # one figure: its spread is the times' (the table)
            bars = ax.bar(xs, ys, width * 0.95, label=kind, color=palette["series"][k], hatch=hatches[k],
                          edgecolor=palette["bg"], linewidth=0.5)
            for bar, y in zip(bars, ys):
                ax.annotate(f"{y:.2f}×", (bar.get_x() + bar.get_width() / 2, y), xytext=(0, 2),
                            textcoords="offset points", ha="center", va="bottom", fontsize=7, color=palette["fg"])
        ax.axhline(workers, color=palette["ideal"], linestyle="--", linewidth=1.2, label=f"ideal ({workers}×)")
        ax.axhline(1, color=palette["muted"], linewidth=0.8)
        ax.set_xticks(range(len(groups)), [tick(group) for _, group in groups], fontsize=8)
        ax.set_ylabel(f"Speed-up on {workers} workers over 1 worker")
        ax.set_ylim(0, max(workers, *(r["speedup"] for r in rows)) * 1.1)
        ax.grid(axis="x", visible=False)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), fontsize=8, ncols=4)

    plots.save("free-threading", draw, size=(7.5, 4.4))
    alt = (f"Grouped bar chart of the speed-up of {workers} workers over 1 worker of the same kind, {tasks} × "
           f"sum_of_squares({n}) on {workers} workers and {machine['usable_cpus']} CPUs, with the ideal "
           f"{workers}× as a dashed line: " + "; ".join(
               f"Python {group[0]['python']} ({group[0]['build']}): " + ", ".join(
                   f"{r['workers']} {r['speedup']:.2f}×" for r in group) for _, group in groups) + ".")
    s = {"unit": "s", "format": ".2f"}
    x = {"unit": "×", "format": ".2f", "bound": "usable_cpus"}
    mib = {"unit": "MiB", "format": ".1f"}
    serial = {r["config"].split()[0]: r for r in rows if r["workers"] == "serial"}
    t_name = next(name for name in serial if name.endswith("t"))
    free, gil = serial[t_name], serial[twin]
    flags = builds[gil["python"]]["config_args"]
    t_threads = next(r for r in rows if r["config"] == f"{t_name} threads")
    t_main, t_one = t_threads["main_serial_s"], t_threads["seconds_1"]
    record.write(
        "free_threading",
        title=f"Threads, processes or interpreters: {tasks} CPU-bound tasks on {workers} workers, "
              "GIL and free-threaded builds",
        columns=[
            {"key": "python", "label": "Python"},
            {"key": "build", "label": "Build"},
            {"key": "run_on", "label": "Run on"},
            {"key": "seconds", "label": f"{tasks} tasks", **s},
            {"key": "speedup", "label": f"Speed-up: {workers} workers vs 1 worker", **x},
            {"key": "speedup_vs_gil", "label": "Speed vs the GIL twin's serial", **x},
            {"key": "seconds_1", "label": f"{tasks} tasks on 1 worker", **s},
            {"key": "scaling", "label": f"{workers} workers vs 1 (the same)", **x},
            {"key": "main_serial_s", "label": f"{tasks} tasks in the main thread", **s},
            {"key": "start_ms", "label": f"Start {workers}, shut down", "unit": "ms", "format": ".1f"},
            {"key": "pss_mib", "label": "Memory added per worker (PSS, all processes)", **mib},
            {"key": "uss_mib", "label": "Memory per worker (USS)", **mib},
            {"key": "rss_mib", "label": "RSS per worker", **mib},
        ],
        rows=rows,
        repetitions=harness.RUNS,
        builds=builds,
        plots=[{"name": "free-threading", "alt": alt}],
        notes=(
            f"Each configuration in {harness.RUNS} fresh programs on its own interpreter (after "
            f"{harness.WARMUPS} discarded), the configurations taking turns; {tasks} × sum_of_squares({n}), "
            f"a pure-Python loop, on an executor of {workers} (then 1) workers already started. Speed-up: the "
            f"median time of the same tasks on 1 worker of the same kind (a thread, a process, an interpreter) "
            f"over each time on {workers}: like with like. The program's main thread also ran them, just "
            f"before (its executor started and idle): on the free-threaded build the main thread ran this loop "
            f"slower than a worker thread ({t_main:.2f} s against {t_one:.2f} s on 1 worker), so a speed-up "
            f"over it passes {workers} on {workers} CPUs without anything being wrong; it is shown as a time, "
            f"not as a speed-up. "
            f"The free-threaded build, {free['python']}, is compared with its GIL twin, {gil['python']}: "
            f"the same source release "
            f"(Debian's python3.13 source package; the newest Debian lists, 3.13.18, was not downloadable "
            f"from the mirror, so tools/free_threaded.py fell back to the newest that was), the same "
            f"./configure arguments ({flags}; the free-threaded one adds --disable-gil) and compiler, "
            f"neither with PGO nor LTO. Speed vs the GIL twin's serial: the twin's median serial time over "
            f"this row's times: {free['speedup_vs_gil']:.2f}× for one thread means free-threading "
            f"costs this loop {1 - free['speedup_vs_gil']:.0%} here. Debian's 3.13 ({serial['3.13']['python']}) "
            f"is a newer patch release built with PGO and LTO by its packaging: the gap between it and the twin "
            f"is the build's, not the GIL's (benchmarks/loop_cost.py measures it with pyperf). {OFFICIAL} "
            f"Processes: the platform's default start method ("
            + ", ".join(f"{m} on {p}" for p, m in methods.items()) + "). "
            f"Start: creating the executor, one empty task answered by each of the {workers} workers, "
            f"and the shutdown, the first executor of the program: with forkserver, that includes starting "
            f"the fork server, a whole interpreter. Memory, measured after that start: PSS (each shared page "
            f"divided among its sharers) summed over every process involved (the program, its workers, the "
            f"fork server and the resource tracker) less the program's PSS before, per worker, the one "
            f"measure that counts threads, interpreters and processes alike; also, for a worker process, its "
            f"own Rss and its unshared pages (USS), and for threads and interpreters how much the program's "
            f"Rss and USS grew, divided by {workers}. An interpreter worker imports the script's module "
            f"again (as \"<fake __main__>\") to find the function."
        ),
        python="CPython " + ", ".join(dict.fromkeys(r["python"] for r in rows)),  # this script only starts them
    )
