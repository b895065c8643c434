"""The learner's path, measured as a reader sees it: each question page's main road (from the top
of the page to its first "## " heading) and the whole page, in screens of a desktop and a phone.

The budget (site_rules.first_answer) is held at the desktop size; the phone's numbers are printed
beside it (run with -rP to read them), since a phone wraps the same page into about 1.4 times the
screens (Material drops the sidebars there)."""

from __future__ import annotations

import pytest
from browser_suite import BROWSER, ONE_PAGE

from proven import Site
from site_rules.first_answer import DESKTOP, MAIN_ROAD_SCREENS, PAGE_SCREENS, PHONE, QUESTIONS

pytestmark = BROWSER

MEASURE = """() => {
  const h2 = document.querySelector("article.md-content__inner h2");
  return {road: h2 ? h2.getBoundingClientRect().top + window.scrollY : null,
          page: document.documentElement.scrollHeight};
}"""


def screens(watched, url: str, viewport: dict) -> tuple[float | None, float]:
    w = watched(viewport=viewport)
    page = w.goto(url)
    page.evaluate("document.fonts.ready")
    size = page.evaluate(MEASURE)
    road = None if size["road"] is None else size["road"] / viewport["height"]
    return road, size["page"] / viewport["height"]


def question_urls(site: Site) -> list[str]:
    by_source = {source: url for url, source in site.page_sources().items()}
    return [by_source[page] for page in site.nav_section(QUESTIONS)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "question_url" in metafunc.fixturenames:
        urls = question_urls(metafunc.config.docs_site)
        metafunc.parametrize("question_url", urls, ids=urls)


@ONE_PAGE
def test_question_page_main_road_and_length_fit(question_url: str, watched) -> None:
    """Main road ≤ MAIN_ROAD_SCREENS desktop screens, the whole page ≤ PAGE_SCREENS."""
    road, whole = screens(watched, question_url, DESKTOP)
    phone_road, phone_whole = screens(watched, question_url, PHONE)
    print(f"{question_url}: desktop main road {road:.1f}, page {whole:.1f} screens; "
          f"phone main road {phone_road:.1f}, page {phone_whole:.1f}")
    problems = []
    if road is None:
        problems.append("no '## ' heading: the main road has no end")
    elif road > MAIN_ROAD_SCREENS:
        problems.append(f"main road is {road:.1f} desktop screens (budget {MAIN_ROAD_SCREENS}): "
                        "keep the answer, one program and its output above the first '## ' heading")
    if whole > PAGE_SCREENS:
        problems.append(f"the page is {whole:.1f} desktop screens (budget {PAGE_SCREENS}): "
                        "move depth to its own page, linked")
    assert not problems, f"{question_url}:\n" + "\n".join(problems)
