"""The interpreters snippets run with: this one (the reference) and, for the version matrix, others.

An interpreter is found where ``provide.py`` put it (current 3.13-3.15 from
Debian's packages, in ``.pythons/``), else in pyenv's versions folder (the newest
patch release of the minor version there), else as ``python3.X`` on the PATH; one
that is missing comes back without an executable, and the tests skip it with that
reason (``make pythons`` says how to provide it). The free-threaded build ("3.13t",
PEP 703) is found where ``free_threaded.py`` built it (``make free-threaded``), else
as ``python3.13t`` on the PATH.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from .free_threaded import MINOR as FREE_THREADED_MINOR
from .free_threaded import free_threaded_python
from .provide import debian_python

REFERENCE = sys.version_info[:2]
"""The version of the interpreter running the tests: its outputs are the base `.out` files."""
RUNNING_FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
"""Whether the tests themselves run on a free-threaded build (the hosted workflow's 3.14t rows)."""
MATRIX = [(3, minor) for minor in range(9, 16)]
"""The GIL builds of the version matrix."""
FREE_THREADED = [(3, FREE_THREADED_MINOR)]
"""The free-threaded builds the matrix also runs ("3.13t"): the newest this machine can build (make free-threaded)."""


@dataclass(frozen=True)
class Python:
    version: tuple[int, int]
    executable: str | None  # None: not on this machine
    free_threaded: bool = False  # built with --disable-gil: named "3.13t"

    @property
    def name(self) -> str:
        return f"{self.version[0]}.{self.version[1]}" + ("t" if self.free_threaded else "")

    def patch_release(self) -> str:
        """The full version it reports, e.g. "3.12.1" (a free-threaded build's too: "3.13.5")."""
        return _describe(self.executable)["release"]

    @property
    def build(self) -> str:
        """`sys.version`: the release and how it was built (date, compiler), e.g. for a record's key."""
        return _describe(self.executable)["build"]

    @property
    def default_method(self) -> str:
        """The start method a plain `python name.py` gets on this platform (3.14+: forkserver on Linux)."""
        return _describe(self.executable)["default_method"]


    def proof_key(self) -> str:
        """What can change a run's output (proven.record): the exact release and build, and where it is."""
        return f"{self.name} {self.executable} {self.build if self.executable else 'missing'}"


REFERENCE_PYTHON = Python(REFERENCE, sys.executable, RUNNING_FREE_THREADED)
"""The interpreter running the tests."""

_DESCRIBE = (
    "import json, multiprocessing, platform, sys; print(json.dumps({'release': platform.python_version(), "
    "'build': sys.version, 'default_method': multiprocessing.get_start_method()}))"
)


@functools.lru_cache(maxsize=None)  # once per interpreter and process
def _describe(executable: str) -> dict[str, str]:
    """What an interpreter says of itself, asked in an environment without PYTHON* settings (no
    sitecustomize: the default start method is the one a reader's `python name.py` gets)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    out = subprocess.run([executable, "-I", "-c", _DESCRIBE], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def find_pythons(spec: str | None) -> list[Python]:
    """The interpreters to run snippets with: `None` is just this one; "all" is 3.9-3.15 and
    3.13t; "3.10,3.13t" names versions. Versions not on the machine come back without an executable."""
    if not spec:
        return [REFERENCE_PYTHON]
    if spec == "all":
        wanted = [(v, False) for v in MATRIX] + [(v, True) for v in FREE_THREADED]
    else:
        wanted = [parse(name) for name in spec.split(",")]
    here = (REFERENCE, RUNNING_FREE_THREADED)
    return [Python(v, sys.executable if (v, t) == here else _locate(v, t), t) for v, t in wanted]


def parse(name: str) -> tuple[tuple[int, int], bool]:
    """ "3.13t" -> ((3, 13), True): the version, and whether it names the free-threaded build."""
    free_threaded = name.endswith("t")
    major, minor = name.removesuffix("t").split(".")
    return (int(major), int(minor)), free_threaded


def sort_key(name: str) -> tuple[int, int, bool]:
    """Orders names as versions, each GIL build before its free-threaded one: 3.9, ..., 3.13, 3.13t, 3.14."""
    (major, minor), free_threaded = parse(name)
    return major, minor, free_threaded


def _locate(version: tuple[int, int], free_threaded: bool = False) -> str | None:
    name = f"{version[0]}.{version[1]}"
    if free_threaded:
        built = free_threaded_python()
        return str(built) if version == FREE_THREADED[-1] and built.exists() else shutil.which(f"python{name}t")
    provided = debian_python(version[1])
    if version[0] == 3 and provided.exists():
        return str(provided)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = sorted(pyenv.glob(f"{name}.*/bin/python{name}"), key=lambda p: int(p.parts[-3].split(".")[2]))
    if candidates:
        return str(candidates[-1])
    return shutil.which(f"python{name}")
