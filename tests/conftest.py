from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from harness import REPO_ROOT, Site, find_pythons, record_proven


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--docs-root",
        default=str(REPO_ROOT),
        help="Folder holding docs/, snippets/ and mkdocs.yml to check (default: this repository).",
    )
    parser.addoption(
        "--python",
        default=None,
        help='Also run every snippet with these interpreters: "all" (3.9-3.13) or e.g. "3.10,3.12". '
        "Versions missing on this machine are skipped, with the reason. Writes snippets/proven.json.",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.docs_site = Site(Path(config.getoption("docs_root")))
    config.docs_pythons = find_pythons(config.getoption("python"))
    config.docs_results = {}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    params = getattr(item, "callspec", None) and item.callspec.params
    if params and {"snippet", "method", "python"} <= params.keys() and report.when == "call":
        key = (params["snippet"].id, params["method"], params["python"].name)
        item.config.docs_results[key] = report.outcome
    return report


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    if config.getoption("python") and config.docs_results and not config.getoption("update_examples"):
        path = record_proven(config.docs_site, config.docs_results, config.docs_pythons)
        config.docs_proven_written = path


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    path = getattr(config, "docs_proven_written", None)
    if path:
        terminalreporter.write_line(f"matrix results written to {path}")


@pytest.fixture(scope="session")
def site(pytestconfig: pytest.Config) -> Site:
    return pytestconfig.docs_site


@pytest.fixture(scope="session")
def update_examples(pytestconfig: pytest.Config) -> bool:
    return bool(pytestconfig.getoption("update_examples"))


@pytest.fixture(scope="session")
def built_site(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`mkdocs build --strict`, once per session, for the build checks and the browser suite."""
    out = tmp_path_factory.mktemp("built") / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=site.root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{proc.stderr}{proc.stdout}", pytrace=False)
    return out
