"""The browser suite (tests/browser) on the fixture site with this site's theme: each defect fails it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fixture_site import PROOF_INPUTS, REPO, add_hooks, append, replace, rules, says

pytestmark = [pytest.mark.browser, pytest.mark.proof_inputs(*PROOF_INPUTS)]
THEME = """\
theme:
  name: material
  font: false
  custom_dir: overrides
  features: [content.code.copy]
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: indigo
      toggle: {icon: material/weather-night, name: Dark mode}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      primary: indigo
      toggle: {icon: material/weather-sunny, name: Light mode}
extra_css: [stylesheets/extra.css]
extra_javascript: [javascripts/a11y.js]
site_description: A fixture page for the tests of the browser suite, long enough to count.
"""


def style_like_this_site(site: Path) -> None:
    """This site's theme fixes, so that the intact page is accessible."""
    for folder in ("docs/stylesheets", "docs/javascripts", "overrides"):
        shutil.copytree(REPO / folder, site / folder)
    replace(site, "mkdocs.yml", "theme: {name: material, font: false}\n", THEME)
    add_hooks(site)


def browse(pytester: pytest.Pytester) -> pytest.RunResult:
    return rules(pytester, "-k", "clean or copy", tests=("browser",))


def test_browser_suite_passes_the_intact_fixture(pytester: pytest.Pytester, site: Path) -> None:
    style_like_this_site(site)
    result = browse(pytester)
    assert result.ret == pytest.ExitCode.OK, result.stdout.str()
    result.stdout.no_fnmatch_line("*failed*")


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ('<img alt="x" src="https://example.com/pixel.png">', "request to another host: https://example.com/pixel.png"),
        ('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">', "axe image-alt"),
        (
            "<script>addEventListener('DOMContentLoaded', () => "
            "document.querySelector('pre code').append('# not in the file'))</script>",
            "docs/index.md:3: the copy button gives something other than ['snippets/demo/hello.py']",
        ),
    ],
    ids=["outside-request", "axe-violation", "copy-differs"],
)
def test_browser_suite_catches(pytester: pytest.Pytester, site: Path, html: str, message: str) -> None:
    style_like_this_site(site)
    append(site, "docs/index.md", f"\n{html}\n")
    result = browse(pytester)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    says(result, message)
