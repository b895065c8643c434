"""Every example on every page, proven: run, compared with what the page shows, linted, accounted for.

Adding a page and a snippet needs no change here: everything is discovered from
docs/ and snippets/ (the `proven` package holds the conventions and the engine; its
pytest plugin gives the options, the `site` and the matrix results).
"""

from __future__ import annotations

import multiprocessing
import re
import sys
from html import escape as html_escape
from pathlib import Path
from textwrap import indent
from urllib.parse import quote, urlsplit

import pytest
from mkdocs.config import load_config
from pytest_examples import CodeExample, EvalExample

from proven import (
    FRAGMENT_TITLE,
    NOT_SNIPPETS,
    OUTLIVE_GRACE,
    PLATFORM_NAMES,
    PYTHON_LANGS,
    REFERENCE,
    SETTINGS_FILE,
    START_METHODS,
    UNBUFFERED,
    UNORDERED_TITLE,
    Notebook,
    Python,
    Site,
    Snippet,
    diff,
    parse_fences,
    same_output,
)
from proven.benchmarks import typed_figures
from proven.first_answer import ANSWER_SECTION, ANSWER_WORDS, PROGRAMS, WORDS, WORD, answer_section, first_answer
from proven.notebooks import cell_output_text, coalesce_streams
from proven.resources import resources_loaded
from proven.static_site import build
from proven.update import Rewriter

RUFF = {"target_version": "py39", "ruff_line_length": 88, "isort": True, "upgrade": True, "ruff_select": ["B"]}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    site: Site = metafunc.config.docs_site
    if "snippet" in metafunc.fixturenames:
        snippets = site.snippets
        if metafunc.function.__name__ == "test_inline_prints":
            snippets = [s for s in snippets if s.prints_inline]
        metafunc.parametrize("snippet", snippets, ids=[s.id for s in snippets])
    if {"method", "python"} <= set(metafunc.fixturenames):
        # every start method with every interpreter; the reference also as PyCharm, `python -u` and Docker run it
        pythons = metafunc.config.docs_pythons
        runs = [(m, p) for p in pythons for m in START_METHODS]
        runs += [(UNBUFFERED, p) for p in pythons if p.version == REFERENCE and not p.free_threaded]
        runs.sort(key=lambda run: pythons.index(run[1]))
        metafunc.parametrize(["method", "python"], runs, ids=[f"{m}-{p.name}" for m, p in runs])
    elif "method" in metafunc.fixturenames:
        metafunc.parametrize("method", START_METHODS)
    if "notebook" in metafunc.fixturenames:
        notebooks = site.notebooks
        metafunc.parametrize("notebook", notebooks, ids=[n.id for n in notebooks])
    if "module" in metafunc.fixturenames:
        modules = [m for n in site.notebooks for m in n.written_modules()]
        metafunc.parametrize("module", modules, ids=[f"{m.notebook.id}:{m.name}" for m in modules])
    if "fragment" in metafunc.fixturenames:
        fragments = [f for f in site.fences if f.lang in PYTHON_LANGS and FRAGMENT_TITLE.search(f.info)]
        metafunc.parametrize("fragment", fragments, ids=[f.where for f in fragments])


