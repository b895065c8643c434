"""A program that imports a third-party package is shown after its `pip install` line.

A reader who copies a program must see what to install first: in the same section of the page
(after the last heading above the program), a shell block (```bash) holds `pip install` with every
package the program imports. The packages a snippet may import are those snippets/requirements.in
lists; an import that is neither in the standard library, nor a module beside the snippet, nor
listed there is a problem too (the tests could not install it).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

from proven import PYTHON_LANGS, Site, parse_fences

SHELL_LANGS = {"bash", "console", "sh", "shell"}
HEADING = re.compile(r"#{1,6} ")
REQUIREMENT = re.compile(r"^([A-Za-z0-9_.-]+)(?:\[([^\]]+)\])?")


def requirements(root: Path) -> dict[str, str]:
    """Import name -> what a reader gives pip, as snippets/requirements.in writes it
    (`dask[distributed]` for both `import dask` and, through its extra, `import distributed`)."""
    names: dict[str, str] = {}
    listed = root / "snippets" / "requirements.in"  # a site whose snippets import no package has none
    for line in (listed.read_text(encoding="utf-8") if listed.is_file() else "").splitlines():
        spec = line.split("#")[0].strip()
        match = REQUIREMENT.match(spec)
        if match:
            for module in [match[1], *(match[2] or "").split(",")]:
                if module.strip():
                    names[module.strip().replace("-", "_").lower()] = match[0]
    return names


def third_party_imports(snippet: Path) -> set[str]:
    """Top-level modules the snippet imports that are not the standard library's nor beside it."""
    tree = ast.parse(snippet.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    local = {p.stem for p in snippet.parent.glob("*.py")}
    return {m for m in found if m not in sys.stdlib_module_names and m not in local and m != "__future__"}


def missing_install_lines(site: Site) -> list[str]:
    """Each program with a third-party import whose section shows no `pip install` naming it."""
    known = requirements(site.root)
    problems = []
    for page, text in site.pages.items():
        lines = text.splitlines()
        fences = parse_fences(page, text)
        fenced = {n for f in fences for n in f.lines}
        headings = [n for n, line in enumerate(lines, 1) if n not in fenced and HEADING.match(line)]
        for fence in fences:
            if fence.lang not in PYTHON_LANGS or len(fence.embeds) != 1 or not fence.embeds[0].endswith(".py"):
                continue
            path = site.root / fence.embeds[0]
            if not path.is_file():
                continue  # test_every_python_block_is_proven says so
            section_start = max((h for h in headings if h < fence.line), default=0)
            shown = " ".join(
                " ".join(f.body)
                for f in fences
                if f.lang in SHELL_LANGS and section_start < f.line < fence.line and "pip install" in " ".join(f.body)
            )
            installed = {w.lower() for w in re.findall(r"[A-Za-z0-9_.\[\],-]+", shown.replace("pip install", " "))}
            for module in sorted(third_party_imports(path)):
                name = known.get(module.lower())
                if name is None:
                    problems.append(
                        f"{fence.where}: {fence.embeds[0]} imports {module}, which snippets/requirements.in "
                        "does not list (the tests cannot install it)"
                    )
                elif name.lower() not in installed:
                    problems.append(
                        f"{fence.where}: {fence.embeds[0]} imports {module}: show `pip install {_quoted(name)}` in a "
                        "```bash block above it, in the same section"
                    )
    return problems


def _quoted(requirement: str) -> str:
    """As a shell needs it: brackets quoted."""
    return f'"{requirement}"' if "[" in requirement else requirement
