"""How many workers: CPU-bound work on more workers than CPUs, and BLAS threads inside workers.

Run from the repository root (numpy needed):

    python benchmarks/worker_count.py

(`--render` rewrites the .md from the recorded .json.) It writes benchmarks/results/worker_count.json (every run, with the machine, the
Python version, the start method and the repetitions) and
benchmarks/results/worker_count.md (the tables the page shows), and prints the
tables. Pools use the spawn start method, so that each worker imports numpy
afresh with the environment it is given (OMP_NUM_THREADS and the like are read
when the BLAS library loads). Each figure is the best and the median of REPEAT
runs, with the highest; timings vary with the machine and its load. The third
table runs the first one's work in a cgroup (v1 `cpu` controller) limited to
QUOTA CPUs, which the script creates and removes: it needs root, and is left
out otherwise. The doc tests do not run this script: the page shows a
recorded run of it.
"""

import json
import math
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPEAT = 9
TASKS = 8
PYTHON_N = 3_000_000  # sum of squares: pure Python, holds the GIL
MATRIX = 600  # a MATRIX x MATRIX product, repeated MATMULS times per task
MATMULS = 20
QUOTA = 1.5  # CPUs: the CPU quota of the cgroup the last table runs in (Linux, root only)
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
RESULTS = Path(__file__).resolve().parent / "results"


def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def matmuls(seed):
    a = np.random.default_rng(seed).random((MATRIX, MATRIX))
    for _ in range(MATMULS):
        a @ a
    return len(os.listdir("/proc/self/task"))  # this worker's threads (Linux)


def spread(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": values}


def start_pool(workers, blas_threads=None):
    """A started spawn Pool(workers) whose workers load numpy with `blas_threads` (None: default)."""
    saved = {v: os.environ.get(v) for v in THREAD_VARIABLES}
    for v in THREAD_VARIABLES:
        if blas_threads is None:
            os.environ.pop(v, None)
        else:
            os.environ[v] = str(blas_threads)
    try:
        pool = multiprocessing.get_context("spawn").Pool(workers)
        threads = pool.map(matmuls, range(workers), chunksize=1)  # every worker started
        return pool, max(threads)
    finally:
        for v, value in saved.items():
            if value is None:
                os.environ.pop(v, None)
            else:
                os.environ[v] = value


def interleaved(runs):
    """Time each (pool, func, args) REPEAT times, taking turns, so that load changes hit all alike."""
    times = [[] for _ in runs]
    for _ in range(REPEAT):
        for i, (pool, func, args) in enumerate(runs):
            start = time.perf_counter()
            pool.map(func, args, chunksize=1)
            times[i].append(time.perf_counter() - start)
    return [spread(t) for t in times]


def fmt(s):
    """Best | median (highest): on a shared machine the best run is the one least disturbed."""
    return f"{s['min']:.2f} | {s['median']:.2f} ({s['max']:.2f})"


def render(report):
    m = report["machine"]
    lines = [
        f"Measured on {m['platform']}, {m['cpus']} CPUs, {m['python']}, numpy {m['numpy']} "
        f"({m['blas']}); start method {report['start_method']}; "
        f"{TASKS} tasks per run, {report['repetitions']} runs of each, configurations taking "
        "turns, pools started before timing. "
        "Load average (1 min) before and after: "
        f"{report['load_average_1min']['before']:.1f}, {report['load_average_1min']['after']:.1f} "
        "(a shared machine: other programs used the CPUs too).",
        "",
        f"Pure-Python work: {TASKS} × `sum_of_squares({PYTHON_N:_})`",
        "",
        "| Workers | Best (s) | Median (highest) (s) |",
        "| --: | --: | --: |",
    ]
    for row in report["python_work"]:
        lines.append(f"| {row['workers']} | {fmt(row['seconds'])} |")
    if report["python_work_under_quota"]:
        lines += [
            "",
            f"The same work in a cgroup limited to {report['quota_cpus']} CPUs "
            f"(CPU quota {int(report['quota_cpus'] * 100_000):,} µs per 100,000 µs period)",
            "",
            "| Workers | Best (s) | Median (highest) (s) |",
            "| --: | --: | --: |",
        ]
        for row in report["python_work_under_quota"]:
            lines.append(f"| {row['workers']} | {fmt(row['seconds'])} |")
    lines += [
        "",
        f"numpy work: {TASKS} tasks × {MATMULS} products of {MATRIX}×{MATRIX} matrices",
        "",
        "| Workers | BLAS threads per worker | Threads in a worker | Best (s) | Median (highest) (s) |",
        "| --: | --- | --: | --: | --: |",
    ]
    for row in report["numpy_work"]:
        lines.append(
            f"| {row['workers']} | {row['blas_threads']} | {row['threads_in_worker']} | "
            f"{fmt(row['seconds'])} |"
        )
    return "\n".join(lines) + "\n"


def blas_name():
    try:
        config = np.show_config(mode="dicts")
        blas = config["Build Dependencies"]["blas"]
        return f"{blas['name']} {blas['version']}"
    except Exception:
        return "BLAS unknown"


def python_work_table(counts):
    """Pure-Python tasks on Pool(n) for each n in `counts`, interleaved."""
    pools = [start_pool(workers)[0] for workers in counts]
    runs = [(pool, sum_of_squares, [PYTHON_N] * TASKS) for pool in pools]
    table = [
        {"workers": workers, "seconds": seconds}
        for workers, seconds in zip(counts, interleaved(runs))
    ]
    for pool in pools:
        pool.terminate()
    return table


def quota_cgroup():
    """A new cgroup (v1 `cpu` controller) limited to QUOTA CPUs, or None if it cannot be made."""
    period = 100_000
    group = Path("/sys/fs/cgroup/cpu/worker_count_benchmark")
    try:
        group.mkdir(exist_ok=True)
        (group / "cpu.cfs_period_us").write_text(f"{period}\n")
        (group / "cpu.cfs_quota_us").write_text(f"{int(QUOTA * period)}\n")
    except OSError:
        return None
    return group


def under_quota(cpus):
    """Run the pure-Python table in a child process inside a cgroup with a CPU quota."""
    group = quota_cgroup()
    if group is None:
        return None
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--in-cgroup", str(group), str(cpus)],
            capture_output=True, text=True, check=True,
        ).stdout
        return json.loads(out)
    finally:
        remove_cgroup(group)


