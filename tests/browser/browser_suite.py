"""What the browser suite's modules share besides fixtures: the proof record's inputs and the site's page URLs."""

from __future__ import annotations

import pytest

from proven import Site

# The proof record (proven.record): what these tests' outcomes depend on. Every test depends on the
# site's shell, the browser tools and this folder's shared code (a key holds only the test's own
# module); a page's own tests add that page and the files it embeds, so an edited snippet re-runs its
# page's browser tests only; the tests that visit every page, all of it.
SHELL = ("mkdocs.yml", "overrides", "hooks", "docs/stylesheets", "docs/javascripts", "docs/plots", "docs/diagrams",
         "benchmarks/results", "snippets/proven.json", "requirements.txt", "package-lock.json",
         "tests/browser/conftest.py", "tests/browser/browser_suite.py")  # fmt: skip
SITE = (*SHELL, "docs", "snippets")


def _page_files(item: pytest.Item) -> list[str]:
    site: Site = item.config.docs_site
    params = item.callspec.params
    url = next(params[name] for name in ("url", "markdown_url", "question_url") if name in params)
    source = site.page_sources()[url]
    return [source, *sorted({path.split(":")[0] for page, _, path in site.embeds if page == source})]


BROWSER = [pytest.mark.browser, pytest.mark.proof_inputs(*SITE)]  # each module's pytestmark
ONE_PAGE = pytest.mark.proof_inputs(*SHELL, extra=_page_files)


def page_urls(site: Site) -> list[str]:
    return list(site.page_sources())
