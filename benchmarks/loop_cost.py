"""One thread's pure-Python loop on each interpreter, measured with pyperf: what free-threading costs
a single thread (3.13t against its GIL twin), and what the build alone changes (the twin against
Debian's 3.13, 3.14, 3.15).

Run from the repository root, with the reference interpreter:

    python benchmarks/loop_cost.py [--busy-ok]

It writes benchmarks/results/loop_cost.json and keeps pyperf's own files,
benchmarks/results/pyperf/<interpreter>.json (compare any two with
`python -m pyperf compare_to A.json B.json`). pyperf is the field's standard for
this measurement: for each interpreter it runs benchmarks/loop_cost_pyperf.py in
20 fresh worker processes, calibrates the loop count so that a value lasts at
least 100 ms, discards each worker's warm-up value and records 3, with the
machine's metadata; proven.packages installs pyperf for each interpreter
(benchmarks/requirements-pyperf.txt), as the snippets' packages are.
The figure is the median of pyperf's values (60 per interpreter), with the lowest,
highest and interquartile range; "speed vs the twin" is the twin's median over
the interpreter's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import harness
import record

HERE = Path(__file__).resolve().parent
TWIN = "3.13-twin"
PYTHONS = [TWIN, "3.13t", "3.13", "3.14", "3.15"]


def interpreters() -> dict:
    """{name: proven.interpreters.Python}; the twin is located beside the others (tools/pythons.py twin)."""
    from proven.interpreters import PROJECT_ROOT, Python, find_pythons

    found = {p.name: p for p in find_pythons(",".join(n for n in PYTHONS if n != TWIN))}
    twin = Path(os.environ.get("PROVEN_PYTHONS", PROJECT_ROOT / ".pythons")) / "bin" / f"python{TWIN}"
    found[TWIN] = Python((3, 13), str(twin) if twin.is_file() else None)
    missing = [name for name, p in found.items() if not p.executable]
    if missing:
        sys.exit(f"not on this machine: {', '.join(missing)} (make pythons, make free-threaded, "
                 "python3 tools/pythons.py twin)")
    return {name: found[name] for name in PYTHONS}


def pyperf_env(python) -> dict:
    """No PYTHON* settings, and pyperf installed for `python` on the path (proven.packages, cached)."""
    from proven.packages import packages_for

    folder = packages_for(HERE.parent, python, HERE / "requirements-pyperf.txt")
    return {**harness.clean_env(), "PYTHONPATH": str(folder)}


def run_pyperf(python, out: Path) -> dict:
    """pyperf's result for one interpreter (its JSON file, written to `out`)."""
    env = pyperf_env(python)
    out.unlink(missing_ok=True)
    command = [python.executable, str(HERE / "loop_cost_pyperf.py"), "--quiet", "--output", str(out)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode:
        sys.exit(f"pyperf on {python.name} failed (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    return json.loads(out.read_text())


def values(result: dict) -> list[float]:
    [bench] = result["benchmarks"]
    return [v for run in bench["runs"] for v in run.get("values", [])]


def warmups(result: dict) -> int:
    """The warm-up values pyperf discarded (one per worker process)."""
    [bench] = result["benchmarks"]
    return sum(len(run.get("warmups", [])) for run in bench["runs"] if run.get("values"))


def compare(python, a: Path, b: Path) -> str:
    """pyperf's own verdict on two results (`compare_to`: the ratio, and whether it is significant)."""
    env = pyperf_env(python)
    done = subprocess.run([python.executable, "-m", "pyperf", "compare_to", str(a), str(b)], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    return " ".join(done.stdout.split())


def main():
    record.guard()
    pythons = interpreters()
    folder = record.RESULTS / "pyperf"
    folder.mkdir(parents=True, exist_ok=True)
    results, builds, rows = {}, {}, []
    for name, python in pythons.items():
        results[name] = run_pyperf(python, folder / f"{name}.json")
    labels = {name: results[name]["metadata"].get("python_version", name).split()[0] for name in pythons}
    labels = {name: label + ("t" if name.endswith("t") and not label.endswith("t") else "")
              for name, label in labels.items()}
    builds = record.builds({labels[name]: python.executable for name, python in pythons.items()})
    twin = record.spread("ms", [v * 1000 for v in values(results[TWIN])])["ms"]
    for name in pythons:
        measured = [v * 1000 for v in values(results[name])]
        row = {"interpreter": name, "python": labels[name], "build": build_kind(builds[labels[name]]),
               "values": len(measured), **record.spread("ms", measured)}
        row["speed_vs_twin"] = twin / row["ms"]
        rows.append(row)
        print(f"{name:<10} {labels[name]:<9} {row['ms']:.3f} ms ({row['speed_vs_twin']:.2f}x the twin)",
              file=sys.stderr)
    verdict = compare(pythons["3.15"], folder / f"{TWIN}.json", folder / "3.13t.json")
    free = next(r for r in rows if r["interpreter"] == "3.13t")
    meta = results[TWIN]["metadata"]
    loop = meta.get("name", "the loop")
    record.write(
        "loop_cost",
        title=f"One thread's pure-Python loop, {loop}, per interpreter (pyperf)",
        columns=[
            {"key": "python", "label": "Python"},
            {"key": "build", "label": "Build"},
            {"key": "ms", "label": "Per call", "unit": "ms", "format": ".3f"},
            {"key": "speed_vs_twin", "label": "Speed vs the GIL twin", "unit": "×", "format": ".2f"},
            {"key": "values", "label": "pyperf values"},
        ],
        rows=rows,
        repetitions=min(r["values"] for r in rows),
        warmups=min(warmups(results[name]) for name in pythons),
        builds=builds,
        statistic="median",
        notes=(
            f"pyperf {meta.get('perf_version', '?')}: per interpreter, 20 worker processes, loops calibrated "
            f"to at least 100 ms per value, 1 warm-up value per worker discarded, 3 values each; the table "
            f"shows the median of the values per call (lowest–highest). Speed vs the GIL twin: the twin's "
            f"median over this one's. The twin ({labels[TWIN]}) and the free-threaded build "
            f"({labels['3.13t']}) come from the same source release with the same ./configure arguments "
            f"but --disable-gil, and neither has PGO or LTO: their ratio, {free['speed_vs_twin']:.2f}×, "
            f"is what free-threading costs this loop on one thread. pyperf compare_to, twin vs 3.13t: "
            f"\"{verdict}\". Debian's 3.13, 3.14 and 3.15 are other builds (PGO and LTO by Debian's "
            f"packaging; 3.13 a newer patch release): their ratios to the twin are mostly the build's. "
            f"pyperf's files: benchmarks/results/pyperf/."
        ),
        tool=f"pyperf {meta.get('perf_version', '?')}",
    )


def build_kind(build):
    from figures.formatting import build_kind as kind

    return kind(build)


if __name__ == "__main__":
    main()
