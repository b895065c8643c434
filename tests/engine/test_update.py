"""proven.update: conflicts found before any file is written; overrides consolidated into the fewest files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from proven import REFERENCE, Site
from proven.matrix import START_METHODS
from proven.update import conflicts, consolidate

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/site"
HELLO_OUT = (FIXTURE / "snippets/demo/hello.out").read_text(encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Site:
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    return Site(tmp_path)


def output(method: str, text: str, python: str = "3.15", same: str = "*") -> dict:
    return {"kind": "output", "snippet": "snippets/demo/hello.py", "method": method, "python": python,
            "text": text, "path": None, "same": same}  # fmt: skip


def test_one_file_printed_differently_under_two_start_methods_is_a_conflict(site: Site) -> None:
    found = conflicts(site, [output("fork", "a\n"), output("spawn", "b\n")])
    assert found == ["snippets/demo/hello.py prints differently under 'fork' and 'spawn' (Python 3.15); declare "
                     "by_start_method = true for it in examples.toml and show each output in a tab."]  # fmt: skip


def test_alike_outputs_other_pythons_and_files_per_method_are_no_conflict(site: Site) -> None:
    assert conflicts(site, [output("fork", "a\n"), output("spawn", "a  \n")]) == []  # alike once normalised
    assert conflicts(site, [output("fork", "a\n"), output("spawn", "b\n", python="3.12")]) == []
    assert conflicts(site, [output("fork", "a\n", same="fork"), output("spawn", "b\n", same="spawn")]) == []


def test_consolidate_keeps_only_the_versions_that_differ(site: Site) -> None:
    demo = site.root / "snippets/demo"
    versions = [(3, 6), (3, 7), (3, 8), REFERENCE]  # minors no supported Python has, and this one
    (demo / "hello.py36.out").write_text("old\n")
    (demo / "hello.py37.out").write_text("old\n")
    (demo / "hello.py38.out").write_text(HELLO_OUT)  # prints what the reference prints
    (snippet,) = Site(site.root).snippets
    written = consolidate(snippet, versions)
    assert [p.name for p in written] == ["hello.py36-py37.out"]
    assert sorted(p.name for p in demo.glob("hello.py3*.out")) == ["hello.py36-py37.out"]
    assert (demo / "hello.py36-py37.out").read_text() == "old\n"


def test_a_free_threaded_build_has_an_output_file_of_its_own_until_it_says_what_its_gil_build_says(site: Site) -> None:
    demo = site.root / "snippets/demo"
    (snippet,) = site.snippets
    method = START_METHODS[0]
    # without a file of its own, the free-threaded build must print what its GIL build prints
    assert snippet.expected_path(method, (3, 13), free_threaded=True) == snippet.expected_path(method, (3, 13))
    (demo / "hello.py313t.out").write_text("GIL enabled: False\n")
    assert snippet.expected_path(method, (3, 13), free_threaded=True) == demo / "hello.py313t.out"
    assert snippet.expected_path(method, (3, 13)) == demo / "hello.out"
    assert demo / "hello.py313t.out" in snippet.expected_paths()  # part of the digest

    # consolidate drops it once it says what the GIL build says, and keeps it while it differs
    assert consolidate(snippet, [(3, 13), REFERENCE]) == [] and (demo / "hello.py313t.out").exists()
    (demo / "hello.py313t.out").write_text(HELLO_OUT)
    consolidate(snippet, [(3, 13), REFERENCE])
    assert not (demo / "hello.py313t.out").exists()
