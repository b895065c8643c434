"""Every page in the browser: the reader's colour scheme from the first paint, no console error, no
request off 127.0.0.1, a meta description, zero axe-core violations; and the site's navigation
and dark-mode toggle (search: test_search.py). (The fixtures: conftest.py.)"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser_suite import BROWSER, ONE_PAGE, page_urls

from proven import Site

pytestmark = BROWSER
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


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
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        red, green, blue = map(int, re.findall(r"\d+", background)[:3])
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


def test_dark_mode_toggle_works_and_persists(watched) -> None:
    w = watched(color_scheme="light")
    page = w.goto("")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    page.click("form[data-md-component=palette] label:visible")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.reload()
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate", "the choice did not survive a reload"
