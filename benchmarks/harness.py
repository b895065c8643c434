"""What the benchmark scripts share: a fresh program's JSON answer, the environment it starts in,
and the memory a process holds.

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


def private_mb() -> float:
    """Memory only this process holds (pages it allocated, copied or wrote: its USS), in MB (MiB)."""
    _, uss = memory()
    if uss is None:
        raise OSError("no /proc/self/smaps_rollup: private memory is measured on Linux only")
    return uss / 2**20
