"""The built site in a real browser: Debian's Chromium, driven by playwright, against 127.0.0.1.

Every page loads without console errors or requests to other hosts, passes axe-core in
both colour schemes, and has a meta description; every plot loads, with alt text, the right
one of its light/dark pair showing in each scheme; navigation, search and the dark-mode
toggle work; and what the copy button puts on the clipboard is exactly the snippet file
it came from, or the output file test_docs.py proved that snippet prints.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from proven import Fence, Site
from site_rules.browser import CHROMIUM, CHROMIUM_ARGS
from proven.static_site import serve

# The proof record (proven.record): what these tests' outcomes depend on. Every test depends on the
# site's shell and the browser tools; a page's own tests add that page and the files it embeds, so an
# edited snippet re-runs its page's browser tests only; the tests that visit every page, all of it.
SHELL = ("mkdocs.yml", "overrides", "hooks", "docs/stylesheets", "docs/javascripts", "docs/plots",
         "benchmarks/results", "snippets/proven.json", "requirements.txt", "package-lock.json")  # fmt: skip
SITE = (*SHELL, "docs", "snippets")


def _page_files(item: pytest.Item) -> list[str]:
    site: Site = item.config.docs_site
    params = item.callspec.params
    source = site.page_sources()[params.get("url", params.get("markdown_url"))]
    return [source, *sorted({path.split(":")[0] for page, _, path in site.embeds if page == source})]


pytestmark = [pytest.mark.browser, pytest.mark.proof_inputs(*SITE)]
ONE_PAGE = pytest.mark.proof_inputs(*SHELL, extra=_page_files)

REPO_ROOT = Path(__file__).resolve().parent.parent
AXE = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
COPY_BUTTON = "button.md-code__button[data-md-type=copy]"


def page_urls(site: Site) -> list[str]:
    return list(site.page_sources())


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    site = metafunc.config.docs_site
    if "url" in metafunc.fixturenames:
        urls = page_urls(site)
        metafunc.parametrize("url", urls, ids=[u or "home" for u in urls])
    if "markdown_url" in metafunc.fixturenames:  # notebook pages: test_notebook_pages_render_...
        urls = [u for u, source in site.page_sources().items() if source in site.pages]
        metafunc.parametrize("markdown_url", urls, ids=[u or "home" for u in urls])


@pytest.fixture(scope="session")
def server(built_site: Path):
    """The built site on 127.0.0.1, served as a static host serves it (the review scripts use the same)."""
    with serve(built_site) as base:
        yield base + "/"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: `make test` installs Debian's chromium", pytrace=False)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page with every request and console error recorded."""

    def __init__(self, browser, server: str, **context_options):
        self.server = server
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def goto(self, url: str):
        response = self.page.goto(self.server + url)
        assert response and response.ok, f"{url}: HTTP {response and response.status}"
        self.page.wait_for_load_state("networkidle")
        return self.page

    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if urlsplit(u).hostname not in ("127.0.0.1", None)]


@pytest.fixture
def watched(browser, server):
    opened: list[Watched] = []

    def open_page(**context_options) -> Watched:
        opened.append(Watched(browser, server, **context_options))
        return opened[-1]

    yield open_page
    for w in opened:
        w.context.close()


# --------------------------------------------------------------------------------------
# Every page


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_first_paint_has_the_readers_scheme(site: Site, scheme: str, watched) -> None:
    """Every page has the scheme the reader's system asks for before Material's bundle runs.

    The bundle is deferred and sets the scheme only once it runs, after the first paint:
    with it blocked, what the page shows is what the first paint shows. (A notebook page
    in a dark system used to paint light for about a second.)"""
    w = watched(color_scheme=scheme)
    w.page.route(re.compile(r".*/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$"), lambda route: route.abort())
    problems = []
    for url, source in site.page_sources().items():
        page = w.page
        response = page.goto(w.server + url, wait_until="domcontentloaded")  # the scheme is set while parsing
        assert response and response.ok, f"{url}: HTTP {response and response.status}"
        shown = page.evaluate("document.body.dataset.mdColorScheme")
        red, green, blue = map(int, re.findall(r"\d+", page.evaluate("getComputedStyle(document.body).backgroundColor"))[:3])
        dark = red + green + blue < 3 * 128
        if shown != ("slate" if scheme == "dark" else "default") or dark != (scheme == "dark"):
            problems.append(f"{source}: first paint in a {scheme} system is {shown!r} on rgb({red}, {green}, {blue})")
    assert not problems, "\n".join(problems)


