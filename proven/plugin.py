"""The pytest plugin (entry point ``pytest11: proven``): options, the site under test, its items, fixtures.

Installing the package is all a project needs: the plugin collects every snippet and
notebook as items (``proven.collect``), and gives a project's own tests the ``site`` and
its strict build (``built_site``).

Under pytest-xdist (``-n auto``) each worker runs a share of the items: what the
controller must know travels inside the test reports (``user_properties``): a matrix
outcome, a proof-record key, the changes ``--update-examples`` proposes. Only the
controller writes ``snippets/proven.json``, the proof record and the updated outputs
(after refusing conflicts, before any file changes); the site is built once for all workers.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from filelock import FileLock

from . import proof, record, update
from .collect import UPDATE, NotATestModule, collect_file, updating
from .interpreters import find_pythons
from .running import interruptible_children
from .site import Site
from .static_site import BuildError, build


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
        help='Also run every snippet with these interpreters: "all" '
        '(the matrix: [tool.proven] pythons in pyproject.toml) or e.g. "3.10,3.13t". '
        "Versions missing on this machine are skipped, with the reason. Writes snippets/proven.json.",
    )
    group.addoption(
        "--fresh",
        action="store_true",
        help="Run every test, even those that passed before with the same inputs (the proof record, "
        f"{record.FILE}); the passes are recorded as usual.",
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
    interruptible_children()  # before any kernel or program starts (proven.running)
    config.docs_site = Site(Path(config.getoption("docs_root") or config.rootpath))
    config.docs_pythons = find_pythons(config.getoption("python"), config.docs_site.root)
    config.docs_results = {}
    config.docs_proposals = []  # what --update-examples will write, gathered from every report
    config.pluginmanager.register(_Outcomes(config), "proven-outcomes")
    config.addinivalue_line(
        "markers",
        "proof_inputs(*paths, extra=None): the files (paths, folders or globs under the docs root; extra(item) "
        "-> more paths) a test's outcome depends on, for the proof record (proven.record)",
    )
    trusted = not (config.getoption("fresh") or updating(config))  # an update must run to write
    config.proof_record = record.Record(config.docs_site.root, trusted=trusted)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    return collect_file(file_path, parent)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """A snippet is run as a program by its items, never imported here (`pytest snippets/x.py`)."""
    if parent.config.docs_site.snippet_at(module_path):
        return NotATestModule.from_parent(parent, path=module_path)
    return None


# pytest-xdist's hook, what `-n auto` means; tryfirst: before xdist's own answer (one per CPU)
@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """Two workers per CPU: most tests wait (on snippets that sleep, time out or start
    processes; on the browser), so one worker per CPU leaves the CPUs idle most of the time."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own setting wins
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return 2 * cpus


RECORD_KEY, AS_RECORDED = "proof-key", "as-recorded"  # user properties: a report's key; a pass taken from the record


def _label(item: pytest.Item) -> list[str] | None:
    """(snippet id, start method, Python "3.X") of a snippet's run, for snippets/proven.json."""
    return getattr(item, "proven_label", None)


def _key(item: pytest.Item) -> str | None:
    """The item's key in the proof record (computed once per item)."""
    if not hasattr(item, "_proof_key"):
        mark = item.get_closest_marker("proof_inputs")
        extra = mark.kwargs.get("extra") if mark else None
        params = getattr(item, "proof_params", None) or getattr(item, "callspec", None) and item.callspec.params or {}
        item._proof_key = record.key(
            item.config.docs_site.root, item.nodeid, Path(item.path), params,
            tuple(mark.args) if mark else (), list(extra(item)) if extra else [],
        )  # fmt: skip
    return item._proof_key


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    """A test that passed before with the same key is reported passed without running (no fixture
    is set up either); its report says so, and carries its matrix label as a run's would."""
    proof = item.config.proof_record
    key = _key(item)
    if not proof.has(key):
        return None
    ihook = item.ihook
    ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    properties = [(AS_RECORDED, key)] + ([(RESULT, label)] if (label := _label(item)) else [])
    for when in ("setup", "call", "teardown"):
        report = pytest.TestReport(
            item.nodeid, item.location, dict.fromkeys(item.keywords, 1), "passed", None, when,
            user_properties=properties if when == "call" else [],
        )  # fmt: skip
        ihook.pytest_runtest_logreport(report=report)
    item.session._setupstate.teardown_exact(nextitem)  # what the previous item kept for this one
    ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Label each (snippet, start method, Python) report, for snippets/proven.json, and each test
    report with its key, for the proof record.

    In the report itself, not in this process: under xdist the report is what reaches the controller.
    """
    report = yield
    if report.when == "call":
        if label := _label(item):
            report.user_properties.append((RESULT, label))
        if key := _key(item):
            report.user_properties.append((RECORD_KEY, key))
    return report


class _Outcomes:
    """Collects the labelled outcomes where every report arrives: the controller (or the only process);
    there, the passes go into the proof record at the end of the session."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.recorded: set[str] = set()  # node ids passed as recorded
        self.keys: dict[str, str] = {}  # node id -> key of a test that passed its call

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        for name, value in report.user_properties:
            if name == RESULT:
                self.config.docs_results[tuple(value)] = report.outcome
            elif name == AS_RECORDED:
                self.recorded.add(report.nodeid)
            elif name == RECORD_KEY and report.passed:
                self.keys[report.nodeid] = value
            elif name == UPDATE:
                self.config.docs_proposals += value
        if report.failed:  # in setup, call or teardown
            self.keys.pop(report.nodeid, None)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if not _worker(self.config):
            proof = self.config.proof_record
            for nodeid, key in self.keys.items():
                proof.add(key, nodeid)
            proof.save()

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if self.recorded:
            terminalreporter.write_line(
                f"{len(self.recorded)} passed as recorded: they passed before with the same inputs "
                f"({record.FILE}); --fresh runs them"
            )


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    if _worker(config):
        return  # a worker's reports are also the controller's, which alone writes
    site = config.docs_site
    if updating(config):
        config.docs_conflicts = update.conflicts(site, config.docs_proposals)
        if config.docs_conflicts:  # refused: nothing is written
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
            return
        config.docs_updated = update.apply(site, config.docs_proposals)
        if config.getoption("python"):  # one file per differing version was written: merge them into ranges
            for snippet_id in sorted({key[0] for key in config.docs_results}):
                update.consolidate(site.snippet(snippet_id))
        return
    if not (config.getoption("python") and config.docs_results):
        return
    outcomes, pythons = config.docs_results, config.docs_pythons
    if config.getoption("proven") == "write":
        config.docs_proven_written = proof.record(site, outcomes, pythons)
        return
    config.docs_proven_stale = proof.stale(site, outcomes, pythons)
    if config.docs_proven_stale:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    if conflicts := getattr(config, "docs_conflicts", None):
        terminalreporter.write_sep("=", "--update-examples refused: no file was written", red=True)
        for line in conflicts:
            terminalreporter.write_line(f"  {line}")
    if updated := getattr(config, "docs_updated", None):
        terminalreporter.write_line(f"--update-examples wrote {len(updated)} file(s): review them with `git diff`")
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


def _worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")  # set by pytest-xdist in its workers


def _shared_temp(config: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temporary folder of this run that all its xdist workers share (each worker's own is inside it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if _worker(config) else base


@pytest.fixture(scope="session")
def site(pytestconfig: pytest.Config) -> Site:
    return pytestconfig.docs_site


@pytest.fixture(scope="session")
def update_examples(pytestconfig: pytest.Config) -> bool:
    return updating(pytestconfig)


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
