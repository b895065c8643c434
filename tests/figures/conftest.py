"""A fixture project for the figures package: one page, one snippet, one result file and its plot."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

BUILD = {"release": "3.15.2", "implementation": "CPython", "free_threaded": False, "config_args": "'--enable-shared'",
         "opt": "-O2", "pgo": None, "lto": None, "jit": "no", "origin": "Debian sid's package python3.15 3.15.2-1",
         "compiler": "GCC 16.2.0"}  # fmt: skip
RESULT = {
    "benchmark": "demo", "title": "Starting processes", "command": "python benchmarks/demo.py",
    "measured": "2026-11-26T09:10:00+00:00", "python": "CPython 3.15.2", "builds": {"3.15.2": BUILD},
    "statistic": "median", "repetitions": 10, "warmups": 1, "busy": False, "busy_ok": False,
    "machine": {"system": "Linux 6.18", "cpu": "Some CPU", "logical_cpus": 2, "usable_cpus": 2,
                "governor": "not exposed (no cpufreq)", "smt": "notsupported; cpu0's siblings: 0",
                "load_average_1min": 0.31, "load_average_before": [0.31, 0.4, 0.5],
                "load_average_after": [1.2, 0.6, 0.55], "cpu_busy_before": 0.02},
    "columns": [{"key": "processes", "label": "Processes"},
                {"key": "time_s", "label": "Time", "unit": "s", "format": ".2f"},
                {"key": "speedup", "label": "Speed-up", "unit": "×", "format": ".2f", "bound": "usable_cpus"}],
    "rows": [{"processes": 1, "time_s": 1.234, "time_s_min": 1.2, "time_s_max": 1.3, "speedup": 1.0},
             {"processes": 2, "time_s": 0.6412, "time_s_min": 0.61, "time_s_max": 0.7, "speedup": 1.9,
              "speedup_min": 1.8, "speedup_max": 1.97}],
    "plots": [{"name": "demo", "alt": "Line chart: two processes take about half the time of one."}],
}  # fmt: skip

MKDOCS_YML = f"""\
site_name: fixture
theme: {{name: material, font: false}}
hooks: [{REPO_ROOT / "hooks" / "bench_markers.py"}]
markdown_extensions:
  - admonition
  - attr_list
  - tables
  - pymdownx.details
  - pymdownx.superfences
  - pymdownx.snippets: {{base_path: ["."], check_paths: true}}
"""

PAGE = """\
# Fixture

```python title="hello.py"
--8<-- "snippets/demo/hello.py"
```

```text title="Output"
--8<-- "snippets/demo/hello.out"
```

## More
"""

HELLO = """\
from multiprocessing import Process


def child():
    print("hello from the child")


if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    p.join(timeout=3)
    print("child exit code", p.exitcode)
"""

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="504pt" height="288pt" viewBox="0 0 504 288"></svg>'


@dataclass
class Project:
    """A fixture project on disk (test modules cannot import helpers under --import-mode=importlib)."""

    root: Path

    def add_to_page(self, text: str) -> int:
        """Append `text` to docs/index.md, after a blank line; return the page's line of its first line."""
        page = self.root / "docs/index.md"
        before = page.read_text(encoding="utf-8")
        page.write_text(before + f"\n{text}\n", encoding="utf-8")
        return before.count("\n") + 2

    def pages(self) -> dict[str, str]:
        """The pages as ``Site.pages`` has them: "docs/<page>.md" to its text."""
        docs = self.root / "docs"
        return {f"docs/{p.relative_to(docs).as_posix()}": p.read_text(encoding="utf-8")
                for p in sorted(docs.rglob("*.md"))}  # fmt: skip

    def build(self) -> subprocess.CompletedProcess:
        """`mkdocs build --strict`, with the bench markers hook listed."""
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        return subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(self.root / "site")],
            cwd=self.root, capture_output=True, text=True, timeout=120, env=env,
        )  # fmt: skip


@pytest.fixture
def result() -> dict:
    """A result file's content that holds the schema (a fresh copy: tests may break it)."""
    return copy.deepcopy(RESULT)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    files = {
        "mkdocs.yml": MKDOCS_YML,
        "docs/index.md": PAGE,
        "snippets/demo/hello.py": HELLO,
        "snippets/demo/hello.out": "hello from the child\nchild exit code 0\n",
        "benchmarks/results/demo.json": json.dumps(RESULT),
        "docs/plots/demo-light.svg": SVG,
        "docs/plots/demo-dark.svg": SVG,
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return Project(tmp_path)
