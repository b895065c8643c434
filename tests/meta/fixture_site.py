"""What the meta-tests share: how a run on the fixture site is made, and the patches they all use."""

from __future__ import annotations

import multiprocessing
import os
import re
import subprocess
import time
from pathlib import Path

import pytest

from proven import START_METHODS

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests/fixtures/site"
METHODS = [
    m for m in START_METHODS if m in multiprocessing.get_all_start_methods()
]  # the items' order; Windows has spawn only
RUNS = len(METHODS) + 1  # a snippet's items on the reference: every start method, and PYTHONUNBUFFERED=1
HELLO_OUT = (FIXTURE / "snippets/demo/hello.out").read_text(encoding="utf-8")

# The proof record (proven.record) of a meta-test: the engine is in every key; besides it, the
# fixture, these tests, this site's rule tests (and what they import) and the build's inputs.
PROOF_INPUTS = (
    "tests/meta", "tests/fixtures", "tests/conftest.py", "tests/test_pages.py", "tests/test_build.py",
    "tests/test_snippets.py", "tests/test_browser.py", "tests/browser", "site_rules", "figures", "hooks", "overrides",
    "docs/stylesheets", "docs/javascripts", "requirements.txt", "package-lock.json", "pyproject.toml",
)  # fmt: skip
RULES = ("test_pages.py", "test_build.py", "test_snippets.py")  # this site's rules that need no browser


def proven(pytester: pytest.Pytester, *args: str, fresh: bool = True) -> pytest.RunResult:
    """pytest in the fixture site, as a project runs it: no test module, the plugin alone
    (serial unless `args` ask for workers); `fresh`: not trusting the proof record."""
    serial = () if "-n" in args else ("-p", "no:xdist")
    return pytester.runpytest_subprocess(*serial, "-p", "no:cacheprovider", *(["--fresh"] if fresh else []), *args,
                                         timeout=240)  # fmt: skip


def rules(pytester: pytest.Pytester, *args: str, tests: tuple[str, ...] = RULES) -> pytest.RunResult:
    """This repository's own rule tests (modules or folders of tests/) against the fixture site (its docs
    root and rootdir), with the
    plugin's items of the fixture (snippets/, docs/) beside them."""
    modules = [str(REPO / "tests" / name) for name in tests]
    return proven(pytester, *modules, "snippets", "docs", "--docs-root", str(pytester.path),
                  "--rootdir", str(pytester.path), *args)  # fmt: skip


def lines(*texts: str) -> list[str]:
    """fnmatch_lines patterns for lines holding each text as it is (its "[", "*", "?" are no wildcards)."""
    return ["*" + re.sub(r"([*?[])", r"[\1]", text) + "*" for text in texts]


def says(result: pytest.RunResult, *texts: str) -> None:
    """The run printed each text (in any order: xdist and the summary order failures their own way)."""
    for pattern in lines(*texts):
        result.stdout.fnmatch_lines([pattern])


def add_hooks(site: Path) -> None:
    """This site's build hooks, which mkdocs.yml can only name by absolute path: the "Output checked"
    line (provenance), the title linking each example's file (sources) and the compile hint on
    Material's script (compile_hints), which tests/test_build.py checks."""
    hooks = ", ".join(str(REPO / "hooks" / name) for name in ("provenance.py", "sources.py", "compile_hints.py"))
    append(site, "mkdocs.yml", f"hooks: [{hooks}]\n")


def write(site: Path, rel: str, text: str) -> Path:
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def append(site: Path, rel: str, text: str) -> None:
    path = site / rel
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def replace(site: Path, rel: str, old: str, new: str) -> None:
    """`old` must be there: a patch that changes nothing would make its test pass for no reason."""
    path = site / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{rel} has no {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def settings(site: Path, toml: str, folder: str = "demo") -> None:
    """The snippet folder's examples.toml."""
    write(site, f"snippets/{folder}/examples.toml", toml)


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of the site's docs/ and snippets/ with its bytes."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for folder in ("docs", "snippets")
            for p in sorted((site / folder).rglob("*")) if p.is_file()}  # fmt: skip


def running(pid: int) -> bool:
    if os.name == "nt":
        listed = subprocess.run(["tasklist", "/FI", f"PID eq {pid}", "/NH"], capture_output=True, text=True).stdout
        return str(pid) in listed.split()
    if Path("/proc").is_dir():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            return False
        return "State:\tZ" not in status  # a zombie has ended; only its exit status is left
    try:  # macOS: signal 0 only asks whether the process exists
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def all_ended(pids: list[int], within: float = 5) -> bool:
    """Orphans are reaped by init shortly after the kill."""
    deadline = time.monotonic() + within
    while [pid for pid in pids if running(pid)] and time.monotonic() < deadline:
        time.sleep(0.1)
    return not [pid for pid in pids if running(pid)]