def test_snippet_output(
    snippet: Snippet, method: str, python: Python, update_examples: bool, rewriter: Rewriter
) -> None:
    """Run the snippet as `python <snippet>.py` under `method` (UNBUFFERED: the default one, with
    PYTHONUNBUFFERED=1); it must print what its page shows."""
    if method != UNBUFFERED and method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"start method {method!r} does not exist on {sys.platform}")
    if python.executable is None:
        how = "`make free-threaded` builds it" if python.free_threaded else "`make pythons` says how to provide it"
        pytest.skip(f"Python {python.name} is not installed on this machine ({how})")
    settings = snippet.settings
    if sys.platform in dict(settings.not_on):
        pytest.skip(f"{snippet.rel}: {dict(settings.not_on)[sys.platform]}")
    if python.name in dict(settings.not_on_python):
        pytest.skip(f"{snippet.rel}: not on Python {python.name}: {dict(settings.not_on_python)[python.name]}")
    run = snippet.run(method, python)
    reference = python.version == REFERENCE and not python.free_threaded
    under = (f"start method {method!r}" if method != UNBUFFERED else "PYTHONUNBUFFERED=1") + (
        "" if reference else f", Python {python.name}"
    )
    if run.returncode is None:
        pytest.fail(
            f"{snippet.rel} under {under} {run.hung}; it was killed with all its child processes "
            f"(a program that waits on purpose declares `quiet` in {SETTINGS_FILE}). "
            f"Output so far:\n{indent(run.output, '  ')}",
            pytrace=False,
        )
    if run.left_running:
        pytest.fail(
            f"{snippet.rel} under {under} ended, but it left processes running {OUTLIVE_GRACE:g} s later "
            f"(killed now); a program must stop what it starts:\n" + indent("\n".join(run.left_running), "  "),
            pytrace=False,
        )

    expected_path = snippet.expected_path(method, python.version, python.free_threaded)
    shown = snippet.rel if expected_path is None else snippet.site.rel(expected_path)
    expected = snippet.expected(method, python.version, python.free_threaded)

    if update_examples and expected_path is not None:
        conflict = rewriter.snippet_output(snippet, method, python, run.output)
        if conflict:
            pytest.fail(conflict, pytrace=False)
        return
    if expected is None:
        pytest.fail(
            f"{snippet.rel}: no expected output {shown} (under {under}); "
            "create it with `pytest --update-examples` and embed it on the page.",
            pytrace=False,
        )
    if snippet.prints_inline and update_examples:
        return  # pytest-examples rewrites the #> lines (test_inline_prints)
    if not same_output(expected, run.output, settings):
        pages = ", ".join(snippet.pages(expected_path)) or "no page"
        if method == UNBUFFERED:
            hint = (f"\nIf a reader with PYTHONUNBUFFERED=1 (PyCharm, python -u, Docker) legitimately sees this, "
                    f"--update-examples writes {snippet.site.rel(snippet.unbuffered_override())}: show it in a tab "
                    "naming PYTHONUNBUFFERED. Better: make the program print the same everywhere.")  # fmt: skip
        elif settings.by_start_method:
            hint = ""
        else:
            hint = f"\nIf this output legitimately differs by start method, declare by_start_method in {SETTINGS_FILE}."
        pytest.fail(
            f"{snippet.rel} under {under} printed something else than {pages} shows ({shown}):\n"
            + diff(expected, run.output, settings, expected_name=f"shown ({shown})", actual_name=f"printed ({method})")
            + "\nRun `pytest --update-examples` to take the new output if it is right."
            + hint,
            pytrace=False,
        )


def test_notebook(notebook: Notebook, method: str, update_examples: bool, rewriter: Rewriter) -> None:
    """Execute the notebook with a real kernel under `method`; each cell must print what the page shows."""
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"start method {method!r} does not exist on {sys.platform}")
    stored = notebook.read()
    fresh = notebook.execute(method)  # raises (and fails) on an unexpected error or a cell timeout
    where = notebook.site.rel(notebook.path)
    problems, changed = [], False
    code_cells = [(i, c) for i, c in enumerate(stored.cells) if c.cell_type == "code"]
    for i, cell in code_cells:
        settings = notebook.cell_settings(i, cell)
        expected, actual = cell_output_text(cell, settings), cell_output_text(fresh.cells[i], settings)
        if same_output(expected, actual, settings):
            continue
        if update_examples:
            conflict = rewriter.notebook_cell(where, i, method, actual, settings)
            if conflict:
                problems.append(conflict)
            cell.outputs = coalesce_streams(fresh.cells[i].outputs)
            changed = True
            continue
        problems.append(
            f"{where} cell {i} under start method {method!r} printed something else than the page shows:\n"
            + diff(expected, actual, settings, expected_name="shown (saved in the notebook)", actual_name=f"printed ({method})")
        )
    if changed:
        notebook.save(stored)
    if problems:
        problems.append("Run `pytest --update-examples` to save the new outputs if they are right.")
    _report(problems)


def _report(problems: list[str]) -> None:
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def _eval(eval_example: EvalExample, **overrides) -> EvalExample:
    eval_example.set_config(**{**RUFF, **overrides})
    return eval_example


def test_snippet_lint(snippet: Snippet, eval_example: EvalExample) -> None:
    """ruff (pyflakes, pycodestyle, isort, pyupgrade for 3.9, bugbear) on the whole file, as a reader gets it."""
    example = CodeExample.create(snippet.source, path=snippet.path)
    if eval_example.update_examples:
        _eval(eval_example).format_ruff(example)
    else:
        _eval(eval_example).lint_ruff(example)


def test_inline_prints(snippet: Snippet, eval_example: EvalExample) -> None:
    """pytest-examples' in-process check of `#>` comments (parent-only printing)."""
    example = CodeExample.create(snippet.source, path=snippet.path)
    if eval_example.update_examples:
        eval_example.run_print_update(example)
    else:
        eval_example.run_print_check(example)


