"""Run every benchmark (`make bench`): each writes its results and plots; nothing is typed by hand.

Run from anywhere, with the reference interpreter:

    python benchmarks/run_all.py                       # all of them, about 20 minutes on 2 CPUs
    python benchmarks/run_all.py chunksize_sweep ...   # only these
    python benchmarks/run_all.py --busy-ok ...         # record on a busy machine too (marked busy)
    python benchmarks/run_all.py --check               # no run: only check the result files and plots

Each benchmark runs as its own program (a fresh interpreter: no pool, fork
server or imported module carried over from the one before), one after the
other, with the third-party packages the snippets may import on its path
(snippets/requirements.txt, installed by proven.packages: numpy, pebble). Then
it checks every result file against the schema (figures/schema.py: each
interpreter's build, the machine's load, at least 10 runs, no speed-up above the
usable CPUs) and that the plots it lists exist, light and dark.

Timings depend on the machine and on what else runs: it refuses to start when the
1-minute load average is above half the usable CPUs (harness.BUSY_PER_CPU), and
each benchmark refuses when other programs kept that many CPUs busy in the second
before it starts (its own predecessors are in the load average); --busy-ok records
anyway, and every result says how busy the machine was.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from figures.schema import ResultFiles
from proven.interpreters import find_pythons
from proven.packages import packages_for

import harness

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCHMARKS = [  # quickest first, so that a broken set-up shows early
    "chunksize_sweep",
    "sending_data_cost",
    "speedup_vs_workers",
    "threads_vs_processes",
    "pipe_vs_queue",  # Pipe, Queue and SimpleQueue round trips (cookbook/pipe-vs-queue.md)
    "io_bound",  # the same requests by a loop, threads, asyncio and a pool (cookbook/io-bound.md)
    "per_task_timeout",
    "unbuffered_lines",  # Python 3.9-3.15 as this machine has them: lines merged with PYTHONUNBUFFERED=1
    "worker_count",
    "sharing_cost",
    "loop_cost",  # pyperf: one thread's pure-Python loop on 3.13t, its GIL twin, 3.13, 3.14, 3.15
    "free_threading",  # Python 3.13t and its GIL twin (make bench builds it), 3.14 and 3.15, in programs
    "engines",  # Python 3.14 with joblib, Dask and Ray (benchmarks/requirements-engines.txt)
    "start_method_cost",
    "timelines",  # helper script of its own: run if present
]


def environment() -> dict[str, str]:
    """This environment without PYTHON* settings, with the snippets' packages on the path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    packages = packages_for(ROOT, find_pythons(None)[0])
    if packages:
        env["PYTHONPATH"] = str(packages)
    return env


def check_result_files() -> list[str]:
    """Print and return every result file's schema problem and missing plot."""
    problems = ResultFiles(ROOT).check()
    for problem in problems:
        print(f"-- {problem}")
    return problems


def main(names: list[str]) -> int:
    if names[:1] in (["-h"], ["--help"]):
        print(__doc__)
        return 0
    if names == ["--check"]:
        return 1 if check_result_files() else 0
    busy_ok = "--busy-ok" in names
    names = [n for n in names if n != "--busy-ok"]
    load = os.getloadavg()[0]
    why = harness.too_busy(load, None, in_series=False)
    if why and not busy_ok:
        sys.exit(f"run_all.py: the machine is too busy to measure: {why}. Wait until it is quiet (`uptime`), "
                 "or pass --busy-ok to record anyway (every result is then marked busy).")
    print(f"-- 1-minute load average {load:.2f} on {harness.usable_cpus()} usable CPUs", flush=True)
    unknown = set(names) - set(BENCHMARKS)
    if unknown:
        sys.exit(f"unknown benchmark(s): {', '.join(sorted(unknown))}; known: {', '.join(BENCHMARKS)}")
    env = {**environment(), harness.SERIES: "1"}
    failed = []
    started = time.perf_counter()
    for name in names or BENCHMARKS:
        script = HERE / f"{name}.py"
        if not script.is_file():
            print(f"-- {name}: no {script.relative_to(ROOT)}, skipped", flush=True)
            continue
        print(f"-- {name}", flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, str(script), *(["--busy-ok"] if busy_ok else [])], cwd=ROOT, env=env)
        seconds = time.perf_counter() - start
        print(f"-- {name}: {'ok' if done.returncode == 0 else 'FAILED'} in {seconds:.0f} s", flush=True)
        if done.returncode:
            failed.append(name)
    problems = check_result_files()
    print(f"-- all done in {time.perf_counter() - started:.0f} s"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
