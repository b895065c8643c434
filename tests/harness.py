"""How documentation examples are found, run and compared: the one place that defines it.

Conventions (the README explains them for authors):

- A page embeds a snippet whole, in a python fence whose only line is
  ``--8<-- "snippets/<topic>/<name>.py"``, and embeds what it prints right after
  it, in a text fence: ``--8<-- "snippets/<topic>/<name>.out"``.
- A snippet whose output differs by start method declares ``by_start_method``
  and has one ``<name>.<method>.out`` per method, each embedded in a content tab.
- What legitimately varies from run to run is declared in the folder's
  ``examples.toml`` (see ``Settings``) and normalised or compared as declared.
- A snippet with ``#>`` comments shows its output inline (pytest-examples style)
  and needs no ``.out`` file; it may print only from the parent process.
- A non-zero exit status is part of the output: a last line ``[exit code N]``.
- The expected outputs hold what the reference interpreter (the one running the
  tests) prints. Where another Python version prints something else, an override
  ``<name>[.<method>].py<MIN>[-py<MAX>].out`` (e.g. ``x.py39-py310.out``) holds it.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on older interpreters only
    import tomli as tomllib

REPO_ROOT = Path(__file__).resolve().parent.parent
CHILD_ENV = Path(__file__).resolve().parent / "child_env"
START_METHODS = ("fork", "spawn", "forkserver")
SETTINGS_FILE = "examples.toml"
PYTHON_LANGS = {"python", "py", "python3", "pycon"}
FRAGMENT_TITLE = re.compile(r'title="Not run: [^"]{8,}"')
UNORDERED_TITLE = re.compile(r'title="[^"]*order may vary[^"]*"', re.IGNORECASE)
PRINT_COMMENT = re.compile(r"^\s*#> ?(.*)$")
PROVEN_FILE = "proven.json"  # in snippets/: results of the last matrix run
NOT_SNIPPETS = {SETTINGS_FILE, PROVEN_FILE}  # files in snippets/ that no page embeds
REFERENCE = sys.version_info[:2]
PLATFORM_NAMES = {"win32": "Windows", "darwin": "macOS", "linux": "Linux"}


def inline_output(source: str) -> str:
    """What a snippet's `#>` comments say it prints."""
    return "\n".join(m[1] for m in map(PRINT_COMMENT.match, source.splitlines()) if m) + "\n"


class DocsError(Exception):
    """A problem with the docs themselves (bad settings, missing files); the message says what to fix."""


# --------------------------------------------------------------------------------------
# Normalisers: each replaces a kind of text that changes from run to run.


def _elide_traceback_frames(text: str) -> str:
    """Keep ``Traceback ...:`` and the exception lines; replace the frames with ``  ...``.

    Frames carry file paths and standard-library line numbers that differ between
    machines and Python versions; doctest elides them the same way.
    """
    out: list[str] = []
    in_frames = False
    for line in text.splitlines():
        if line.lstrip().startswith("Traceback (most recent call last):"):
            out.append(line)
            out.append("  ...")
            in_frames = True
        elif in_frames and (line.startswith((" ", "\t")) or not line):
            continue
        else:
            in_frames = False
            out.append(line)
    return "\n".join(out)


