"""Pages: the fenced blocks of a Markdown page, the files they embed, and the tabs they sit in.

Read the way pymdownx.superfences, pymdownx.snippets and pymdownx.tabbed read
them, so that the tests and the build hook see the same blocks the reader sees.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

PYTHON_LANGS = {"python", "py", "python3", "pycon"}
TITLE = re.compile(r'title="([^"]+)"')  # a block's title, in its info string
FRAGMENT_TITLE = re.compile(r'title="Not run: [^"]{8,}"')
UNORDERED_TITLE = re.compile(r'title="[^"]*order may vary[^"]*"', re.IGNORECASE)
PRINT_COMMENT = re.compile(r"^\s*#> ?(.*)$")
EMBED = re.compile(r'^\s*-+8<-+\s+"(?P<path>[^"]+)"\s*$')
FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
TAB_LABEL = re.compile(r'^(?P<indent>[ \t]*)===\+?\s+"(?P<label>[^"]*)"')


def inline_output(source: str) -> str:
    """What a snippet's `#>` comments say it prints."""
    return "\n".join(m[1] for m in map(PRINT_COMMENT.match, source.splitlines()) if m) + "\n"


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
    def titled_example(self) -> tuple[str, str] | None:
        """(title, snippet path) of a python block that embeds one snippet under a title, else None:
        the example whose title links to its file (hooks/sources.py)."""
        title = TITLE.search(self.info)
        if self.lang in PYTHON_LANGS and len(self.embeds) == 1 and title:
            return title[1], self.embeds[0]
        return None

    @property
    def lines(self) -> range:
        """The page's lines (1-based) the block spans, both fence lines included."""
        return range(self.line, self.line + len(self.body) + 2)

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
