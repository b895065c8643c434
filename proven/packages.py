"""Third-party packages snippets may import: ``snippets/requirements.txt``, installed for each interpreter.

A reader copies a recipe that imports tqdm or numpy after `pip install`-ing them;
the snippet runs the same way here. For every interpreter of a run, this
interpreter's pip installs the requirements into a folder of their own
(``.packages/<version>-<digest>/``, git-ignored, reused while the requirements
and the interpreter are the same) as wheels built for that version, and
``running`` puts the folder on the snippet's ``PYTHONPATH``, which its child
processes inherit. A package that cannot be installed fails loudly: no snippet
is skipped for it. pip evaluates the markers of dependencies for the Python that
runs pip, not for ``--python-version``: a dependency that only older versions
need (dask's ``importlib-metadata`` below 3.12) must be listed, with its marker. Processes that need the same folder at once (pytest-xdist's
workers) take turns under a file lock: one installs, the others then find it.

A free-threaded build (3.13t) loads only extensions built for it (ABI ``cp313t``;
not the stable ABI, ``abi3``), and fewer projects publish those: it gets
``snippets/requirements-free-threaded.txt``, installed with ``--abi cp313t``.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from filelock import FileLock
from packaging.requirements import Requirement

from .interpreters import Python
from .settings import DocsError

REQUIREMENTS = "requirements.txt"  # in snippets/
FREE_THREADED_REQUIREMENTS = "requirements-free-threaded.txt"  # in snippets/: for 3.13t, whose wheels are fewer
FOLDER = ".packages"  # at the docs root


@functools.lru_cache(maxsize=None)  # once per interpreter and run: it asks the interpreter its version
def packages_for(root: Path, python: Python, requirements: Path | None = None) -> Path | None:
    """The folder holding snippets/requirements.txt (or `requirements`, e.g. a benchmark's) for
    `python`, installed on first use; None without the file."""
    requirements = requirements or root / "snippets" / (FREE_THREADED_REQUIREMENTS if python.free_threaded else REQUIREMENTS)
    if not requirements.is_file():
        return None
    release = python.patch_release()  # asks the interpreter: once
    key = hashlib.sha256(requirements.read_bytes() + release.encode()).hexdigest()[:12]
    target = root / FOLDER / f"{python.name}-{key}"
    if (target / ".complete").exists():
        return target
    target.parent.mkdir(exist_ok=True)
    with FileLock(target.with_name(target.name + ".lock")):
        if not (target / ".complete").exists():  # else another process installed it while this one waited
            _install(requirements, python, release, target)
    return target


def _install(requirements: Path, python: Python, release: str, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    wanted = _for_version(requirements, f"{python.version[0]}.{python.version[1]}", release)
    command = [
        sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input",
        "--target", str(partial), "--python-version", f"{python.version[0]}.{python.version[1]}",
        *(["--abi", f"cp{python.version[0]}{python.version[1]}t"] if python.free_threaded else []),  # its own wheels
        "--only-binary=:all:", *wanted,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise DocsError(
            f"{requirements.parent.name}/{requirements.name} could not be installed for Python {python.name} "
            f"(wheels only; pip exited {done.returncode}):\n{done.stdout}{done.stderr}"
        )
    shutil.rmtree(target, ignore_errors=True)  # an interrupted earlier install
    partial.rename(target)
    (target / ".complete").touch()


def _for_version(requirements: Path, version: str, release: str) -> list[str]:
    """The requirement lines whose markers hold for `python`: pip evaluates markers for the
    interpreter running pip, even with --python-version, so they are evaluated here for `version`."""
    environment = {"python_version": version, "python_full_version": release}
    wanted = []
    for line in requirements.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(environment):
                requirement.marker = None
                wanted.append(str(requirement))
    return wanted
