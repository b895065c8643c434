"""The version matrix has one source, pyproject.toml's [tool.proven]: whatever else names versions agrees with it."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
import yaml

from proven.interpreters import MATRIX, find_pythons, parse
from proven.matrix import PROJECT, START_METHODS

REPO_ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO_ROOT / ".github" / "workflows"
pytestmark = pytest.mark.proof_inputs("tools", "pyproject.toml", ".github/workflows", "README.md", "Makefile")

_spec = importlib.util.spec_from_file_location("tools_pythons", REPO_ROOT / "tools" / "pythons.py")
pythons = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pythons)
DECLARED = pythons.pyproject()["tool"]["proven"]


def github_outputs() -> dict[str, str]:
    """What `tools/pythons.py github` writes to $GITHUB_OUTPUT: `name=value` lines and `name<<EOF` blocks."""
    text, outputs = pythons.github_outputs(pythons.pyproject()), {}
    lines_and_blocks = r"^(\w+)=([^\n]*)$|^(\w+)<<EOF\n(.*?)\nEOF$"
    for name, value, block_name, block in re.findall(lines_and_blocks, text, re.MULTILINE | re.DOTALL):
        outputs[name or block_name] = value or block
    return outputs


def test_the_engine_and_the_tool_read_the_same_table() -> None:
    assert PROJECT.pythons == tuple(DECLARED["pythons"]) and PROJECT.reference == DECLARED["reference"]
    assert [p.name for p in find_pythons("all")] == DECLARED["pythons"]
    assert MATRIX == [parse(p)[0] for p in DECLARED["pythons"] if not p.endswith("t")]
    assert list(START_METHODS) == DECLARED["start_methods"]
    assert set(DECLARED["debian"]) <= set(DECLARED["pythons"]) and DECLARED["reference"] in DECLARED["pythons"]


def test_the_hosted_workflow_takes_its_matrix_from_the_table() -> None:
    """doc-tests.yml's rows come from `tools/pythons.py github`; no version list is typed into it."""
    workflow = yaml.safe_load((WORKFLOWS / "doc-tests.yml").read_text())
    jobs = workflow["jobs"]
    assert "python3 tools/pythons.py github" in jobs["versions"]["steps"][-1]["run"]
    assert jobs["snippets"]["strategy"]["matrix"]["python"] == "${{ fromJSON(needs.versions.outputs.hosted) }}"
    assert "include" not in jobs["snippets"]["strategy"]["matrix"]
    [setup] = [s for s in jobs["site"]["steps"] if s.get("uses", "").startswith("actions/setup-python")]
    assert setup["with"]["python-version"] == "${{ needs.versions.outputs.site }}"
    for name, job in jobs.items():
        for step in job["steps"]:
            typed = re.findall(r"\b3\.\d+t?\b", json.dumps(step.get("with", {})))
            assert not typed, f"doc-tests.yml job {name} names {typed}: declare versions in [tool.proven]"


def test_the_hosted_rows_are_the_matrix_the_engine_runs_on() -> None:
    outputs = github_outputs()
    hosted = json.loads(outputs["hosted"])
    engine_oldest = int(re.search(r">=\s*3\.(\d+)", pythons.pyproject()["project"]["requires-python"])[1])
    gil = [p for p in DECLARED["pythons"] if not p.endswith("t") and parse(p)[0][1] >= engine_oldest]
    assert hosted == gil + DECLARED["hosted_free_threaded"]
    assert outputs["site"].splitlines() == [p for p in DECLARED["pythons"] if p != DECLARED["reference"]] + [
        DECLARED["reference"]
    ]  # every interpreter of the matrix; the last becomes python3


def test_the_pages_workflow_builds_with_the_reference() -> None:
    workflow = yaml.safe_load((WORKFLOWS / "pages.yml").read_text())
    versions = [s["with"]["python-version"] for job in workflow["jobs"].values() for s in job["steps"]
                if s.get("uses", "").startswith("actions/setup-python")]  # fmt: skip
    assert versions == [DECLARED["reference"]]


def test_the_readme_table_lists_the_matrix() -> None:
    """README's "Python | Where it comes from" table: one row per source, patch releases of every matrix version."""
    readme = (REPO_ROOT / "README.md").read_text()
    table = readme[readme.index("| Python | Where it comes from"):].split("\n\n")[0].splitlines()[2:]
    named = [m[1] + m[2] for row in table for m in re.finditer(r"\b(3\.\d+)\.\d+(t?)\b", row.split("|")[1])]
    assert sorted(named, key=lambda n: parse(n)) == sorted(DECLARED["pythons"], key=lambda n: parse(n))
    [reference_row] = [row for row in table if "the reference" in row]
    assert re.search(rf"\b{re.escape(DECLARED['reference'])}\.\d+\b", reference_row)


def test_make_names_no_version() -> None:
    """The Makefile's provisioning lines take their versions from the tool, which reads the table."""
    makefile = (REPO_ROOT / "Makefile").read_text()
    recipes = [line.split("#")[0] for line in makefile.splitlines()
               if line.startswith("\t") and "tools/pythons.py" in line]  # fmt: skip
    assert len(recipes) == 4 and not [line for line in recipes if re.search(r"\b3\.\d+", line)], recipes  # + twin