def test_fragment_lint(fragment, eval_example: EvalExample) -> None:
    """A marked, untested fragment must at least be valid, clean Python (names may be undefined)."""
    example = CodeExample.create(fragment.source, path=Path(fragment.page), start_line=fragment.line)
    _eval(eval_example, ruff_ignore=["F821", "F401", "F841", "I001"]).lint_ruff(example)


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
            problems.append(f"{fence.where}: a python block must embed exactly one whole snippets/*.py file, nothing else")
        elif not (site.root / embeds[0]).is_file():
            problems.append(f"{fence.where}: embeds {embeds[0]}, which does not exist")
    _report(problems)


UNBUFFERED_TAB = "PYTHONUNBUFFERED"  # what a tab showing a <name>.unbuffered.out file must name


def test_every_output_is_labelled(site: Site) -> None:
    """Outputs whose order may vary say so; per-method, per-version and per-environment outputs sit in tabs naming them."""
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
            for page in s.pages():
                if f"Python {version}" not in site.pages[page]:
                    problems.append(f"{page}: {s.rel} does not run on Python {version} ({reason}); the page must say so")
        for platform, reason in s.settings.not_on:
            name = PLATFORM_NAMES.get(platform, platform)
            for page in s.pages():
                if name not in site.pages[page] and "POSIX" not in site.pages[page]:
                    problems.append(f"{page}: {s.rel} does not run on {name} ({reason}); the page must say so")
    _report(problems)


QUESTIONS = "The six questions"  # the nav section whose pages each open with a first answer
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
            problems.append(f"{page}: the {ANSWER_SECTION!r} section has {words} words; the home page shows at most {ANSWER_WORDS}")
        if page != HOME and f'"{page}:{ANSWER_SECTION}"' not in home:
            problems.append(f'{HOME}: must show {page}\'s answer at a glance: --8<-- "{page}:{ANSWER_SECTION}"')
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


def _resolves(path: Path) -> bool:
    return path.is_file() or (path / "index.html").is_file()


def test_site_is_findable(site: Site, built_site: Path) -> None:
    """sitemap.xml lists every page at the site's URL, every page names that URL as canonical,
    and llms.txt links every page (as the Markdown the llmstxt plugin writes beside it)."""
    site_url = load_config(str(site.root / "mkdocs.yml"))["site_url"]
    assert site_url, "mkdocs.yml sets no site_url: the sitemap would list no page"
    pages = {site_url + url: source for url, source in site.page_sources().items()}
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    listed = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    problems = [f"sitemap.xml: {pages[u]} ({u}) is not listed" for u in sorted(pages.keys() - listed)]
    problems += [f"sitemap.xml lists {u}, which no page builds" for u in sorted(listed - pages.keys())]
    for url, source in pages.items():
        html = (built_site / url.removeprefix(site_url) / "index.html").read_text(encoding="utf-8")
        if f'<link rel="canonical" href="{url}">' not in html:
            problems.append(f"{source}: no canonical link to {url}")
    llms = (built_site / "llms.txt").read_text(encoding="utf-8")
    problems += [f"llms.txt: {source} is not linked ({url}index.md)" for url, source in pages.items()
                 if f"({url}index.md)" not in llms]  # fmt: skip
    full = (built_site / "llms-full.txt").read_text(encoding="utf-8")
    problems += [f"llms-full.txt lacks {source}" for source in site.pages
                 if (title := _title(site.pages[source])) and title not in full]  # fmt: skip
    _report(problems)


def _title(markdown: str) -> str | None:
    """A page's first "# " heading."""
    return next((line[2:].strip() for line in markdown.splitlines() if line.startswith("# ")), None)


SOURCE_LINK = re.compile(r'<a href="([^"]+)" title="The file the doc tests run: ([^"]+)">')


def _titled_examples(site: Site, page: str) -> list[str]:
    """The files a page's titled python blocks embed, in page order: each title must link to its file."""
    return [f.titled_example[1] for f in parse_fences(page, site.pages[page]) if f.titled_example]


def test_example_titles_link_the_file_a_test_runs(site: Site, built_site: Path) -> None:
    """Each example's title links to its snippet: in the repository, or (a build that knows none) the
    site's own copy of the file, byte for byte the file the tests run."""
    problems = []
    for url, source in site.page_sources().items():
        if source not in site.pages:
            continue
        html = (built_site / url / "index.html").read_text(encoding="utf-8")
        links = SOURCE_LINK.findall(html)
        if [rel for _, rel in links] != _titled_examples(site, source):
            problems.append(f"{source}: titles link {[rel for _, rel in links]}, the page embeds {_titled_examples(site, source)}")
        for href, rel in links:
            if urlsplit(href).scheme:
                if not href.endswith(f"/blob/main/{rel}"):
                    problems.append(f"{source}: {rel} links to {href}")
            elif (built_site / url / href).resolve().read_bytes() != (site.root / rel).read_bytes():
                problems.append(f"{source}: {href} is not a copy of {rel}")
    _report(problems)


