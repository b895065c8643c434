"""What it costs to give a pool's workers the same large array, each way the cookbook shows.

Run from the repository root (Linux: it reads /proc/self/smaps_rollup; numpy needed):

    python benchmarks/sharing_cost.py

(`--render` rewrites the .md from the recorded .json.) It writes benchmarks/results/sharing_cost.json (every run, with the machine, the
Python version, the start method and the repetitions) and
benchmarks/results/sharing_cost.md (the tables the page shows), and prints the
tables. Each figure is the median of REPEAT runs, with the lowest and highest;
timings vary with the machine and its load. The doc tests do not run this
script: the page shows a recorded run of it.
"""

import gc
import json
import multiprocessing
import os
import platform
import statistics
import sys
import time
from multiprocessing.shared_memory import SharedMemory
from pathlib import Path

import numpy as np

REPEAT = 5  # runs per figure
WORKERS = 2
TASKS = 8  # tasks per map; each one sums the whole array
ELEMENTS = 8 * 1024 * 1024  # float64: 64 MiB
READS = 2_000  # single-element reads timed per way
RESULTS = Path(__file__).resolve().parent / "results"

DATA = None  # in a worker: the array (a global, a view of shared memory, ...)
BLOCK = None  # in a worker: its SharedMemory handle, kept open while DATA is used


def private_mb():
    """Memory only this process holds (pages it allocated, copied or wrote), in MB."""
    with open("/proc/self/smaps_rollup") as f:
        kb = sum(int(line.split()[1]) for line in f if line.startswith("Private_"))
    return kb / 1024


def probe(array):
    """A task: read all the data, report this worker's private memory while it holds it."""
    array.sum()
    return private_mb()


# What each task runs, and the initializers that put the data in DATA.
def task_nothing(_):
    return private_mb()


def task_global(_):
    return probe(DATA)


def task_argument(array):
    return probe(array)


def task_namespace(namespace):
    return probe(namespace.data)  # a round trip to the manager: a fresh copy


def init_global(array):
    global DATA
    DATA = array


def init_shared_memory(name, shape, dtype):
    global DATA, BLOCK
    BLOCK = SharedMemory(name=name)
    DATA = np.ndarray(shape, dtype=dtype, buffer=BLOCK.buf)


def init_array(shared):
    global DATA
    DATA = np.frombuffer(shared.get_obj(), dtype=np.float64)


def run_pool(ctx, task, args, initializer=None, initargs=()):
    """Start a pool, run TASKS tasks twice; (seconds to first results, seconds per task after, MB)."""
    start = time.perf_counter()
    with ctx.Pool(WORKERS, initializer=initializer, initargs=initargs) as pool:
        pool.map(task, args, chunksize=1)
        ready = time.perf_counter() - start
        start = time.perf_counter()
        private = pool.map(task, args, chunksize=1)
        per_task = (time.perf_counter() - start) / TASKS
    return ready, per_task, max(private)


def way_nothing(ctx, array):
    return run_pool(ctx, task_nothing, [None] * TASKS)


def way_argument(ctx, array):
    return run_pool(ctx, task_argument, [array] * TASKS)


def way_initializer(ctx, array):
    return run_pool(ctx, task_global, [None] * TASKS, init_global, (array,))


def way_fork_global(ctx, array):
    global DATA
    DATA = array  # set before the workers are forked: they inherit it
    try:
        return run_pool(ctx, task_global, [None] * TASKS)
    finally:
        DATA = None


def way_shared_memory(ctx, array):
    start = time.perf_counter()
    block = SharedMemory(create=True, size=array.nbytes)
    try:
        shared = np.ndarray(array.shape, dtype=array.dtype, buffer=block.buf)
        shared[:] = array
        setup = time.perf_counter() - start
        initargs = (block.name, array.shape, array.dtype)
        ready, per_task, private = run_pool(
            ctx, task_global, [None] * TASKS, init_shared_memory, initargs
        )
        del shared
        return setup + ready, per_task, private
    finally:
        block.close()
        block.unlink()


def way_array(ctx, array):
    start = time.perf_counter()
    shared = ctx.Array("d", array.size)  # synchronized: has a lock
    np.frombuffer(shared.get_obj(), dtype=np.float64)[:] = array
    setup = time.perf_counter() - start
    ready, per_task, private = run_pool(ctx, task_global, [None] * TASKS, init_array, (shared,))
    return setup + ready, per_task, private


def way_manager(ctx, array):
    start = time.perf_counter()
    with ctx.Manager() as manager:
        namespace = manager.Namespace()
        namespace.data = array  # pickled to the manager's process
        setup = time.perf_counter() - start
        ready, per_task, private = run_pool(ctx, task_namespace, [namespace] * TASKS)
    return setup + ready, per_task, private


WAYS = [
    ("nothing shared (pool start-up only)", way_nothing, None),
    ("the array as each task's argument", way_argument, None),
    ("`initializer` global (`initargs`)", way_initializer, None),
    ("global inherited through fork", way_fork_global, "fork"),
    ("`SharedMemory` + numpy view", way_shared_memory, None),
    ("`multiprocessing.Array` + numpy view", way_array, None),
    ("`Manager` namespace, read per task", way_manager, None),
]


def spread(values):
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "runs": values,
    }


def element_reads(ctx, array):
    """Seconds per single-element read, `READS` reads, each way (in this process)."""
    def timed(read):
        times = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            for i in range(READS):
                read(i)
            times.append((time.perf_counter() - start) / READS)
        return spread(times)

    rows = {}
    small = array[:READS]
    rows["numpy array (global, or a view of shared memory)"] = timed(small.__getitem__)
    shared = ctx.Array("d", READS)
    rows["`multiprocessing.Array` item (takes its lock)"] = timed(shared.__getitem__)
    with ctx.Manager() as manager:
        proxy = manager.list(small.tolist())
        rows["`Manager().list()` item (a round trip)"] = timed(proxy.__getitem__)
    return rows


