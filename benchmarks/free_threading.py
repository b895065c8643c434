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
another, before its executor starts) by its time on the workers. Each figure is the median of
FRESH programs, with the lowest and highest;
the repetitions run in rounds (every configuration once, then again) so that
the machine's other load falls on all of them alike.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time

from harness import clean_env, fresh_run, memory

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
    from free_threading_report import publish, summarise

    executables = interpreters()
    env = clean_env()  # no PYTHON_GIL=1 either
    runs = {(name, kind): [] for name, kinds in CONFIGS for kind in kinds}
    for _ in range(FRESH):  # in rounds: the machine's other load falls on every configuration alike
        for (name, kind), results in runs.items():
            results.append(fresh_run([executables[name], __file__, "--child", kind], f"{name} {kind}", env))
    publish(summarise(runs, CONFIGS, WORKERS), CONFIGS, KINDS, WORKERS, TASKS, FRESH)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
    else:
        main()
