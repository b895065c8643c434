"""Merged lines: four processes print at once, with and without PYTHONUNBUFFERED=1.

Run from the repository root:

    python benchmarks/unbuffered_lines.py

It writes benchmarks/results/unbuffered_lines.json. The program is Q6's
(four_processes.py: start four processes, each printing one line, then join
them), with four ways of writing the child's line:

- ``print(line)``;
- ``print(line, flush=True)``;
- ``sys.stdout.write(line + "\\n")``: the line and its newline in one call;
- ``with lock: print(line)``: a multiprocessing.Lock shared by the four.

Each way runs RUNS times as its own program, its output read through a pipe
(as `python four_processes.py | cat`, or Docker without -t), once with
PYTHONUNBUFFERED=1 in the environment (PyCharm's default run configuration,
`python -u`, many Dockerfiles) and once without it, on every interpreter of
PYTHONS this machine has, each with its default start method. A run counts as
merged when its lines are not exactly the five lines the program prints (for
example `Process-1 printed 1Process-2 printed 2` on one line). Whether a run
merges depends on timing: the counts vary from one measurement to the next,
and with the machine's load.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import record

RUNS = 30
PYTHONS = ["3.9", "3.11", "3.13", "3.14", "3.15"]

PROGRAM = '''\
import sys
from multiprocessing import Lock, Process, current_process


def print_number(n, lock):
    line = f"{{current_process().name}} printed {{n}}"
    {write}


if __name__ == "__main__":
    lock = Lock()
    processes = [Process(target=print_number, args=(n, lock)) for n in range(1, 5)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print("all four processes have finished")
'''
WAYS = {  # key: (label, the child's code that writes the line)
    "print": ("print(line)", "print(line)"),
    "print_flush": ("print(line, flush=True)", "print(line, flush=True)"),
    "one_write": ('sys.stdout.write(line + "\\n")', 'sys.stdout.write(line + "\\n")'),
    "lock": ("with lock: print(line)", "with lock:\n        print(line)"),
}
EXPECTED = Counter([f"Process-{n} printed {n}" for n in range(1, 5)] + ["all four processes have finished"])


def interpreters() -> dict[str, str]:
    """{"3.9": path, ...}: the versions of PYTHONS this machine has (the running one always)."""
    from proven.interpreters import find_pythons

    found = {f"{sys.version_info[0]}.{sys.version_info[1]}": sys.executable}
    for name in PYTHONS:
        python = find_pythons(name)[0]
        if name not in found and python.executable:
            found[name] = python.executable
        elif not python.executable:
            print(f"Python {name} is not on this machine: skipped", file=sys.stderr)
    return dict(sorted(found.items(), key=lambda item: tuple(map(int, item[0].split(".")))))


def describe(executable: str, env: dict[str, str]) -> tuple[str, str]:
    code = "import multiprocessing, platform; print(platform.python_version(), multiprocessing.get_start_method())"
    out = subprocess.run([executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    release, method = out.stdout.split()
    return release, method


def merged_runs(executable: str, program: Path, env: dict[str, str]) -> int:
    merged = 0
    for _ in range(RUNS):
        out = subprocess.run([executable, program.name], cwd=program.parent, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, timeout=120, check=False)
        if out.returncode != 0:
            raise RuntimeError(f"{program.name} failed with {executable}:\n{out.stdout}")
        merged += Counter(out.stdout.splitlines()) != EXPECTED
    return merged


def main() -> None:
    record.guard()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    unbuffered = {**env, "PYTHONUNBUFFERED": "1"}
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        programs = {}
        for way, (_, write) in WAYS.items():
            programs[way] = Path(folder, f"{way}.py")
            programs[way].write_text(PROGRAM.format(write=write), encoding="utf-8")
        builds = {}
        for version, executable in interpreters().items():
            release, method = describe(executable, env)
            builds.update(record.builds({f"CPython {release}": executable}))
            for way, (label, _) in WAYS.items():
                row = {"version": version, "python": f"CPython {release}", "start_method": method,
                       "way": way, "way_label": label, "runs": RUNS,
                       "unbuffered_merged": merged_runs(executable, programs[way], unbuffered),
                       "buffered_merged": merged_runs(executable, programs[way], env)}
                print(f"{release} {method} {label}: merged in {row['unbuffered_merged']}/{RUNS} runs "
                      f"unbuffered, {row['buffered_merged']}/{RUNS} buffered", flush=True)
                rows.append(row)
    path = record.write(
        "unbuffered_lines",
        title="Runs with a merged line: four processes printing at once, output through a pipe",
        columns=[
            {"key": "python", "label": "Python"},
            {"key": "start_method", "label": "Start method"},
            {"key": "way_label", "label": "Each child writes its line with"},
            {"key": "unbuffered_merged", "label": "Merged runs, PYTHONUNBUFFERED=1"},
            {"key": "buffered_merged", "label": "Merged runs, default buffering"},
            {"key": "runs", "label": "Runs"},
        ],
        rows=rows,
        repetitions=RUNS,
        statistic=f"a count: how many of {RUNS} runs merged a line",
        warmups=0,
        builds=builds,
        notes=("Q6's program (four processes started, then joined), each way run as its own program, its output "
               "read through a pipe. A run counts as merged when its output is not exactly its five lines. "
               "Timing decides whether a run merges: the counts vary between measurements and with load."),
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