def copy_on_write():
    """MB a forked child copies of data it only reads, with and without gc.freeze()."""
    fork = multiprocessing.get_context("fork")
    before = private_mb()
    rows_data = [[n, str(n)] for n in range(1_000_000)]
    rows_mb = private_mb() - before
    array = np.ones(ELEMENTS)

    def child(action, out):
        start = private_mb()
        if action == "array":
            array.sum()
        elif action == "read":
            for number, text in rows_data:
                pass
        elif action == "gc":
            gc.collect()
        out.put(private_mb() - start)

    def measure(action):
        values = []
        for _ in range(REPEAT):
            out = fork.SimpleQueue()
            p = fork.Process(target=child, args=(action, out))
            p.start()
            values.append(out.get())
            p.join()
        return spread(values)

    result = {
        "rows_mb": rows_mb,
        "array_mb": array.nbytes / 2**20,
        "sum the numpy array": measure("array"),
        "read every row of the list": measure("read"),
        "gc.collect()": measure("gc"),
    }
    gc.freeze()
    result["gc.collect() after gc.freeze() in the parent"] = measure("gc")
    result["read every row after gc.freeze() in the parent"] = measure("read")
    gc.unfreeze()
    return result


def fmt(s, scale, digits):
    return (
        f"{s['median'] * scale:.{digits}f} "
        f"({s['min'] * scale:.{digits}f}–{s['max'] * scale:.{digits}f})"
    )


def render(report):
    m = report["machine"]
    lines = [
        f"Measured on {m['platform']}, {m['cpus']} CPUs, {m['python']}, numpy {m['numpy']}; "
        f"{report['data_mib']} MiB of float64, a `Pool({WORKERS})`, {TASKS} tasks per map. "
        f"Each figure: median of {report['repetitions']} runs (lowest–highest). "
        "Load average (1 min) before and after: "
        f"{report['load_average_1min']['before']:.1f}, {report['load_average_1min']['after']:.1f} "
        "(a shared machine: other programs used the CPUs too).",
        "",
        "| How the data reaches the workers | Start method | Until the first "
        f"{TASKS} results (s) | Then, per task (ms) | A worker's private memory (MB) |",
        "| --- | --- | --: | --: | --: |",
    ]
    for row in report["pools"]:
        lines.append(
            f"| {row['way']} | {row['start_method']} | {fmt(row['ready_s'], 1, 2)} | "
            f"{fmt(row['per_task_s'], 1000, 1)} | {fmt(row['private_mb'], 1, 0)} |"
        )
    lines += [
        "",
        f"Reading one element, {READS:,} reads in a row (µs per read):",
        "",
        "| Read | µs per read |",
        "| --- | --: |",
    ]
    for name, s in report["element_reads"].items():
        lines.append(f"| {name} | {fmt(s, 1e6, 2)} |")
    cow = report["copy_on_write"]
    lines += [
        "",
        f"Copy-on-write: MB a forked child copies of data it only reads (a list of "
        f"1,000,000 rows `[n, str(n)]` taking {cow['rows_mb']:.0f} MB, and a "
        f"{cow['array_mb']:.0f} MiB numpy array):",
        "",
        "| The child | MB copied |",
        "| --- | --: |",
    ]
    for name, s in cow.items():
        if isinstance(s, dict):
            lines.append(f"| {name} | {fmt(s, 1, 1)} |")
    return "\n".join(lines) + "\n"


def load_average():
    return os.getloadavg()[0]


def main():
    load_before = load_average()
    array = np.arange(ELEMENTS, dtype=np.float64)
    available = multiprocessing.get_all_start_methods()
    methods = [m for m in ("fork", "spawn", "forkserver") if m in available]
    pools = []
    for name, way, only in WAYS:
        for method in methods:
            if only and method != only:
                continue
            ctx = multiprocessing.get_context(method)
            way(ctx, array)  # warm-up: the fork server, the resource tracker, caches
            runs = [way(ctx, array) for _ in range(REPEAT)]
            pools.append(
                {
                    "way": name,
                    "start_method": method,
                    "ready_s": spread([r[0] for r in runs]),
                    "per_task_s": spread([r[1] for r in runs]),
                    "private_mb": spread([r[2] for r in runs]),
                }
            )
            print(f"{name:<40} {method:<10} {fmt(pools[-1]['ready_s'], 1, 2)} s", file=sys.stderr)
    default = multiprocessing.get_start_method()
    report = {
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": f"{platform.python_implementation()} {platform.python_version()}",
            "numpy": np.__version__,
        },
        "load_average_1min": {"before": load_before},
        "data_mib": array.nbytes // 2**20,
        "workers": WORKERS,
        "tasks_per_map": TASKS,
        "repetitions": REPEAT,
        "pools": pools,
        "element_reads_start_method": default,
        "element_reads": element_reads(multiprocessing.get_context(default), array),
        "copy_on_write": copy_on_write(),
    }
    report["load_average_1min"]["after"] = load_average()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "sharing_cost.json").write_text(json.dumps(report, indent=2) + "\n")
    text = render(report)
    (RESULTS / "sharing_cost.md").write_text(text)
    print(text)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--render"]:  # rewrite the .md from the recorded .json
        report = json.loads((RESULTS / "sharing_cost.json").read_text())
        (RESULTS / "sharing_cost.md").write_text(render(report))
    else:
        main()
