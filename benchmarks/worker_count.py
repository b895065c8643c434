"""How many workers: CPU-bound work on more workers than CPUs, and BLAS threads inside workers.

Run from the repository root (numpy needed):

    python benchmarks/worker_count.py [--busy-ok]

It writes benchmarks/results/worker_count.json (pure-Python tasks on pools of
1, CPUs, 2 × CPUs and 4 × CPUs workers), worker_count_quota.json (the same in a
cgroup limited to QUOTA CPUs, each run long enough for at least QUOTA_PERIODS
scheduler periods, with the throttling the cgroup's cpu.stat counted: the
script creates the cgroup, with the v2 `cpu` controller where the machine
delegates it, else v1's, and removes it; it needs root, and without it the
result is left out and an older one removed) and worker_count_numpy.json (numpy
tasks with and without a limit on BLAS threads). Pools use the spawn start
method, so that each worker imports numpy afresh with the environment it is
given (OMP_NUM_THREADS and the like are read when the BLAS library loads).
Pools are started before timing, and the configurations take turns, round after
round (harness.interleaved). Each figure is the median of the rounds, with the
lowest and the highest.
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

import harness
import record

TASKS = 8
PYTHON_N = 1_500_000  # sum of squares: pure Python, holds the GIL
PERIOD_US = 100_000  # the CFS period (the kernel's default)
QUOTA_PERIODS = 50  # each quota run lasts at least this many periods: 5 s
QUOTA_N = 26_000_000  # per task under the quota: 8 tasks are about 9 CPU-seconds of 3.15 here (> 5 s at 1.5 CPUs)
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


def interleaved(runs, **options):
    """Time each (pool, func, args) in turns, round after round (harness.interleaved)."""
    functions = {i: (lambda pool=pool, func=func, args=args: pool.map(func, args, chunksize=1))
                 for i, (pool, func, args) in enumerate(runs)}
    return list(harness.interleaved(functions, **options).values())


def blas_name():
    try:
        config = np.show_config(mode="dicts")
        blas = config["Build Dependencies"]["blas"]
        return f"{blas['name']} {blas['version']}"
    except Exception:
        return "BLAS unknown"


def python_work_table(counts, n=PYTHON_N, cgroup=None):
    """Pure-Python tasks on Pool(n) for each n in `counts`, interleaved; in a cgroup, with what its
    cpu.stat counted during each run (periods, throttled periods, throttled time)."""
    pools = [start_pool(workers)[0] for workers in counts]
    stats = {}

    def run(i, pool):
        before = cpu_stat(cgroup)
        pool.map(sum_of_squares, [n] * TASKS, chunksize=1)
        after = cpu_stat(cgroup)
        for key in after:
            stats.setdefault((i, key), []).append(after[key] - before[key])

    # Under a quota, each run lasts long enough to be a measurement (>= 50 periods): no warm-up round
    # on top (the pools were started and their workers had a first task in start_pool)
    options = {"warmups": 0} if cgroup else {}
    times = harness.interleaved({i: (lambda i=i, pool=pool: run(i, pool)) for i, pool in enumerate(pools)},
                                **options)
    table = []
    for i, workers in enumerate(counts):
        row = {"workers": workers, **record.spread("seconds", times[i])}
        skip = 0 if cgroup else harness.WARMUPS
        for key in ("periods", "throttled", "throttled_s"):
            if (i, key) in stats:
                row.update(record.spread(key, stats[i, key][skip:]))
        table.append(row)
    for pool in pools:
        pool.close()
        pool.join()
    return table


def cpu_stat(group):
    """What a cgroup's cpu.stat counted so far: periods, throttled periods, throttled seconds ({} outside one)."""
    if group is None:
        return {}
    stat = dict(line.split() for line in Path(group, "cpu.stat").read_text().splitlines())
    throttled = int(stat["throttled_usec"]) / 1e6 if "throttled_usec" in stat else int(stat["throttled_time"]) / 1e9
    return {"periods": int(stat["nr_periods"]), "throttled": int(stat["nr_throttled"]), "throttled_s": throttled}


def cgroup_version():
    """2 where the unified hierarchy delegates the cpu controller (a v2 system), else 1 (v1 or hybrid)."""
    controllers = Path("/sys/fs/cgroup/cgroup.controllers")
    return 2 if controllers.is_file() and "cpu" in controllers.read_text().split() else 1