def test_a_build_that_knows_its_repository_links_it(site: Site, tmp_path: Path) -> None:
    """With the repository's URL (the Pages workflow passes it): the header links it, titles link the
    files in it, notebook pages open in Colab and Binder; all plain links, no request to those hosts."""
    repo = "https://github.com/example-owner/example-repo"
    built = build(site.root, tmp_path / "site", REPO_URL=repo)
    problems = []
    for url, source in site.page_sources().items():
        html = (built / url / "index.html").read_text(encoding="utf-8")
        if not re.search(rf'<a href="{re.escape(repo)}" [^>]*class="md-source"', html):
            problems.append(f"{source}: no link to the repository in the header")
        problems += [f"{source}: loads {u}" for u in resources_loaded(html) if urlsplit(u).netloc]
        if source in site.pages:
            wanted = [f"{repo}/blob/main/{rel}" for rel in _titled_examples(site, source)]
            if [href for href, _ in SOURCE_LINK.findall(html)] != wanted:
                problems.append(f"{source}: example titles do not link {wanted}")
        else:
            colab = f"https://colab.research.google.com/github/example-owner/example-repo/blob/main/{source}"
            binder = f"https://mybinder.org/v2/gh/example-owner/example-repo/main?labpath={quote(source, safe='')}"
            problems += [f"{source}: no link {link}" for link in (colab, binder) if f'href="{link}"' not in html]
    _report(problems)


HEADING = re.compile(r"^#{2,6} (.*)$")
STABLE_ID = re.compile(r"\{ #[\w-]+ \}$")


def test_every_heading_has_a_stable_anchor(site: Site) -> None:
    """Each section heading sets its id (`## Title { #id }`): rewording a heading keeps its links."""
    problems = []
    for page, text in site.pages.items():
        in_fences = {n for fence in parse_fences(page, text) for n in fence.lines}
        for number, line in enumerate(text.splitlines(), 1):
            if number not in in_fences and (heading := HEADING.match(line)) and not STABLE_ID.search(heading[1]):
                problems.append(f"{page}:{number}: {line.strip()!r} has no {{ #id }}")
    _report(problems)


def test_site_builds_strict(site: Site, built_site: Path) -> None:
    """`mkdocs build --strict`: a missing snippet, broken link or bad anchor fails the build."""
    built = built_site
    outside = [
        f"{page.relative_to(built)}: loads {url}"
        for page in sorted([*built.rglob("*.html"), *built.rglob("*.css")])
        for url in resources_loaded(page.read_text(encoding="utf-8"), css=page.suffix == ".css")
        if urlsplit(url).netloc
    ]
    _report(outside)  # the browser suite checks the same at run time; this catches it at build time
    broken = [
        f"{page.relative_to(built)}: links to {href}, which is not in the built site"
        for page in sorted(built.rglob("*.html"))
        for href in re.findall(r'<a [^>]*href="([^"]+)"', page.read_text(encoding="utf-8"))
        if not (url := urlsplit(href)).scheme and url.path and not url.path.startswith("/")
        and not _resolves(page.parent / url.path)
    ]
    _report(broken)  # mkdocs validates Markdown links; this also covers notebook pages
    for notebook in site.notebooks:
        html = (built / notebook.id.removesuffix(".ipynb") / "index.html").read_text(encoding="utf-8")
        missing = [
            line
            for cell in notebook.read().cells
            for out in cell.get("outputs", [])
            if out["output_type"] == "stream" and out["name"] == "stdout"
            for line in out["text"].splitlines()[:1]
            if html_escape(line.strip(), quote=False) not in html
        ]
        assert not missing, f"{notebook.id}: the built page does not show these saved outputs: {missing}"
    examples = sum(1 for f in site.fences if f.lang in PYTHON_LANGS and f.embeds)
    proven = sum(p.read_text(encoding="utf-8").count('<p class="proven">') for p in built.rglob("*.html"))
    assert proven == examples, f"{examples} embedded examples, but {proven} 'Output checked ...' lines (hooks/proven.py)"


def test_notebook_module_lint(module, eval_example: EvalExample) -> None:
    """A module a notebook writes with `%%writefile` (for its child processes to import) is linted like a snippet."""
    example = CodeExample.create(module.source, path=Path(module.notebook.id), start_line=module.line)
    _eval(eval_example).lint_ruff(example)


def test_figures_come_from_results(site: Site) -> None:
    """No measured figure is typed by hand: each comes from a bench marker (benchmarks/results/*.json)
    or is a figure of a snippet the page embeds; every marker names a result, row and column that exist."""
    _report(typed_figures(site.root, site.pages))
