"""The interpreters snippets run with: this one (the reference) and, for the version matrix, others.

The matrix is declared in pyproject.toml's ``[tool.proven]`` (``proven.matrix``). This
module only searches: ``.pythons/bin`` (where ``tools/pythons.py`` links what it
provides, ``make pythons`` and ``make free-threaded``; ``PROVEN_PYTHONS`` moves the
folder), then pyenv's versions (the newest patch release there), then the PATH, for
``python3.X`` or, for a free-threaded build ("3.13t", PEP 703), ``python3.13t``. One
that is missing comes back without an executable, and the tests skip it with that
reason (``make pythons`` says how to provide it).
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from .matrix import PROJECT, PROJECT_ROOT, load

REFERENCE = sys.version_info[:2]
"""The version of the interpreter running the tests: its outputs are the base `.out` files."""
RUNNING_FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
"""Whether the tests themselves run on a free-threaded build (the hosted workflow's 3.14t rows)."""


def parse(name: str) -> tuple[tuple[int, int], bool]:
    """ "3.13t" -> ((3, 13), True): the version, and whether it names the free-threaded build."""
    free_threaded = name.endswith("t")
    major, minor = name.removesuffix("t").split(".")
    return (int(major), int(minor)), free_threaded


def sort_key(name: str) -> tuple[int, int, bool]:
    """Orders names as versions, each GIL build before its free-threaded one: 3.9, ..., 3.13, 3.13t, 3.14."""
    (major, minor), free_threaded = parse(name)
    return major, minor, free_threaded


MATRIX = [version for version, free_threaded in map(parse, PROJECT.pythons) if not free_threaded]
"""The GIL builds of the version matrix ([tool.proven] pythons)."""


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

    @property
    def provenance(self) -> str | None:
        """What provided a build made on this machine (`PROVENANCE` in its prefix, written by
        tools/free_threaded.py): the source release and the configure flags; None for others."""
        path = Path(_describe(self.executable)["prefix"]) / "PROVENANCE"
        return path.read_text(encoding="utf-8").strip() if path.is_file() else None

    def proof_key(self) -> str:
        """What can change a run's output (proven.record): the exact release and build, and where it is."""
        return f"{self.name} {self.executable} {self.build if self.executable else 'missing'}"


REFERENCE_PYTHON = Python(REFERENCE, sys.executable, RUNNING_FREE_THREADED)
"""The interpreter running the tests."""

_DESCRIBE = (
    "import json, multiprocessing, platform, sys; print(json.dumps({'release': platform.python_version(), "
    "'build': sys.version, 'prefix': sys.prefix, 'default_method': multiprocessing.get_start_method()}))"
)


@functools.cache  # once per interpreter and process
def _describe(executable: str) -> dict[str, str]:
    """What an interpreter says of itself, asked in an environment without PYTHON* settings (no
    sitecustomize: the default start method is the one a reader's `python name.py` gets)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    out = subprocess.run([executable, "-I", "-c", _DESCRIBE], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def find_pythons(spec: str | None, root: Path = PROJECT_ROOT) -> list[Python]:
    """The interpreters to run snippets with: `None` is just this one; "all" is the matrix of `root`'s
    pyproject.toml; "3.10,3.13t" names versions. Versions not on the machine come back without an executable."""
    if not spec:
        return [REFERENCE_PYTHON]
    names = load(root).pythons if spec == "all" else spec.split(",")
    here = (REFERENCE, RUNNING_FREE_THREADED)
    return [Python(v, sys.executable if (v, t) == here else _locate(v, t, root), t) for v, t in map(parse, names)]


def _locate(version: tuple[int, int], free_threaded: bool, root: Path) -> str | None:
    """`python3.X` (`python3.Xt`): in .pythons/bin, else pyenv's newest patch release, else on the PATH."""
    name, t = f"{version[0]}.{version[1]}", "t" if free_threaded else ""
    program = f"python{name}{t}"
    provided = Path(os.environ.get("PROVEN_PYTHONS", root / ".pythons")) / "bin" / program
    if provided.is_file():  # a link the tool made; a dangling one does not count
        return str(provided)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    releases = {}  # patch number -> executable; "3.13.1t" for a free-threaded build, no "3.13-dev" or "3.13.0rc1"
    for found in pyenv.glob(f"{name}.*/bin/{program}"):
        patch = re.fullmatch(rf"{re.escape(name)}\.(\d+){t}", found.parts[-3])
        if patch:
            releases[int(patch[1])] = found
    if releases:
        return str(releases[max(releases)])
    return shutil.which(program)
