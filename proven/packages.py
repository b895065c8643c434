"""Third-party packages snippets may import: ``snippets/requirements.txt``, installed for each interpreter.

A reader copies a recipe that imports tqdm or numpy after `pip install`-ing them;
the snippet runs the same way here. For every interpreter of a run, uv installs
the requirements into a folder of their own (``.packages/<version>-<digest>/``,
git-ignored, reused while the requirements and the interpreter are the same) as
wheels, and ``running`` puts the folder on the snippet's ``PYTHONPATH``, which its
child processes inherit. uv asks the target interpreter for its markers and wheel
tags, so a dependency that only older versions need (dask's ``importlib-metadata``
below 3.12) comes with no extra line, and a free-threaded build (3.13t) gets
wheels for its own ABI (``cp313t``). A package that cannot be installed fails
loudly: no snippet is skipped for it. Processes that need the same folder at once
(pytest-xdist's workers) take turns under a file lock: one installs, the others
then find it.

``snippets/requirements.txt`` is generated from ``snippets/requirements.in``
(``uv pip compile --universal``; the command heads the file). A free-threaded
build loads only extensions built for it, not the stable ABI (``abi3``), and
fewer projects publish those: it gets the hand-kept
``snippets/requirements-free-threaded.txt`` (a universal lock has no ABI selector).
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from filelock import FileLock

from .errors import DocsError
from .interpreters import Python
from .layout import FREE_THREADED_REQUIREMENTS, REQUIREMENTS, SNIPPETS

FOLDER = ".packages"  # at the docs root
# Wheels only, and compiled to bytecode as `pip install` does by default (uv does not): the runs set
# PYTHONDONTWRITEBYTECODE, so without .pyc files every run (and every spawned child) would compile
# pandas or dask from source again: 7.9 s instead of 2.4 s for `import pandas` on this machine kind.
INSTALL_OPTIONS = ("--only-binary", ":all:", "--compile-bytecode")


@functools.cache  # once per interpreter and run: it asks the interpreter its version
def packages_for(root: Path, python: Python, requirements: Path | None = None) -> Path | None:
    """The folder holding snippets/requirements.txt (or `requirements`, e.g. a benchmark's) for
    `python`, installed on first use; None without the file."""
    own = FREE_THREADED_REQUIREMENTS if python.free_threaded else REQUIREMENTS
    requirements = requirements or root / SNIPPETS / own
    if not requirements.is_file():
        return None
    release = python.patch_release()  # asks the interpreter: once
    inputs = requirements.read_bytes() + release.encode() + " ".join(INSTALL_OPTIONS).encode()
    key = hashlib.sha256(inputs).hexdigest()[:12]
    target = root / FOLDER / f"{python.name}-{key}"
    if (target / ".complete").exists():
        return target
    target.parent.mkdir(exist_ok=True)
    with FileLock(target.with_name(target.name + ".lock")):
        if not (target / ".complete").exists():  # else another process installed it while this one waited
            _install(requirements, python, target)
    return target


def _install(requirements: Path, python: Python, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")  # renamed when whole: a killed install leaves no folder
    shutil.rmtree(partial, ignore_errors=True)
    command = [uv(), "pip", "install", "--quiet", "--python", str(python.executable), "--target", str(partial),
               *INSTALL_OPTIONS, "-r", str(requirements)]  # fmt: skip
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}  # never a python-build-standalone download instead
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode:
        shutil.rmtree(partial, ignore_errors=True)
        raise DocsError(
            f"{requirements.parent.name}/{requirements.name} could not be installed for Python {python.name} "
            f"(wheels only; uv exited {done.returncode}):\n{done.stdout}{done.stderr}"
        )
    shutil.rmtree(target, ignore_errors=True)  # an interrupted earlier install
    partial.rename(target)
    (target / ".complete").touch()


def uv() -> str:
    """The uv of the environment running the engine (requirements-direct.txt pins it)."""
    beside = Path(sys.executable).with_name("uv.exe" if os.name == "nt" else "uv")
    if beside.is_file():
        return str(beside)
    try:  # the uv package's own search (user and system scripts folders)
        from uv import find_uv_bin

        return find_uv_bin()
    except (ImportError, FileNotFoundError):
        raise DocsError(
            "uv installs the snippets' packages, and it is missing: pip install -r requirements-direct.txt"
        ) from None
