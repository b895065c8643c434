"""A build made on this machine says where it came from: its PROVENANCE file reaches proven.json and pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from proven import interpreters, proof

MADE_HERE = (
    "built here from Debian's python3.13 3.13.15-1 source package (newer ones listed but not downloadable: 3.13.18-1)"
)


def test_a_build_made_here_names_its_source_and_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "PROVENANCE").write_text(MADE_HERE + "\n")
    monkeypatch.setattr(interpreters, "_describe", lambda executable: {"prefix": str(tmp_path)})
    assert interpreters.Python((3, 13), "python3.13t", free_threaded=True).provenance == MADE_HERE
    monkeypatch.setattr(interpreters, "_describe", lambda executable: {"prefix": str(tmp_path / "debian")})
    assert interpreters.Python((3, 13), "python3.13").provenance is None  # a packaged build: nothing to say


def test_pages_name_the_builds_of_the_last_matrix_run() -> None:
    recorded = {"interpreters": {"3.13t": "3.13.15t"}, "builds": {"3.13t": MADE_HERE}}
    assert proof.builds(recorded) == f"3.13t (3.13.15t): {MADE_HERE}"
    assert proof.builds({}) == "(no build made here in the last matrix run)"
