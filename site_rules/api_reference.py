"""The API pages (docs/api/): which entry holds which documented object, and what other pages use it.

Shared by the build hook (hooks/api_links.py: prose links to entries, each entry's "Used on" list, the
index) and the tests (tests/test_api_reference.py). Blocks and embeds are read as proven.fences reads them.

- An **entry** is a heading on an API page whose inline code names inventory objects: `Queue.empty()`,
  `Pool.map()`, `connection.wait()`. A name is the object's full name or an unambiguous dotted tail of it; a
  trailing `(...)` is ignored; a tail shared by several objects means the one with the fewest dots.
- An entry's **section** runs to the next heading. It proves each of its names with an embedded program that
  uses it, links the official entry, and states the versions (3.9 or later) the official docs say it arrived
  or changed in; or it says why the name is not run here (`!!! info "Not run here"`).
"""

from __future__ import annotations

import ast
import html
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from proven.fences import EMBED, FENCE_OPEN

from .api_inventory import ApiObject, load

API_DIR = "docs/api"
FLOOR = (3, 9)  # the oldest Python the site runs: versions before it need no mention
HEADING = re.compile(r"^(#{2,6}) (.*?)\s*\{ #([\w-]+)[^}]*\}\s*$")
ANY_HEADING = re.compile(r"^#{1,6} ")
CODE_SPAN = re.compile(r"`([^`]+)`")
NOT_RUN = re.compile(r'^\s*!!! info "Not run here"')
CALL = re.compile(r"\(.*\)$")
ALIASES = {"mp": "multiprocessing"}  # how programs and prose commonly shorten the module
# Bare words whose everyday meaning in prose is something else (list.count, asyncio.run, the builtin
# TimeoutError, copy.copy, the dict type): written alone in prose they are not linked.
PROSE_STOP = {"run", "copy", "count", "index", "format", "size", "dict", "list", "set", "TimeoutError"}
# What an object hands back, whose methods a program then calls: Pipe() returns Connections, and so on.
RETURNS = {
    "multiprocessing.Pipe": ["multiprocessing.connection.Connection"],
    "multiprocessing.connection.Client": ["multiprocessing.connection.Connection"],
    "multiprocessing.connection.Listener": ["multiprocessing.connection.Connection"],
    "multiprocessing.Manager": ["multiprocessing.managers.SyncManager", "multiprocessing.managers.BaseProxy"],
    "multiprocessing.managers.BaseManager": ["multiprocessing.managers.BaseProxy"],
    "multiprocessing.pool.Pool": ["multiprocessing.pool.AsyncResult"],
    "multiprocessing.pool.ThreadPool": ["multiprocessing.pool.Pool", "multiprocessing.pool.AsyncResult"],
    "concurrent.futures.ProcessPoolExecutor": ["concurrent.futures.Executor", "concurrent.futures.Future"],
    "concurrent.futures.InterpreterPoolExecutor": ["concurrent.futures.Executor", "concurrent.futures.Future"],
    "multiprocessing.managers.SharedMemoryManager": [
        "multiprocessing.shared_memory.SharedMemory",
        "multiprocessing.shared_memory.ShareableList",
    ],
}
DUNDER_USES = {"__repr__": {"repr", "__repr__"}, "__str__": {"str", "__str__"}}


def bare(text: str) -> str:
    """`Queue.put(obj, block=True)` -> `Queue.put`; `mp.Queue` -> `multiprocessing.Queue`."""
    text = CALL.sub("", html.unescape(text).strip())
    head, _, rest = text.partition(".")
    return f"{ALIASES[head]}.{rest}" if head in ALIASES and rest else text


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


class Resolver:
    """Names as pages write them -> inventory objects."""

    def __init__(self, objects: list[ApiObject]):
        self.objects = {o.name: o for o in objects}
        self.tails: dict[str, list[ApiObject]] = {}
        for o in objects:
            parts = o.name.split(".")
            for k in range(1, len(parts) + 1):
                self.tails.setdefault(".".join(parts[-k:]), []).append(o)

    def candidates(self, text: str) -> list[ApiObject]:
        """The objects a written name may mean, fewest dots first: one object, several (a tie), or none."""
        name = bare(text)
        found = self.tails.get(name)
        if not found and name.startswith("multiprocessing."):  # multiprocessing.Pool is multiprocessing.pool.Pool
            found = [o for o in self.tails.get(name.removeprefix("multiprocessing."), []) if o.role != "module"]
        if not found:
            return []
        fewest = min(o.name.count(".") for o in found)
        return [o for o in found if o.name.count(".") == fewest]

    def heading_name(self, text: str) -> ApiObject | list[ApiObject]:
        """What a name in an entry's heading means: one object, or the candidates of a tie (none: unknown)."""
        found = self.candidates(text)
        return found[0] if len(found) == 1 else found

    def prose_name(self, text: str) -> ApiObject | None:
        """What inline code in a page's prose means, if it is an API name that reads unambiguously: a bare
        lowercase word (a method) only when one object has it, and none of the words in PROSE_STOP."""
        name = bare(text)
        if not re.fullmatch(r"[A-Za-z_][\w.]*", name) or name in PROSE_STOP:
            return None
        if "." not in name and name[0].islower():
            found = self.tails.get(name, [])
            return found[0] if len(found) == 1 and found[0].role != "module" else None
        found = self.candidates(name)
        return found[0] if len(found) == 1 else None


