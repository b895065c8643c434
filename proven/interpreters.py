"""The interpreters snippets run with: this one (the reference) and, for the version matrix, others.

An interpreter is found where ``provide.py`` put it (current 3.13-3.15 from
Debian's packages, in ``.pythons/``), else in pyenv's versions folder (the newest
patch release of the minor version there), else as ``python3.X`` on the PATH; one
that is missing comes back without an executable, and the tests skip it with that
reason (``make pythons`` says how to provide it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .provide import debian_python

REFERENCE = sys.version_info[:2]
"""The version of the interpreter running the tests: its outputs are the base `.out` files."""
MATRIX = [(3, minor) for minor in range(9, 16)]


@dataclass(frozen=True)
class Python:
    version: tuple[int, int]
    executable: str | None  # None: not on this machine

    @property
    def name(self) -> str:
        return f"{self.version[0]}.{self.version[1]}"

    def patch_release(self) -> str:
        """The full version it reports, e.g. "3.12.1"."""
        out = subprocess.run([self.executable, "-c", "import platform; print(platform.python_version())"],
                             capture_output=True, text=True)  # fmt: skip
        return out.stdout.strip()


def find_pythons(spec: str | None) -> list[Python]:
    """The interpreters to run snippets with: `None` is just this one; "all" is 3.9-3.15;
    "3.10,3.12" names versions. Versions not on the machine come back without an executable."""
    if not spec:
        return [Python(REFERENCE, sys.executable)]
    wanted = MATRIX if spec == "all" else [tuple(map(int, v.split("."))) for v in spec.split(",")]
    return [Python(v, sys.executable if v == REFERENCE else _locate(v)) for v in wanted]


def _locate(version: tuple[int, int]) -> str | None:
    name = f"{version[0]}.{version[1]}"
    provided = debian_python(version[1])
    if version[0] == 3 and provided.exists():
        return str(provided)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = sorted(pyenv.glob(f"{name}.*/bin/python{name}"), key=lambda p: int(p.parts[-3].split(".")[2]))
    if candidates:
        return str(candidates[-1])
    return shutil.which(f"python{name}")
