"""tools/pythons.py, the interpreters' provisioning: standard library only, outside the engine."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.proof_inputs("tools", "pyproject.toml")


def load(name: str):
    """A module of tools/ (a folder of scripts, not a package), loaded by its path."""
    spec = importlib.util.spec_from_file_location(f"tools_{name}", REPO_ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pythons, free_threaded = load("pythons"), load("free_threaded")


def test_debian_names_what_is_missing_and_how_to_get_it(monkeypatch, capsys) -> None:
    monkeypatch.setattr(pythons, "debian_closed", lambda: ["this is Plan9 mips, not Linux x86_64"])
    monkeypatch.setattr(pythons, "works", lambda python: False)
    monkeypatch.setattr(pythons.shutil, "which", lambda name: None)
    assert pythons.main(["debian", "3.15"]) == 1
    err = capsys.readouterr().err
    assert "Python 3.15 is not available here" in err
    assert "uv python install 3.15" in err
    assert "this is Plan9 mips" in err
    assert pythons.main(["debian", "3.12"]) == 2  # only [tool.proven] debian comes from Debian
    assert "only 3.13, 3.14, 3.15 come from Debian" in capsys.readouterr().err


def test_free_threaded_names_what_is_missing_and_how_else_to_get_it(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setattr(pythons, "ROOT", tmp_path)
    monkeypatch.setattr(pythons, "debian_closed", lambda: ["this is Plan9 mips, not Linux x86_64"])
    assert pythons.main(["free-threaded", "3.13"]) == 1
    err = capsys.readouterr().err
    assert "Cannot build Python 3.13t here: this is Plan9 mips" in err
    assert "uv python install 3.13t" in err


def test_what_already_works_is_only_linked(monkeypatch, tmp_path, capsys) -> None:
    """A cache from before (.pythons/debian-sid/, .pythons/3.13t/) is kept: nothing is downloaded or built."""
    for built in ("debian-sid/usr/bin/python3.15", "3.13t/bin/python3.13t"):
        (tmp_path / built).parent.mkdir(parents=True)
        (tmp_path / built).write_text("")
    (tmp_path / "debian-sid/usr/lib/python3.15").mkdir(parents=True)
    (tmp_path / "debian-sid/usr/lib/python3.15/.byte-compiled").write_text("")
    monkeypatch.setattr(pythons, "ROOT", tmp_path)
    monkeypatch.setattr(pythons, "works", lambda python: True)
    monkeypatch.setattr(pythons.free_threaded, "works", lambda python, gil=False: True)
    monkeypatch.setattr(pythons, "_download", lambda versions: pytest.fail("downloaded again"))
    monkeypatch.setattr(pythons.free_threaded, "build", lambda tree, prefix: pytest.fail("built again"))
    for _ in range(2):  # the second run finds the links in place
        assert pythons.main(["debian", "3.15"]) == 0
        assert pythons.main(["free-threaded"]) == 0  # the "t" pythons of [tool.proven]
    assert capsys.readouterr().out.split() == [str(tmp_path / "bin" / p) for p in ["python3.15", "python3.13t"] * 2]
    assert (tmp_path / "bin/python3.15").resolve() == (tmp_path / "debian-sid/usr/bin/python3.15")
    # relative: the folder may move
    assert (tmp_path / "bin/python3.13t").readlink() == Path("../3.13t/bin/python3.13t")


@pytest.mark.skipif(not shutil.which("dpkg"), reason="needs dpkg (Debian's version order)")
def test_source_versions_are_tried_in_debians_order() -> None:
    """A release candidate before its release, a binary rebuild (+b1) after it; a digit tuple gets both wrong."""
    assert free_threaded.newest_first(["3.13.0-1", "3.13.0-1+b1", "3.13.0~rc1-1", "3.13.10-1", "3.13.9-2"]) == [
        "3.13.10-1", "3.13.9-2", "3.13.0-1+b1", "3.13.0-1", "3.13.0~rc1-1",
    ]  # fmt: skip


def test_the_pyproject_reader_works_without_tomllib(monkeypatch) -> None:
    """Python 3.10 (Ubuntu 22.04's python3) has no tomllib: the tool reads its one-line entries itself."""
    expected = pythons.pyproject()
    monkeypatch.setitem(sys.modules, "tomllib", None)  # import tomllib now raises ImportError
    fallback = pythons.pyproject()
    assert fallback["tool"]["proven"] == expected["tool"]["proven"]
    assert fallback["project"]["requires-python"] == expected["project"]["requires-python"]