@dataclass
class Entry:
    page: str  # docs/api/....md
    line: int
    anchor: str
    written: list[str]  # the names as the heading writes them
    objects: list[ApiObject] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    section: list[str] = field(default_factory=list)  # the lines up to the next heading

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"

    @property
    def text(self) -> str:
        return "\n".join(self.section)

    @property
    def programs(self) -> list[str]:
        return [m["path"] for m in map(EMBED.match, self.section) if m and m["path"].endswith(".py")]

    @property
    def not_run(self) -> bool:
        return any(NOT_RUN.match(line) for line in self.section)


def entries(page: str, text: str, resolver: Resolver) -> list[Entry]:
    """The entries of one API page, in order, each with its section and any problem with its heading."""
    found: list[Entry] = []
    current: Entry | None = None
    fence = ""
    for number, line in enumerate(text.splitlines(), 1):
        if m := FENCE_OPEN.match(line):
            fence = "" if fence and m["fence"].startswith(fence) else fence or m["fence"]
        heading = None if fence else HEADING.match(line)
        if not fence and ANY_HEADING.match(line):
            current = None
        if heading and (written := CODE_SPAN.findall(heading[2])):
            current = Entry(page, number, heading[3], written)
            for name in written:
                meant = resolver.heading_name(name)
                if isinstance(meant, ApiObject):
                    current.objects.append(meant)
                elif meant:
                    current.problems.append(f"`{name}` may mean {', '.join(o.name for o in meant)}: write more of it")
                else:
                    current.problems.append(f"`{name}` is no documented object (site_rules/api_inventory.json)")
            found.append(current)
        elif current is not None:
            current.section.append(line)
    return found


def program_words(source: str) -> set[str]:
    """The words a program uses: names, attributes, imported names and modules, keyword arguments,
    functions and methods it defines (a `run` override), and `repr`/`str` for the dunders they call."""
    words: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name):
            words.add(node.id)
        elif isinstance(node, ast.Attribute):
            words.add(node.attr)
        elif isinstance(node, ast.alias):
            words.update(node.name.split("."))
            words.add(node.name)
        elif isinstance(node, ast.ImportFrom) and node.module:
            words.update(f"{node.module}.{a.name}" for a in node.names)
            words.add(node.module)
        elif isinstance(node, ast.keyword) and node.arg:
            words.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            words.add(node.name)
    return words


def proves(words: set[str], obj: ApiObject) -> bool:
    """Whether a program with these words uses the object (a module: imports it)."""
    if obj.role == "module":
        return obj.name in words
    last = obj.name.rsplit(".", 1)[-1]
    return bool(DUNDER_USES.get(last, {last}) & words)


def versions_to_state(obj: ApiObject) -> list[str]:
    """The versions an entry must name: where the object arrived or changed, from FLOOR on."""
    wanted = ([obj.added] if obj.added else []) + list(obj.changed)
    return [v for v in wanted if version_tuple(v)[:2] >= FLOOR]


def uses_in_program(source: str, resolver: Resolver) -> set[str]:
    """The inventory objects a program uses, as far as reading it can tell: what it imports from
    multiprocessing or concurrent.futures and calls through those names, and the methods it calls on
    the objects those return (`.put` with a Queue, `.apply_async` with a Pool)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    origin: dict[str, str] = {}  # local name -> dotted name it stands for
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                origin[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module:
            for a in node.names:
                origin[a.asname or a.name] = f"{node.module}.{a.name}"
    used: set[str] = set()
    methods: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Attribute, ast.Name)):
            dotted = _dotted(node)
            if dotted is None:
                if isinstance(node, ast.Attribute):
                    methods.add(node.attr)
                continue
            head, _, rest = dotted.partition(".")
            full = f"{origin[head]}.{rest}".rstrip(".") if head in origin else dotted
            if full.startswith(("multiprocessing", "concurrent.futures")):
                found = resolver.candidates(full) if full not in resolver.objects else [resolver.objects[full]]
                used.update(o.name for o in found[:1])
            if isinstance(node, ast.Attribute):
                methods.add(node.attr)
    for name in list(used):
        used.update(n for n in RETURNS.get(name, []) if n in resolver.objects)
    for o in resolver.objects.values():
        if o.role in ("method", "attribute") and o.name.rsplit(".", 1)[-1] in methods:
            owner = o.name.rsplit(".", 1)[0]
            if owner in used or len(resolver.tails.get(o.name.rsplit(".", 1)[-1], [])) == 1:
                used.add(o.name)
    return used


def _dotted(node: ast.AST) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return ".".join([node.id, *reversed(parts)])


@dataclass
class Reference:
    """Every entry of the API pages, read from their sources."""

    root: Path
    objects: list[ApiObject] = field(default_factory=load)

    @cached_property
    def resolver(self) -> Resolver:
        return Resolver(self.objects)

    @cached_property
    def entries(self) -> list[Entry]:
        found = []
        for path in sorted((self.root / API_DIR).glob("*.md")):
            rel = path.relative_to(self.root).as_posix()
            found += entries(rel, path.read_text(encoding="utf-8"), self.resolver)
        return found

    @cached_property
    def entry_of(self) -> dict[str, Entry]:
        """Inventory name -> the (first) entry naming it."""
        found: dict[str, Entry] = {}
        for entry in self.entries:
            for obj in entry.objects:
                found.setdefault(obj.name, entry)
        return found
