"""MkDocs hook: under every embedded snippet, say where its output was proven.

One line, a <details> that opens to the full sentence: its <summary> ("Checked on Python 3.9–3.15 ·
fork, spawn, forkserver") comes from proven.proof.summary, and what opens is proven.proof.status.

Reads snippets/proven.json, which the version matrix (`make matrix`) writes, and
compares each snippet's digest with the one recorded: an entry for an older
version of the snippet, or no entry at all, is said on the page, not hidden
(the summary itself says so, in bold). A page may also name the
interpreters of the last matrix run with ``<!-- proven:interpreters -->``, and how the ones
built on this machine were made with ``<!-- proven:builds -->``. A content tab whose
title names Python versions ("Python 3.9–3.12") opens with the patch releases that printed it.
"""

from __future__ import annotations

import re
from pathlib import Path

from proven import PYTHON_LANGS, Site, parse_fences, proof

TAB = re.compile(r'^(?P<indent>\s*)=== "(?P<title>[^"]*)"\s*$')  # a content tab (pymdownx.tabbed)
_site: Site | None = None
_proven: dict = {}


def on_config(config):
    global _site, _proven
    _site = Site(Path(config.config_file_path).parent)
    _proven = proof.read(_site)
    return config


def on_page_markdown(markdown: str, page, config, files) -> str:
    markdown = markdown.replace(proof.INTERPRETERS_MARK, proof.interpreters(_proven))
    markdown = markdown.replace(proof.BUILDS_MARK, proof.builds(_proven))
    lines = markdown.splitlines()
    tabs = [(i, m) for i, line in enumerate(lines) if (m := TAB.match(line))]
    for i, m in reversed(tabs):  # from the bottom, so that the indices above hold
        if note := proof.checked_in_tab(_proven, m["title"]):
            lines[i + 1 : i + 1] = [f'{m["indent"]}    <small class="checked-in-tab">{note}</small>', ""]
    markdown = "\n".join(lines)
    lines = markdown.splitlines()
    # Fences are found the way the tests find them; insert from the bottom so line numbers hold.
    for fence in reversed(parse_fences(page.file.src_uri, markdown)):
        if fence.lang in PYTHON_LANGS and len(fence.body) == 1 and fence.embeds:
            closing = fence.line + len(fence.body)  # 0-based index of the closing ``` line
            indent = lines[fence.line - 1][: len(lines[fence.line - 1]) - len(lines[fence.line - 1].lstrip())]
            checks = proof.checks(_site, _proven, fence.embeds[0])  # once: both lines come from it
            status, (summary, problem) = checks["text"], checks["summary"]
            css = "proven proven-problem" if problem else "proven"
            line = f'<details class="{css}"><summary>{summary}</summary><p>{status}</p></details>'
            lines[closing + 1 : closing + 1] = ["", indent + line]
    return "\n".join(lines) + "\n"