def _collapse_repeats(text: str) -> str:
    """Show a traceback block printed again and again (replacement workers failing alike) once."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line == "Traceback (most recent call last):":
            blocks.append([])
        blocks[-1].append(line)
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i > 1 and block == blocks[i - 1]:
            if out[-1] != "[... repeated ...]":
                out.append("[... repeated ...]")
            continue
        out.extend(block)
    return "\n".join(out)


NORMALISERS = {
    "pid": lambda text: re.sub(r"\b(pid[=: ]+)\d+", r"\1<pid>", text),
    "address": lambda text: re.sub(r"\b0x[0-9a-fA-F]+\b", "0x...", text),
    "traceback": _elide_traceback_frames,
    "repeats": _collapse_repeats,
    # Processes writing at the same moment can mix pieces of their lines: compare only which
    # characters were printed, not their order (shown for a notebook pitfall).
    "characters": lambda text: "".join(sorted(text.replace(" ", "").replace("\n", ""))),
    # A built-in module's loader as Python 3.9-3.11 show it in a module's repr,
    # "(built-in)"; 3.12 and later show "(<class '_frozen_importlib.BuiltinImporter'>)".
    "loader": lambda text: text.replace("(<class '_frozen_importlib.BuiltinImporter'>)", "(built-in)"),
    # The folder the snippet ran in (it differs between machines) -> "<folder>". Applied by
    # Snippet.run, which knows the folder; listed here so that settings can name it.
    "folder": lambda text: text,
}


# --------------------------------------------------------------------------------------
# Settings declared per snippet in <folder>/examples.toml


@dataclass(frozen=True)
class Settings:
    normalise: tuple[str, ...] = ()
    """Names from NORMALISERS applied to both the expected and the actual output."""
    order: str = "exact"
    """"exact", or "any": lines printed by concurrent processes, compared as a multiset."""
    by_start_method: bool = False
    """The output differs by start method: one <name>.<method>.out per method."""
    timeout: float = 10.0
    """Seconds before the run is killed and the test fails as hung."""
    stdin: bool = False
    """Run as `python - < name.py` (code piped on standard input) instead of `python name.py`."""
    terminal: bool = True
    """False: stdout is a plain pipe (block-buffered), as in `python name.py | cat`."""
    not_on: tuple[tuple[str, str], ...] = ()
    """Platforms (sys.platform) where the snippet cannot work, with the reason its page gives."""

    @classmethod
    def parse(cls, where: str, raw: dict) -> Settings:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise DocsError(f"{where}: unknown setting(s) {sorted(unknown)}; known: {sorted(known)}")
        convert = {"normalise": tuple, "not_on": lambda v: tuple(sorted(dict(v).items()))}
        settings = cls(**{k: convert.get(k, lambda v: v)(v) for k, v in raw.items()})
        bad = [n for n in settings.normalise if n not in NORMALISERS]
        if bad:
            raise DocsError(f"{where}: unknown normaliser(s) {bad}; known: {sorted(NORMALISERS)}")
        if settings.order not in ("exact", "any"):
            raise DocsError(f'{where}: order must be "exact" or "any", not {settings.order!r}')
        return settings


# --------------------------------------------------------------------------------------
# Pages: fences and the files they embed


EMBED = re.compile(r'^\s*-+8<-+\s+"(?P<path>[^"]+)"\s*$')
FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
TAB_LABEL = re.compile(r'^(?P<indent>[ \t]*)===\+?\s+"(?P<label>[^"]*)"')


@dataclass(frozen=True)
class Fence:
    page: str
    line: int  # 1-based line of the opening fence
    info: str
    body: tuple[str, ...]
    tabs: tuple[str, ...]  # labels of the content tabs the fence sits in, outermost first

    @property
    def lang(self) -> str:
        return self.info.strip("{} ").split(" ")[0].lstrip(".").lower() if self.info else ""

    @property
    def embeds(self) -> list[str]:
        return [m["path"] for m in map(EMBED.match, self.body) if m]

    @property
    def source(self) -> str:
        return textwrap.dedent("\n".join(self.body)) + "\n"

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


def parse_fences(page: str, text: str) -> list[Fence]:
    fences: list[Fence] = []
    tabs: list[tuple[int, str]] = []  # (indent, label) of the enclosing content tabs
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        indent = len(line) - len(line.lstrip())
        if line.strip():
            tabs = [t for t in tabs if t[0] < indent]
        tab = TAB_LABEL.match(line)
        if tab:
            tabs.append((len(tab["indent"]), tab["label"]))
        m = FENCE_OPEN.match(line)
        if not m:
            i += 1
            continue
        fence, start = m["fence"], i
        body = []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(fence):
            body.append(lines[i])
            i += 1
        fences.append(Fence(page, start + 1, m["info"].strip(), tuple(body), tuple(t[1] for t in tabs)))
        i += 1
    return fences


# --------------------------------------------------------------------------------------
# The site: pages, snippets and who embeds what


@dataclass(frozen=True)
class Snippet:
    site: Site
    path: Path  # absolute
    settings: Settings

    @property
    def rel(self) -> str:
        return self.site.rel(self.path)

    @property
    def id(self) -> str:
        return self.path.relative_to(self.site.snippets_dir).as_posix()

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

    def expected_path(self, method: str, version: tuple[int, int] = REFERENCE) -> Path | None:
        if self.prints_inline:
            return None
        for path, (first, last) in sorted(self.overrides(method).items()):
            if version[0] == 3 and first <= version[1] <= last:
                return path
        return self.path.with_name(self._stem(method) + ".out")

    def expected_paths(self) -> list[Path]:
        """Every expected-output file of this snippet: base files and version overrides."""
        paths = {p for m in START_METHODS if (p := self.expected_path(m))}
        paths |= {p for m in START_METHODS for p in self.overrides(m)}
        return sorted(paths)

    def expected(self, method: str, version: tuple[int, int] = REFERENCE) -> str | None:
        """What the page shows this snippet printing, or None if there is no such file."""
        path = self.expected_path(method, version)
        if path is None:
            return inline_output(self.source)
        return path.read_text(encoding="utf-8") if path.exists() else None

    def digest(self) -> str:
        """Changes whenever the snippet or anything it is compared with changes."""
        declared = {  # settings that differ from the defaults: new harness settings change nothing
            f.name: getattr(self.settings, f.name)
            for f in dataclasses.fields(Settings)
            if getattr(self.settings, f.name) != f.default
        }
        h = hashlib.sha256(self.source.encode() + repr(sorted(declared.items())).encode())
        for path in self.expected_paths():
            if path.exists():
                h.update(path.name.encode() + b"\0" + path.read_bytes())
        return h.hexdigest()[:16]

    def run(self, method: str | None, python: str = sys.executable, program: Path | None = None) -> Run:
        """Run this snippet (or `program`, a copy of it saved elsewhere) as its settings say."""
        s, program = self.settings, program or self.path
        run = run_snippet(program, method, timeout=s.timeout, python=python, stdin=s.stdin, terminal=s.terminal)
        if "folder" in s.normalise:
            run = Run(run.output.replace(str(program.parent), "<folder>"), run.returncode)
        return run

    def pages(self, path: Path | None = None) -> list[str]:
        return self.site.pages_embedding(self.site.rel(path or self.path))


class Site:
    """The docs and snippets under one root (the repository, or a test fixture)."""

    def __init__(self, root: Path = REPO_ROOT):
        self.root = root.resolve()
        self.docs_dir = self.root / "docs"
        self.snippets_dir = self.root / "snippets"

    def rel(self, path: Path) -> str:
        return path.resolve().relative_to(self.root).as_posix()

    @cached_property
    def pages(self) -> dict[str, str]:
        return {
            self.rel(p): p.read_text(encoding="utf-8") for p in sorted(self.docs_dir.rglob("*.md"))
        }

    @cached_property
    def fences(self) -> list[Fence]:
        return [f for page, text in self.pages.items() for f in parse_fences(page, text)]

    @cached_property
    def embeds(self) -> list[tuple[str, int, str]]:
        """(page, line, embedded path) for every --8<-- line on every page."""
        return [
            (page, n, m["path"])
            for page, text in self.pages.items()
            for n, line in enumerate(text.splitlines(), 1)
            if (m := EMBED.match(line))
        ]

    def pages_embedding(self, rel: str) -> list[str]:
        return sorted({page for page, _, path in self.embeds if path == rel})

    @cached_property
    def settings(self) -> dict[Path, Settings]:
        """Settings of every snippet that has an entry in its folder's examples.toml."""
        found: dict[Path, Settings] = {}
        for toml in sorted(self.snippets_dir.rglob(SETTINGS_FILE)):
            where = self.rel(toml)
            try:
                data = tomllib.loads(toml.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise DocsError(f"{where}: {exc}") from None
            for name, raw in data.items():
                target = toml.parent / name
                if not isinstance(raw, dict):
                    raise DocsError(f'{where}: "{name}" must be a table: ["{name}"]')
                if not target.is_file():
                    raise DocsError(f'{where}: ["{name}"] names no file in {self.rel(toml.parent)}/')
                found[target] = Settings.parse(f'{where} ["{name}"]', raw)
        return found

    @cached_property
    def notebooks(self) -> list[Notebook]:
        return [
            Notebook(self, p)
            for p in sorted(self.docs_dir.rglob("*.ipynb"))
            if ".ipynb_checkpoints" not in p.parts
        ]

    @cached_property
    def snippets(self) -> list[Snippet]:
        return [
            Snippet(self, p, self.settings.get(p, Settings()))
            for p in sorted(self.snippets_dir.rglob("*.py"))
            if "__pycache__" not in p.parts
        ]


# --------------------------------------------------------------------------------------
# Running a snippet the way a reader does: `python path/to/snippet.py`


@dataclass(frozen=True)
class Run:
    output: str  # stdout and stderr as one stream, as in a terminal, plus an exit-code line
    returncode: int | None  # None: killed after the timeout


def run_snippet(
    path: Path,
    method: str | None,
    *,
    timeout: float,
    python: str = sys.executable,
    stdin: bool = False,
    terminal: bool = True,
) -> Run:
    """Run `path` as its own process under `method` and return what it printed.

    The process gets a session of its own, so on timeout (and after every run) the
    whole tree — children, forkserver, resource tracker — is killed: nothing
    outlives the test.
    """
    env = reader_environment(method)
    env.update(PYTHONIOENCODING="utf-8")
    if not terminal:
        env["DOCS_STDOUT"] = "pipe"
    posix = os.name == "posix"
    with open(path, "rb") if stdin else open(os.devnull, "rb") as source:
        proc = subprocess.Popen(
            [python, "-" if stdin else path.name],
            cwd=path.parent,
            env=env,
            stdin=source,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=posix,
            creationflags=0 if posix else subprocess.CREATE_NEW_PROCESS_GROUP,
        )
    try:
        out, _ = proc.communicate(timeout=timeout)
        returncode: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        _kill_tree(proc)
        out, _ = proc.communicate()
        returncode = None
    finally:
        _kill_tree(proc)
    text = out.decode("utf-8", errors="replace").replace("\r\n", "\n")
    if returncode:
        text = text.rstrip("\n") + f"\n[exit code {returncode}]\n"
    return Run(text, returncode)


def reader_environment(method: str | None) -> dict[str, str]:
    """This environment without what would make a run differ from a reader's: PYTHON* settings
    (PYTHONUNBUFFERED, PYTHONHASHSEED, ...) and pytest's PYTEST_* (ipykernel, for one, stops
    capturing child-process output when it sees PYTEST_CURRENT_TEST). With `method`, the
    sitecustomize in CHILD_ENV makes it the default start method."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST_"))}
    env.update(PYTHONPATH=str(CHILD_ENV), PYTHONDONTWRITEBYTECODE="1")
    if method:
        env["DOCS_START_METHOD"] = method
    return env


def _kill_tree(proc: subprocess.Popen) -> None:
    if os.name == "posix":
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    else:  # pragma: no cover - Windows
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True)


# --------------------------------------------------------------------------------------
# Comparing


def normalise(text: str, settings: Settings) -> str:
    for name in settings.normalise:
        text = NORMALISERS[name](text)
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def same_output(expected: str, actual: str, settings: Settings) -> bool:
    expected, actual = normalise(expected, settings), normalise(actual, settings)
    if settings.order == "any":
        return sorted(expected.splitlines()) == sorted(actual.splitlines())
    return expected == actual


def diff(expected: str, actual: str, settings: Settings, *, expected_name: str, actual_name: str) -> str:
    a, b = normalise(expected, settings).splitlines(), normalise(actual, settings).splitlines()
    if settings.order == "any":
        a, b = sorted(a), sorted(b)
        expected_name += " (lines sorted: order may vary)"
    lines = difflib.unified_diff(a, b, expected_name, actual_name, lineterm="", n=3)
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# Built pages


class _Resources(HTMLParser):
    LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch", "preconnect"}

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.in_style = tag == "style"
        if tag == "link" and set(a.get("rel", "").split()) & self.LINK_RELS:
            self.urls.append(a.get("href", ""))
        elif tag in {"script", "img", "iframe", "source", "audio", "video", "embed"} and a.get("src"):
            self.urls.append(a["src"])
        self.urls += _css_urls(a.get("style", ""))

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.urls += _css_urls(data)


def _css_urls(css: str) -> list[str]:
    return re.findall(r"""(?:@import\s+(?:url\()?|url\()\s*['"]?([^'")\s]+)""", css)


def resources_loaded(text: str, *, css: bool = False) -> list[str]:
    """URLs a browser fetches to show this HTML page or stylesheet (scripts, styles, images, fonts)."""
    if css:
        return _css_urls(text)
    parser = _Resources()
    parser.feed(text)
    return parser.urls


# --------------------------------------------------------------------------------------
# Interpreters for the version matrix


@dataclass(frozen=True)
class Python:
    version: tuple[int, int]
    executable: str | None  # None: not on this machine

    @property
    def name(self) -> str:
        return f"{self.version[0]}.{self.version[1]}"


MATRIX = [(3, minor) for minor in range(9, 14)]


def find_pythons(spec: str | None) -> list[Python]:
    """The interpreters to run snippets with: `None` is just this one; "all" is 3.9-3.13;
    "3.10,3.12" names versions. Versions not on the machine come back without an executable."""
    if not spec:
        return [Python(REFERENCE, sys.executable)]
    wanted = MATRIX if spec == "all" else [tuple(map(int, v.split("."))) for v in spec.split(",")]
    return [Python(v, sys.executable if v == REFERENCE else _locate(v)) for v in wanted]


def _locate(version: tuple[int, int]) -> str | None:
    name = f"{version[0]}.{version[1]}"
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = sorted(pyenv.glob(f"{name}.*/bin/python{name}"), key=lambda p: int(p.parts[-3].split(".")[2]))
    if candidates:
        return str(candidates[-1])
    import shutil

    return shutil.which(f"python{name}")


def record_proven(site: Site, results: dict[tuple[str, str, str], str], pythons: list[Python]) -> Path:
    """Merge a matrix run's outcomes into snippets/proven.json (read at build time by hooks/proven.py)."""
    import platform
    from datetime import date

    path = site.snippets_dir / PROVEN_FILE
    data = json.loads(path.read_text()) if path.exists() else {}
    entries = data.get("snippets", {})
    by_id = {s.id: s for s in site.snippets}
    for snippet_id in sorted({k[0] for k in results}):
        digest = by_id[snippet_id].digest()
        entry = entries.get(snippet_id, {})
        if entry.get("digest") != digest:
            entry = {"digest": digest, "checked": {}}
        for (sid, method, version), outcome in sorted(results.items()):
            if sid == snippet_id:
                entry["checked"].setdefault(version, {})[method] = outcome
        entry["date"] = date.today().isoformat()
        entries[snippet_id] = entry
    interpreters = data.get("interpreters", {})
    for py in pythons:
        if py.executable:
            out = subprocess.run([py.executable, "-c", "import platform; print(platform.python_version())"],
                                 capture_output=True, text=True)  # fmt: skip
            interpreters[py.name] = out.stdout.strip()
    data = {
        "about": "Written by the version matrix (make matrix); read by hooks/proven.py when the site is built.",
        "platform": f"{platform.system()} {platform.machine()}",
        "interpreters": dict(sorted(interpreters.items(), key=lambda kv: tuple(map(int, kv[0].split("."))))),
        "snippets": dict(sorted(entries.items())),
    }
    # one line per snippet: a readable diff when a matrix run changes it
    lines = json.dumps({**data, "snippets": {}}, indent=1)[:-1].rstrip().rstrip("{}").rstrip()
    rows = [f" {json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in data["snippets"].items()]
    path.write_text(lines + " {\n" + ",\n".join(rows) + "\n }\n}\n")
    return path


# --------------------------------------------------------------------------------------
# Notebooks: executed with a real kernel, their saved outputs compared with fresh ones.
# A code cell declares what varies in its metadata, {"docs": {<Settings fields>}}, and a
# cell that is meant to fail carries nbclient's tag "raises-exception".


@dataclass(frozen=True)
class Notebook:
    site: Site
    path: Path

    @property
    def id(self) -> str:
        return self.path.relative_to(self.site.docs_dir).as_posix()

    def read(self):
        import nbformat

        return nbformat.read(self.path, as_version=4)

    def cell_settings(self, index: int, cell) -> Settings:
        return Settings.parse(f"{self.site.rel(self.path)} cell {index}", dict(cell.metadata.get("docs", {})))

    def execute(self, method: str | None, *, timeout: float = 60):
        """Run every cell in a fresh kernel (cwd = the notebook's folder) under `method`."""
        from nbclient import NotebookClient

        nb = self.read()
        client = NotebookClient(
            nb,
            timeout=timeout,  # per cell: a hang fails the test, and the kernel is shut down
            kernel_name="python3",
            allow_errors=False,  # except in cells tagged "raises-exception"
            resources={"metadata": {"path": str(self.path.parent)}},
        )
        client.execute(env=reader_environment(method))
        return nb


ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def cell_output_text(cell, settings: Settings) -> str:
    """A code cell's outputs as one comparable text: each stream, the result, the error."""
    parts: dict[str, list[str]] = {}
    for out in cell.get("outputs", []):
        kind = out["output_type"]
        if kind == "stream":
            # Colour is presentation, not text: from 3.13 a child writing its traceback into
            # the kernel's captured stderr colours it (the page renders the same text).
            parts.setdefault(out["name"], []).append(ANSI_COLOUR.sub("", out["text"]))
        elif kind in ("execute_result", "display_data"):
            parts.setdefault("result", []).append(out["data"].get("text/plain", "") + "\n")
        elif kind == "error":
            parts.setdefault("error", []).append(f"{out['ename']}: {out['evalue']}\n")
    return "".join(
        f"[{key}]\n" + normalise("".join(parts[key]), settings)
        for key in ("stdout", "stderr", "result", "error")
        if key in parts
    )


def coalesce_streams(outputs: list) -> list:
    """Join consecutive pieces of the same stream (a kernel sends them in fragments)."""
    merged: list = []
    for out in outputs:
        if merged and out["output_type"] == "stream" and merged[-1]["output_type"] == "stream" \
                and merged[-1]["name"] == out["name"]:  # fmt: skip
            merged[-1]["text"] += out["text"]
        else:
            merged.append(out)
    return merged
