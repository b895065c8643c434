"""What every benchmark writes: one JSON result file per benchmark, the one format pages render.

A result is measured rows plus the context a reader needs to trust them: the
machine, the Python (per row when a benchmark runs several interpreters), the
start method, the repetitions and their spread. Pages never type a figure: the
build renders tables and quoted figures from these files (the `figures` package),
and a doc test fails on a figure that no result file holds. The schema, which
`write` checks before writing and every reader checks on reading, is in
figures/schema.py.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import statistics
import sys
from pathlib import Path

from figures import schema

RESULTS = Path(__file__).resolve().parent.parent / schema.RESULTS_DIR


def machine() -> dict:
    """Where the figures were measured: enough to say why yours differ."""
    cpu = platform.processor() or platform.machine()
    try:  # Linux: the CPU's name, which platform.processor() leaves empty
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "system": f"{platform.system()} {platform.release()}",
        "cpu": cpu,
        "logical_cpus": os.cpu_count(),
        "usable_cpus": usable,
        "load_average_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }


def python() -> str:
    return f"{platform.python_implementation()} {platform.python_version()}"


def spread(key: str, runs: list[float]) -> dict:
    """The median of the repetitions as `key`, with `key_min` and `key_max`."""
    return {key: statistics.median(runs), f"{key}_min": min(runs), f"{key}_max": max(runs)}


def write(name: str, *, title: str, columns: list[dict], rows: list[dict], repetitions: int,
          plots: list[dict] = (), notes: str = "", **extra) -> Path:
    """Write benchmarks/results/<name>.json and return its path; a result that breaks the schema is not written."""
    result = {
        "benchmark": name,
        "title": title,
        "command": f"python benchmarks/{Path(sys.argv[0]).name}",
        "measured": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "python": python(),
        "repetitions": repetitions,
        "columns": list(columns),
        "rows": rows,
        "plots": list(plots),
        "notes": notes,
        **extra,
    }
    schema.checked(result, name)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read(name: str) -> dict:
    return schema.read(RESULTS / f"{name}.json")
