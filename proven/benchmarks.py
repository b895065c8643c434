"""Measured figures on pages: rendered from ``benchmarks/results/*.json`` at build time, never typed.

A page quotes a benchmark with a marker, an HTML comment (where the build hook
does not run, the page still renders, without the figure), on a line of its own
for a table or a plot, anywhere in a sentence or a table cell for a value.
``hooks/benchmarks.py`` replaces each marker with what the result file that
``benchmarks/record.py`` wrote holds::

    <!-- bench:table NAME [KEY=VALUE ...] [columns=KEY,KEY,...] -->
    <!-- bench:plot NAME/PLOT [KEY=VALUE ...] [columns=KEY,KEY,...] -->
    <!-- bench:value NAME [KEY=VALUE ...] KEY -->

- ``table``: a caption (the machine, Python version(s), start method(s),
  repetitions, date, and the command that regenerates the file), then the rows
  as a Markdown table, each measured figure as "median (lowest–highest)".
  ``KEY=VALUE`` keeps only the rows whose ``KEY`` is ``VALUE``; ``columns=``
  picks and orders the columns.
- ``plot``: the plot ``PLOT`` listed in the result's ``"plots"``, light and dark
  (Material's ``#only-light`` / ``#only-dark``) with its alt text, the caption
  (headed by the plot's own ``"title"`` if it has one), and the same numbers as
  a table in a collapsed "The numbers" block.
- ``value``: one figure, in its column's format and unit ("0.40 s"), from the one
  row the ``KEY=VALUE`` pairs select. ``KEY`` is a column, or ``<column>_min`` /
  ``<column>_max`` for the spread; with no pairs, a top-level number of the result
  (e.g. ``repetitions``).

Values with spaces are quoted as in a shell: ``way="initializer global"``. An
unknown result, plot, row or column raises ``BenchmarkError`` naming the page and
the marker: the build stops; nothing renders empty.

The figure check (``typed_figures``): a number with a unit of measure in a
page's prose (outside code, after the markers are taken out) must come from a
marker, or be a figure of a snippet the page embeds — a constant of its source
(``sleep(0.05)`` for "50 ms") or a figure its output prints with a unit — or a
documented constant that is not a measurement (``DOCUMENTED``, with its source).
A hand-typed "2 processes took 0.64 s" fails it, naming the page and line.
"""

from __future__ import annotations

import ast
import json
import math
import operator
import posixpath
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

RESULTS_DIR = "benchmarks/results"
PLOTS_DIR = "plots"  # under docs/
REGENERATE = "make bench"

OPENING = re.compile(r"<!--\s*bench:")
MARKER = re.compile(r"<!--\s*bench:(?P<kind>[\w-]*)(?P<args>(?:(?!-->).)*?)\s*-->")
NO_SPACE_UNITS = {"×", "x", "%"}  # "1.99×", "25%"; every other unit after a space: "0.40 s"


class BenchmarkError(Exception):
    """A marker names a result, plot, row or column that does not exist."""


@dataclass(frozen=True)
class Marker:
    kind: str  # table, plot, value
    name: str  # the result
    plot: str | None
    where: dict[str, str]  # KEY=VALUE row selectors
    columns: list[str] | None
    key: str | None  # value: the figure's key

    @classmethod
    def parse(cls, kind: str, args: str) -> Marker:
        if kind not in ("table", "plot", "value"):
            raise BenchmarkError(f"unknown kind bench:{kind}; use bench:table, bench:plot or bench:value")
        try:
            words = shlex.split(args)
        except ValueError as exc:
            raise BenchmarkError(f"cannot read the marker's arguments: {exc}") from None
        if not words:
            raise BenchmarkError("no result named")
        name, *rest = words
        plot = None
        if kind == "plot":
            name, _, plot = name.partition("/")
            if not plot:
                raise BenchmarkError("name the plot: bench:plot RESULT/PLOT")
        pairs = [w.partition("=") for w in rest]
        where = {k: v for k, eq, v in pairs if eq and k != "columns"}
        columns = next((v.split(",") for k, eq, v in pairs if eq and k == "columns"), None)
        bare = [k for k, eq, _ in pairs if not eq]
        key = None
        if kind == "value":
            if len(bare) != 1:
                raise BenchmarkError("bench:value needs exactly one KEY (what to quote) after the KEY=VALUE pairs")
            key = bare[0]
        elif bare:
            raise BenchmarkError(f"unexpected {' '.join(bare)!r}: arguments are KEY=VALUE")
        return cls(kind, name, plot, where, columns, key)