def quota_cgroup():
    """A new cgroup limited to QUOTA CPUs (v2 cpu.max, else v1 cpu.cfs_quota_us), or None if it cannot be made."""
    v2 = cgroup_version() == 2
    group = Path("/sys/fs/cgroup" if v2 else "/sys/fs/cgroup/cpu") / "worker_count_benchmark"
    try:
        if v2:
            Path("/sys/fs/cgroup/cgroup.subtree_control").write_text("+cpu\n")
        group.mkdir(exist_ok=True)
        if v2:
            (group / "cpu.max").write_text(f"{int(QUOTA * PERIOD_US)} {PERIOD_US}\n")
        else:
            (group / "cpu.cfs_period_us").write_text(f"{PERIOD_US}\n")
            (group / "cpu.cfs_quota_us").write_text(f"{int(QUOTA * PERIOD_US)}\n")
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
    record.guard()
    cpus = len(os.sched_getaffinity(0))
    work = f"{TASKS} × sum_of_squares({PYTHON_N:_})"
    numpy = {"numpy": np.__version__, "blas": blas_name()}
    record.write(
        "worker_count",
        title=f"Pure-Python work on more workers than CPUs: {work}",
        columns=[{"key": "workers", "label": "Workers"}, SECONDS],
        rows=python_work_table((1, cpus, 2 * cpus, 4 * cpus)),
        repetitions=harness.RUNS,
        notes=f"Pools of spawn workers, started before timing; {cpus} usable CPUs.",
        start_method="spawn", tasks=TASKS, **numpy,
    )

    quota_rows = under_quota(cpus)
    quota_file = record.RESULTS / "worker_count_quota.json"
    if quota_rows is None:
        quota_file.unlink(missing_ok=True)  # not measured: no stale figures
        print("No cgroup with a CPU quota (needs root and a cpu controller): worker_count_quota "
              "left out", file=sys.stderr)
    else:
        version = cgroup_version()
        shortest = min(r["seconds_min"] for r in quota_rows)
        fewest = min(r["periods_min"] for r in quota_rows)
        if fewest < QUOTA_PERIODS:  # too short to measure a bandwidth quota: not recorded
            sys.exit(f"a quota run spanned only {fewest} CFS periods (< {QUOTA_PERIODS}): raise QUOTA_N")
        record.write(
            "worker_count_quota",
            title=f"The same kind of work in a cgroup limited to {QUOTA} CPUs",
            columns=[{"key": "workers", "label": "Workers"}, SECONDS,
                     {"key": "periods", "label": "CFS periods per run"},
                     {"key": "throttled", "label": "Periods throttled"},
                     {"key": "throttled_s", "label": "Time throttled", "unit": "s", "format": ".2f"}],
            rows=quota_rows,
            repetitions=harness.RUNS,
            warmups=0,
            notes=(
                f"{TASKS} × sum_of_squares({QUOTA_N:_}) per run, so that the shortest run lasted "
                f"{shortest:.1f} s, {fewest} periods (at least {QUOTA_PERIODS} wanted). CPU quota "
                f"{int(QUOTA * PERIOD_US):,} µs per {PERIOD_US:,} µs period (cgroup v{version} cpu controller: "
                + ("cpu.max" if version == 2 else "cpu.cfs_quota_us; this machine's unified hierarchy "
                   "does not delegate the cpu controller") + f"), on a machine with {cpus} usable CPUs. "
                "Periods, throttled periods and time throttled: the cgroup's cpu.stat (nr_periods, "
                "nr_throttled, " + ("throttled_usec" if version == 2 else "throttled_time") + ") counted "
                "during each run. The quota caps the group's CPU time at "
                f"{QUOTA} CPUs' worth per period, so no more than {math.ceil(QUOTA)} busy workers can use it; "
                "more only wait for the next period (throttled). No warm-up round: the pools' workers had a "
                "first task before timing."
            ),
            start_method="spawn", quota_cpus=QUOTA, tasks=TASKS, cgroup_version=version, **numpy,
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
        repetitions=harness.RUNS,
        notes=f"numpy {numpy['numpy']} ({numpy['blas']}); pools of spawn workers.",
        start_method="spawn", tasks=TASKS, **numpy,
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--in-cgroup"]:  # the child of under_quota(): move in, then measure
        Path(sys.argv[2], "cgroup.procs").write_text(f"{os.getpid()}\n")
        counts = sorted({1, math.floor(QUOTA), math.ceil(QUOTA), int(sys.argv[3]), 4})
        print(json.dumps(python_work_table(counts, QUOTA_N, cgroup=sys.argv[2])))
    else:
        main()
