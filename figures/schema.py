"""The result file: what a benchmark writes (``benchmarks/record.py``) and a page renders (``figures.markers``).

One JSON file per result, ``benchmarks/results/<name>.json``::

    {
      "benchmark": "speedup_vs_workers",            # = the file's stem
      "title": "Speed-up vs number of workers",     # a table caption
      "command": "python benchmarks/speedup_vs_workers.py",
      "measured": "2026-11-26T09:10:00+00:00",
      "machine": {...},                             # record.machine(): cpu, usable_cpus, governor, smt,
                                                    # load_average_before / _after, cpu_busy_before
      "python": "CPython 3.15.2",                   # the interpreter that ran it
      "builds": {"3.15.2": {...}},                  # per row "python": harness.build() (release,
                                                    # config_args, pgo, lto, free_threaded, origin)
      "statistic": "median",                        # the one figure a cell shows; "median" needs
      "repetitions": 10, "warmups": 1,              # >= MIN_RUNS recorded runs
      "busy": false, "busy_ok": false,              # a busy machine is recorded only with --busy-ok
      "columns": [                                  # what a table shows, in order
        {"key": "workers", "label": "Workers"},
        {"key": "processes_s", "label": "Processes", "unit": "s", "format": ".2f"},
        {"key": "speedup", "label": "Speed-up", "unit": "×", "bound": "usable_cpus"},
      ],
      "rows": [{"workers": 1, "processes_s": 1.234, ...}, ...],
      "plots": [{"name": "speedup_vs_workers", "alt": "Line chart: ...", "title": "..."}],  # title optional
      "notes": "free text shown under the table (optional)"
    }

Rows are flat dicts: every figure a page may quote is a value in a row. A
measured value comes with its spread as sibling keys: ``<key>`` is the median,
``<key>_min`` / ``<key>_max`` the lowest and highest of the repetitions, ``<key>_iqr``
their interquartile range (``record.spread``). A row may carry its own ``python``
(a key of ``builds``) and ``start_method``.

Declared bounds fail a result that breaks them: a column's ``"bound"`` (a number, or
``"usable_cpus"``: the machine's) caps its median, lowest and highest; a row's
``<key>_bound`` replaces it for that row (I/O waits: the number of workers), with
no tolerance. A speed-up is one figure, the median serial time over the median
time (``record.speedup``); its spread is that of the times it comes from. A speed-up
above the usable CPUs is impossible (the serial baseline was disturbed), so every
column whose key says ``speedup`` must declare a bound.
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
    "builds": dict, "statistic": str, "repetitions": int, "warmups": int, "busy": bool, "busy_ok": bool,
    "columns": list, "rows": list, "plots": list, "notes": str,
}  # fmt: skip
JSON_NAMES = {str: "a string", dict: "an object", list: "an array", int: "an integer", bool: "true or false"}
REQUIRED = ("columns", "rows")  # what a page cannot render without; the others degrade to "?" in a caption
PROVENANCE = ("builds", "statistic", "repetitions", "machine", "busy", "busy_ok")  # every result says these
BUILD_KEYS = ("release", "config_args", "pgo", "lto", "free_threaded", "origin")  # harness.build()
MACHINE_KEYS = ("cpu", "usable_cpus", "governor", "smt", "load_average_before", "load_average_after")
MIN_RUNS = 10  # a median of fewer recorded runs is not stable enough to quote


class FigureError(ValueError):
    """A result file that breaks the schema, or a marker naming a result, plot, row or column that does not exist."""


def plot_file(name: str, scheme: str) -> str:
    """Where a plot's SVG for `scheme` is, under docs/."""
    return f"{PLOTS_DIR}/{name}-{scheme}.svg"


def problems(result: dict, name: str, full: bool = True) -> list[str]:
    """Every way `result` (of ``<name>.json``) breaks the schema; empty when it holds.

    `full=False`: only what rendering a page needs (the markers read it so); the writer and the
    results check (``ResultFiles.check``, ``run_all.py --check``) also want the provenance, the
    statistic with enough runs, and every bound kept."""
    missing = [key for key in REQUIRED if not isinstance(result.get(key), list)]
    if missing:  # nothing below can be checked
        return [f"has no {' or '.join(missing)}"]
    found = []
    for key, kind in FIELDS.items():
        value = result.get(key)
        if value is not None and (not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool)):
            found.append(f"{key!r} should be {JSON_NAMES[kind]}, not {value!r}")
    if full:
        found += [f"has no {key!r} (record.write writes it)" for key in PROVENANCE if key not in result]
    if result.get("benchmark", name) != name:
        found.append(f"'benchmark' is {result['benchmark']!r}, not the file's name {name!r}")
    if not all(isinstance(row, dict) for row in result["rows"]):
        found.append("a row is not a dict of KEY: VALUE")
    if full:
        found += _provenance(result)
    columns = result["columns"]
    if not all(isinstance(c, dict) and isinstance(c.get("key"), str) for c in columns):
        found.append('a column has no "key"')
    else:
        valued = {key for row in result["rows"] if isinstance(row, dict) for key in row}
        empty = [c["key"] for c in columns if c["key"] not in valued]
        if empty:
            found.append(f"columns with no value in any row: {empty}")
        if full:
            found += _bounds(result, columns)
    for plot in result.get("plots") or []:
        if not isinstance(plot, dict) or not plot.get("name"):
            found.append(f'a plot has no "name": {plot!r}')
        elif not plot.get("alt"):
            found.append(f"plot {plot['name']!r} has no alt text")
    return found