class Results:
    """The result files of a project (``<root>/benchmarks/results``), and how a page shows them."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.dir = self.root / RESULTS_DIR
        self._cache: dict[str, dict] = {}

    def load(self, name: str) -> dict:
        if name not in self._cache:
            path = self.dir / f"{name}.json"
            if not path.is_file():
                have = ", ".join(sorted(p.stem for p in self.dir.glob("*.json"))) or "none"
                raise BenchmarkError(f"no result file {RESULTS_DIR}/{name}.json (there are: {have})")
            result = json.loads(path.read_text(encoding="utf-8"))
            missing = [key for key in ("columns", "rows") if not isinstance(result.get(key), list)]
            if missing:
                raise BenchmarkError(
                    f"{RESULTS_DIR}/{name}.json has no {' or '.join(missing)}: not the schema of "
                    "benchmarks/record.py; run its benchmark again"
                )
            result.setdefault("benchmark", name)
            self._cache[name] = result
        return self._cache[name]

    def render(
        self, markdown: str, page: str, *, placeholder: str | None = None, first_line: int = 1,
        errors: list[str] | None = None,
    ) -> str:
        """Replace every marker in `markdown` (the page `docs/<page>`, e.g. "cookbook/x.md").

        A marker alone on its line may become several lines, indented as it is. With
        `placeholder`, each marker becomes that text instead, once it is known to render.
        `first_line`: the line of the page that `markdown` starts at (after front matter), for messages.
        `errors`: collect every marker's error there (and render it as `placeholder`) instead of raising.
        """
        lines = markdown.split("\n")
        for n, line in enumerate(lines):
            if "bench:" not in line:
                continue
            indent = line[: len(line) - len(line.lstrip())]

            def replace(m: re.Match, n=n, indent=indent, line=line) -> str:
                try:
                    marker = Marker.parse(m["kind"], m["args"])
                    text = self._render(marker, page, alone=line.strip() == m[0])
                except BenchmarkError as exc:
                    message = f"docs/{page}:{n + first_line}: {m[0]}: {exc}"
                    if errors is None:
                        raise BenchmarkError(message) from None
                    errors.append(message)
                    return placeholder or ""
                if placeholder is not None:
                    return placeholder
                return "\n".join((indent + t if t else t) for t in text.rstrip("\n").split("\n")).lstrip()

            lines[n] = MARKER.sub(replace, line)
            if OPENING.search(lines[n]):  # split over lines, or unclosed: it would render as nothing
                message = f"docs/{page}:{n + first_line}: a bench: marker must open and close on one line"
                if errors is None:
                    raise BenchmarkError(message)
                errors.append(message)
        return "\n".join(lines)

    def _render(self, marker: Marker, page: str, *, alone: bool) -> str:
        result = self.load(marker.name)
        if marker.kind == "value":
            return self._value(result, marker)
        if not alone:
            raise BenchmarkError(f"a bench:{marker.kind} marker must be alone on its line")
        rows = self._rows(result, marker.where)
        columns = self._columns(result, marker.columns)
        table = _table(columns, rows)
        notes = result.get("notes") or ""
        if marker.kind == "table":
            return "\n\n".join(p for p in (_caption(result, rows, columns), table, notes) if p) + "\n"
        plot = next((p for p in result.get("plots", []) if p.get("name") == marker.plot), None)
        if plot is None:
            have = ", ".join(p.get("name", "?") for p in result.get("plots", [])) or "none"
            raise BenchmarkError(f"{marker.name} lists no plot {marker.plot!r} (it lists: {have})")
        if not plot.get("alt"):
            raise BenchmarkError(f"plot {marker.plot!r} of {marker.name} has no alt text")
        caption = _caption(result, rows, columns, title=plot.get("title"))
        images = [self._image(plot, scheme, page) for scheme in ("light", "dark")]
        numbers = "\n\n".join(p for p in (table, notes) if p)
        numbers = "\n".join("    " + line if line else "" for line in numbers.split("\n"))  # inside the block
        return "\n".join(images) + f"\n\n{caption}\n\n??? note \"The numbers\"\n\n{numbers}\n"

    def _image(self, plot: dict, scheme: str, page: str) -> str:
        file = f"{PLOTS_DIR}/{plot['name']}-{scheme}.svg"
        path = self.root / "docs" / file
        if not path.is_file():
            raise BenchmarkError(f"plot file docs/{file} is missing; `{REGENERATE}` writes it")
        src = posixpath.relpath(file, posixpath.dirname(page) or ".")
        alt = re.sub(r"([\[\]\\])", r"\\\1", " ".join(plot["alt"].split()))
        size = _svg_size(path)  # width and height: the page does not shift when the image arrives
        attrs = f' width="{size[0]}" height="{size[1]}"' if size else ""
        return f'![{alt}]({src}#only-{scheme}){{{attrs} loading="lazy" }}'

    def _rows(self, result: dict, where: dict[str, str]) -> list[dict]:
        rows = result.get("rows", [])
        for key in where:
            if not any(key in row for row in rows):
                raise BenchmarkError(f"{result['benchmark']} has no row key {key!r} (keys: {', '.join(_keys(rows))})")
        picked = [row for row in rows if all(_same(row.get(k), v) for k, v in where.items())]
        if not picked:
            raise BenchmarkError(f"{result['benchmark']} has no row where {_pairs(where)}")
        return picked

    def _columns(self, result: dict, keys: list[str] | None) -> list[dict]:
        columns = result.get("columns", [])
        if keys is None:
            return columns
        by_key = {c["key"]: c for c in columns}
        unknown = [k for k in keys if k not in by_key]
        if unknown:
            have = ", ".join(by_key)
            raise BenchmarkError(f"{result['benchmark']} has no column {', '.join(unknown)} (columns: {have})")
        return [by_key[k] for k in keys]

    def _value(self, result: dict, marker: Marker) -> str:
        key = marker.key
        if not marker.where and key in result and key not in ("rows", "columns"):
            value = result[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise BenchmarkError(f"{marker.name}'s {key!r} is not a number")
            return _format(value, {})
        rows = self._rows(result, marker.where)
        if len(rows) != 1:
            raise BenchmarkError(
                f"{len(rows)} rows of {marker.name} match {_pairs(marker.where) or 'no selector'}; "
                "add KEY=VALUE pairs until one does"
            )
        row = rows[0]
        if key not in row:
            raise BenchmarkError(f"the row where {_pairs(marker.where)} has no {key!r} (it has: {', '.join(row)})")
        column = _column_of(result.get("columns", []), key)
        return _format(row[key], column)


def _keys(rows: list[dict]) -> list[str]:
    return list(dict.fromkeys(k for row in rows for k in row))


def _pairs(where: dict[str, str]) -> str:
    return " ".join(f"{k}={v}" for k, v in where.items())


def _same(value, wanted: str) -> bool:
    if value is None:
        return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return math.isclose(float(value), float(wanted))
        except ValueError:
            return False
    return str(value) == wanted


def _column_of(columns: list[dict], key: str) -> dict:
    """The column of `key`, or of the figure whose spread it is (`<key>_min`, `<key>_max`)."""
    for column in columns:
        if key in (column["key"], f"{column['key']}_min", f"{column['key']}_max"):
            return column
    return {}


def _format(value, column: dict, *, unit: bool = True) -> str:
    if value is None:
        return "—"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if column.get("format"):
            text = format(value, column["format"])
        else:  # "20,000" and "0.5"
            text = f"{value:,}" if isinstance(value, int) else f"{value:g}"
    else:
        text = str(value)
    symbol = column.get("unit")
    if unit and symbol and isinstance(value, (int, float)):
        text += symbol if symbol in NO_SPACE_UNITS else f" {symbol}"
    return text


def _cell(row: dict, column: dict) -> str:
    key = column["key"]
    text = _format(row.get(key), column, unit=False)
    low, high = row.get(f"{key}_min"), row.get(f"{key}_max")
    if low is not None and high is not None:
        # No line break inside "0.23 (0.21–0.25)": a no-break space, and a word joiner after the dash.
        text += f"\u00a0({_format(low, column, unit=False)}–\u2060{_format(high, column, unit=False)})"
    return text.replace("|", "\\|")


def _numeric(column: dict, rows: list[dict]) -> bool:
    values = [row.get(column["key"]) for row in rows if row.get(column["key"]) is not None]
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


def _table(columns: list[dict], rows: list[dict]) -> str:
    def header(c: dict) -> str:
        return c.get("label", c["key"]) + (f" ({c['unit']})" if c.get("unit") else "")

    lines = [
        "| " + " | ".join(header(c) for c in columns) + " |",
        "| " + " | ".join("--:" if _numeric(c, rows) else "---" for c in columns) + " |",
    ]
    lines += ["| " + " | ".join(_cell(row, c) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def _version_key(text: str) -> tuple:
    return tuple(int(n) for n in re.findall(r"\d+", text))


def _caption(result: dict, rows: list[dict], columns: list[dict], title: str | None = None) -> str:
    """Where and how the figures were measured, and how to measure them again."""
    machine = result.get("machine", {})
    details = []
    if machine.get("usable_cpus"):
        cpus, logical = machine["usable_cpus"], machine.get("logical_cpus")
        details.append(f"{cpus} CPUs usable" + (f" of {logical}" if logical and logical != cpus else ""))
    if machine.get("system"):
        details.append(machine["system"])
    if machine.get("load_average_1min") is not None:  # a busy machine measures slower: say how busy
        details.append(f"load average {machine['load_average_1min']:g}")
    where = (machine.get("cpu") or "an unnamed CPU") + (f" ({', '.join(details)})" if details else "")
    pythons = sorted({str(r["python"]) for r in rows if r.get("python")}, key=_version_key)
    pythons = pythons or [str(result.get("python", "?"))]
    pythons = [f"Python {p}" if p[:1].isdigit() else p for p in pythons]  # "3.9.18" -> "Python 3.9.18"
    if len(pythons) > 1 and len({p.split()[0] for p in pythons}) == 1:  # "Python 3.9.18, 3.10.13, ..."
        pythons = [pythons[0]] + [p.split(maxsplit=1)[-1] for p in pythons[1:]]
    methods = list(dict.fromkeys(str(r["start_method"]) for r in rows if r.get("start_method")))
    if not methods and result.get("start_method"):
        methods = [str(result["start_method"])]
    text = f"Measured {str(result.get('measured', '?'))[:10]} on {where}, {', '.join(pythons)}"
    if methods:
        text += f", start method{'s' if len(methods) > 1 else ''} {', '.join(methods)}"
    if result.get("repetitions") == 1:
        text += "; a single run"
    elif result.get("repetitions"):
        spread = any(f"{c['key']}_min" in row for c in columns for row in rows)
        text += f"; median of {result['repetitions']} runs" + (" (lowest–highest)" if spread else "")
    text += "."
    if result.get("command"):
        text += f" Regenerate: `{result['command']}`, or all of them with `{REGENERATE}`."
    title = title or result.get("title")
    return f"**{title.rstrip('.')}.** {text}" if title else text


def _svg_size(path: Path) -> tuple[int, int] | None:
    """The SVG's width and height in CSS pixels (matplotlib writes points)."""
    head = path.read_text(encoding="utf-8", errors="replace")[:2000]
    m = re.search(r'<svg[^>]*\bwidth="([\d.]+)(pt|px)?"[^>]*\bheight="([\d.]+)(pt|px)?"', head, re.DOTALL)
    if not m:
        return None
    scale = 4 / 3 if m[2] == "pt" else 1
    return round(float(m[1]) * scale), round(float(m[3]) * scale)


