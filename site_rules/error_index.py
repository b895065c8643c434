"""Every message `multiprocessing` and the process executor can show a user, read from CPython's sources.

`extract(lib)` walks `Lib/multiprocessing/**/*.py` and `Lib/concurrent/futures/process.py` with `ast`
(standard library only) and returns what a user can see: exception texts (a constructor call anywhere,
a bare `raise Empty`, an `assert`'s message, an exception class's `__str__`), `warnings.warn`, text
written to stderr, and the `multiprocessing` logger's info/warning lines (`log_to_stderr()` shows them).
Formatting becomes a pattern: f-string fields, `%` specifiers and `.format` fields turn into `{expression}`
placeholders. `scripts/error_inventory.py` merges the versions into `error_messages.json`; the pages under
`docs/errors/` must index every message (`tests/test_error_index.py`, with `indexed_in`).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

SOURCES = ("multiprocessing", "concurrent/futures/process.py")  # shared_memory.py is inside the first
# Module-level names and attributes that hold a message raised later as `raise X(name)` (their use is
# a bare name, so the text is read where it is assigned), and the type the user sees it as.
MESSAGE_NAMES = {
    "_broken": "BrokenProcessPool",  # executor._broken = 'A child process terminated abruptly, ...'
    "bpe_message": "BrokenProcessPool",
    "_system_limited": "NotImplementedError",
    "cause_tb": "_RemoteTraceback",  # the "'''...'''" cause under a BrokenProcessPool
    "_replace_dead_worker:message": "BrokenProcessPool",  # 3.15: why the remaining work can never run
}
NOT_MESSAGES = {"StopIteration", "SystemExit", "KeyboardInterrupt"}  # control flow, never printed as such
EXCEPTION_NAMES = {"Full", "Empty", "BrokenProcessPool", "BufferTooShort"}  # not ending in Error
LOG_LEVELS = {"info": "INFO", "warn": "WARNING", "_warn": "WARNING", "sub_warning": "SUBWARNING", "warning": "WARNING",
              "error": "ERROR", "critical": "CRITICAL", "exception": "ERROR"}  # fmt: skip
DEBUG_LEVELS = {"debug", "sub_debug"}  # traces, not messages: counted, not collected
PLACEHOLDER = re.compile(r"\{[^{}]*\}|\.\.\.")


@dataclass(frozen=True)
class Found:
    file: str  # relative to Lib/, e.g. "multiprocessing/pool.py"
    line: int
    type: str  # an exception or warning class, "stderr", or "log INFO" / "log WARNING" / ...
    pattern: str  # the message, placeholders as {expression}; "" for a bare `raise Empty`


def source_files(lib: Path) -> list[Path]:
    mp = lib / "multiprocessing"
    return sorted(mp.rglob("*.py")) + [lib / "concurrent" / "futures" / "process.py"]


def extract(lib: Path) -> tuple[list[Found], int]:
    """The messages of one CPython Lib/ folder, and how many debug-level log calls were left out."""
    found: list[Found] = []
    debug = 0
    for path in source_files(lib):
        visitor = _Visitor(path.relative_to(lib).as_posix())
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += visitor.found
        debug += visitor.debug
    return found, debug


def extract_source(text: str, file: str = "example.py") -> list[Found]:
    visitor = _Visitor(file)
    visitor.visit(ast.parse(text))
    return visitor.found


def _name(node: ast.AST) -> str:
    """The last component of a Name or Attribute (`util.info` -> "info"), else ""."""
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _dotted(node: ast.AST) -> str:
    return ast.unparse(node) if isinstance(node, (ast.Name, ast.Attribute)) else ""


def is_exception_name(name: str) -> bool:
    bare = name.lstrip("_")
    return (
        bool(bare[:1].isupper())
        and name not in NOT_MESSAGES
        and (bare.endswith(("Error", "Exception", "Warning", "Traceback")) or bare in EXCEPTION_NAMES)
    )


def render(node: ast.AST) -> str | None:
    """The text a string expression produces, formatting turned into {placeholders}; None if not a string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) else "{" + ast.unparse(v.value) + "}" for v in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and (fmt := render(node.left)) is not None:
        args = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
        names = iter(ast.unparse(a) for a in args)
        return re.sub(
            r"%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?[sdrifxXgGen%]",
            lambda m: "%" if m[0] == "%%" else "{" + (m[1] or next(names, "...")) + "}",
            fmt,
        )
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and (fmt := render(node.func.value)) is not None
    ):
        auto = iter(node.args)
        kw = {k.arg: k.value for k in node.keywords}

        def field(m: re.Match[str]) -> str:
            key = m[1].split("!")[0].split(":")[0]
            arg = node.args[int(key)] if key.isdigit() and int(key) < len(node.args) else kw.get(key)
            arg = arg if key else next(auto, None)
            return "{" + (ast.unparse(arg) if arg is not None else key or "...") + "}"

        return re.sub(r"\{([^{}]*)\}", field, fmt)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = render(node.left), render(node.right)
        if left is None and right is None:
            return None
        return _piece(node.left, left) + _piece(node.right, right)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):  # '-' * 75
        text, count = render(node.left), node.right
        if text is not None and isinstance(count, ast.Constant) and isinstance(count.value, int):
            return text * count.value
    return None


