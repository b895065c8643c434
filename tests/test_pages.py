"""This site's rules for its pages: every python block proven, every output labelled and embedded,
first answers in budget, stable anchors, and no figure typed by hand."""

from __future__ import annotations

import re

import yaml

from figures.check import typed_figures
from proven import (
    FRAGMENT_TITLE,
    NOT_SNIPPETS,
    PLATFORM_NAMES,
    PYTHON_LANGS,
    START_METHODS,
    UNORDERED_TITLE,
    Site,
    Snippet,
    parse_fences,
)
from site_rules import report as _report
from site_rules.first_answer import (
    ANSWER_SECTION,
    ANSWER_WORDS,
    HOME_SHOWS_PROGRAM,
    PROGRAMS,
    QUESTIONS,
    WORD,
    WORDS,
    answer_section,
    first_answer,
    first_program,
)
from site_rules.install_lines import missing_install_lines


def test_every_python_block_is_proven(site: Site) -> None:
    """Each python block on a page embeds one tested snippet whole, or is marked `title="Not run: <reason>"`."""
    problems = []
    for fence in site.fences:
        if fence.lang not in PYTHON_LANGS:
            continue
        if FRAGMENT_TITLE.search(fence.info):
            continue
        body = [line for line in fence.body if line.strip()]
        embeds = fence.embeds
        if not embeds:
            problems.append(
                f'{fence.where}: python block written on the page; embed a snippet (--8<-- "snippets/...py") '
                'or mark it title="Not run: <reason the reader sees>"'
            )
        elif len(body) != 1 or not embeds[0].startswith("snippets/") or not embeds[0].endswith(".py"):
            problems.append(
                f"{fence.where}: a python block must embed exactly one whole snippets/*.py file, nothing else"
            )
        elif not (site.root / embeds[0]).is_file():
            problems.append(f"{fence.where}: embeds {embeds[0]}, which does not exist")
    _report(problems)


UNBUFFERED_TAB = "PYTHONUNBUFFERED"  # what a tab showing a <name>.unbuffered.out file must name


def test_every_output_is_labelled(site: Site) -> None:
    """Outputs whose order may vary say so; per-method, per-version and per-environment outputs
    sit in tabs naming them."""
    shown_for: dict[str, tuple[Snippet, set[str], str | None]] = {}  # file -> (snippet, methods, the tab's Python)
    for s in site.snippets:
        for method in START_METHODS:
            base = s.expected_path(method)
            if base:
                entry = shown_for.setdefault(site.rel(base), (s, set(), None))
                entry[1].add(method)
            for path, versions in s.overrides(method).items():
                entry = shown_for.setdefault(site.rel(path), (s, set(), f"3.{versions[0]}"))
                entry[1].add(method)
            for path, version in s.free_threaded_overrides(method).items():
                entry = shown_for.setdefault(site.rel(path), (s, set(), f"{version[0]}.{version[1]}t"))
                entry[1].add(method)
        if s.unbuffered_override().exists():
            shown_for[site.rel(s.unbuffered_override())] = (s, set(), UNBUFFERED_TAB)
    problems = []
    for fence in site.fences:
        labels = " / ".join(fence.tabs)
        for path in fence.embeds:
            if path not in shown_for:
                continue
            snippet, methods, python = shown_for[path]
            if snippet.settings.order == "any" and not UNORDERED_TITLE.search(fence.info):
                problems.append(f'{fence.where}: {path} is compared in any order; title it "Output (order may vary)"')
            if snippet.settings.by_start_method and not all(m in labels for m in methods):
                problems.append(f"{fence.where}: {path} must sit in a content tab naming {' / '.join(sorted(methods))}")
            if python == UNBUFFERED_TAB and UNBUFFERED_TAB not in labels:
                problems.append(f"{fence.where}: {path} must sit in a content tab naming {UNBUFFERED_TAB}")
            elif python and python != UNBUFFERED_TAB and python not in labels:
                problems.append(f"{fence.where}: {path} must sit in a content tab naming Python {python}")
    for s in site.snippets:
        for version, reason in s.settings.not_on_python:
            for page in site.pages_showing(s.path):
                if f"Python {version}" not in site.pages[page]:
                    problems.append(
                        f"{page}: {s.rel} does not run on Python {version} ({reason}); the page must say so"
                    )
        for platform, reason in s.settings.not_on:
            name = PLATFORM_NAMES.get(platform, platform)
            for page in site.pages_showing(s.path):
                if name not in site.pages[page] and "POSIX" not in site.pages[page]:
                    problems.append(f"{page}: {s.rel} does not run on {name} ({reason}); the page must say so")
    _report(problems)


HOME = "docs/index.md"


