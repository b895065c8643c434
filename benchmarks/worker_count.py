"""How many workers: CPU-bound work on more workers than CPUs, and BLAS threads inside workers.

Run from the repository root (numpy needed):

    python benchmarks/worker_count.py

It writes benchmarks/results/worker_count.json (pure-Python tasks on pools of
1, CPUs, 2 × CPUs and 4 × CPUs workers), worker_count_quota.json (the same in a
cgroup limited to QUOTA CPUs: the script creates it with the v1 `cpu`
controller and removes it; it needs root, and without it the result is left
out and an older one removed) and worker_count_numpy.json (numpy tasks with and
without a limit on BLAS threads). Pools use the spawn start method, so that
each worker imports numpy afresh with the environment it is given
(OMP_NUM_THREADS and the like are read when the BLAS library loads). Pools are
started before timing, and the configurations take turns, run after run. Each
figure is the median of REPEAT runs, with the lowest (the best: on a shared
machine, the run least disturbed) and the highest.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

import record

REPEAT = 5
TASKS = 8
PYTHON_N = 1_500_000  # sum of squares: pure Python, holds the GIL
MATRIX = 600  # a MATRIX x MATRIX product, repeated MATMULS times per task
MATMULS = 10
QUOTA = 1.5  # CPUs: the CPU quota of the cgroup the last table runs in (Linux, root only)
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


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
    return times


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
        {"workers": workers, **record.spread("seconds", seconds)}
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


SECONDS = {"key": "seconds", "label": "Time", "unit": "s", "format": ".2f"}


def main():
    cpus = len(os.sched_getaffinity(0))
    work = f"{TASKS} × sum_of_squares({PYTHON_N:_})"
    numpy = {"numpy": np.__version__, "blas": blas_name()}
    record.write(
        "worker_count",
        title=f"Pure-Python work on more workers than CPUs: {work}",
        columns=[{"key": "workers", "label": "Workers"}, SECONDS],
        rows=python_work_table((1, cpus, 2 * cpus, 4 * cpus)),
        repetitions=REPEAT,
        notes=f"Pools of spawn workers, started before timing; {cpus} usable CPUs.",
        start_method="spawn", tasks=TASKS, **numpy,
    )

    quota_rows = under_quota(cpus)
    quota_file = record.RESULTS / "worker_count_quota.json"
    if quota_rows is None:
        quota_file.unlink(missing_ok=True)  # not measured: no stale figures
        print("No cgroup with a CPU quota (needs root and cgroup v1): worker_count_quota "
              "left out", file=sys.stderr)
    else:
        period = 100_000
        record.write(
            "worker_count_quota",
            title=f"The same work in a cgroup limited to {QUOTA} CPUs",
            columns=[{"key": "workers", "label": "Workers"}, SECONDS],
            rows=quota_rows,
            repetitions=REPEAT,
            notes=(
                f"CPU quota {int(QUOTA * period):,} µs per {period:,} µs period "
                f"(cgroup v1 cpu controller), on a machine with {cpus} usable CPUs."
            ),
            start_method="spawn", quota_cpus=QUOTA, tasks=TASKS, **numpy,
        )

    configs = ((1, None), (cpus, None), (cpus, 1))
    started = [start_pool(workers, blas) for workers, blas in configs]
    runs = [(pool, matmuls, list(range(TASKS))) for pool, _ in started]
    rows = []
    for (workers, blas), (pool, threads), seconds in zip(configs, started, interleaved(runs)):
        rows.append({
            "workers": workers,
            "blas": "one" if blas == 1 else "default",
            "blas_threads": "1 (`OMP_NUM_THREADS=1` …)" if blas == 1 else "default (one per CPU)",
            "threads_in_worker": threads,
            **record.spread("seconds", seconds),
        })
        pool.terminate()
    record.write(
        "worker_count_numpy",
        title=f"numpy work: {TASKS} tasks × {MATMULS} products of {MATRIX}×{MATRIX} matrices",
        columns=[
            {"key": "workers", "label": "Workers"},
            {"key": "blas_threads", "label": "BLAS threads per worker"},
            {"key": "threads_in_worker", "label": "Threads in a worker"},
            SECONDS,
        ],
        rows=rows,
        repetitions=REPEAT,
        notes=f"numpy {numpy['numpy']} ({numpy['blas']}); pools of spawn workers.",
        start_method="spawn", tasks=TASKS, **numpy,
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--in-cgroup"]:  # the child of under_quota(): move in, then measure
        Path(sys.argv[2], "cgroup.procs").write_text(f"{os.getpid()}\n")
        counts = sorted({1, math.floor(QUOTA), math.ceil(QUOTA), int(sys.argv[3]), 4})
        print(json.dumps(python_work_table(counts)))
    else:
        main()