def _provenance(result: dict) -> list[str]:
    """The builds behind the rows, the machine's state, and a statistic with enough runs."""
    found = []
    builds, machine = result.get("builds"), result.get("machine")
    if isinstance(builds, dict):
        if not builds:
            found.append("'builds' is empty: record each interpreter's build (harness.build())")
        for label, build in builds.items():
            missing = [k for k in BUILD_KEYS if not isinstance(build, dict) or k not in build]
            if missing:
                found.append(f"the build of {label!r} lacks {', '.join(missing)}")
        rows = [r for r in result["rows"] if isinstance(r, dict) and r.get("python") is not None]
        unbuilt = sorted({str(r["python"]) for r in rows} - set(builds))
        if unbuilt:
            found.append(f"rows of Python {', '.join(unbuilt)} have no entry in 'builds'")
    if isinstance(machine, dict):
        missing = [k for k in MACHINE_KEYS if k not in machine]
        if missing:
            found.append(f"'machine' lacks {', '.join(missing)}")
    repetitions = result.get("repetitions")
    if result.get("statistic") == "median" and isinstance(repetitions, int) and repetitions < MIN_RUNS:
        found.append(f"a median of {repetitions} runs: record at least {MIN_RUNS}")
    if result.get("busy") and not result.get("busy_ok"):
        found.append("measured on a busy machine without --busy-ok")
    return found


def _bounds(result: dict, columns: list[dict]) -> list[str]:
    """Values above their declared bound (a row's own ``<key>_bound`` first); speed-up columns without one."""
    found = []
    cpus = (result.get("machine") or {}).get("usable_cpus")
    for column in columns:
        key, bound = column["key"], column.get("bound")
        if bound is None:
            if "speedup" in key:
                found.append(f"column {key!r} is a speed-up with no declared bound (\"bound\": \"usable_cpus\")")
            continue
        for row in (r for r in result["rows"] if isinstance(r, dict)):
            own = row.get(f"{key}_bound", bound)
            limit = cpus if own == "usable_cpus" else own
            if not isinstance(limit, (int, float)) or isinstance(limit, bool):
                found.append(f"column {key!r} has bound {own!r}, not a number (or no usable_cpus to read)")
                break
            for k, most in ((key, limit), (f"{key}_min", limit), (f"{key}_max", limit)):
                value = row.get(k)
                if isinstance(value, (int, float)) and not isinstance(value, bool) and value > most:
                    label = ", ".join(str(v) for v in row.values() if isinstance(v, str))[:80]
                    found.append(f"{k} = {value:.3g} in the row ({label}) exceeds its bound {most:.3g} "
                                 f"({own}): impossible, so the measurement was disturbed")
    return found


def checked(result: dict, name: str, full: bool = True) -> dict:
    """`result`, once it holds the schema; else FigureError listing every problem."""
    found = problems(result, name, full)
    if found:
        raise FigureError(f"{RESULTS_DIR}/{name}.json breaks the result schema (figures/schema.py): {'; '.join(found)}")
    return result


def read(path: Path, full: bool = False) -> dict:
    """A result file, checked (for rendering; `full`: as the results check), with its "benchmark"
    defaulting to the file's name."""
    result = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(result, dict):
        raise FigureError(f"{RESULTS_DIR}/{path.name} is not a JSON object")
    result.setdefault("benchmark", path.stem)
    return checked(result, path.stem, full)


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
        """Every result file's schema problems (provenance and bounds too), and every plot file it
        lists that is missing."""
        found = []
        for path in sorted(self.dir.glob("*.json")):
            try:
                result = self.load(path.stem)
                checked(result, path.stem, full=True)
            except ValueError as exc:  # a FigureError, or not JSON at all
                found.append(f"{path.name}: {exc}")
                continue
            for plot in result.get("plots") or []:
                for scheme in SCHEMES:
                    if not (self.root / "docs" / plot_file(plot["name"], scheme)).is_file():
                        found.append(f"{path.name}: docs/{plot_file(plot['name'], scheme)} is missing")
        return found