def test_first_answers_fit_the_budget(site: Site) -> None:
    """Each question page opens with a complete first answer, in budget; the home page shows each at a glance."""
    pages = site.nav_section(QUESTIONS)
    problems = [] if pages else [f"mkdocs.yml: no nav section {QUESTIONS!r} listing the question pages"]
    home = site.pages.get(HOME, "")
    for page in pages:
        text = site.pages.get(page)
        if text is None:
            problems.append(f"{page}: in the nav section {QUESTIONS!r}, but not found")
            continue
        answer = first_answer(page, text)
        where = f"{page}: the first answer (above the first '## ' heading, line {answer.deeper_heading})"
        if answer.deeper_heading is None:
            problems.append(f"{page}: no '## ' heading: put the depth below the first answer, under titled sections")
        if answer.words > WORDS:
            problems.append(f"{where} has {answer.words} words of prose; the budget is {WORDS}: move depth below it")
        if answer.programs != PROGRAMS:
            problems.append(f"{where} shows {answer.programs} programs; it must show exactly {PROGRAMS}")
        section = answer_section(text)
        marker = f"<!-- --8<-- [start:{ANSWER_SECTION}] --> ... <!-- --8<-- [end:{ANSWER_SECTION}] -->"
        if section is None:
            problems.append(f"{page}: mark the answer at a glance with {marker} (the home page shows it)")
            continue
        if answer.deeper_heading and text[: text.index(section)].count("\n") + 1 > answer.deeper_heading:
            problems.append(f"{page}: the {ANSWER_SECTION!r} section must sit in the first answer")
        if (words := len(WORD.findall(section))) > ANSWER_WORDS:
            problems.append(
                f"{page}: the {ANSWER_SECTION!r} section has {words} words; the home page shows at most {ANSWER_WORDS}"
            )
        if page != HOME and f'"{page}:{ANSWER_SECTION}"' not in home:
            problems.append(f'{HOME}: must show {page}\'s answer at a glance: --8<-- "{page}:{ANSWER_SECTION}"')
        if page in HOME_SHOWS_PROGRAM and (program := first_program(page, text)) and f'"{program}"' not in home:
            problems.append(f'{HOME}: must show {page}\'s first program, as the page does: --8<-- "{program}"')
    _report(problems)


def test_every_snippet_file_is_on_a_page(site: Site) -> None:
    """No orphans: every file in snippets/ is embedded by a page, every embed exists, every output exists."""
    embedded = {path for _, _, path in site.embeds}
    problems = [
        f"{page}:{line}: embeds {path}, which does not exist"
        for page, line, path in site.embeds
        if not (site.root / path.split(":")[0]).is_file()
    ]
    for file in sorted(site.snippets_dir.rglob("*")):
        if file.is_file() and file.name not in NOT_SNIPPETS and "__pycache__" not in file.parts:
            if site.rel(file) not in embedded:
                problems.append(f"{site.rel(file)} is used by no page")
    for snippet in site.snippets:
        for path in snippet.expected_paths():
            if not path.exists():
                problems.append(f"{site.rel(path)} is missing: create it with `pytest --update-examples`")
    _report(problems)


HEADING = re.compile(r"^#{2,6} (.*)$")


STABLE_ID = re.compile(r"\{ #[\w-]+(?: data-toc-label=\"[^\"]+\")? \}$")  # a short label for the table of contents


def test_every_heading_has_a_stable_anchor(site: Site) -> None:
    """Each section heading sets its id (`## Title { #id }`): rewording a heading keeps its links."""
    problems = []
    for page, text in site.pages.items():
        in_fences = {n for fence in parse_fences(page, text) for n in fence.lines}
        for number, line in enumerate(text.splitlines(), 1):
            if number not in in_fences and (heading := HEADING.match(line)) and not STABLE_ID.search(heading[1]):
                problems.append(f"{page}:{number}: {line.strip()!r} has no {{ #id }}")
    _report(problems)


def test_figures_come_from_results(site: Site) -> None:
    """No measured figure is typed by hand: each comes from a bench marker (benchmarks/results/*.json)
    or is a figure of a snippet the page embeds; every marker names a result, row and column that exist."""
    _report(typed_figures(site.root, site.pages))


def test_every_program_with_a_package_shows_its_pip_install(site: Site) -> None:
    """A program that imports a third-party package follows a `pip install` line naming it, in its section."""
    _report(missing_install_lines(site))


def test_every_front_matter_parses(site: Site) -> None:
    """A page's front matter is YAML that parses: MkDocs drops one that does not without a word, and the
    page loses its description (a plain value with ": " inside, such as a pasted error, needs `>-`)."""
    problems = []
    for page, text in site.pages.items():
        if text.startswith("---\n"):
            try:
                meta = yaml.safe_load(text.split("---\n", 2)[1])
            except yaml.YAMLError as exc:
                problems.append(f"{page}: front matter is not valid YAML: {str(exc).splitlines()[0]}")
                continue
            if not isinstance(meta, dict) or not isinstance(meta.get("description"), str):
                problems.append(f"{page}: front matter without a description")
            elif '"' in meta["description"]:  # Material writes it unescaped into <meta content="...">: the
                # quote ends the attribute, the rest ends <head>, and the icon and styles after it land in <body>
                problems.append(f"{page}: the description holds a double quote (use single quotes)")
    _report(problems)
