"""Threads, processes or interpreters? The same CPU-bound work on GIL and free-threaded builds.

Run from the repository root, with the reference interpreter:

    python benchmarks/free_threading.py

It writes benchmarks/results/free_threading.json and the plot
docs/plots/free-threading-{light,dark}.svg. Each configuration runs as a new
program on its own interpreter (``--child KIND``, printing JSON):

- Python 3.13t, the free-threaded build (``make free-threaded``): serial,
  ThreadPoolExecutor, ProcessPoolExecutor (3.13 has no InterpreterPoolExecutor);
- its GIL twin, "3.13-twin" (``make bench`` builds it: tools/pythons.py twin):
  the same source release, the same ./configure arguments less --disable-gil,
  the same compiler: serial and threads, for what free-threading itself costs a
  single thread and what threads gain (against the twin, not against Debian's
  3.13, a newer patch release built with PGO and LTO);
- Python 3.13 (Debian's): serial and threads, for what the build flags alone
  change (benchmarks/loop_cost.py measures that single-thread cost with pyperf);
- Python 3.14 and 3.15 (GIL builds): serial, ThreadPoolExecutor,
  ProcessPoolExecutor (the platform's default start method: forkserver on Linux)
  and InterpreterPoolExecutor (new in 3.14).

A program with workers measures, in this order:

- start: create the executor, get the answer of one empty task from each of the
  WORKERS workers (the tasks wait for each other: see start()), shut down: the
  first executor of a fresh program, as a script meets it (with forkserver, that
  includes starting the fork server, a whole interpreter, once);
- memory, before that shutdown: what the workers added, per worker: the PSS
  (each shared page divided among its sharers) summed over every process
  involved (the program, its workers, the fork server and the resource tracker)
  less the program's PSS before the executor, so threads, interpreters and
  processes are measured alike; also, per worker process, its RSS and USS (its
  private pages), or for threads and interpreters the growth of the program's
  RSS and USS (/proc/<pid>/smaps_rollup, Linux only);
- the work, TASKS on a started executor of WORKERS workers, then of 1 worker.

The speed-up divides the median time of the same tasks on 1 worker of the same
kind by each time on WORKERS: like with like. The program's main thread also runs
them, just before, with its executor started and idle: reported as a time, since
on the free-threaded 3.13 the main thread runs this loop slower than a worker
thread (a speed-up over it passes the CPU count with nothing wrong). Each figure
is the median of harness.RUNS programs (after harness.WARMUPS discarded), with the
lowest and highest; the programs run in rounds (every configuration once, then
again) so that the machine's other load falls on all of them alike.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time

from harness import clean_env, fresh_run, memory, pss

WORKERS = 2
TASKS = [1_000_000] * 8  # about 0.3 s serially on Debian's 3.14 and 3.15 here
KINDS = ("serial", "threads", "processes", "interpreters")
EXECUTORS = {"threads": "ThreadPoolExecutor", "processes": "ProcessPoolExecutor",
             "interpreters": "InterpreterPoolExecutor"}
TWIN = "3.13-twin"  # the free-threaded build's GIL twin (tools/pythons.py twin)
CONFIGS = [  # (interpreter, kinds): "3.13t" is the free-threaded build
    (TWIN, ("serial", "threads")),
    ("3.13t", ("serial", "threads", "processes")),
    ("3.13", ("serial", "threads")),
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
    # concurrent.futures imports each executor's module on first use: not part of the start.
    getattr(importlib.import_module("concurrent.futures"), EXECUTORS[kind])

    before, pss_before = memory(), pss()
    t = clock()
    executor = start(kind, WORKERS)
    up = clock() - t
    involved = [os.getpid()]
    if kind == "processes":  # each worker's own pages; USS: those no other process shares
        per_worker = [memory(pid) for pid in executor._processes]
        from multiprocessing import forkserver, resource_tracker

        helpers = (getattr(forkserver._forkserver, "_forkserver_pid", None),
                   getattr(resource_tracker._resource_tracker, "_pid", None))
        involved += list(executor._processes) + [pid for pid in helpers if pid]
    else:  # threads and interpreters live in this process: what it grew by, shared out
        per_worker = [tuple(None if a is None else (a - b) / WORKERS for a, b in zip(memory(), before))]
    sizes = [pss(pid) for pid in involved]
    out["pss"] = None if None in sizes or pss_before is None else (sum(sizes) - pss_before) / WORKERS
    out["processes_counted"] = len(involved)
    t = clock()
    executor.shutdown()
    out["start"] = up + clock() - t
    out["rss"], out["uss"] = (None if None in values else sum(values) / len(values)
                              for values in zip(*per_worker))

    for count in (WORKERS, 1):
        with start(kind, count) as executor:
            if count == WORKERS:  # the speed-up's base: this program's serial run, in the same state
                t = clock()  # (its workers started and idle; on 3.13t its objects made immortal by then)
                [sum_of_squares(n) for n in TASKS]
                out["serial"] = clock() - t
            t = clock()
            results = list(executor.map(sum_of_squares, TASKS))
            out[f"seconds_{count}"] = clock() - t
        assert results == [(n - 1) * n * (2 * n - 1) // 6 for n in TASKS]  # the sum of i*i for i < n
    print(json.dumps(out))


def interpreters():
    """{"3.13": path, "3.13t": path, "3.13-twin": path, ...}, or exit saying how to provide a missing one."""
    from pathlib import Path

    from proven.interpreters import PROJECT_ROOT, find_pythons

    found = {}
    for python in find_pythons(",".join(name for name, _ in CONFIGS if name != TWIN)):
        if not python.executable:
            how = "`make free-threaded` builds it" if python.free_threaded else "`make pythons` provides it"
            sys.exit(f"Python {python.name} is not on this machine: {how}")
        found[python.name] = python.executable
    twin = Path(os.environ.get("PROVEN_PYTHONS", PROJECT_ROOT / ".pythons")) / "bin" / f"python{TWIN}"
    if not twin.is_file():
        sys.exit(f"{twin} is missing: `python3 tools/pythons.py twin` (make bench) builds it")
    found[TWIN] = str(twin)
    return found


def main():
    import harness
    import record
    from free_threading_report import publish, summarise

    record.guard()
    executables = interpreters()
    env = clean_env()  # no PYTHON_GIL=1 either
    runs = {(name, kind): [] for name, kinds in CONFIGS for kind in kinds}

    def program(name, kind):
        return lambda: runs[name, kind].append(
            fresh_run([executables[name], __file__, "--child", kind], f"{name} {kind}", env))

    harness.interleaved({key: program(*key) for key in runs})  # in rounds: the load falls on all alike
    runs = {key: results[harness.WARMUPS:] for key, results in runs.items()}
    labels = {name: runs[name, "serial"][0]["python"] for name, _ in CONFIGS}
    builds = record.builds({labels[name]: executables[name] for name, _ in CONFIGS})
    publish(summarise(runs, CONFIGS, WORKERS, TWIN), CONFIGS, KINDS, WORKERS, TASKS, builds, TWIN)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
    else:
        main()