# --- The figure check -------------------------------------------------------------------------

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
}
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
FIGURE = re.compile(
    rf"(?<![\w.,])(?P<number>{NUMBER})(?:[ \u00a0\u202f]|&nbsp;)?"
    rf"(?P<unit>{'|'.join(sorted(map(re.escape, UNITS), key=len, reverse=True))})(?![\w])"
)
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+\1")
LINK_TARGET = re.compile(r"\]\([^)]*\)|<[^>]+>|https?://\S+")
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
EMBED = re.compile(r'^\s*-+8<-+\s+"(?P<path>[^"]+)"\s*$')


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


def page_figures(root: Path, page_text: str) -> PageFigures:
    """Split a page (markers already rendered to nothing) into prose lines and embedded snippet files."""
    text = COMMENT.sub(lambda m: "\n" * m[0].count("\n"), page_text)
    lines, constants, printed = [], set(), set()
    fence = None
    for n, line in enumerate(text.split("\n"), 1):
        m = FENCE.match(line)
        if fence is None and m:
            fence = m[1]
            continue
        if fence is not None and line.strip().startswith(fence):
            fence = None
            continue
        embed = EMBED.match(line)
        if embed:
            path = root / embed["path"].split(":")[0]
            if path.is_file() and embed["path"].startswith("snippets/"):
                content = path.read_text(encoding="utf-8")
                if path.suffix == ".py":
                    constants |= _constants(content)
                else:
                    printed |= _printed(content)
            continue
        if fence is None:
            lines.append((n, LINK_TARGET.sub(" ", INLINE_CODE.sub(" ", line))))
    return PageFigures(lines, constants, printed)


def typed_figures(root: Path, pages: dict[str, str]) -> list[str]:
    """Problems: markers that do not render, and figures typed on a page that no result or snippet holds.

    `pages` maps "docs/<page>.md" to its text (``Site.pages``).
    """
    results = Results(root)
    problems = []
    for page, text in pages.items():
        src = page.removeprefix("docs/")
        text = results.render(text, src, placeholder="", errors=problems)
        for n, figure in page_figures(root, text).unsourced():
            problems.append(
                f"{page}:{n}: the figure {figure!r} is typed by hand: no benchmark result or snippet on this page "
                "holds it. Render it from a result file with <!-- bench:value RESULT KEY=VALUE ... COLUMN --> "
                "(syntax: proven/benchmarks.py), or reword without it."
            )
    return problems
