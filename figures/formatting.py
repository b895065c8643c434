"""How a result's figures read on a page: one value with its unit, a Markdown table, a caption."""

from __future__ import annotations

import re

from .schema import REGENERATE

NO_SPACE_UNITS = {"×", "x", "%"}  # "1.99×", "25%"; every other unit after a space: "0.40 s"


def format_value(value, column: dict, *, unit: bool = True) -> str:
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
    text = format_value(row.get(key), column, unit=False)
    low, high = row.get(f"{key}_min"), row.get(f"{key}_max")
    if low is not None and high is not None:
        # No line break inside "0.23 (0.21–0.25)": a no-break space, and a word joiner after the dash.
        text += f"\u00a0({format_value(low, column, unit=False)}–\u2060{format_value(high, column, unit=False)})"
    return text.replace("|", "\\|")


def _numeric(column: dict, rows: list[dict]) -> bool:
    values = [row.get(column["key"]) for row in rows if row.get(column["key"]) is not None]
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


def table(columns: list[dict], rows: list[dict]) -> str:
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


def build_kind(build: dict) -> str:
    """"Debian's package, PGO/LTO by its packaging", "pyenv, -O3, no PGO/LTO": what a reader compares."""
    origin = str(build.get("origin", ""))
    where = ("Debian's package" if origin.startswith("Debian") else "pyenv" if origin.startswith("pyenv")
             else "built here" if origin.startswith("built on this machine") else origin.split(" (")[0] or "?")
    if build.get("pgo") is None and origin.startswith("Debian"):
        how = "PGO/LTO by its packaging"
    else:
        done = [name for name in ("pgo", "lto") if build.get(name)]
        opt = next((w for w in str(build.get("opt", "")).split() if w.startswith("-O")), "")
        how = ", ".join(filter(None, [opt, "+".join(n.upper() for n in done) or "no PGO/LTO"]))
    return f"{where}, {how}" + (", free-threaded" if build.get("free_threaded") else "")


def _build_kinds(result: dict, rows: list[dict]) -> str:
    """Which builds the rows come from, grouped: "3.9.18, 3.12.1: pyenv, -O3, no PGO/LTO; 3.13.18: ..."."""
    builds = result.get("builds") or {}
    labels = list(dict.fromkeys(str(r["python"]) for r in rows if r.get("python"))) or list(builds)
    groups: dict[str, list[str]] = {}
    for label in labels:
        if label in builds:
            groups.setdefault(build_kind(builds[label]), []).append(label)
    if len(groups) == 1 and len(labels) == 1:
        return next(iter(groups))
    return "; ".join(f"{', '.join(sorted(ls, key=_version_key))}: {kind}" for kind, ls in groups.items())


def caption(result: dict, rows: list[dict], columns: list[dict], title: str | None = None) -> str:
    """Where and how the figures were measured, and how to measure them again."""
    machine = result.get("machine", {})
    details = []
    if machine.get("usable_cpus"):
        cpus, logical = machine["usable_cpus"], machine.get("logical_cpus")
        details.append(f"{cpus} CPUs usable" + (f" of {logical}" if logical and logical != cpus else ""))
    if machine.get("system"):
        details.append(machine["system"])
    before, after = machine.get("load_average_before"), machine.get("load_average_after")
    if before and after:  # a busy machine measures slower: say how busy, before and after
        others = machine.get("cpu_busy_before")  # the second before it started: other programs only
        details.append(f"1-minute load average {before[0]:g} before"
                       + (f" (other programs: {others:g} CPUs busy)" if others is not None else "")
                       + f", {after[0]:g} after")
    elif machine.get("load_average_1min") is not None:
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
    kinds = _build_kinds(result, rows)
    if kinds:
        text += f" ({kinds})"
    if result.get("repetitions") == 1:
        text += "; a single run"
    elif result.get("repetitions") and result.get("statistic", "median") == "median":
        spread = any(f"{c['key']}_min" in row for c in columns for row in rows)
        text += f"; median of {result['repetitions']} runs" + (" (lowest–highest)" if spread else "")
        if result.get("warmups"):
            text += f" after {result['warmups']} discarded warm-up{'s' if result['warmups'] > 1 else ''}"
    elif result.get("statistic"):
        text += f"; {result['statistic']}"
    if result.get("busy"):
        text += "; recorded on a busy machine"
    text += "."
    if result.get("command"):
        text += f" Regenerate: `{result['command']}`, or all of them with `{REGENERATE}`."
    title = title or result.get("title")
    return f"**{title.rstrip('.')}.** {text}" if title else text


def _spread(result: dict) -> str:
    """The interquartile range of the timed figures as a share of their median: typical and worst."""
    shares = []
    for row in result.get("rows") or []:
        for key, value in row.items():
            iqr = row.get(f"{key}_iqr")
            if iqr is not None and isinstance(value, (int, float)) and value > 0 and not key.endswith("_iqr"):
                shares.append(iqr / value)
    if not shares:
        return "—"
    shares.sort()
    return f"{shares[len(shares) // 2]:.0%} (up to {shares[-1]:.0%})"


def methods(results, names: list[str]) -> str:
    """The methodology table: per result file, what it measures, on which builds, how many runs after how
    many warm-ups, the spread, and how busy the machine was (``bench:methods``)."""
    from .schema import FigureError

    paths = sorted(results.dir.glob("*.json"))
    chosen = names or [p.stem for p in paths]
    if not chosen:
        raise FigureError("no result files to describe")
    lines = ["| Result | What it measures | Builds | Statistic and runs | Spread: IQR / median | "
             "Load average, before → after | Measured |", "| --- | --- | --- | --- | --: | --- | --- |"]
    for name in chosen:
        result = results.load(name)
        rows = result.get("rows") or []
        kinds = _build_kinds(result, rows) or "?"
        labels = sorted({str(r["python"]) for r in rows if r.get("python")} or set(result.get("builds") or {}),
                        key=_version_key)
        builds = kinds if ":" in kinds else f"{', '.join(labels)} ({kinds})"
        statistic = result.get("statistic", "median")
        runs = f"{statistic} of {result.get('repetitions', '?')} runs" if statistic == "median" else statistic
        if statistic == "median" and result.get("warmups"):
            runs += f", {result['warmups']} warm-up{'s' if result['warmups'] > 1 else ''} discarded"
        machine = result.get("machine", {})
        before, after = machine.get("load_average_before"), machine.get("load_average_after")
        load = f"{before[0]:g} → {after[0]:g}" if before and after else "?"
        if machine.get("cpu_busy_before") is not None:
            load += f" (others: {machine['cpu_busy_before']:g} CPUs)"
        if result.get("busy"):
            load += " (busy: recorded with --busy-ok)"
        title = str(result.get("title", name)).replace("|", "\\|")
        lines.append(f"| `{name}` | {title} | {builds.replace('|', '/')} | {runs} | {_spread(result)} | {load} | "
                     f"{str(result.get('measured', '?'))[:10]} |")
    return "\n".join(lines)
