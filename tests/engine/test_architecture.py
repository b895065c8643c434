"""The house's rules, checked: the engine imports only itself and libraries, its imports form no
cycle (type-only imports included), and no module of the project grows past 300 lines."""

from __future__ import annotations

import ast
import graphlib
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ENGINE = REPO / "proven"
NOT_THE_ENGINE = {"figures", "site_rules", "tools", "benchmarks", "hooks", "scripts", "tests"}
MAX_LINES = 300
OWN_CODE = ["proven", "figures", "site_rules", "tools", "hooks", "tests", "scripts", "benchmarks"]


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, type-only imports included, as absolute dotted names."""
    package = path.relative_to(REPO).with_suffix("").parts[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[: len(package) - node.level + 1]) if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}  # `from . import record`
    return found


def _engine_modules() -> dict[str, Path]:
    return {".".join(p.relative_to(REPO).with_suffix("").parts): p for p in ENGINE.rglob("*.py")
            if "__pycache__" not in p.parts}  # fmt: skip


def test_the_engine_imports_no_provisioning_figures_or_site_rules() -> None:
    wrong = {name: sorted(i for i in _imports(path) if i.split(".")[0] in NOT_THE_ENGINE)
             for name, path in _engine_modules().items()}  # fmt: skip
    assert not {k: v for k, v in wrong.items() if v}


def test_the_engine_has_no_import_cycle_not_even_a_type_only_one() -> None:
    modules = _engine_modules()
    graph = {name: {i for i in _imports(path) if i in modules and i != name and i != "proven"}
             for name, path in modules.items()}  # fmt: skip
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError, naming the cycle


def test_no_module_is_over_300_lines() -> None:
    long = {
        p.relative_to(REPO).as_posix(): n
        for folder in OWN_CODE
        for p in (REPO / folder).rglob("*.py")
        if "__pycache__" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines (split them by concern): {long}"


def test_the_readme_lists_every_module_of_the_engine_once() -> None:
    """One place lists the modules: the README's table, checked here against the folder."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### The engine: `proven/`") :].split("\n## ", 1)[0]
    listed = [line.split("`")[1] for line in table.splitlines() if line.startswith("| `")]
    modules = sorted(p.relative_to(ENGINE).as_posix() for p in ENGINE.rglob("*.py")
                     if "__pycache__" not in p.parts and p.name != "__init__.py")  # fmt: skip
    assert sorted(listed) == modules, f"README lists {sorted(listed)}; proven/ holds {modules}"


def test_the_projects_own_python_is_ruff_clean() -> None:
    """ruff with the project's [tool.ruff] (pyproject.toml) over its own code; snippets have their own lint."""
    from ruff.__main__ import find_ruff_bin

    result = subprocess.run([find_ruff_bin(), "check", "--no-cache", "."], cwd=REPO, capture_output=True, text=True,
                            check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
