"""Content tabs name Python versions; the provenance hook turns a title into the releases the matrix ran."""

from __future__ import annotations

import pytest

from proven.errors import DocsError
from proven.proof import checked_in_tab, tab_versions

KNOWN = ["3.9", "3.10", "3.11", "3.12", "3.13", "3.13t", "3.14", "3.15"]


@pytest.mark.parametrize(
    ("title", "versions"),
    [
        ("Python 3.9–3.12", ["3.9", "3.10", "3.11", "3.12"]),
        ("Python 3.9 to 3.13, and 3.13t", ["3.9", "3.10", "3.11", "3.12", "3.13", "3.13t"]),
        ("Python 3.14 and 3.15", ["3.14", "3.15"]),
        ("Before 3.14", ["3.9", "3.10", "3.11", "3.12", "3.13"]),
        ("From 3.14", ["3.14", "3.15"]),
        ("3.14+", ["3.14", "3.15"]),
        ("Python 3.13t (free-threaded)", ["3.13t"]),
        ("3.13.4–3.13.12", None),  # names patch releases itself
        ("spawn", None),
        ("Python 3.9–3.10 (pandas 2.3.3)", ["3.9", "3.10"]),  # a package's version is not Python's
    ],
)
def test_a_tab_title_names_these_versions(title: str, versions: list[str] | None) -> None:
    assert tab_versions(title, KNOWN) == versions


def test_a_version_the_matrix_does_not_run_fails_loudly() -> None:
    with pytest.raises(DocsError, match="names Python 3.16, which the version matrix does not run"):
        tab_versions("Python 3.15–3.16", KNOWN)


def test_the_note_names_the_exact_releases() -> None:
    proven = {"interpreters": {"3.12": "3.12.1", "3.13": "3.13.18", "3.15": "3.15.2"}}
    note = "Printed by Python 3.12.1 and 3.13.18 (the patch releases checked here)."
    assert checked_in_tab(proven, "Python 3.12–3.13") == note
    assert checked_in_tab({}, "Python 3.12") is None  # no matrix run recorded: nothing to name
