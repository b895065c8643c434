"""The proof record: which tests passed, under a key made of everything that can change their outcome.

A test whose key is in the record passed with exactly these inputs before, so the plugin reports
it passed without running it (and says so in the summary): `make test` on a tree that did not
change re-runs nothing, and after one snippet changed it re-runs that snippet's runs and what
depends on the whole site. Only passes are recorded; a failure or a skip always runs again.

A test's key (`key`) hashes:

- its node id, the engine (every file of this package) and the test module's own file;
- the interpreter running the tests (`sys.version`: release and build) and the lock it was
  installed from (`requirements.txt`), and the platform;
- what its parameters say they depend on (`proof_key()`: a snippet's bytes, its folder's other
  programs, its settings and expected outputs, the requirements of third-party packages; an
  interpreter's exact release and build; a notebook's bytes); plain parameters by value;
- the files it declares with the `proof_inputs` mark (paths or globs under the docs root, and
  an `extra` callable for per-item files); a test with neither keyed parameters nor the mark
  depends on the whole working tree (every file git does not ignore).

The record lives in the docs root (``.proof-record.json``, git-ignored), never in a shared cache.
It is trusted only when written after PROOF_RECORD_SINCE (seconds since the epoch) where that
is set, and not at all under CI=true without it: `.ci/run` sets it when it starts, so CI proves
everything, and what its `make test` proved may serve its `make proof`. `--fresh` ignores it.
"""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from filelock import FileLock

FILE = ".proof-record.json"
SINCE = "PROOF_RECORD_SINCE"
ENGINE = Path(__file__).resolve().parent
VERSION = "1"  # of the key's recipe: a new recipe invalidates every record
IGNORED_FOLDERS = {"node_modules", "site", "__pycache__"}  # and every folder whose name starts with "."


def hash_files(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(str(path).encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()


@functools.cache
def engine_digest() -> str:
    return hash_files([p for p in ENGINE.rglob("*") if p.is_file() and "__pycache__" not in p.parts])


@functools.cache
def tree_files(root: Path) -> tuple[Path, ...]:
    """Every file of the working tree that git does not ignore (a plain walk where git is missing)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=root, capture_output=True, check=True,
        ).stdout.split(b"\0")  # fmt: skip
        return tuple(sorted(root / name.decode() for name in listed if name and (root / name.decode()).is_file()))
    except (OSError, subprocess.CalledProcessError):
        found = []
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in IGNORED_FOLDERS and not d.startswith(".")]
            found += [Path(folder) / f for f in files if not f.startswith(FILE)]  # and its lock
        return tuple(sorted(found))


@functools.cache
def files_digest(root: Path, patterns: tuple[str, ...]) -> str:
    """The files of the tree matching `patterns` (a path, a folder, or a glob, relative to `root`)."""
    files = tree_files(root)
    chosen = [
        f
        for f in files
        if any(
            (rel := f.relative_to(root).as_posix()) == p
            or rel.startswith(p.rstrip("/") + "/")
            or fnmatch.fnmatch(rel, p)
            for p in patterns
        )
    ]
    return hash_files(chosen)


@functools.cache
def base_digest(root: Path) -> str:
    """What every key holds: the engine, the interpreter running the tests, its lock, the platform."""
    lock = root / "requirements.txt"
    parts = [VERSION, engine_digest(), sys.version, sys.executable, platform.platform(), hash_files([lock])]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class Record:
    """The record of one docs root, as this session found it (trusted or not) plus this session's passes."""

    def __init__(self, root: Path, *, trusted: bool) -> None:
        self.path = root / FILE
        self.found: dict[str, dict] = self._read() if trusted else {}
        self.passed: dict[str, dict] = {}

    def _read(self) -> dict[str, dict]:
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        since = os.environ.get(SINCE)
        if since is None and os.environ.get("CI", "").lower() in ("1", "true"):
            return {}  # CI trusts nothing recorded before it started, and did not say when that was
        after = float(since or 0)
        return {k: v for k, v in entries.items() if isinstance(v, dict) and v.get("at", 0) >= after}

    def has(self, key: str | None) -> bool:
        return key is not None and key in self.found

    def add(self, key: str, test: str) -> None:
        self.passed[key] = {"test": test, "at": time.time()}

    def save(self) -> None:
        """Merge this session's passes into the file (another session may have written meanwhile)."""
        if not self.passed:
            return
        with FileLock(str(self.path) + ".lock"):
            try:
                entries = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                entries = {}
            entries.update(self.passed)
            partial = self.path.with_name(self.path.name + ".partial")
            partial.write_text(json.dumps(entries, indent=0, sort_keys=True), encoding="utf-8")
            partial.replace(self.path)


def key(
    root: Path, nodeid: str, module: Path, params: dict, mark_args: tuple[str, ...], extra: list[str]
) -> str | None:
    """The key of one test (see the module docstring); `extra`: per-item files the mark's callable named."""
    h = hashlib.sha256()
    for part in (base_digest(root), nodeid, hash_files([module])):
        h.update(part.encode() + b"\0")
    keyed = False
    for name, value in sorted(params.items()):
        proof_key = getattr(value, "proof_key", None)
        if proof_key is not None:
            keyed = True
            h.update(f"{name}={proof_key()}".encode() + b"\0")
        elif " at 0x" in (text := repr(value)):
            return None  # an object without a stable description: the test always runs
        else:
            h.update(f"{name}={text}".encode() + b"\0")
    if mark_args or extra:
        keyed = True
        h.update(files_digest(root, tuple(mark_args)).encode())
        h.update(hash_files([root / p for p in extra]).encode())
    if not keyed:
        h.update(files_digest(root, ("*",)).encode())  # every file of the tree
    return h.hexdigest()
