"""The result file: what a benchmark writes (``benchmarks/record.py``) and a page renders (``figures.markers``).

One JSON file per result, ``benchmarks/results/<name>.json``::

    {
      "benchmark": "speedup_vs_workers",            # = the file's stem
      "title": "Speed-up vs number of workers",     # a table caption
      "command": "python benchmarks/speedup_vs_workers.py",
      "measured": "2026-11-26T09:10:00+00:00",
      "machine": {...},                             # record.machine(): system, cpu, usable_cpus, ...
      "python": "CPython 3.15.2",                   # the interpreter that ran it
      "repetitions": 5,
      "columns": [                                  # what a table shows, in order
        {"key": "workers", "label": "Workers"},
        {"key": "processes_s", "label": "Processes", "unit": "s", "format": ".2f"},
      ],
      "rows": [{"workers": 1, "processes_s": 1.234, ...}, ...],
      "plots": [{"name": "speedup_vs_workers", "alt": "Line chart: ...", "title": "..."}],  # title optional
      "notes": "free text shown under the table (optional)"
    }

Rows are flat dicts: every figure a page may quote is a value in a row. A
measured value comes with its spread as sibling keys: ``<key>`` is the median,
``<key>_min`` / ``<key>_max`` the lowest and highest of the repetitions
(``record.spread``). A row may carry its own ``python`` and ``start_method``.
A benchmark may add top-level keys of its own (``start_method``, ``workers``, ...);
a number among them can be quoted with ``bench:value NAME KEY``.

Each plot is drawn twice, ``docs/plots/<name>-light.svg`` and ``-dark.svg``.
The writer and the reader check a result with the same ``problems``.
"""

from __future__ import annotations

import json
from pathlib import Path

RESULTS_DIR = "benchmarks/results"  # under the project's root
PLOTS_DIR = "plots"  # under docs/
SCHEMES = ("light", "dark")  # one SVG per colour scheme, shown with Material's #only-light / #only-dark
REGENERATE = "make bench"  # what writes every result file and plot

# Top-level keys the writer always writes, with their types (a bool is not an int here).
FIELDS: dict[str, type] = {
    "benchmark": str, "title": str, "command": str, "measured": str, "machine": dict, "python": str,
    "repetitions": int, "columns": list, "rows": list, "plots": list, "notes": str,
}  # fmt: skip
JSON_NAMES = {str: "a string", dict: "an object", list: "an array", int: "an integer"}
REQUIRED = ("columns", "rows")  # what a page cannot render without; the others degrade to "?" in a caption


class FigureError(ValueError):
    """A result file that breaks the schema, or a marker naming a result, plot, row or column that does not exist."""


def plot_file(name: str, scheme: str) -> str:
    """Where a plot's SVG for `scheme` is, under docs/."""
    return f"{PLOTS_DIR}/{name}-{scheme}.svg"


def problems(result: dict, name: str) -> list[str]:
    """Every way `result` (of ``<name>.json``) breaks the schema; empty when it holds."""
    missing = [key for key in REQUIRED if not isinstance(result.get(key), list)]
    if missing:  # nothing below can be checked
        return [f"has no {' or '.join(missing)}"]
    found = []
    for key, kind in FIELDS.items():
        value = result.get(key)
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            found.append(f"{key!r} should be {JSON_NAMES[kind]}, not {value!r}")
    if result.get("benchmark", name) != name:
        found.append(f"'benchmark' is {result['benchmark']!r}, not the file's name {name!r}")
    if not all(isinstance(row, dict) for row in result["rows"]):
        found.append("a row is not a dict of KEY: VALUE")
    columns = result["columns"]
    if not all(isinstance(c, dict) and isinstance(c.get("key"), str) for c in columns):
        found.append('a column has no "key"')
    else:
        valued = {key for row in result["rows"] if isinstance(row, dict) for key in row}
        empty = [c["key"] for c in columns if c["key"] not in valued]
        if empty:
            found.append(f"columns with no value in any row: {empty}")
    for plot in result.get("plots") or []:
        if not isinstance(plot, dict) or not plot.get("name"):
            found.append(f'a plot has no "name": {plot!r}')
        elif not plot.get("alt"):
            found.append(f"plot {plot['name']!r} has no alt text")
    return found


def checked(result: dict, name: str) -> dict:
    """`result`, once it holds the schema; else FigureError listing every problem."""
    found = problems(result, name)
    if found:
        raise FigureError(f"{RESULTS_DIR}/{name}.json breaks the result schema (figures/schema.py): {'; '.join(found)}")
    return result


def read(path: Path) -> dict:
    """A result file, checked, with its "benchmark" defaulting to the file's name."""
    result = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(result, dict):
        raise FigureError(f"{RESULTS_DIR}/{path.name} is not a JSON object")
    result.setdefault("benchmark", path.stem)
    return checked(result, path.stem)


class ResultFiles:
    """The result files of a project (``<root>/benchmarks/results``), each read and checked once."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.dir = self.root / RESULTS_DIR
        self._cache: dict[str, dict] = {}

    def load(self, name: str) -> dict:
        if name not in self._cache:
            path = self.dir / f"{name}.json"
            if not path.is_file():
                have = ", ".join(sorted(p.stem for p in self.dir.glob("*.json"))) or "none"
                raise FigureError(f"no result file {RESULTS_DIR}/{name}.json (there are: {have})")
            self._cache[name] = read(path)
        return self._cache[name]

    def check(self) -> list[str]:
        """Every result file's schema problems, and every plot file it lists that is missing."""
        found = []
        for path in sorted(self.dir.glob("*.json")):
            try:
                result = self.load(path.stem)
            except ValueError as exc:  # a FigureError, or not JSON at all
                found.append(f"{path.name}: {exc}")
                continue
            for plot in result.get("plots") or []:
                for scheme in SCHEMES:
                    if not (self.root / "docs" / plot_file(plot["name"], scheme)).is_file():
                        found.append(f"{path.name}: docs/{plot_file(plot['name'], scheme)} is missing")
        return found