def _log_text(call: ast.Call) -> str | None:
    """A logging call's message: `info('serving at %r', address)` formats like `%` would."""
    if len(call.args) < 2:
        return render(call.args[0]) if call.args else None
    return render(ast.BinOp(call.args[0], ast.Mod(), ast.Tuple(list(call.args[1:]))))


def _piece(node: ast.AST, text: str | None) -> str:
    if text is not None:
        return text
    if isinstance(node, ast.Call) and _name(node.func) in {"str", "repr"} and node.args:
        node = node.args[0]
    return "{" + ast.unparse(node) + "}"


def is_message(text: str | None) -> bool:
    """Text a reader can recognise: some words beside the placeholders (or a remote traceback's quotes)."""
    if text is None:
        return False
    literal = PLACEHOLDER.sub("", text)
    return bool(re.search(r"[A-Za-z]{2}", literal)) or '"""' in literal or "'''" in literal


class _Visitor(ast.NodeVisitor):
    def __init__(self, file: str) -> None:
        self.file = file
        self.found: list[Found] = []
        self.debug = 0
        self.classes: list[ast.ClassDef] = []
        self.function = ""

    def add(self, node: ast.AST, type_: str, text: str | None) -> None:
        if text == "" or is_message(text):
            self.found.append(Found(self.file, node.lineno, type_, text or ""))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        outer, self.function = self.function, node.name
        if node.name == "__str__" and self.classes and self._exception_class(self.classes[-1]):
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    self.add(ret, self.classes[-1].name, render(ret.value))
        self.generic_visit(node)
        self.function = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    @staticmethod
    def _exception_class(cls: ast.ClassDef) -> bool:
        return is_exception_name(cls.name) or any(is_exception_name(_name(b)) for b in cls.bases)

    def visit_Raise(self, node: ast.Raise) -> None:
        exc = node.exc
        if isinstance(exc, (ast.Name, ast.Attribute)) and is_exception_name(_name(exc)):
            self.add(node, _name(exc), "")  # raise Empty: the type is the message
        elif isinstance(exc, ast.Call) and not exc.args and not exc.keywords and is_exception_name(_name(exc.func)):
            self.add(node, _name(exc.func), "")
        self.generic_visit(node)

    def visit_Assert(self, node: ast.Assert) -> None:
        if node.msg is not None:
            self.add(node, "AssertionError", render(node.msg))
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            name = _name(target)
            type_ = MESSAGE_NAMES.get(name) or MESSAGE_NAMES.get(f"{self.function}:{name}")
            if type_:
                self.add(node, type_, render(node.value))
            elif name == "tb" and self.classes and self.classes[-1].name.endswith("ExceptionWithTraceback"):
                remote = self.classes[-1].name.replace("ExceptionWithTraceback", "RemoteTraceback")
                self.add(node, remote, render(node.value))  # self.tb = '\n"""\n%s"""' % tb
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func, name, dotted = node.func, _name(node.func), _dotted(node.func)
        first = render(node.args[0]) if node.args else None
        if is_exception_name(name) and node.args:
            texts = [render(a) for a in node.args]  # OSError(errno.EPIPE, "handle is closed"): the words
            self.add(node, name, next((t for t in texts if is_message(t)), None))
        elif dotted == "warnings.warn" or (dotted in {"warn", "_warn"} and not self._in_util()):
            category = node.args[1] if len(node.args) > 1 else None
            category = next((k.value for k in node.keywords if k.arg == "category"), category)
            self.add(node, _name(category) if category is not None else "UserWarning", first)
        elif name in DEBUG_LEVELS and self._is_logger(func):
            self.debug += 1
        elif name in LOG_LEVELS and self._is_logger(func):
            self.add(node, "log " + LOG_LEVELS[name], _log_text(node))
        elif dotted == "sys.stderr.write":
            self.add(node, "stderr", first)
        elif name == "print" and any(k.arg == "file" and _dotted(k.value) == "sys.stderr" for k in node.keywords):
            self.add(node, "stderr", first)
        elif name == "append" and _dotted(func) == "errors.append":  # "Process 12 terminated abruptly ..."
            self.add(node, "_RemoteTraceback", first)
        self.generic_visit(node)

    def _in_util(self) -> bool:
        return self.file.endswith("multiprocessing/util.py")

    def _is_logger(self, func: ast.AST) -> bool:
        """util.info(...), mp.util.debug(...), _base.LOGGER.critical(...), or info(...) inside util.py."""
        dotted = _dotted(func)
        owner = dotted.rsplit(".", 1)[0] if "." in dotted else ""
        if isinstance(func, ast.Name):
            return self._in_util() and self.function not in {*LOG_LEVELS, *DEBUG_LEVELS}
        return owner.endswith(("util", "LOGGER", "_logger")) or dotted.startswith("mp_util")


