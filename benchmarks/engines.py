"""The same work on each engine: multiprocessing's Pool, ProcessPoolExecutor, joblib, Dask, Ray.

Run from the repository root, with the reference interpreter:

    python benchmarks/engines.py [--busy-ok]

It writes benchmarks/results/engines.json and the plot docs/plots/engines-{light,dark}.svg.
Every engine runs on ENGINE_PYTHON (one interpreter for all, so that the engines
differ and nothing else), with the packages of benchmarks/requirements-engines.txt
installed for it by proven.packages (Ray's wheel alone is about 70 MB). Each engine runs as a new
program (``--child ENGINE``) with WORKERS worker processes, which measures:

- serial: the CPU-bound tasks one after another, first, before the engine is
  imported (no engine process yet, nor one still exiting): the speed-up's base;
- start: from the first import of the engine to the answer of one empty task
  (the workers, and for Dask the scheduler, started);
- tiny: TINY tasks that return their argument, through the engine's map as a
  reader writes it; ProcessPoolExecutor.map is given the chunksize Pool.map picks
  by itself (len // (4 × workers), rounded up), joblib batches automatically,
  Dask and Ray send each task on its own;
- cpu: the same CPU-bound tasks as the Q2 page (a pure-Python loop each);
- stop: the engine's own orderly shutdown, which waits for its workers to exit
  (Pool: close() and join(); the executors: shutdown(wait=True); Dask: the
  client's and the cluster's close(); Ray: ray.shutdown()).

The engines take turns, one program each per round, harness.RUNS rounds after
harness.WARMUPS discarded. Each figure is the median of the rounds, with the
lowest and highest.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

WORKERS = 2
TINY = 1_000
WORK = [1_000_000 + i for i in range(8)]  # as on the "Beyond one machine" pages
ENGINE_PYTHON = "3.14"  # the newest Python every engine has wheels for (Ray: none for 3.15)
ENGINES = ("Pool", "ProcessPoolExecutor", "joblib", "Dask", "Ray")


def nothing():
    return None


def identity(x):
    return x


def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def pool_chunksize(tasks):
    """What Pool.map picks when chunksize is None (Lib/multiprocessing/pool.py, _map_async)."""
    chunksize, extra = divmod(tasks, WORKERS * 4)
    return chunksize + 1 if extra else chunksize


def open_engine(name):
    """Start the engine; returns (submit_one, map, stop)."""
    if name == "Pool":
        from multiprocessing import Pool

        pool = Pool(WORKERS)
        return (lambda: pool.apply(nothing), pool.map, lambda: (pool.close(), pool.join()))
    if name == "ProcessPoolExecutor":
        from concurrent.futures import ProcessPoolExecutor

        executor = ProcessPoolExecutor(WORKERS)
        return (lambda: executor.submit(nothing).result(),
                lambda f, xs: list(executor.map(f, xs, chunksize=pool_chunksize(len(xs)))),
                lambda: executor.shutdown(wait=True))
    if name == "joblib":
        from joblib import Parallel, delayed
        from joblib.externals.loky import get_reusable_executor

        parallel = Parallel(n_jobs=WORKERS)
        return (lambda: parallel([delayed(nothing)()]),
                lambda f, xs: parallel(delayed(f)(x) for x in xs),
                lambda: get_reusable_executor().shutdown(wait=True))
    if name == "Dask":
        import logging

        from dask.distributed import Client, LocalCluster

        cluster = LocalCluster(n_workers=WORKERS, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
        return (lambda: client.submit(nothing, pure=False).result(),
                lambda f, xs: client.gather(client.map(f, xs, pure=False)),
                lambda: (client.close(), cluster.close()))
    if name == "Ray":
        import logging

        import ray

        ray.init(num_cpus=WORKERS, include_dashboard=False, logging_level=logging.ERROR)
        remote = {}

        def ray_map(f, xs):
            task = remote.setdefault(f, ray.remote(f))
            return ray.get([task.remote(x) for x in xs])

        return (lambda: ray_map(nothing_of, [None]), ray_map, ray.shutdown)
    raise ValueError(name)


def nothing_of(_):
    return None


def child(name):
    import platform

    clock = time.perf_counter
    t = clock()  # first, with no engine process started yet (nor one of an earlier program exiting)
    expected = [sum_of_squares(n) for n in WORK]
    serial = clock() - t
    t = clock()
    submit_one, engine_map, stop = open_engine(name)
    submit_one()
    start = clock() - t
    t = clock()
    assert engine_map(identity, list(range(TINY))) == list(range(TINY))
    tiny = clock() - t
    t = clock()
    results = engine_map(sum_of_squares, WORK)
    cpu = clock() - t
    t = clock()
    stop()
    stop_s = clock() - t
    assert expected == results
    print(json.dumps({"python": platform.python_version(), "start": start, "tiny": tiny,
                      "cpu": cpu, "stop": stop_s, "serial": serial}))


def main():
    from proven.interpreters import find_pythons
    from proven.packages import packages_for

    import harness
    import record

    record.guard()
    python = find_pythons(ENGINE_PYTHON)[0]
    if not python.executable:
        sys.exit(f"Python {ENGINE_PYTHON} is not on this machine: `make pythons` provides it")
    here = Path(__file__).resolve().parent
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(packages_for(here.parent, python, here / "requirements-engines.txt"))
    programs = {engine: [] for engine in ENGINES}

    def program(engine):
        return lambda: programs[engine].append(
            harness.fresh_run([python.executable, __file__, "--child", engine], engine, env))

    harness.interleaved({engine: program(engine) for engine in ENGINES})  # in rounds: the engines take turns
    rows = []
    for engine in ENGINES:
        runs = programs[engine][harness.WARMUPS:]
        row = {"engine": engine, "python": runs[0]["python"]}
        row.update(record.spread("start_s", [r["start"] for r in runs]))
        row.update(record.spread("tiny_ms", [r["tiny"] / TINY * 1000 for r in runs]))
        row.update(record.spread("cpu_s", [r["cpu"] for r in runs]))
        # the median serial run (each before its engine started) over each engine run
        row.update(record.speedup("speedup", [r["serial"] for r in runs], [r["cpu"] for r in runs]))
        row.update(record.spread("stop_s", [r["stop"] for r in runs]))
        rows.append(row)
        print(f"{engine:<20} start {row['start_s']:.2f} s  tiny {row['tiny_ms']:.3f} ms/task  "
              f"cpu {row['cpu_s']:.2f} s ({row['speedup']:.2f}x)  stop {row['stop_s']:.2f} s", file=sys.stderr)
    publish(rows, record.builds({rows[0]["python"]: python.executable}))


def publish(rows, builds):
    import matplotlib.ticker

    import harness
    import plots
    import record

    machine = record.machine()

    def draw(ax, palette):
        series = [("start_s", "Start, to the first answer"),
                  ("tiny_total_s", f"{TINY:,} tiny tasks"),
                  ("cpu_s", f"{len(WORK)} CPU-bound tasks")]
        height = 0.8 / len(series)
        names = [r["engine"] for r in rows]
        for i, (key, label) in enumerate(series):
            values = [r["tiny_ms"] * TINY / 1000 if key == "tiny_total_s" else r[key] for r in rows]
            ys = [n + (i - 1) * height for n in range(len(rows))]
            bars = ax.barh(ys, values, height, label=label, color=palette["series"][i])
            ax.bar_label(bars, labels=[plots.seconds(v) for v in values], padding=2, fontsize=7,
                         color=palette["fg"])
        ax.set_yticks(range(len(rows)), names)
        ax.invert_yaxis()
        ax.set_xscale("log")
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(plots.seconds))
        ax.set_xlabel("Seconds (median), log scale")
        ax.grid(axis="y", visible=False)
        ax.legend(loc="lower right", fontsize=8)

    plots.save("engines", draw, size=(7.0, 4.6))
    python = rows[0]["python"]
    alt = (f"Horizontal bar chart, one group per engine, Python {python}, {WORKERS} workers on "
           f"{machine['usable_cpus']} CPUs, log scale: " + "; ".join(
               f"{r['engine']} starts in {r['start_s']:.2f} s, runs {TINY:,} tiny tasks in "
               f"{r['tiny_ms'] * TINY / 1000:.2f} s and the {len(WORK)} CPU-bound tasks in {r['cpu_s']:.2f} s"
               for r in rows) + ".")
    s = {"unit": "s", "format": ".2f"}
    record.write(
        "engines",
        title=f"The same work on five engines, Python {python}, {WORKERS} workers",
        columns=[
            {"key": "engine", "label": "Engine"},
            {"key": "start_s", "label": "Start, to the first answer", **s},
            {"key": "tiny_ms", "label": "Per tiny task", "unit": "ms", "format": ".3f"},
            {"key": "cpu_s", "label": f"{len(WORK)} CPU-bound tasks", **s},
            {"key": "speedup", "label": "Speed-up vs serial", "unit": "×", "format": ".2f", "bound": "usable_cpus"},
            {"key": "stop_s", "label": "Shutdown", **s},
        ],
        rows=rows,
        repetitions=harness.RUNS,
        builds=builds,
        plots=[{"name": "engines", "alt": alt}],
        notes=(f"Each engine in fresh programs on Python {python}, {WORKERS} worker processes, the engines "
               f"taking turns, round after round. Start: from importing the engine to the answer of one "
               f"empty task. Per tiny task: {TINY:,} tasks that return their argument, through the engine's "
               f"map, divided by {TINY:,}: Pool.map and ProcessPoolExecutor.map both in chunks of "
               f"{pool_chunksize(TINY)} (Pool.map's own choice, given to the executor), joblib in its "
               f"automatic batches, Dask and Ray one task at a time. CPU-bound: {len(WORK)} pure-Python "
               f"loops of about {WORK[0]:,} iterations; speed-up: the median of the same tasks run serially in "
               f"each program before its engine started, divided by the engine's times. Shutdown: each engine's "
               f"orderly one, which waits for its workers."),
        python=f"CPython {python}",  # every engine ran on it (this script only starts them)
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
    else:
        main()
