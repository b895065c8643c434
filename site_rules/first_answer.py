"""The first answer: what a question page says above its first deeper (`## `) heading.

A learner should be able to read it in two minutes and hand it in; a developer
should be able to act on it. The budget below is what the tests hold every
question page to; the README's authoring section states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from proven.fences import PYTHON_LANGS, parse_fences

WORDS = 300  # prose words above the first "## " heading: about two minutes of reading
PROGRAMS = 1  # python blocks (embedded snippets) above it
ANSWER_SECTION = "answer"  # <!-- --8<-- [start:answer] --> ... [end:answer]: the home page embeds it
ANSWER_WORDS = 60  # the part the home page shows at a glance
QUESTIONS = "The six questions"  # the nav section whose pages each open with a first answer
# The questions that ask for a program: the home page (the answer sheet) shows their first program too.
HOME_SHOWS_PROGRAM = ("docs/q3-create-a-process.md", "docs/q5-create-a-pool.md", "docs/q6-four-processes.md")

# The main road, measured in the browser (tests/browser/test_learner_path.py): from the top of a
# question page to its first "## " heading, and the whole page, in screens of these viewports.
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
MAIN_ROAD_SCREENS = 2  # desktop screens down to the first depth heading
PAGE_SCREENS = 8  # desktop screens for the whole page; what does not fit gets its own page

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")  # [text](target): only the text is read
ATTRS = re.compile(r"\{[:#.][^}]*\}")  # attr_list: { #anchor .class }
ADMONITION = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+"([^"]*)")?\s*$')  # keep the title only
TAB = re.compile(r'^\s*===\+?\s+"([^"]*)"\s*$')
WORD = re.compile(r"[^\s|*_>#`=-][^\s|]*")  # a run of non-space characters that is not pure markup


@dataclass(frozen=True)
class FirstAnswer:
    page: str
    prose: str  # the text read above the first "## " heading, markup and code blocks removed
    programs: int  # python blocks above it
    deeper_heading: int | None  # 1-based line of the first "## " heading, None if the page has none

    @property
    def words(self) -> int:
        return len(WORD.findall(self.prose))


def first_answer(page: str, text: str) -> FirstAnswer:
    """Measure the part of a page above its first `## ` heading (outside code blocks)."""
    lines = text.splitlines()
    fences = parse_fences(page, text)
    in_fence: set[int] = set()  # 1-based lines inside fenced blocks, fences included
    for f in fences:
        in_fence.update(range(f.line, f.line + len(f.body) + 2))
    end = next(
        (n for n, line in enumerate(lines, 1) if n not in in_fence and line.startswith("## ")),
        None,
    )
    above = [line for n, line in enumerate(lines, 1) if (end is None or n < end) and n not in in_fence]
    prose = FRONT_MATTER.sub("", "\n".join(above) + "\n")
    prose = COMMENT.sub("", prose)
    kept = []
    for line in prose.splitlines():
        if line.startswith("# "):  # the question itself
            continue
        if m := ADMONITION.match(line) or TAB.match(line):
            line = m[1] or ""
        kept.append(ATTRS.sub("", LINK.sub(r"\1", line)))
    programs = sum(1 for f in fences if f.lang in PYTHON_LANGS and (end is None or f.line < end))
    return FirstAnswer(page, "\n".join(kept).strip(), programs, end)


def first_program(page: str, text: str) -> str | None:
    """The snippet the page's first python block embeds ("snippets/<id>"), or None."""
    return next((f.embeds[0] for f in parse_fences(page, text) if f.lang in PYTHON_LANGS and f.embeds), None)


def answer_section(text: str) -> str | None:
    """The lines between the page's `[start:answer]` and `[end:answer]` markers, or None."""
    m = re.search(
        rf"^[^\n]*-+8<-+\s*\[start:{ANSWER_SECTION}\][^\n]*\n(?P<body>.*?)^[^\n]*-+8<-+\s*\[end:{ANSWER_SECTION}\]",
        text,
        re.DOTALL | re.MULTILINE,
    )
    return m["body"] if m else None
