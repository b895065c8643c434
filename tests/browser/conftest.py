"""The built site in a real browser: Debian's Chromium, driven by playwright, against 127.0.0.1.

Every page loads without console errors or requests to other hosts, passes axe-core in
both colour schemes, and has a meta description; every plot loads, with alt text, the right
one of its light/dark pair showing in each scheme; navigation, search and the dark-mode
toggle work; and what the copy button puts on the clipboard is exactly the snippet file
it came from, or the output file tests/test_snippets.py proved that snippet prints.

Here: the server, the browser and the watched pages every module uses, and the page parameters.
test_every_page.py: each page clean and accessible, navigation, search, the colour scheme;
test_plots.py: the light and dark plots; test_copy.py: what the copy buttons give.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from proven.static_site import serve
from site_rules.browser import CHROMIUM, CHROMIUM_ARGS

# --import-mode=importlib keeps test folders off sys.path: this one is put there so that the test
# modules share the proof marks of `browser_suite`.
sys.path.insert(0, str(Path(__file__).parent))

from browser_suite import page_urls  # noqa: E402  (once the folder is on sys.path)


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
