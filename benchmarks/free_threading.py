"""Threads, processes or interpreters? The same CPU-bound work on GIL and free-threaded builds.

Run from the repository root, with the reference interpreter:

    python benchmarks/free_threading.py

It writes benchmarks/results/free_threading.json and the plot
docs/plots/free-threading-{light,dark}.svg. Each configuration runs as a new
program on its own interpreter (``--child KIND``, printing JSON):

- Python 3.14 and 3.15 (GIL builds): serial, ThreadPoolExecutor,
  ProcessPoolExecutor (the platform's default start method: forkserver on Linux)
  and InterpreterPoolExecutor (new in 3.14);
- Python 3.13t, the free-threaded build (``make free-threaded``): serial,
  ThreadPoolExecutor, ProcessPoolExecutor (3.13 has no InterpreterPoolExecutor);
- Python 3.13, the GIL build of the same minor version: serial and threads, for
  what the free-threaded build costs a single thread.

A program with workers measures, in this order:

- start: create the executor, get the answer of one empty task from each of the
  WORKERS workers (the tasks wait for each other: see start()), shut down: the
  first executor of a fresh program, as a script meets it (with forkserver, that
  includes starting the fork server);
- memory, before that shutdown: per worker process its RSS and USS (its private
  pages), or for threads and interpreters the growth of the program's own RSS
  and USS, divided by WORKERS (/proc/<pid>/smaps_rollup, Linux only);
- the work, TASKS on a started executor of WORKERS workers, then of 1 worker.

The speed-up divides each program's own serial time (the same tasks, one after
another, before its executor starts) by its time on the workers. Each figure is the median of FRESH programs, with the lowest and highest;
the repetitions run in rounds (every configuration once, then again) so that
the machine's other load falls on all of them alike.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

FRESH = 5
WORKERS = 2
TASKS = [3_000_000] * 8  # about 1 s serially on 3.13-3.15 here, 1.5 s on 3.13t
KINDS = ("serial", "threads", "processes", "interpreters")
EXECUTORS = {"threads": "ThreadPoolExecutor", "processes": "ProcessPoolExecutor",
             "interpreters": "InterpreterPoolExecutor"}
CONFIGS = [  # (interpreter, kinds): "3.13t" is the free-threaded build
    ("3.13", ("serial", "threads")),
    ("3.13t", ("serial", "threads", "processes")),
    ("3.14", KINDS),
    ("3.15", KINDS),
]


def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def hello():
    """An empty task that says which worker ran it."""
    return os.getpid(), threading.get_ident()


def memory(pid="self"):
    """(RSS, USS) of a process in bytes, from /proc/<pid>/smaps_rollup; (None, None) without it."""
    rss = uss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key == "Rss":
                    rss = int(value.split()[0]) * 1024
                elif key.startswith("Private_"):  # Private_Clean, Private_Dirty, Private_Hugetlb
                    uss += int(value.split()[0]) * 1024
    except OSError:
        return None, None
    return rss, uss


BARRIER = None  # in a worker process: where the workers meet once


def keep_barrier(barrier):
    global BARRIER
    BARRIER = barrier


def meet():
    BARRIER.wait()
    return hello()


def meet_in_queue(arrived, count):
    """A barrier for interpreters, which share no lock: wait until `count` workers have arrived."""
    arrived.put(None)
    while arrived.qsize() < count:
        time.sleep(0.0005)
    return hello()


def start(kind, count):
    """An executor of `count` workers, each of which has answered one empty task.

    Without the workers meeting, the first one up takes every task from the queue
    and the others may never start (threads) or never answer (interpreters, processes)."""
    from concurrent import futures

    if kind == "threads":
        barrier = threading.Barrier(count)
        executor, task, args = futures.ThreadPoolExecutor(count), barrier.wait, ()
    elif kind == "processes":  # a process can only be given a barrier as it starts
        import multiprocessing

        executor = futures.ProcessPoolExecutor(count, initializer=keep_barrier,
                                               initargs=(multiprocessing.Barrier(count),))
        task, args = meet, ()
    else:
        from concurrent import interpreters

        executor = futures.InterpreterPoolExecutor(count)
        task, args = meet_in_queue, (interpreters.create_queue(), count)
    answers = {f.result() for f in [executor.submit(task, *args) for _ in range(count)]}
    if len(answers) != count:
        raise RuntimeError(f"{count} {kind} wanted, {len(answers)} answered")
    return executor


def child(kind):
    import importlib
    import multiprocessing
    import platform
    import sysconfig

    clock = time.perf_counter
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    out = {"python": platform.python_version() + ("t" if free_threaded else ""),
           "build": "free-threaded" if free_threaded else "GIL",
           "gil_enabled": getattr(sys, "_is_gil_enabled", lambda: True)()}
    if kind == "serial":
        t = clock()
        [sum_of_squares(n) for n in TASKS]
        out["seconds"] = clock() - t
        print(json.dumps(out))
        return
    if kind == "interpreters" and sys.version_info < (3, 14):
        sys.exit(f"Python {platform.python_version()} has no concurrent.futures.InterpreterPoolExecutor")
    if kind == "processes":
        out["start_method"] = multiprocessing.get_start_method()
    t = clock()  # the serial time of this same program: the speed-up's base, free of between-program noise
    [sum_of_squares(n) for n in TASKS]
    out["serial"] = clock() - t
    # concurrent.futures imports each executor's module on first use: not part of the start.
    getattr(importlib.import_module("concurrent.futures"), EXECUTORS[kind])

    before = memory()
    t = clock()
    executor = start(kind, WORKERS)
    up = clock() - t
    if kind == "processes":  # each worker's own pages; USS: those no other process shares
        per_worker = [memory(pid) for pid in executor._processes]
    else:  # threads and interpreters live in this process: what it grew by, shared out
        per_worker = [tuple(None if a is None else (a - b) / WORKERS for a, b in zip(memory(), before))]
    t = clock()
    executor.shutdown()
    out["start"] = up + clock() - t
    out["rss"], out["uss"] = (None if None in values else sum(values) / len(values)
                              for values in zip(*per_worker))

    for count in (WORKERS, 1):
        with start(kind, count) as executor:
            t = clock()
            results = list(executor.map(sum_of_squares, TASKS))
            out[f"seconds_{count}"] = clock() - t
        assert results == [(n - 1) * n * (2 * n - 1) // 6 for n in TASKS]  # the sum of i*i for i < n
    print(json.dumps(out))


def interpreters():
    """{"3.13": path, "3.13t": path, ...}, or exit saying how to provide a missing one."""
    from proven.interpreters import find_pythons

    found = {}
    for python in find_pythons(",".join(name for name, _ in CONFIGS)):
        if not python.executable:
            how = "`make free-threaded` builds it" if python.free_threaded else "`make pythons` provides it"
            sys.exit(f"Python {python.name} is not on this machine: {how}")
        found[python.name] = python.executable
    return found


def main():
    import record

    executables = interpreters()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}  # no PYTHON_GIL=1 either
    runs = {(name, kind): [] for name, kinds in CONFIGS for kind in kinds}
    for _ in range(FRESH):
        for (name, kind), results in runs.items():
            out = subprocess.run([executables[name], __file__, "--child", kind], env=env,
                                 capture_output=True, text=True, timeout=300, check=False)
            if out.returncode:
                sys.exit(f"{name} {kind} failed (exit {out.returncode}):\n{out.stdout}{out.stderr}")
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))

    serial = {name: record.spread("s", [r["seconds"] for r in runs[name, "serial"]])["s"]
              for name, _ in CONFIGS}
    rows = []
    for (name, kind), results in runs.items():
        first = results[0]
        gil_serial = serial[name.rstrip("t")]  # the GIL build of the same minor version
        if kind == "serial":
            times, run_on = [r["seconds"] for r in results], "serial"
        else:
            times = [r[f"seconds_{WORKERS}"] for r in results]
            run_on = f"{WORKERS} {kind}" + (f" ({first['start_method']})" if kind == "processes" else "")
        row = {"config": f"{name} {kind}", "python": first["python"], "build": first["build"],
               "gil_enabled": first["gil_enabled"], "workers": kind,
               "start_method": first.get("start_method", ""), "run_on": run_on}
        row.update(record.spread("seconds", times))
        bases = [r["serial"] if "serial" in r else r["seconds"] for r in results]  # each program's own serial run
        row.update(record.spread("speedup", [base / t for base, t in zip(bases, times)]))
        row.update(record.spread("speedup_vs_gil", [gil_serial / t for t in times]))
        if kind != "serial":
            row.update(record.spread("seconds_1", [r["seconds_1"] for r in results]))
            row.update(record.spread("scaling", [r["seconds_1"] / r[f"seconds_{WORKERS}"] for r in results]))
            row.update(record.spread("start_ms", [r["start"] * 1000 for r in results]))
            for key in ("rss", "uss"):
                if all(r[key] is not None for r in results):
                    row.update(record.spread(f"{key}_mib", [r[key] / 2**20 for r in results]))
        rows.append(row)
        print(f"{row['config']:<20} {row['python']:<8} {row['seconds']:.2f} s ({row['speedup']:.2f}x)"
              + (f"  1 worker {row['seconds_1']:.2f} s  start {row['start_ms']:.0f} ms  "
                 f"USS {row.get('uss_mib', float('nan')):.1f} MiB" if kind != "serial" else ""),
              file=sys.stderr)
    publish(rows)


def publish(rows):
    import plots
    import record

    machine = record.machine()
    n, tasks = f"{TASKS[0]:_}", len(TASKS)
    groups = [(name, [r for r in rows if r["config"].split()[0] == name and r["workers"] != "serial"])
              for name, _ in CONFIGS]
    kinds = KINDS[1:]
    methods = {r["python"]: r["start_method"] for r in rows if r["start_method"]}

    def tick(group):  # the default start method differs: fork up to 3.13, forkserver since 3.14 (Linux)
        python = group[0]["python"]
        return f"{python}\n{group[0]['build']}" + (f"\nprocesses: {methods[python]}" if python in methods else "")

    def draw(ax, palette):
        width = 0.8 / len(kinds)
        hatches = ["", "//", ".."]  # not by colour alone
        for k, kind in enumerate(kinds):
            xs, ys, low, high = [], [], [], []
            for g, (name, group) in enumerate(groups):
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
        ax.axhline(WORKERS, color=palette["ideal"], linestyle="--", linewidth=1.2, label=f"ideal ({WORKERS}×)")
        ax.axhline(1, color=palette["muted"], linewidth=0.8)
        ax.set_xticks(range(len(groups)), [tick(group) for _, group in groups])
        ax.set_ylabel(f"Speed-up on {WORKERS} workers over its own serial run")
        ax.set_ylim(0, max(WORKERS, *(r["speedup_max"] for r in rows)) * 1.1)
        ax.grid(axis="x", visible=False)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), fontsize=8, ncols=4)

    plots.save("free-threading", draw, size=(7.0, 4.2))
    alt = (f"Grouped bar chart of the speed-up over the same interpreter's serial run, {tasks} × "
           f"sum_of_squares({n}) on {WORKERS} workers and {machine['usable_cpus']} CPUs, with the ideal "
           f"{WORKERS}× as a dashed line: " + "; ".join(
               f"Python {group[0]['python']} ({group[0]['build']}): " + ", ".join(
                   f"{r['workers']} {r['speedup']:.2f}×" for r in group) for _, group in groups) + ".")
    s = {"unit": "s", "format": ".2f"}
    x = {"unit": "×", "format": ".2f"}
    mib = {"unit": "MiB", "format": ".1f"}
    serial = {r["config"].split()[0]: r["python"] for r in rows if r["workers"] == "serial"}
    gil_of = ", ".join(f"{serial[name.rstrip('t')]} for {serial[name]}" for name in serial if name.endswith("t"))
    record.write(
        "free_threading",
        title=f"Threads, processes or interpreters: {tasks} CPU-bound tasks on {WORKERS} workers, "
              "GIL and free-threaded builds",
        columns=[
            {"key": "python", "label": "Python"},
            {"key": "build", "label": "Build"},
            {"key": "run_on", "label": "Run on"},
            {"key": "seconds", "label": f"{tasks} tasks", **s},
            {"key": "speedup", "label": "Speed-up vs its serial", **x},
            {"key": "speedup_vs_gil", "label": "Speed-up vs the GIL build's serial", **x},
            {"key": "seconds_1", "label": f"{tasks} tasks on 1 worker", **s},
            {"key": "scaling", "label": f"{WORKERS} workers vs 1", **x},
            {"key": "start_ms", "label": f"Start {WORKERS}, shut down", "unit": "ms", "format": ".1f"},
            {"key": "uss_mib", "label": "Memory per worker (USS)", **mib},
            {"key": "rss_mib", "label": "RSS per worker", **mib},
        ],
        rows=rows,
        repetitions=FRESH,
        plots=[{"name": "free-threading", "alt": alt}],
        notes=(
            f"Each configuration in {FRESH} fresh programs on its own interpreter; {tasks} × "
            f"sum_of_squares({n}), a pure-Python loop, on an executor of {WORKERS} (then 1) workers "
            f"already started. Speed-up: each program's own serial run of the same tasks over its run on "
            f"the workers; vs the GIL build's serial: over the serial median of the GIL build of the same minor version "
            f"({gil_of}). Processes: the platform's default start method ("
            + ", ".join(f"{m} on {p}" for p, m in methods.items()) + "). "
            f"Start: creating the executor, one empty task answered by each of the {WORKERS} workers, "
            f"and the shutdown, the first executor of the program (with forkserver, the fork server "
            f"starts too). Memory, measured after that start: for a worker process its own "
            f"Rss and its unshared pages (USS, the Private_* lines of /proc/<pid>/smaps_rollup); for "
            f"threads and interpreters, which live in the program's own process, how much its Rss and "
            f"USS grew, divided by {WORKERS}. An interpreter worker imports the script's module again "
            f"(as \"<fake __main__>\") to find the function."
        ),
        python="CPython " + ", ".join(dict.fromkeys(r["python"] for r in rows)),  # this script only starts them
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
    else:
        main()