@ONE_PAGE
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_page_is_clean_and_accessible(url: str, scheme: str, watched) -> None:
    """No console error, no request off 127.0.0.1, a meta description, zero axe-core violations."""
    w = watched(color_scheme=scheme)
    page = w.goto(url)
    assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
    problems = [f"console error: {e}" for e in w.errors]
    problems += [f"request to another host: {u}" for u in w.outside_requests()]
    description = page.evaluate("document.querySelector('meta[name=description]')?.content || ''")
    if len(description) < 50:
        problems.append(f"meta description missing or too short: {description!r}")
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("async () => (await axe.run(document)).violations")
    for v in violations:
        targets = "; ".join(str(n["target"]) for n in v["nodes"][:5])
        problems.append(f"axe {v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s): {targets}")
    assert not problems, f"{url or 'home'} ({scheme}):\n" + "\n".join(problems)


def test_navigation_reaches_every_page(site: Site, watched) -> None:
    """The home page's navigation links every page, and every link it holds is served.
    (How each page renders is test_page_is_clean_and_accessible's, once per page and scheme.)"""
    w = watched()
    page = w.goto("")
    links = page.eval_on_selector_all("nav.md-nav--primary a.md-nav__link[href]", "els => els.map(e => e.href)")
    reached = set()
    for link in dict.fromkeys(links):
        response = page.request.get(link)
        assert response.ok, f"the navigation links {link}: HTTP {response.status}"
        reached.add(urlsplit(link).path.lstrip("/"))
    missing = sorted(set(page_urls(site)) - reached)
    assert not missing, f"pages the navigation does not reach: {missing}"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("forkserver", "start-methods/"), ("Pool", "q5-create-a-pool/"), ("Pool", "q4-what-is-a-pool/")],
)
def test_search_finds_the_right_page(query: str, expected: str, watched) -> None:
    w = watched()
    page = w.goto("")
    page.click("input.md-search__input")
    page.locator("input.md-search__input").press_sequentially(query, delay=20)  # as typed: key events
    page.wait_for_selector(".md-search-result__item", state="attached")
    hits = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
    pages_hit = [urlsplit(h).path.lstrip("/") for h in hits]
    assert expected in pages_hit[:8], f"search {query!r}: {expected} not in the first results {pages_hit[:8]}"


def test_dark_mode_toggle_works_and_persists(watched) -> None:
    w = watched(color_scheme="light")
    page = w.goto("")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    page.click("form[data-md-component=palette] label:visible")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.reload()
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate", "the choice did not survive a reload"


# --------------------------------------------------------------------------------------
# Plots: docs/plots/<name>-light.svg and -dark.svg, embedded with Material's #only-light / #only-dark


PLOT_SRC = re.compile(r"(?:^|/)plots/[^/#]+-(light|dark)\.svg#only-(light|dark)$")


