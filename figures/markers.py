"""The ``bench:`` markers of a page (syntax in ``figures/__init__.py``), rendered from the result files."""

from __future__ import annotations

import math
import posixpath
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from .formatting import caption, format_value, methods, table
from .schema import REGENERATE, SCHEMES, FigureError, ResultFiles, plot_file

OPENING = re.compile(r"<!--\s*bench:")
MARKER = re.compile(r"<!--\s*bench:(?P<kind>[\w-]*)(?P<args>(?:(?!-->).)*?)\s*-->")


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
        if kind not in ("table", "plot", "value", "methods"):
            raise FigureError(f"unknown kind bench:{kind}; use bench:table, bench:plot, bench:value or bench:methods")
        try:
            words = shlex.split(args)
        except ValueError as exc:
            raise FigureError(f"cannot read the marker's arguments: {exc}") from None
        if kind == "methods":  # every result file, or the ones named
            return cls(kind, " ".join(words), None, {}, None, None)
        if not words:
            raise FigureError("no result named")
        name, *rest = words
        plot = None
        if kind == "plot":
            name, _, plot = name.partition("/")
            if not plot:
                raise FigureError("name the plot: bench:plot RESULT/PLOT")
        pairs = [w.partition("=") for w in rest]
        where = {k: v for k, eq, v in pairs if eq and k != "columns"}
        columns = next((v.split(",") for k, eq, v in pairs if eq and k == "columns"), None)
        bare = [k for k, eq, _ in pairs if not eq]
        key = None
        if kind == "value":
            if len(bare) != 1:
                raise FigureError("bench:value needs exactly one KEY (what to quote) after the KEY=VALUE pairs")
            key = bare[0]
        elif bare:
            raise FigureError(f"unexpected {' '.join(bare)!r}: arguments are KEY=VALUE")
        return cls(kind, name, plot, where, columns, key)


def render(
    results: ResultFiles, markdown: str, page: str, *, placeholder: str | None = None, first_line: int = 1,
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
                text = _render(results, marker, page, alone=line.strip() == m[0])
            except FigureError as exc:
                message = f"docs/{page}:{n + first_line}: {m[0]}: {exc}"
                if errors is None:
                    raise FigureError(message) from None
                errors.append(message)
                return placeholder or ""
            if placeholder is not None:
                return placeholder
            return "\n".join((indent + t if t else t) for t in text.rstrip("\n").split("\n")).lstrip()

        lines[n] = MARKER.sub(replace, line)
        if OPENING.search(lines[n]):  # split over lines, or unclosed: it would render as nothing
            message = f"docs/{page}:{n + first_line}: a bench: marker must open and close on one line"
            if errors is None:
                raise FigureError(message)
            errors.append(message)
    return "\n".join(lines)


def _render(results: ResultFiles, marker: Marker, page: str, *, alone: bool) -> str:
    if marker.kind == "methods":
        if not alone:
            raise FigureError("a bench:methods marker must be alone on its line")
        return methods(results, marker.name.split()) + "\n"
    result = results.load(marker.name)
    if marker.kind == "value":
        return _value(result, marker)
    if not alone:
        raise FigureError(f"a bench:{marker.kind} marker must be alone on its line")
    rows = _rows(result, marker.where)
    columns = _columns(result, marker.columns)
    numbers = table(columns, rows)
    notes = result.get("notes") or ""
    if marker.kind == "table":
        return "\n\n".join(p for p in (caption(result, rows, columns), numbers, notes) if p) + "\n"
    plot = next((p for p in (result.get("plots") or []) if p["name"] == marker.plot), None)
    if plot is None:
        have = ", ".join(p["name"] for p in (result.get("plots") or [])) or "none"
        raise FigureError(f"{marker.name} lists no plot {marker.plot!r} (it lists: {have})")
    images = [_image(results.root, plot, scheme, page) for scheme in SCHEMES]
    block = "\n\n".join(p for p in (numbers, notes) if p)
    block = "\n".join("    " + line if line else "" for line in block.split("\n"))  # inside the block
    plot_caption = caption(result, rows, columns, title=plot.get("title"))
    return "\n".join(images) + f"\n\n{plot_caption}\n\n??? note \"The numbers\"\n\n{block}\n"


def _image(root: Path, plot: dict, scheme: str, page: str) -> str:
    file = plot_file(plot["name"], scheme)
    path = root / "docs" / file
    if not path.is_file():
        raise FigureError(f"plot file docs/{file} is missing; `{REGENERATE}` writes it")
    src = posixpath.relpath(file, posixpath.dirname(page) or ".")
    alt = re.sub(r"([\[\]\\])", r"\\\1", " ".join(plot["alt"].split()))
    size = _svg_size(path)  # width and height: the page does not shift when the image arrives
    attrs = f' width="{size[0]}" height="{size[1]}"' if size else ""
    return f'![{alt}]({src}#only-{scheme}){{{attrs} loading="lazy" }}'


def _rows(result: dict, where: dict[str, str]) -> list[dict]:
    rows = result["rows"]
    for key in where:
        if not any(key in row for row in rows):
            raise FigureError(f"{result['benchmark']} has no row key {key!r} (keys: {', '.join(_keys(rows))})")
    picked = [row for row in rows if all(_same(row.get(k), v) for k, v in where.items())]
    if not picked:
        raise FigureError(f"{result['benchmark']} has no row where {_pairs(where)}")
    return picked


def _columns(result: dict, keys: list[str] | None) -> list[dict]:
    columns = result["columns"]
    if keys is None:
        return columns
    by_key = {c["key"]: c for c in columns}
    unknown = [k for k in keys if k not in by_key]
    if unknown:
        have = ", ".join(by_key)
        raise FigureError(f"{result['benchmark']} has no column {', '.join(unknown)} (columns: {have})")
    return [by_key[k] for k in keys]


def _value(result: dict, marker: Marker) -> str:
    key = marker.key
    if not marker.where and key in result and key not in ("rows", "columns"):
        value = result[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise FigureError(f"{marker.name}'s {key!r} is not a number")
        return format_value(value, {})
    rows = _rows(result, marker.where)
    if len(rows) != 1:
        raise FigureError(
            f"{len(rows)} rows of {marker.name} match {_pairs(marker.where) or 'no selector'}; "
            "add KEY=VALUE pairs until one does"
        )
    row = rows[0]
    if key not in row:
        raise FigureError(f"the row where {_pairs(marker.where)} has no {key!r} (it has: {', '.join(row)})")
    return format_value(row[key], _column_of(result["columns"], key))


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


def _svg_size(path: Path) -> tuple[int, int] | None:
    """The SVG's width and height in CSS pixels (matplotlib writes points)."""
    head = path.read_text(encoding="utf-8", errors="replace")[:2000]
    m = re.search(r'<svg[^>]*\bwidth="([\d.]+)(pt|px)?"[^>]*\bheight="([\d.]+)(pt|px)?"', head, re.DOTALL)
    if not m:
        return None
    scale = 4 / 3 if m[2] == "pt" else 1
    return round(float(m[1]) * scale), round(float(m[3]) * scale)