def remove_cgroup(group):
    """Move any process still in `group` (an exiting worker, a resource tracker) out, then remove it."""
    for _ in range(100):
        try:
            group.rmdir()
            return
        except OSError:
            for pid in (group / "cgroup.procs").read_text().split():
                try:
                    (group.parent / "cgroup.procs").write_text(f"{pid}\n")
                except OSError:
                    pass  # it has exited meanwhile
            time.sleep(0.1)
    group.rmdir()


def load_average():
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else None


def main():
    cpus = len(os.sched_getaffinity(0))
    load_before = load_average()
    python_work = python_work_table((1, cpus, 2 * cpus, 4 * cpus))
    quota_work = under_quota(cpus)

    configs = ((1, None), (cpus, None), (cpus, 1))
    started = [start_pool(workers, blas) for workers, blas in configs]
    runs = [(pool, matmuls, list(range(TASKS))) for pool, _ in started]
    numpy_work = []
    for (workers, blas), (pool, threads), seconds in zip(configs, started, interleaved(runs)):
        label = "1 (`OMP_NUM_THREADS=1` …)" if blas == 1 else "default (one per CPU)"
        numpy_work.append(
            {"workers": workers, "blas_threads": label, "threads_in_worker": threads, "seconds": seconds}
        )
        pool.terminate()
    report = {
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "usable_cpus": cpus,
            "python": f"{platform.python_implementation()} {platform.python_version()}",
            "numpy": np.__version__,
            "blas": blas_name(),
        },
        "load_average_1min": {"before": load_before, "after": load_average()},
        "start_method": "spawn",
        "repetitions": REPEAT,
        "tasks": TASKS,
        "python_work": python_work,
        "quota_cpus": QUOTA,
        "python_work_under_quota": quota_work,
        "numpy_work": numpy_work,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "worker_count.json").write_text(json.dumps(report, indent=2) + "\n")
    text = render(report)
    (RESULTS / "worker_count.md").write_text(text)
    print(text)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--in-cgroup"]:  # the child of under_quota(): move in, then measure
        Path(sys.argv[2], "cgroup.procs").write_text(f"{os.getpid()}\n")
        counts = sorted({1, math.floor(QUOTA), math.ceil(QUOTA), int(sys.argv[3]), 4})
        print(json.dumps(python_work_table(counts)))
    elif sys.argv[1:2] == ["--render"]:  # rewrite the .md from the recorded .json
        report = json.loads((RESULTS / "worker_count.json").read_text())
        (RESULTS / "worker_count.md").write_text(render(report))
    else:
        main()
