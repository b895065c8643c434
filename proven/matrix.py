"""The version matrix and the start methods, declared once: ``[tool.proven]`` in the docs root's pyproject.toml.

    [tool.proven]
    reference = "3.15"                       # .venv's interpreter (tools/pythons.py venv)
    pythons = ["3.9", ..., "3.15", "3.13t"]  # `--python all`; "t": a free-threaded build
    start_methods = ["fork", "spawn", "forkserver"]

The engine reads it here; ``tools/pythons.py`` (which provides the interpreters) and the
hosted workflow read the same table. A project without the table runs the interpreter
running the tests alone, under every start method.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on older interpreters only
    import tomli as tomllib

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The checkout the engine is installed (editable) from: this site's docs root."""
ALL_START_METHODS = ("fork", "spawn", "forkserver")


@dataclass(frozen=True)
class Matrix:
    reference: str  # e.g. "3.15"
    pythons: tuple[str, ...]  # e.g. ("3.9", ..., "3.15", "3.13t")
    start_methods: tuple[str, ...]


def load(root: Path) -> Matrix:
    """`root`/pyproject.toml's [tool.proven]; without it, this interpreter and every start method."""
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    try:
        table = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["proven"]
    except (OSError, KeyError):
        table = {}
    reference = table.get("reference", here)
    return Matrix(reference, tuple(table.get("pythons", [reference])),
                  tuple(table.get("start_methods", ALL_START_METHODS)))  # fmt: skip


PROJECT = load(PROJECT_ROOT)
START_METHODS = PROJECT.start_methods
