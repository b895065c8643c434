from pathlib import Path

import pytest

from harness import REPO_ROOT, Site


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--docs-root",
        default=str(REPO_ROOT),
        help="Folder holding docs/, snippets/ and mkdocs.yml to check (default: this repository).",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.docs_site = Site(Path(config.getoption("docs_root")))


@pytest.fixture(scope="session")
def site(pytestconfig: pytest.Config) -> Site:
    return pytestconfig.docs_site


@pytest.fixture(scope="session")
def update_examples(pytestconfig: pytest.Config) -> bool:
    return bool(pytestconfig.getoption("update_examples"))
