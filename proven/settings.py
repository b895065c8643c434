"""What a snippet (or a notebook cell) declares about its output: ``examples.toml``.

Each folder under ``snippets/`` may hold an ``examples.toml`` with one table per
snippet file; a notebook cell declares the same fields in its metadata
(``{"docs": {...}}``). Unknown names fail loudly, naming the file and the table.
"""

from __future__ import annotations

import dataclasses
import re
import signal as signal_module
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import DocsError
from .normalisers import NORMALISERS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on older interpreters only
    import tomli as tomllib

VERSION = re.compile(r"3\.\d+t?")  # not_on_python's keys: "3.15", or "3.13t" for a free-threaded build
QUIET = 10.0  # seconds a run may go without progress before it is hung (the rule: proven.running)
PLATFORM_NAMES = {"win32": "Windows", "darwin": "macOS", "linux": "Linux"}  # for not_on: how pages name them


@dataclass(frozen=True)
class Interrupt:
    """`interrupt = { signal = "SIGINT", after_line = "..." }` (or `after_seconds = 1.5`) in examples.toml.

    With both, the signal goes `after_seconds` after the line, as a reader presses Ctrl-C a moment
    after reading it: a program can then be in a known state that does not depend on how fast the
    machine handed out the next task."""

    signal: str = "SIGINT"
    after_line: str | None = None  # sent once a line containing this text has been printed
    after_seconds: float | None = None  # or this long after the start (after the line, with both)

    @classmethod
    def parse(cls, where: str, raw) -> Interrupt:
        if not isinstance(raw, dict):
            raise DocsError(f'{where}: interrupt must be a table, e.g. {{ signal = "SIGINT", after_line = "started" }}')
        known = {f.name for f in dataclasses.fields(cls)}
        if unknown := set(raw) - known:
            raise DocsError(f"{where}: unknown interrupt field(s) {sorted(unknown)}; known: {sorted(known)}")
        interrupt = cls(**raw)
        if interrupt.after_line is None and interrupt.after_seconds is None:
            raise DocsError(f"{where}: interrupt needs after_line, after_seconds, or both (seconds after the line)")
        if not interrupt.signal.startswith("SIG") or not hasattr(signal_module, interrupt.signal):
            raise DocsError(f"{where}: interrupt signal {interrupt.signal!r} is not a signal on this platform")
        return interrupt


@dataclass(frozen=True)
class Settings:
    normalise: tuple[str, ...] = ()
    """Names from NORMALISERS applied to both the expected and the actual output."""
    order: str = "exact"
    """"exact", or "any": lines printed by concurrent processes, compared as a multiset."""
    by_start_method: bool = False
    """The output differs by start method: one <name>.<method>.out per method."""
    quiet: float = QUIET
    """Seconds without progress (no output, no process started or ended, no CPU used) before the
    run is stopped as hung (the rule: proven.running): more only where the program waits on purpose."""
    stdin: bool = False
    """Run as `python - < name.py` (code piped on standard input) instead of `python name.py`."""
    terminal: bool = True
    """False: stdout is a plain pipe (block-buffered), as in `python name.py | cat`."""
    not_on: tuple[tuple[str, str], ...] = ()
    """Platforms (sys.platform) where the snippet cannot work, with the reason its page gives."""
    not_on_python: tuple[tuple[str, str], ...] = ()
    """Python versions ("3.15") the snippet cannot run on (a package it needs has no release for
    them), with the reason its page gives; the version matrix skips them with that reason."""
    interrupt: Interrupt | None = None
    """Send a signal to the running program's process group, as Ctrl-C in a terminal does (POSIX)."""
    preset_start_method: bool = True
    """False: the program chooses its start methods itself (contexts, set_start_method), so nothing is
    set from outside: it runs once per Python, under that Python's default, exactly as `python name.py`."""
    flags: tuple[str, ...] = ()
    """Interpreter options the page shows the program run with, e.g. ["-O"]: `python -O name.py`."""

    @classmethod
    def parse(cls, where: str, raw: dict) -> Settings:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise DocsError(f"{where}: unknown setting(s) {sorted(unknown)}; known: {sorted(known)}")
        convert = {
            "normalise": tuple,
            "flags": tuple,
            "not_on": lambda v: tuple(sorted(dict(v).items())),
            "not_on_python": lambda v: tuple(sorted(dict(v).items())),
            "interrupt": lambda v: Interrupt.parse(where, v),
        }
        settings = cls(**{k: convert.get(k, lambda v: v)(v) for k, v in raw.items()})
        bad = [n for n in settings.normalise if n not in NORMALISERS]
        if bad:
            raise DocsError(f"{where}: unknown normaliser(s) {bad}; known: {sorted(NORMALISERS)}")
        if bad := [v for v, _ in settings.not_on_python if not VERSION.fullmatch(v)]:
            raise DocsError(f'{where}: not_on_python names versions as "3.15" or "3.13t", not {bad}')
        if bad := [f for f in settings.flags if not str(f).startswith("-") or f in ("-c", "-m")]:
            raise DocsError(f'{where}: flags are interpreter options such as "-O", not {bad}')
        if settings.by_start_method and not settings.preset_start_method:
            raise DocsError(
                f"{where}: by_start_method needs every start method; preset_start_method = false "
                "runs each Python under its own default only"
            )
        if settings.order not in ("exact", "any"):
            raise DocsError(f'{where}: order must be "exact" or "any", not {settings.order!r}')
        return settings

    def declared(self) -> dict:
        """The settings that differ from the defaults (a new setting changes no snippet's digest)."""
        return {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if getattr(self, f.name) != f.default
        }


def read_settings(toml: Path, where: str) -> dict[Path, Settings]:
    """The settings one ``examples.toml`` declares, by the snippet file each table names.

    `where` is the file's name as messages show it (relative to the docs root).
    """
    try:
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DocsError(f"{where}: {exc}") from None
    found: dict[Path, Settings] = {}
    for name, raw in data.items():
        target = toml.parent / name
        if not isinstance(raw, dict):
            raise DocsError(f'{where}: "{name}" must be a table: ["{name}"]')
        if not target.is_file():
            folder = where.rsplit("/", 1)[0] if "/" in where else "."
            raise DocsError(f'{where}: ["{name}"] names no file in {folder}/')
        found[target] = Settings.parse(f'{where} ["{name}"]', raw)
    return found
