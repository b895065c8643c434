"""What the benchmark scripts share: a fresh program's JSON answer, the environment it starts in,
the memory a process holds, the interpreter's build, whether the machine is quiet, and the timing
loop (warm-ups discarded, configurations interleaved).

Imported as a sibling module (`python benchmarks/x.py` puts benchmarks/ first on sys.path), by the
scripts, by their pool workers and by children on other interpreters (free_threading.py --child on
3.13, 3.13t, 3.14, 3.15). Those children start with no PYTHONPATH, so this module uses the standard
library only, and reads memory from /proc by hand: psutil (which gives the same figures) is not on
their path. Its imports are those multiprocessing imports anyway, so a worker that imports a script
measures no more memory because of this module than its own few functions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def clean_env() -> dict[str, str]:
    """This environment without PYTHON* settings: no PYTHONPATH, no PYTHON_GIL=1 reaches a child."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def fresh_run(command: list[str], label: str, env: dict[str, str], timeout: float = 300) -> dict:
    """Run `command`, a new program, and return the JSON object on the last line of its stdout.

    A failed run ends the benchmark, with what the program printed: a figure missing from one
    configuration would make the others incomparable."""
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    if out.returncode:
        sys.exit(f"{label} failed (exit {out.returncode}):\n{out.stdout}{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def memory(pid: int | str = "self") -> tuple[int, int] | tuple[None, None]:
    """(RSS, USS) of a process in bytes, from /proc/<pid>/smaps_rollup; (None, None) without it."""
    rss = uss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key == "Rss":
                    rss = int(value.split()[0]) * 1024
                elif key.startswith("Private_"):  # Private_Clean, Private_Dirty, Private_Hugetlb
                    uss += int(value.split()[0]) * 1024
    except OSError:
        return None, None
    return rss, uss


def pss(pid: int | str = "self") -> int | None:
    """A process's proportional set size in bytes (its pages, shared ones divided among their sharers):
    summed over processes it counts each page once. None without /proc/<pid>/smaps_rollup."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("Pss:"))
    except (OSError, StopIteration):
        return None


def private_mb() -> float:
    """Memory only this process holds (pages it allocated, copied or wrote: its USS), in MB (MiB)."""
    _, uss = memory()
    if uss is None:
        raise OSError("no /proc/self/smaps_rollup: private memory is measured on Linux only")
    return uss / 2**20


# --- How an interpreter was built, and where it came from -------------------------------------

def build() -> dict:
    """The running interpreter's build: patch release, ./configure arguments, PGO/LTO, GIL or not, origin.

    sysconfig records what ./configure was given (CONFIG_ARGS) and the compiler flags; a distributor
    can optimise outside them (Debian's packaging runs its own PGO and LTO steps, which leave no trace
    in sysconfig), so `pgo`/`lto` are True or False only when the flags say so, else None."""
    import platform
    import sysconfig

    def var(name):
        return str(sysconfig.get_config_var(name) or "")

    args = var("CONFIG_ARGS")
    flags = " ".join(var(k) for k in ("PY_CFLAGS", "PY_CFLAGS_NODIST", "PY_LDFLAGS_NODIST"))
    free = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    origin, debian = provenance(os.path.realpath(sys.executable))
    pgo = "--enable-optimizations" in args or "-fprofile-use" in flags
    lto = "--with-lto" in args or "-flto" in flags
    jit = next((a.split("=", 1)[-1] for a in args.split() if "--enable-experimental-jit" in a), "no")
    return {
        "release": platform.python_version() + ("t" if free else ""),
        "implementation": platform.python_implementation(),
        "free_threaded": free,
        "config_args": args,
        "opt": var("OPT"),
        "pgo": pgo or (None if debian else False),  # None: not recorded (see "origin")
        "lto": lto or (None if debian else False),
        "jit": jit.strip("'"),  # "yes-off": built in, off unless PYTHON_JIT=1
        "origin": origin,
        "compiler": platform.python_compiler(),
    }


def provenance(executable: str) -> tuple[str, bool]:
    """Where an interpreter comes from (pyenv, Debian's package, built here), and whether it is Debian's."""
    parts = executable.split(os.sep)
    if ".pyenv" in parts:
        return "pyenv (python-build: python.org's source, built on this machine)", False
    if "debian-sid" in parts:
        root = os.sep.join(parts[: parts.index("debian-sid") + 1])
        minor = "python" + ".".join(sys.version.split()[0].split(".")[:2])
        return f"Debian sid's package {debian_package(os.path.join(root, 'usr/share/doc', minor))}", True
    if ".pythons" in parts:
        folder = parts[parts.index(".pythons") + 1]
        try:  # tools/free_threaded.py leaves what it built from, and how, beside the interpreter
            with open(os.path.join(sys.prefix, "PROVENANCE"), encoding="utf-8") as f:
                made = f.read().strip().removeprefix("built here from ")
        except OSError:
            made = "Debian's source package"
        return f"built on this machine from {made} (tools/free_threaded.py, .pythons/{folder}/)", False
    if executable.startswith("/usr/"):
        return "the system's package", False
    return f"other ({executable})", False


def debian_package(doc: str) -> str:
    """'python3.13 3.13.18-1; PGO/LTO: ...': the package's changelog, its first line and what it says of
    PGO/LTO (Debian's packaging runs those build steps itself: sysconfig does not show them)."""
    import gzip

    try:
        with gzip.open(os.path.join(doc, "changelog.Debian.gz"), "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError:
        return "(changelog not found)"
    name, version = lines[0].split()[:2]
    said = next((line.strip(" *") for line in lines if "PGO" in line), None)
    header = next((line.split()[1] for line in reversed(lines[: lines.index("  * " + said)])
                   if line and not line.startswith(" ")), "?") if said else ""
    return f"{name} {version.strip('()')}" + (
        f"; PGO and LTO: not recorded in sysconfig; its changelog says \"{said}\" ({header.strip('()')})"
        if said else "; no word of PGO in its changelog")


# --- Is the machine quiet enough to measure on? --------------------------------------------------

BUSY_PER_CPU = 0.5  # a 1-minute load average above this times the usable CPUs: too busy to measure
SERIES = "MP_BENCH_SERIES"  # set by run_all.py: its own earlier benchmark is in the load average


def usable_cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def cpu_busy(seconds: float = 1.0) -> float | None:
    """How many CPUs' worth of time the machine spent busy over `seconds` (/proc/stat), or None.

    Called before a benchmark starts anything, it is the other programs' load, now: the 1-minute
    load average still holds the benchmark run_all.py ran just before."""
    def sample():
        with open("/proc/stat") as f:
            fields = [int(v) for v in f.readline().split()[1:]]
        return sum(fields), fields[3] + fields[4]  # total, idle + iowait (in clock ticks)

    try:
        total, idle = sample()
        time.sleep(seconds)
        total2, idle2 = sample()
    except (OSError, ValueError, IndexError):
        return None
    ticks = total2 - total
    return round((1 - (idle2 - idle) / ticks) * (os.cpu_count() or 1), 2) if ticks else None


def too_busy(load_1min: float | None, busy_now: float | None, in_series: bool) -> str | None:
    """Why the machine is too busy to measure on, or None."""
    limit = BUSY_PER_CPU * usable_cpus()
    if in_series:  # run_all.py checked the load average before its first benchmark
        if busy_now is not None and busy_now > limit:
            return f"other programs kept {busy_now:.2f} CPUs busy over the last second (limit {limit:g})"
        return None
    if load_1min is not None and load_1min > limit:
        return f"the 1-minute load average is {load_1min:.2f} (limit {limit:g}: {BUSY_PER_CPU} per usable CPU)"
    return None


# --- Timing: warm-ups discarded, runs interleaved, one statistic with its spread -----------------

WARMUPS = 1  # rounds run and discarded: the first pays for imports, caches, a fork server, page faults
RUNS = 10  # rounds recorded


def interleaved(functions: dict, runs: int = RUNS, warmups: int = WARMUPS) -> dict:
    """{key: [seconds, ...]}: each function timed once per round, in turns, `runs` rounds after
    `warmups` discarded; a change of the machine's load falls on every configuration alike."""
    times = {key: [] for key in functions}
    for round_ in range(warmups + runs):
        for key, function in functions.items():
            start = time.perf_counter()
            function()
            seconds = time.perf_counter() - start
            if round_ >= warmups:
                times[key].append(seconds)
    return times


if __name__ == "__main__":  # `python harness.py --build`: the interpreter's build, as JSON
    print(json.dumps(build()))
