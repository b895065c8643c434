"""A snippet: one runnable program, the output files its page shows, and how to run it.

Expected outputs sit next to the program:

- ``<name>.out``: what the reference interpreter prints (the one running the tests);
- ``<name>.<method>.out``: one per start method, when the snippet declares ``by_start_method``;
- ``<name>[.<method>].py<MIN>[-py<MAX>].out`` (e.g. ``x.py39-py310.out``): what other
  Python versions print, where it differs;
- ``<name>[.<method>].py<XY>t.out`` (e.g. ``x.py313t.out``): what a free-threaded build
  prints, where it differs from its GIL build's output;
- none at all when the snippet shows its output inline, as ``#>`` comments.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .fences import PRINT_COMMENT, inline_output
from .interpreters import REFERENCE, REFERENCE_PYTHON, Python
from .layout import FREE_THREADED_REQUIREMENTS, REQUIREMENTS, SNIPPETS
from .matrix import START_METHODS
from .running import UNBUFFERED, Run, run_snippet
from .settings import Settings


@dataclass(frozen=True)
class Snippet:
    """A value: where the docs root is, where the program is under it, what it declares."""

    root: Path  # the docs root, absolute
    path: Path  # absolute, under root/snippets
    settings: Settings = Settings()

    @property
    def rel(self) -> str:
        return self.path.relative_to(self.root).as_posix()

    @property
    def id(self) -> str:
        return self.path.relative_to(self.root / SNIPPETS).as_posix()

    @cached_property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def prints_inline(self) -> bool:
        """Output shown as ``#>`` comments in the code itself (checked in-process too)."""
        return any(PRINT_COMMENT.match(line) for line in self.source.splitlines())

    def _stem(self, method: str) -> str:
        return f"{self.path.stem}.{method}" if self.settings.by_start_method else self.path.stem

    def overrides(self, method: str) -> dict[Path, tuple[int, int]]:
        """Version-specific expected outputs for `method`: path -> (first, last) minor version."""
        stem = self._stem(method)
        found = {}
        for path in self.path.parent.glob(f"{stem}.py3*.out"):
            m = re.fullmatch(re.escape(stem) + r"\.py3(\d+)(?:-py3(\d+))?\.out", path.name)
            if m:
                found[path] = (int(m[1]), int(m[2] or m[1]))
        return found

    def free_threaded_overrides(self, method: str) -> dict[Path, tuple[int, int]]:
        """What free-threaded builds print under `method`, where it differs: path -> version."""
        stem, found = self._stem(method), {}
        for path in self.path.parent.glob(f"{stem}.py3*t.out"):
            if m := re.fullmatch(re.escape(stem) + r"\.py3(\d+)t\.out", path.name):
                found[path] = (3, int(m[1]))
        return found

    def free_threaded_override(self, method: str, version: tuple[int, int]) -> Path:
        """Where what the free-threaded build of `version` prints goes, when it differs (e.g. ``x.py313t.out``)."""
        return self.path.with_name(f"{self._stem(method)}.py{version[0]}{version[1]}t.out")

    def unbuffered_override(self) -> Path:
        """Where what the reference prints with PYTHONUNBUFFERED=1 goes, when it differs from what
        a terminal shows under the default start method (``<name>.unbuffered.out``)."""
        return self.path.with_name(f"{self.path.stem}.{UNBUFFERED}.out")

    def expected_path(
        self, method: str, version: tuple[int, int] = REFERENCE, free_threaded: bool = False
    ) -> Path | None:
        """The file holding what `version` (its free-threaded build, if asked) prints under `method`;
        a free-threaded build without a file of its own prints what its GIL build prints. `method`
        UNBUFFERED: the reference's own file for that environment, else its default method's."""
        if self.prints_inline:
            return None
        if method == UNBUFFERED:
            own = self.unbuffered_override()
            return own if own.exists() else self.expected_path(REFERENCE_PYTHON.default_method, version, free_threaded)
        if free_threaded and self.free_threaded_override(method, version).exists():
            return self.free_threaded_override(method, version)
        for path, (first, last) in sorted(self.overrides(method).items()):
            if version[0] == 3 and first <= version[1] <= last:
                return path
        return self.path.with_name(self._stem(method) + ".out")

    def expected_paths(self) -> list[Path]:
        """Every expected-output file of this snippet: base files and version and environment overrides."""
        paths = {p for m in START_METHODS if (p := self.expected_path(m))}
        paths |= {p for m in START_METHODS for p in self.overrides(m)}
        paths |= {p for m in START_METHODS for p in self.free_threaded_overrides(m)}
        if self.unbuffered_override().exists():
            paths.add(self.unbuffered_override())
        return sorted(paths)

    def expected(self, method: str, version: tuple[int, int] = REFERENCE, free_threaded: bool = False) -> str | None:
        """What the page shows this snippet printing, or None if there is no such file."""
        path = self.expected_path(method, version, free_threaded)
        if path is None:
            return inline_output(self.source)
        return path.read_text(encoding="utf-8") if path.exists() else None

    def digest(self) -> str:
        """Changes whenever the snippet or anything it is compared with changes."""
        declared = self.settings.declared()
        h = hashlib.sha256(self.source.encode() + repr(sorted(declared.items())).encode())
        for path in self.expected_paths():
            if path.exists():
                h.update(path.name.encode() + b"\0" + path.read_bytes())
        return h.hexdigest()[:16]

    def proof_key(self) -> str:
        """Everything of this snippet that can change what a run prints (proven.record): its digest,
        the other programs of its folder (it may import them), the third-party requirements."""
        from .record import hash_files

        folder = [p for p in self.path.parent.glob("*.py") if p != self.path]
        requirements = [self.root / SNIPPETS / name for name in (REQUIREMENTS, FREE_THREADED_REQUIREMENTS)]
        return self.digest() + hash_files(folder + requirements)

    def run(self, method: str, python: Python | None = None, program: Path | None = None,
            packages: Path | None = None) -> Run:  # fmt: skip
        """Run this snippet (or `program`, a copy of it saved elsewhere) with `python` (default: this
        interpreter), with `packages` (a folder of third-party packages for it) on its path, as its settings say: under
        `method` (set from outside unless it is the interpreter's default: then exactly as
        `python name.py` runs), or UNBUFFERED: the default method with PYTHONUNBUFFERED=1."""
        s, program = self.settings, program or self.path
        python = python or REFERENCE_PYTHON
        unbuffered = method == UNBUFFERED
        inject = None if unbuffered or method == python.default_method else method
        run = run_snippet(
            program, inject, quiet=s.quiet, python=python.executable, stdin=s.stdin, terminal=s.terminal,
            unbuffered=unbuffered, interrupt=s.interrupt, packages=packages, flags=s.flags,
        )  # fmt: skip
        if "folder" in s.normalise:
            run = dataclasses.replace(run, output=run.output.replace(str(program.parent), "<folder>"))
        return run
