"""proven.interpreters: discovery only (.pythons/bin, then pyenv, then the PATH), the matrix from [tool.proven]."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

import pytest

from proven import interpreters
from proven.interpreters import (
    REFERENCE,
    RUNNING_FREE_THREADED,
    find_pythons,
    parse,
    sort_key,
)
from proven.matrix import ALL_START_METHODS, PROJECT, load

ENGINE = Path(interpreters.__file__).resolve().parent
UNUSED = "3.98"  # a version no machine has: found only where a test puts it


def executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def machine(tmp_path, monkeypatch) -> Path:
    """An empty machine: no .pythons, no pyenv, nothing on the PATH."""
    monkeypatch.setenv("PROVEN_PYTHONS", str(tmp_path / ".pythons"))
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))
    monkeypatch.setenv("PATH", str(tmp_path / "path"))
    return tmp_path


def test_names_parse_and_sort_as_versions() -> None:
    assert parse("3.13t") == ((3, 13), True) and parse("3.13") == ((3, 13), False)
    assert sorted(["3.14", "3.13t", "3.9", "3.13"], key=sort_key) == ["3.9", "3.13", "3.13t", "3.14"]


def test_all_is_the_declared_matrix() -> None:
    assert [p.name for p in find_pythons("all")] == list(PROJECT.pythons)  # in the declared order
    assert find_pythons(None) == [interpreters.REFERENCE_PYTHON]
    here = f"{REFERENCE[0]}.{REFERENCE[1]}" + ("t" if RUNNING_FREE_THREADED else "")
    assert find_pythons(here)[0].executable == sys.executable


def test_discovery_looks_in_pythons_bin_then_pyenv_then_the_path(machine: Path) -> None:
    assert find_pythons(UNUSED)[0].executable is None  # missing: the tests skip it, saying so
    on_path = executable(machine / "path" / f"python{UNUSED}")
    assert find_pythons(UNUSED)[0].executable == str(on_path)
    executable(machine / "pyenv/versions" / f"{UNUSED}.2/bin/python{UNUSED}")
    newest = executable(machine / "pyenv/versions" / f"{UNUSED}.10/bin/python{UNUSED}")
    executable(machine / "pyenv/versions" / f"{UNUSED}.11rc1/bin/python{UNUSED}")  # no release: ignored
    assert find_pythons(UNUSED)[0].executable == str(newest)
    linked = machine / ".pythons/bin" / f"python{UNUSED}"
    linked.parent.mkdir(parents=True)
    linked.symlink_to(on_path)
    assert find_pythons(UNUSED)[0].executable == str(linked)


def test_a_free_threaded_build_is_found_by_its_own_name(machine: Path) -> None:
    executable(machine / "path" / f"python{UNUSED}")  # the GIL build is not it
    assert find_pythons(f"{UNUSED}t")[0].executable is None
    built = executable(machine / "pyenv/versions" / f"{UNUSED}.1t/bin/python{UNUSED}t")
    [python] = find_pythons(f"{UNUSED}t")
    assert (python.executable, python.free_threaded, python.name) == (str(built), True, f"{UNUSED}t")
    linked = machine / ".pythons/bin" / f"python{UNUSED}t"
    linked.parent.mkdir(parents=True)
    linked.symlink_to("../nowhere")  # dangling: not an interpreter
    assert find_pythons(f"{UNUSED}t")[0].executable == str(built)


def test_the_matrix_is_read_from_the_docs_roots_pyproject(tmp_path: Path) -> None:
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert load(tmp_path) == load(tmp_path / "nowhere")  # no pyproject.toml: this interpreter alone
    assert load(tmp_path).pythons == (here,) and load(tmp_path).start_methods == ALL_START_METHODS
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\n')  # no [tool.proven]
    assert load(tmp_path).reference == here
    (tmp_path / "pyproject.toml").write_text(f'[tool.proven]\nreference = "3.12"\npythons = ["3.12", "{UNUSED}t"]\n')
    assert load(tmp_path).pythons == ("3.12", f"{UNUSED}t") and load(tmp_path).reference == "3.12"
    assert [p.name for p in find_pythons("all", root=tmp_path)] == ["3.12", f"{UNUSED}t"]


def test_the_engine_imports_no_provisioning_code() -> None:
    """Providing interpreters is tools/pythons.py's (run by make before any venv): the engine only searches."""
    for module in ENGINE.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(), str(module))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                assert not {"tools", "pythons", "provide", "free_threaded"} & set(name.split(".")), (module, name)
    assert not (ENGINE / "provide.py").exists() and not (ENGINE / "free_threaded.py").exists()
    assert "tools" not in os.listdir(ENGINE)
