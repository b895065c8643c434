"""The built site: strict, findable, every example's title linking the file the tests run,
nothing loaded from elsewhere."""

from __future__ import annotations

import json
import re
from html import escape as html_escape
from pathlib import Path
from urllib.parse import quote, urlsplit

import material
from mkdocs.config import load_config

from proven import PYTHON_LANGS, Site, parse_fences, proof
from proven.static_site import build
from site_rules import report as _report
from site_rules.resources import resources_loaded


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
    title = next((line[2:].strip() for line in markdown.splitlines() if line.startswith("# ")), None)
    return title and re.sub(r"\s*\{[^}]*\}$", "", title)  # without its attribute list ({ #anchor })


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
            problems.append(
                f"{source}: titles link {[rel for _, rel in links]}, the page embeds {_titled_examples(site, source)}"
            )
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
    proven = sum(p.read_text(encoding="utf-8").count('<details class="proven') for p in built.rglob("*.html"))
    assert proven == examples, (
        f"{examples} embedded examples, but {proven} 'Output checked ...' lines (hooks/provenance.py)"
    )


def test_every_tab_naming_python_versions_names_the_patch_releases_run(site: Site, built_site: Path) -> None:
    """A tab titled "Python 3.9–3.12" opens with the exact releases that printed it (3.9.18, ...): a reader
    on a later patch release of a branch must not take the tab as covering theirs."""
    proven = proof.read(site)
    problems = []
    for page in sorted(built_site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        for block in re.findall(r'<div class="tabbed-set.*?</div>\s*</div>\s*</div>', html, flags=re.S):
            labels = re.findall(r"<label [^>]*>(.*?)</label>", block)
            notes = re.findall(r'<small class="checked-in-tab">Printed by Python ([^(]*) \(', block)
            wanted = [proof.checked_in_tab(proven, label) for label in labels]
            expected = [re.search(r"Python ([^(]*) \(", w)[1] for w in wanted if w]
            if notes != expected:
                problems.append(f"{page.relative_to(built_site)}: tabs {labels} say {notes}, not {expected}")
    _report(problems)


def test_materials_script_carries_the_compile_hint(built_site: Path) -> None:
    """hooks/compile_hints.py: the built site's copy of Material's bundle is Material's file with
    Chromium's compile hint as its first line, and the source map still maps each line of it."""
    hint = "//# allFunctionsCalledOnLoad\n"  # the file-based hint, WICG/explicit-javascript-compile-hints-file-based
    (built,) = built_site.glob("assets/javascripts/bundle.*.min.js")
    shipped = Path(material.__file__).parent / "templates" / built.relative_to(built_site)
    assert built.read_text(encoding="utf-8") == hint + shipped.read_text(encoding="utf-8"), (
        f"{built.relative_to(built_site)} is not Material's file with {hint.strip()!r} in front")
    mappings = [json.loads(p.with_name(p.name + ".map").read_text(encoding="utf-8"))["mappings"]
                for p in (built, shipped)]
    assert mappings[0] == ";" + mappings[1], "the source map does not skip the hint's line"