def plot_images(built_site: Path) -> dict[str, list[dict[str, str]]]:
    """Every <img> whose src is under plots/, by page URL: {"performance/": [{"src": ..., "alt": ...}]}."""
    found = {}
    for index in sorted(built_site.rglob("index.html")):
        rel = index.parent.relative_to(built_site).as_posix()
        tags = re.findall(r"<img\b[^>]*>", index.read_text("utf-8"))  # mkdocs writes attr="value"
        imgs = [{k: html.unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', tag)} for tag in tags]
        plots = [i for i in imgs if re.search(r"(?:^|/)plots/", i.get("src", ""))]
        if plots and "404" not in rel:
            found["" if rel == "." else f"{rel}/"] = plots
    return found


def test_plots_come_in_light_and_dark_pairs_with_alt_text(built_site: Path) -> None:
    """The site shows plots (they are promised); each has alt text and a twin for the other scheme."""
    pages = plot_images(built_site)
    assert pages, "no page shows a plot (an <img> under plots/): the performance pages promise them"
    problems = []
    for url, imgs in pages.items():
        for img in imgs:
            where = f"{url or 'home'}: {img['src']}"
            match = PLOT_SRC.search(img["src"])
            if not match or match[1] != match[2]:
                problems.append(f"{where}: not <name>-light.svg#only-light or <name>-dark.svg#only-dark")
                continue
            if not img.get("alt", "").strip():
                problems.append(f"{where}: no alt text")
            scheme, other = match[1], {"light": "dark", "dark": "light"}[match[1]]
            twin = img["src"].removesuffix(f"-{scheme}.svg#only-{scheme}") + f"-{other}.svg#only-{other}"
            if not any(i["src"] == twin and i.get("alt") == img.get("alt") for i in imgs):
                problems.append(f"{where}: no {other} twin with the same alt text")
    assert not problems, "\n".join(problems)


LOAD_PLOTS = """async () => {  // every plot image: loaded eagerly, decoded, then what the reader sees
  const imgs = [...document.querySelectorAll("img")].filter(i => /(^|\\/)plots\\//.test(i.getAttribute("src")));
  for (const img of imgs) img.loading = "eager";  // lazy images below the fold would never load
  await Promise.all(imgs.map(img => img.decode().catch(() => {})));
  return imgs.map(img => ({src: img.getAttribute("src"), alt: img.alt, width: img.naturalWidth,
                           shown: img.getClientRects().length > 0 && getComputedStyle(img).visibility !== "hidden"}));
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_plot_loads_and_shows_for_its_scheme(built_site: Path, scheme: str, watched) -> None:
    """In each scheme, the plot made for it is displayed and its SVG loaded; its twin is hidden."""
    pages = plot_images(built_site)
    assert pages, "no page shows a plot"
    problems = []
    for url in pages:
        w = watched(color_scheme=scheme)
        page = w.goto(url)
        for img in page.evaluate(LOAD_PLOTS):
            where = f"{url or 'home'} ({scheme}): {img['src']}"
            mine = img["src"].endswith(f"#only-{scheme}")
            if mine and not img["shown"]:
                problems.append(f"{where}: hidden, but it is the plot for this scheme")
            if not mine and img["shown"]:
                problems.append(f"{where}: shown, but it is the plot for the other scheme")
            if mine and img["width"] == 0:
                problems.append(f"{where}: did not load (naturalWidth 0)")
            if not img["alt"].strip():
                problems.append(f"{where}: no alt text")
        problems += [f"{url or 'home'} ({scheme}): console error: {e}" for e in w.errors]
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------------------
# Copy fidelity


SHOW = """el => {  // open every content tab that holds el, innermost last
  const blocks = [];
  for (let b = el.closest('.tabbed-block'); b; b = b.parentElement.closest('.tabbed-block')) blocks.unshift(b);
  for (const b of blocks) {
    const index = [...b.parentElement.children].indexOf(b);
    b.closest('.tabbed-set').querySelectorAll(':scope > input')[index].click();
  }
}"""


def _copy_all(page) -> list[str]:
    """Press every copy button, in page order, and return what each put on the clipboard."""
    copied = []
    for block in page.query_selector_all(".md-content pre:has(> code)"):
        block.evaluate(SHOW)
        block.query_selector(COPY_BUTTON).click()  # waits until the tab just opened shows it
        copied.append(page.evaluate("navigator.clipboard.readText()"))
    return copied


@ONE_PAGE
def test_copy_gives_exactly_the_proven_snippet_and_output(markdown_url: str, site: Site, watched) -> None:
    """Every copy button gives the bytes of the file the block embeds: a program copied from a
    page is the snippet test_snippet_output runs as `python name.py`, and its copied output is the
    .out file that run is compared with. So a copied program prints what the page shows, and is
    not run a second time here (that re-run was a third of the suite's time and proved nothing new).
    """
    page_source = site.page_sources()[markdown_url]
    fences = [f for f in site.fences if f.page == page_source]
    w = watched(permissions=["clipboard-read", "clipboard-write"])
    page = w.goto(markdown_url)
    assert page.locator(f".md-content pre:has(> code) {COPY_BUTTON}").count() == len(fences), (
        f"{page_source}: the page has a different number of copy buttons than code blocks"
    )
    copied = _copy_all(page)
    problems = [
        f"{fence.where}: the copy button gives something other than {fence.embeds or 'the block'}"
        for fence, text in zip(fences, copied)
        if text.rstrip("\n") != _source_of(fence, site).rstrip("\n")
    ]
    assert not problems, "\n".join(problems)


def _source_of(fence: Fence, site: Site) -> str:
    if fence.embeds:
        return "\n".join((site.root / p).read_text(encoding="utf-8").rstrip("\n") for p in fence.embeds)
    return fence.source


def test_notebook_pages_render_and_copy_their_cells(site: Site, watched) -> None:
    for notebook in site.notebooks:
        w = watched(permissions=["clipboard-read", "clipboard-write"])
        page = w.goto(notebook.id.removesuffix(".ipynb") + "/")
        cells = [c for c in notebook.read().cells if c.cell_type == "code"]
        outputs = page.locator(".jp-OutputArea-output").count()
        assert outputs >= sum(1 for c in cells if c.outputs), f"{notebook.id}: outputs not rendered"
        buttons = page.query_selector_all("clipboard-copy")
        assert len(buttons) == len(cells), f"{notebook.id}: {len(buttons)} copy buttons for {len(cells)} cells"
        for cell, button in zip(cells, buttons):
            button.click()
            assert page.evaluate("navigator.clipboard.readText()").rstrip() == cell.source.rstrip()
