"""The figure check: no measured figure typed by hand on a page.

A number with a unit of measure in a page's prose (outside code, after the
markers are taken out) must come from a marker, or be a figure of a snippet the
page embeds — a constant of its source (``sleep(0.05)`` for "50 ms") or a figure
its output prints with a unit — or a documented constant that is not a
measurement (``DOCUMENTED``, with its source). A hand-typed "2 processes took
0.64 s" fails it, naming the page and line.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from dataclasses import dataclass
from pathlib import Path

from proven.fences import EMBED, parse_fences

from .markers import render
from .schema import ResultFiles

# Units of measure, each with its factor to a base unit (s, bytes, or none for ratios).
UNITS = {
    "ns": 1e-9, "µs": 1e-6, "μs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0, "sec": 1.0, "second": 1.0, "seconds": 1.0,
    "millisecond": 1e-3, "milliseconds": 1e-3, "microsecond": 1e-6, "microseconds": 1e-6,
    "minute": 60.0, "minutes": 60.0, "min": 60.0,
    "B": 1.0, "bytes": 1.0, "kB": 1e3, "KB": 1e3, "MB": 1e6, "GB": 1e9, "KiB": 2**10, "MiB": 2**20, "GiB": 2**30,
    "×": 1.0, "x": 1.0, "%": 0.01,
}  # fmt: skip
# Figures that are not measurements but documented constants, each with where it is documented.
DOCUMENTED = {
    64 * 2**10: "the default capacity of a Linux pipe, 16 pages: man 7 pipe (Linux 2.6.11+)",
    0.40: "3.13t's single-threaded cost on pyperformance, about 40 %: the 3.13 free-threading HOWTO",
}
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
FIGURE = re.compile(
    rf"(?<![\w.,])(?P<number>{NUMBER})(?:[ \u00a0\u202f]|&nbsp;)?"
    rf"(?P<unit>{'|'.join(sorted(map(re.escape, UNITS), key=len, reverse=True))})(?![\w])"
)
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+\1")
LINK_TARGET = re.compile(r"\]\([^)]*\)|<[^>]+>|https?://\S+")


def _base(value: float, unit: str) -> float:
    return value * UNITS[unit]


def _constants(source: str) -> set[float]:
    """Every number a program's source states: literals, and constant arithmetic (`64 * 1024 * 1024`)."""
    ops = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.Pow: operator.pow, ast.USub: operator.neg}  # fmt: skip

    def fold(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in ops:
            left, right = fold(node.left), fold(node.right)
            if left is not None and right is not None and not (isinstance(node.op, ast.Pow) and right > 64):
                try:
                    return ops[type(node.op)](left, right)
                except (ArithmeticError, ValueError):
                    return None
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            inner = fold(node.operand)
            return None if inner is None else -inner
        return None

    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    found = set()
    for node in ast.walk(tree):
        value = fold(node)
        if value is not None:
            found.add(float(value))
    return found


def _printed(output: str) -> set[float]:
    """Every figure with a unit a program's output prints, in base units."""
    return {_base(float(m["number"].replace(",", "")), m["unit"]) for m in FIGURE.finditer(output)}


def _holds(values: set[float], figure: float) -> bool:
    return any(math.isclose(v, figure, rel_tol=1e-9, abs_tol=1e-12) for v in values)


@dataclass
class PageFigures:
    """What a page shows: its prose lines (code and markers taken out) and the figures of its snippets."""

    lines: list[tuple[int, str]]
    constants: set[float]  # from the sources of the snippets it embeds
    printed: set[float]  # from their outputs

    def unsourced(self) -> list[tuple[int, str]]:
        found = []
        for n, line in self.lines:
            for m in FIGURE.finditer(line):
                value = float(m["number"].replace(",", ""))
                base = _base(value, m["unit"])
                if _holds(self.printed, base) or _holds(self.constants, base) or _holds(set(DOCUMENTED), base):
                    continue
                if m["unit"] == "%" and _holds(self.constants, value):  # "50%" next to `50`
                    continue
                found.append((n, m[0]))
        return found


def page_figures(root: Path, page: str, text: str) -> PageFigures:
    """Split a page (markers already rendered to nothing) into prose lines and the figures of its snippets.

    Fences are found as the engine finds them (``proven.fences``); an embed line is not prose,
    inside a fence or not.
    """
    fenced = {n for fence in parse_fences(page, text) for n in fence.lines}
    lines, constants, printed = [], set(), set()
    for n, line in enumerate(text.splitlines(), 1):
        embed = EMBED.match(line)
        if embed:
            path = root / embed["path"].split(":")[0]
            if path.is_file() and embed["path"].startswith("snippets/"):
                content = path.read_text(encoding="utf-8")
                if path.suffix == ".py":
                    constants |= _constants(content)
                else:
                    printed |= _printed(content)
        elif n not in fenced:
            lines.append((n, LINK_TARGET.sub(" ", INLINE_CODE.sub(" ", line))))
    return PageFigures(lines, constants, printed)


def typed_figures(root: Path, pages: dict[str, str]) -> list[str]:
    """Problems: markers that do not render, and figures typed on a page that no result or snippet holds.

    `pages` maps "docs/<page>.md" to its text (``Site.pages``).
    """
    results = ResultFiles(root)
    problems = []
    for page, text in pages.items():
        text = render(results, text, page.removeprefix("docs/"), placeholder="", errors=problems)
        for n, figure in page_figures(root, page, text).unsourced():
            problems.append(
                f"{page}:{n}: the figure {figure!r} is typed by hand: no benchmark result or snippet on this page "
                "holds it. Render it from a result file with <!-- bench:value RESULT KEY=VALUE ... COLUMN --> "
                "(syntax: figures/__init__.py), or reword without it."
            )
    return problems
