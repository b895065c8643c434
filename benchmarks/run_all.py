"""Run every benchmark (`make bench`): each writes its results and plots; nothing is typed by hand.

Run from anywhere, with the reference interpreter:

    python benchmarks/run_all.py                       # all of them, a few minutes
    python benchmarks/run_all.py chunksize_sweep ...   # only these

Each benchmark runs as its own program (a fresh interpreter: no pool, fork
server or imported module carried over from the one before), one after the
other, with the third-party packages the snippets may import on its path
(snippets/requirements.txt, installed by proven.packages: numpy, pebble). Then
it checks that every result file names plots that exist, light and dark.
Timings depend on the machine and on what else runs: run it on a quiet machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from proven.interpreters import find_pythons
from proven.packages import packages_for

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCHMARKS = [  # quickest first, so that a broken set-up shows early
    "chunksize_sweep",
    "sending_data_cost",
    "speedup_vs_workers",
    "threads_vs_processes",
    "per_task_timeout",
    "unbuffered_lines",  # Python 3.9-3.15 as this machine has them: lines merged with PYTHONUNBUFFERED=1
    "worker_count",
    "sharing_cost",
    "free_threading",  # Python 3.13, 3.13t (make free-threaded), 3.14 and 3.15, each in its own programs
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


def check_plots() -> list[str]:
    """Every plot a result file lists, with alt text, as docs/plots/<name>-light.svg and -dark.svg."""
    problems = []
    for path in sorted((HERE / "results").glob("*.json")):
        for plot in json.loads(path.read_text(encoding="utf-8")).get("plots", []):
            if not plot.get("alt"):
                problems.append(f"{path.name}: plot {plot.get('name')!r} has no alt text")
            for scheme in ("light", "dark"):
                svg = ROOT / "docs" / "plots" / f"{plot['name']}-{scheme}.svg"
                if not svg.is_file():
                    problems.append(f"{path.name}: {svg.relative_to(ROOT)} is missing")
    return problems


def main(names: list[str]) -> int:
    unknown = set(names) - set(BENCHMARKS)
    if unknown:
        sys.exit(f"unknown benchmark(s): {', '.join(sorted(unknown))}; known: {', '.join(BENCHMARKS)}")
    env = environment()
    failed = []
    started = time.perf_counter()
    for name in names or BENCHMARKS:
        script = HERE / f"{name}.py"
        if not script.is_file():
            print(f"-- {name}: no {script.relative_to(ROOT)}, skipped", flush=True)
            continue
        print(f"-- {name}", flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env)
        seconds = time.perf_counter() - start
        print(f"-- {name}: {'ok' if done.returncode == 0 else 'FAILED'} in {seconds:.0f} s", flush=True)
        if done.returncode:
            failed.append(name)
    problems = check_plots()
    for problem in problems:
        print(f"-- {problem}")
    print(f"-- all done in {time.perf_counter() - started:.0f} s"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
