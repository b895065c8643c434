"""The pytest plugin (entry point ``pytest11: proven``): options, the site under test, fixtures, matrix results.

Installing the package is all a project needs for these; its own test module
(``tests/test_docs.py`` here) parametrizes the checks over ``config.docs_site``.

Under pytest-xdist (``-n auto``) each worker runs a share of the tests: a matrix
outcome travels to the controller inside its test report (``user_properties``),
and only the controller writes or checks ``snippets/proven.json``; the site is built
once for all workers. ``--update-examples`` compares start methods within one
session, so it refuses to run distributed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from filelock import FileLock

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


RESULT = "proven"  # the user property naming a report's (snippet id, start method, Python "3.X")


def pytest_configure(config: pytest.Config) -> None:
    if _updating(config) and _distributed(config):
        raise pytest.UsageError(
            "--update-examples compares each output across start methods within one session: "
            "run it without pytest-xdist (-n 0 or -p no:xdist), as `make update` does."
        )
    config.docs_site = Site(Path(config.getoption("docs_root") or config.rootpath))
    config.docs_pythons = find_pythons(config.getoption("python"))
    config.docs_results = {}
    config.pluginmanager.register(_Outcomes(config), "proven-outcomes")


# pytest-xdist's hook, what `-n auto` means; tryfirst: before xdist's own answer (one per CPU)
@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """Two workers per CPU: most tests wait (on snippets that sleep, time out or start
    processes; on the browser), so one worker per CPU leaves the CPUs idle most of the time."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own setting wins
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return 2 * cpus


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Label each (snippet, start method, Python) report, for snippets/proven.json.

    In the report itself, not in this process: under xdist the report is what reaches the controller.
    """
    report = yield
    params = getattr(item, "callspec", None) and item.callspec.params
    if params and {"snippet", "method", "python"} <= params.keys() and report.when == "call":
        report.user_properties.append((RESULT, [params["snippet"].id, params["method"], params["python"].name]))
    return report


class _Outcomes:
    """Collects the labelled outcomes where every report arrives: the controller (or the only process)."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        for name, value in report.user_properties:
            if name == RESULT:
                self.config.docs_results[tuple(value)] = report.outcome


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    if _worker(config) or not (config.getoption("python") and config.docs_results):
        return  # a worker's outcomes are also the controller's, which alone writes
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


def _worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")  # set by pytest-xdist in its workers


def _distributed(config: pytest.Config) -> bool:
    return _worker(config) or config.getoption("dist", "no") != "no"  # xdist's options, when it is loaded


def _shared_temp(config: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temporary folder of this run that all its xdist workers share (each worker's own is inside it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if _worker(config) else base


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
def built_site(site: Site, pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`mkdocs build --strict`, once per run, for the build checks and the browser suite.

    Under xdist the first worker to ask builds it, under a file lock, and the others take
    that build, or its failure (pytest-xdist's "session-scoped fixture once" recipe).
    """
    shared = _shared_temp(pytestconfig, tmp_path_factory)
    out, done, failure = shared / "built-site", shared / "built-site.done", shared / "built-site.failed"
    with FileLock(shared / "built-site.lock"):
        if not (done.exists() or failure.exists()):
            try:
                build(site.root, out)
                done.touch()
            except BuildError as exc:
                failure.write_text(str(exc), encoding="utf-8")
    if failure.exists():
        pytest.fail(failure.read_text(encoding="utf-8"), pytrace=False)
    return out
