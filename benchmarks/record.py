"""What every benchmark writes: one JSON result file per benchmark, the one format pages render.

A result is measured rows plus the context a reader needs to trust them: the
machine (CPU, frequency governor, SMT, the load before and after), each
interpreter's build (patch release, ./configure arguments, PGO/LTO, GIL or
free-threaded, where it came from: per row when a benchmark runs several), the
start method, the statistic (the median of at least 10 runs after a discarded
warm-up, harness.interleaved) and its spread. Pages never type a figure: the
build renders tables and quoted figures from these files (the `figures` package),
and a doc test fails on a figure that no result file holds. The schema, which
`write` checks before writing and every reader checks on reading, is in
figures/schema.py: it also fails a speed-up above the usable CPUs.

Every benchmark calls `guard()` before it measures: on a busy machine it exits,
unless `--busy-ok` is given, and then the result says so.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

from figures import schema

import harness

RESULTS = Path(__file__).resolve().parent.parent / schema.RESULTS_DIR
if os.environ.get("BENCH_SCRATCH"):  # a trial run: results (and plots.py's plots) go there, not to the site
    RESULTS = Path(os.environ["BENCH_SCRATCH"]) / "results"


GUARD: dict = {}  # what guard() saw before the benchmark started


def guard() -> dict:
    """Before measuring: the load, and whether the machine is quiet enough; exit when it is not.

    `--busy-ok` on the command line (taken out of sys.argv) records anyway, and the result says so."""
    busy_ok = "--busy-ok" in sys.argv
    if busy_ok:
        sys.argv.remove("--busy-ok")
    load = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    busy_now = harness.cpu_busy()
    why = harness.too_busy(load and load[0], busy_now, bool(os.environ.get(harness.SERIES)))
    if why and not busy_ok:
        sys.exit(f"{Path(sys.argv[0]).name}: the machine is too busy to measure: {why}. Wait until it is "
                 "quiet (`uptime`), or pass --busy-ok to record anyway (the result is marked busy).")
    GUARD.update(load_average_before=load, cpu_busy_before=busy_now, busy=bool(why), busy_ok=busy_ok,
                 why_busy=why or "", ticks=_ticks())
    return GUARD


def _ticks() -> tuple[int, int] | None:
    """(all CPU time, stolen CPU time) in clock ticks so far (/proc/stat): what a virtual machine's host took."""
    try:
        fields = [int(v) for v in (_read("/proc/stat") or "").splitlines()[0].split()[1:]]
        return sum(fields), fields[7]
    except (IndexError, ValueError):
        return None


def _read(path: str) -> str | None:
    try:
        return Path(path).read_text().strip()
    except OSError:
        return None


def machine() -> dict:
    """Where the figures were measured: enough to say why yours differ."""
    cpu = platform.processor() or platform.machine()
    try:  # Linux: the CPU's name, which platform.processor() leaves empty
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    smt = _read("/sys/devices/system/cpu/smt/control")
    siblings = _read("/sys/devices/system/cpu/cpu0/topology/thread_siblings_list")
    return {
        "system": f"{platform.system()} {platform.release()}",
        "cpu": cpu,
        "logical_cpus": os.cpu_count(),
        "usable_cpus": harness.usable_cpus(),
        "governor": _read("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor") or "not exposed (no cpufreq)",
        "smt": f"{smt or 'not exposed'}; cpu0's siblings: {siblings or '?'}",
        "virtual_machine": "hypervisor" in (_read("/proc/cpuinfo") or ""),
        "load_average_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }


def python() -> str:
    return f"{platform.python_implementation()} {platform.python_version()}"


def builds(executables: dict[str, str]) -> dict[str, dict]:
    """{label: build} of each interpreter (`harness.build()`, asked in a fresh program)."""
    script = str(Path(__file__).with_name("harness.py"))
    found = {}
    for label, executable in executables.items():
        out = subprocess.run([executable, script], capture_output=True, text=True, check=True,
                             env=harness.clean_env(), timeout=60)
        found[label] = json.loads(out.stdout)
    return found


def spread(key: str, runs: list[float]) -> dict:
    """The median of the runs as `key`, with `key_min`, `key_max` and `key_iqr` (interquartile range)."""
    quartiles = statistics.quantiles(runs, n=4) if len(runs) > 1 else [runs[0]] * 3
    return {key: statistics.median(runs), f"{key}_min": min(runs), f"{key}_max": max(runs),
            f"{key}_iqr": quartiles[2] - quartiles[0]}


def speedup(key: str, serial: list[float], times: list[float], bound: float | None = None) -> dict:
    """`key`: the median of the median serial time over each run's time; one figure, no lowest and
    highest: set against a median, a single run can pass the bound by the serial runs' own variation,
    which is noise, not a speed-up. Its spread is that of the times it comes from, recorded with them.
    `bound` is the caller's (the results check reads the column's)."""
    base = statistics.median(serial)
    return {key: statistics.median([base / t for t in times])}


def write(name: str, *, title: str, columns: list[dict], rows: list[dict], repetitions: int,
          plots: list[dict] = (), notes: str = "", statistic: str = "median",
          warmups: int = harness.WARMUPS, builds: dict[str, dict] | None = None, **extra) -> Path:
    """Write benchmarks/results/<name>.json and return its path; a result that breaks the schema is not written.

    `builds`: {row "python" label: build} when the rows come from several interpreters; else this
    interpreter's. `repetitions`: the recorded runs behind each median (warm-ups not counted)."""
    if not GUARD:
        raise RuntimeError("call record.guard() before measuring: it records the load and refuses a busy machine")
    here = machine()
    here.update(load_average_before=GUARD["load_average_before"],
                load_average_after=[round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
                cpu_busy_before=GUARD["cpu_busy_before"])
    now, then = _ticks(), GUARD.get("ticks")
    if now and then and now[0] > then[0]:  # the share of CPU time the hypervisor took while measuring
        here["cpu_steal_during"] = round((now[1] - then[1]) / (now[0] - then[0]), 4)
    if builds is None:  # this interpreter's, under the label its rows give it ("3.15.2" if none)
        build = harness.build()
        labels = {str(r["python"]) for r in rows if isinstance(r, dict) and r.get("python")}
        builds = {labels.pop() if len(labels) == 1 else build["release"]: build}
    result = {
        "benchmark": name,
        "title": title,
        "command": f"python benchmarks/{Path(sys.argv[0]).name}",
        "measured": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": here,
        "python": python(),
        "builds": builds,
        "statistic": statistic,
        "repetitions": repetitions,
        "warmups": warmups,
        "busy": GUARD["busy"],
        "busy_ok": GUARD["busy_ok"],
        "columns": list(columns),
        "rows": rows,
        "plots": list(plots),
        "notes": notes + (f" Recorded on a busy machine (--busy-ok): {GUARD['why_busy']}." if GUARD["busy"] else ""),
        **extra,
    }
    schema.checked(result, name)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read(name: str) -> dict:
    return schema.read(RESULTS / f"{name}.json")
