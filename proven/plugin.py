"""The pytest plugin (entry point ``pytest11: proven``): options, the site under test, fixtures, matrix results.

Installing the package is all a project needs for these; its own test module
(``tests/test_docs.py`` here) parametrizes the checks over ``config.docs_site``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from . import results
from .interpreters import find_pythons
from .site import Site
from .static_site import BuildError, build
from .update import Rewriter, consolidate


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("proven", "documentation examples proven by real runs")
    group.addoption(
        "--docs-root",
        default=None,
        help="Folder holding docs/, snippets/ and mkdocs.yml to check (default: pytest's rootdir).",
    )
    group.addoption(
        "--python",
        default=None,
        help='Also run every snippet with these interpreters: "all" (3.9-3.13) or e.g. "3.10,3.12". '
        "Versions missing on this machine are skipped, with the reason. Writes snippets/proven.json.",
    )
    group.addoption(
        "--proven",
        choices=("write", "check"),
        default="write",
        help="With --python: write snippets/proven.json (default), or check that it holds what this run "
        "proved and fail if not (CI: the proof cannot go stale).",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.docs_site = Site(Path(config.getoption("docs_root") or config.rootpath))
    config.docs_pythons = find_pythons(config.getoption("python"))
    config.docs_results = {}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Note each (snippet, start method, Python) outcome, for snippets/proven.json."""
    report = yield
    params = getattr(item, "callspec", None) and item.callspec.params
    if params and {"snippet", "method", "python"} <= params.keys() and report.when == "call":
        key = (params["snippet"].id, params["method"], params["python"].name)
        item.config.docs_results[key] = report.outcome
    return report


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    if not (config.getoption("python") and config.docs_results):
        return
    if _updating(config):  # one file per differing version was written: merge them into ranges
        for snippet_id in sorted({key[0] for key in config.docs_results}):
            consolidate(config.docs_site.snippet(snippet_id))
        return
    site, outcomes, pythons = config.docs_site, config.docs_results, config.docs_pythons
    if config.getoption("proven") == "write":
        config.docs_proven_written = results.record(site, outcomes, pythons)
        return
    config.docs_proven_stale = results.stale(site, outcomes, pythons)
    if config.docs_proven_stale:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    path = getattr(config, "docs_proven_written", None)
    if path:
        terminalreporter.write_line(f"matrix results written to {path}")
    problems = getattr(config, "docs_proven_stale", None)
    if problems:
        terminalreporter.write_sep("=", "snippets/proven.json is stale", red=True)
        for line in problems:
            terminalreporter.write_line(f"  {line}")
        terminalreporter.write_line(
            "It must hold what this run proved: run `make matrix` (writes it) and commit snippets/proven.json."
        )


def _updating(config: pytest.Config) -> bool:
    return bool(config.getoption("update_examples", False))  # pytest-examples' option


@pytest.fixture(scope="session")
def site(pytestconfig: pytest.Config) -> Site:
    return pytestconfig.docs_site


@pytest.fixture(scope="session")
def update_examples(pytestconfig: pytest.Config) -> bool:
    return _updating(pytestconfig)


@pytest.fixture(scope="session")
def rewriter() -> Rewriter:
    """Writes real outputs back under --update-examples; one per session, so start methods can be compared."""
    return Rewriter()


@pytest.fixture(scope="session")
def built_site(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`mkdocs build --strict`, once per session, for the build checks and the browser suite."""
    try:
        return build(site.root, tmp_path_factory.mktemp("built") / "site")
    except BuildError as exc:
        pytest.fail(str(exc), pytrace=False)
