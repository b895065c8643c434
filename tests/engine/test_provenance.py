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


def _recorded(site: Site, checked: dict, *, digest: str | None = None) -> dict:
    return {
        "snippets": {"demo/hello.py": {"digest": digest or site.snippet("demo/hello.py").digest(),
                                       "date": "2026-12-05", "checked": checked}},
        "interpreters": {"3.9": "3.9.18", "3.10": "3.10.13", "3.11": "3.11.7", "3.12": "3.12.1", "3.13": "3.13.18",
                         "3.13t": "3.13.15t", "3.14": "3.14.10", "3.15": "3.15.2"},
        "platform": "Linux x86_64",
    }  # fmt: skip


@pytest.fixture
def demo_site(tmp_path: Path) -> Site:
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "site", tmp_path / "site")
    return Site(tmp_path / "site")


def test_the_line_under_an_example_is_one_short_summary_of_the_full_sentence(demo_site: Site) -> None:
    """The one line names the range of versions that passed and the start methods; opened, it is the
    full sentence with every patch release, as before."""
    everywhere = dict.fromkeys(["3.9", "3.10", "3.11", "3.12", "3.13", "3.13t", "3.14", "3.15"])
    recorded = _recorded(demo_site, {v: dict.fromkeys(START_METHODS, "passed") for v in everywhere})
    line, problem = proof.summary(demo_site, recorded, "snippets/demo/hello.py")
    assert line == f"Checked on Python 3.9–3.15, 3.13t · {', '.join(START_METHODS)}"
    assert not problem
    sentence = proof.status(demo_site, recorded, "snippets/demo/hello.py")
    assert sentence.startswith("Output checked with Python 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.18, 3.13.15t, ")
    assert sentence.endswith("(Linux x86_64, 2026-12-05).")


def test_the_summary_says_itself_what_did_not_pass_changed_or_is_not_yet_checked(demo_site: Site) -> None:
    """A failed run, a snippet changed since the matrix ran, one not yet in the matrix: each is said in
    the line a reader sees without opening it, in bold, and the line is marked as a problem."""
    checked = {v: dict.fromkeys(START_METHODS, "passed") for v in ("3.9", "3.10", "3.11", "3.12", "3.14", "3.15")}
    checked["3.12"]["spawn"] = "failed"
    line, problem = proof.summary(demo_site, _recorded(demo_site, checked), "snippets/demo/hello.py")
    # 3.12 did not pass and 3.13 was not run: the range says so, and the failure is named
    assert line == (f"Checked on Python 3.9–3.11, 3.14, 3.15 · {', '.join(START_METHODS)}"
                    " · <strong>not passed: 3.12 spawn</strong>")  # fmt: skip
    assert problem
    stale = _recorded(demo_site, checked, digest="0" * 16)
    line, problem = proof.summary(demo_site, stale, "snippets/demo/hello.py")
    assert line.startswith("<strong>Changed since the matrix ran (2026-12-05)</strong>") and problem
    sentence = proof.status(demo_site, stale, "snippets/demo/hello.py")
    assert "Changed since the Python-version matrix ran on 2026-12-05" in sentence
    line, problem = proof.summary(demo_site, {}, "snippets/demo/hello.py")
    assert line.startswith("<strong>Not yet in the Python-version matrix</strong>") and problem


@pytest.mark.parametrize(
    ("versions", "expected"),
    [
        (["3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"], "3.9–3.15"),
        (["3.14", "3.15"], "3.14, 3.15"),
        (["3.15"], "3.15"),
        (["3.9", "3.10", "3.12", "3.13t", "3.14", "3.15"], "3.9, 3.10, 3.12, 3.14, 3.15, 3.13t"),
        (["3.11", "3.12", "3.13", "3.13t"], "3.11–3.13, 3.13t"),
        ([], "none"),
    ],
)
def test_versions_are_shown_as_runs_of_the_matrix(versions: list[str], expected: str) -> None:
    known = ["3.9", "3.10", "3.11", "3.12", "3.13", "3.13t", "3.14", "3.15"]
    assert proof.version_ranges(versions, known) == expected