def message_key(file: str, type_: str, pattern: str) -> tuple[str, str, str]:
    """What makes two messages one: same file and type, same words (placeholders' names aside)."""
    return file, type_, collapse(PLACEHOLDER.sub("{}", pattern))


def collapse(text: str) -> str:
    return " ".join(text.split())


def key_text(pattern: str, limit: int = 120) -> str:
    """The part of a message a page must show: whitespace collapsed; a long one up to its first sentence."""
    text = collapse(pattern)
    if len(text) > limit:
        stop = re.search(r"[.:;] ", text[30:])
        text = text[: 30 + stop.start() + 1] if stop else text[:limit].rsplit(" ", 1)[0]
    return text


def pattern_regex(pattern: str) -> re.Pattern[str]:
    """The message as a regex over a page's text: placeholders match any text, whitespace any run."""
    parts = PLACEHOLDER.split(key_text(pattern).replace("`", ""))
    literal = [r"\s+".join(re.escape(w) for w in part.split(" ")) for part in parts]
    return re.compile(".+?".join(literal))


def page_text(markdown: str) -> str:
    """A page's Markdown as the index test reads it: code marks and escapes removed, whitespace collapsed."""
    return collapse(re.sub(r"\\(?=[^\w\s])", "", markdown.replace("`", "")))


def indexed_in(entry: dict, text: str) -> bool:
    """Whether a page text (from page_text) shows the entry: its message, or its type for a bare raise."""
    if not entry["pattern"]:
        return entry["type"].lstrip("_") in text
    return bool(pattern_regex(entry["pattern"]).search(text))
