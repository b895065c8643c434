"""A build made on this machine says where it came from: its PROVENANCE file reaches proven.json and pages."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from proven import START_METHODS, Site, interpreters, proof

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


@pytest.mark.parametrize(
    ("toml", "command"),
    [
        ('flags = ["-O"]', "python -O hello.py"),
        ('stdin = true\nflags = ["-q", "-i"]', "python -q -i - &lt; hello.py"),
        ("stdin = true", "python - &lt; hello.py"),
    ],
)
def test_the_line_under_an_example_says_how_it_was_run(tmp_path: Path, toml: str, command: str) -> None:
    """A snippet run with interpreter options or from standard input names the command the reader types."""
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "site", tmp_path / "site")
    root = tmp_path / "site"
    (root / "snippets" / "demo" / "examples.toml").write_text(f'["hello.py"]\n{toml}\n')
    site = Site(root)
    reference = f"{sys.version_info[0]}.{sys.version_info[1]}"
    recorded = {
        "snippets": {"demo/hello.py": {"digest": site.snippet("demo/hello.py").digest(), "date": "2026-12-05",
                                       "checked": {reference: dict.fromkeys(START_METHODS, "passed")}}},
        "interpreters": {reference: "3.15.2"}, "platform": "Linux x86_64",
    }  # fmt: skip
    assert f"run as <code>{command}</code>" in proof.status(site, recorded, "snippets/demo/hello.py")
