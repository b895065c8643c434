"""What every benchmark writes: one JSON result file per benchmark, the one format pages render.

A result is measured rows plus the context a reader needs to trust them: the
machine, the Python (per row when a benchmark runs several interpreters), the
start method, the repetitions and their spread. Pages never type a figure:
`hooks/benchmarks.py` renders tables and quoted figures from these files at
build time, and a doc test fails on a figure that no result file holds.

Schema (``benchmarks/results/<name>.json``)::

    {
      "benchmark": "speedup_vs_workers",            # = the file's stem
      "title": "Speed-up vs number of workers",     # a table caption
      "command": "python benchmarks/speedup_vs_workers.py",
      "measured": "2026-11-26T09:10:00+00:00",
      "machine": {...},                             # machine() below
      "python": "CPython 3.15.2",                   # the interpreter that ran it
      "repetitions": 5,
      "columns": [                                  # what a table shows, in order
        {"key": "workers", "label": "Workers"},
        {"key": "processes_s", "label": "Processes", "unit": "s", "format": ".2f"},
      ],
      "rows": [{"workers": 1, "processes_s": 1.234, ...}, ...],
      "plots": [{"name": "speedup_vs_workers", "alt": "Line chart: ..."}],
      "notes": "free text shown under the table (optional)"
    }

Rows are flat dicts: every figure a page may quote is a value in a row. A
measured value comes with its spread as sibling keys: ``<key>`` is the median,
``<key>_min`` / ``<key>_max`` the lowest and highest of the repetitions (see
``spread``). A row may carry its own ``python`` and ``start_method``.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import statistics
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


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
    """Write benchmarks/results/<name>.json and return its path."""
    keys = {column["key"] for column in columns}
    missing = keys - {key for row in rows for key in row}
    if missing:
        raise ValueError(f"{name}: columns with no value in any row: {sorted(missing)}")
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
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read(name: str) -> dict:
    return json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))
