"""MkDocs hook: under every embedded snippet, say where its output was proven.

Reads snippets/proven.json, which the version matrix (`make matrix`) writes, and
compares each snippet's digest with the one recorded: an entry for an older
version of the snippet, or no entry at all, is said on the page, not hidden.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from harness import PROVEN_FILE, PYTHON_LANGS, START_METHODS, Site, parse_fences

_site: Site | None = None
_proven: dict = {}


def on_config(config):
    global _site, _proven
    _site = Site(Path(config.config_file_path).parent)
    path = _site.snippets_dir / PROVEN_FILE
    _proven = json.loads(path.read_text()) if path.exists() else {}
    return config


def on_page_markdown(markdown: str, page, config, files) -> str:
    lines = markdown.splitlines()
    # Fences are found the way the tests find them; insert from the bottom so line numbers hold.
    for fence in reversed(parse_fences(page.file.src_uri, markdown)):
        if fence.lang in PYTHON_LANGS and len(fence.body) == 1 and fence.embeds:
            closing = fence.line + len(fence.body)  # 0-based index of the closing ``` line
            indent = lines[fence.line - 1][: len(lines[fence.line - 1]) - len(lines[fence.line - 1].lstrip())]
            lines[closing + 1 : closing + 1] = ["", f'{indent}<p class="proven">{status(fence.embeds[0])}</p>']
    return "\n".join(lines) + "\n"


def status(rel: str) -> str:
    snippet_id = rel.removeprefix("snippets/")
    snippet = next((s for s in _site.snippets if s.id == snippet_id), None)
    reference = f"Python {sys.version_info[0]}.{sys.version_info[1]}"
    fallback = f"checked by every test run with {reference} under {', '.join(START_METHODS)}"
    entry = _proven.get("snippets", {}).get(snippet_id)
    if snippet is None:
        return "Not a tested snippet."
    if entry is None:
        return f"Output {fallback}; not yet in a run of the Python-version matrix."
    if entry["digest"] != snippet.digest():
        return f"Output {fallback}. Changed since the Python-version matrix ran on {entry['date']}."
    checked = entry["checked"]
    versions = sorted(checked, key=lambda v: tuple(map(int, v.split("."))))
    passed = [v for v in versions if all(checked[v].get(m) == "passed" for m in START_METHODS)]
    text = f"Output checked with Python {_ranges(passed)} under {', '.join(START_METHODS)}"
    text += f" ({_proven.get('platform', '?')}, {entry['date']})."
    failed = [f"{v} {m}" for v in versions for m, r in sorted(checked[v].items()) if r != "passed"]
    if failed:
        text += f" Not passed: {', '.join(failed)}."
    return text


def _ranges(versions: list[str]) -> str:
    """['3.9', '3.10', '3.11', '3.13'] -> '3.9–3.11, 3.13'."""
    groups: list[list[str]] = []
    for v in versions:
        minor = int(v.split(".")[1])
        if groups and int(groups[-1][-1].split(".")[1]) == minor - 1:
            groups[-1].append(v)
        else:
            groups.append([v])
    return ", ".join(g[0] if len(g) == 1 else f"{g[0]}–{g[-1]}" for g in groups) or "none"


