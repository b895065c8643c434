"""The checker is checked: a small docs project with one defect each must fail the doc tests, clearly.

Each test builds a tiny site (one page, one snippet) in a temporary folder, breaks
one thing, runs tests/test_docs.py against it in a separate pytest process and
reads what that run printed.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path
from textwrap import dedent

import pytest

from proven import REFERENCE, Settings, Site, normalise, provide
from proven.benchmarks import BenchmarkError, Results
from proven.interpreters import REFERENCE_PYTHON, find_pythons, parse, sort_key
from proven.running import BACKSTOP, START_METHODS
from proven.settings import QUIET
from proven.resources import resources_loaded
from proven.update import consolidate

REPO_ROOT = Path(__file__).resolve().parent.parent
# The proof record (proven.record): these tests check the engine (always part of a key) on fixture
# sites written from this file, through the doc tests, the browser suite and the build hooks.
pytestmark = pytest.mark.proof_inputs(
    "tests/test_docs.py", "tests/test_browser.py", "hooks", "requirements.txt", "package-lock.json", "pyproject.toml"
)
MKDOCS_YML = f"""\
site_name: fixture
site_url: http://127.0.0.1:8000/
nav: [{{The six questions: [index.md]}}]
plugins: [{{llmstxt: {{full_output: llms-full.txt, sections: {{Pages: ["*.md"]}}}}}}]
theme: {{name: material, font: false}}
hooks: [{REPO_ROOT / "hooks" / "provenance.py"}, {REPO_ROOT / "hooks" / "sources.py"}]
markdown_extensions:
  - pymdownx.superfences
  - pymdownx.tabbed: {{alternate_style: true}}
  - pymdownx.snippets: {{base_path: ["."], check_paths: true}}
"""

METHODS = multiprocessing.get_all_start_methods()  # Windows has spawn only

PAGE = """\
# Fixture

```python title="hello.py"
--8<-- "snippets/demo/hello.py"
```

```text title="Output"
--8<-- "snippets/demo/hello.out"
```

<!-- --8<-- [start:answer] -->
A child process prints a greeting.
<!-- --8<-- [end:answer] -->

## More { #more }
"""

HELLO = """\
from multiprocessing import Process


def child():
    print("hello from the child")


if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    p.join()
    print("child exit code", p.exitcode)
"""

HELLO_OUT = "hello from the child\nchild exit code 0\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    files = {
        "mkdocs.yml": MKDOCS_YML,
        "docs/index.md": PAGE,
        "snippets/demo/hello.py": HELLO,
        "snippets/demo/hello.out": HELLO_OUT,
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def run_doc_tests(project: Path, *args: str, record: bool = False) -> subprocess.CompletedProcess:
    """The doc tests on `project`; `record`: trusting the proof record (else --fresh: every test runs)."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PROOF_RECORD_SINCE")}  # a record is trusted
    return subprocess.run(
        [sys.executable, "-m", "pytest", str(REPO_ROOT / "tests" / "test_docs.py"), "--docs-root", str(project),
         "-p", "no:cacheprovider", "-q", "--no-header", *([] if record else ["--fresh"]), *args],
        cwd=project, capture_output=True, text=True, timeout=240, env=env,
    )  # fmt: skip


def test_intact_fixture_passes(project: Path) -> None:
    """The control: without a defect the fixture passes, so each failure below is the defect's."""
    result = run_doc_tests(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed" in result.stdout


def test_first_answer_over_budget_fails(project: Path) -> None:
    page = project / "docs/index.md"
    text = page.read_text().replace("## More", "A second program.\n\n```python title=\"again.py\"\n--8<-- \"snippets/demo/hello.py\"\n```\n\n## More")
    page.write_text(text.replace("A child process prints a greeting.", "word " * 301))
    result = run_doc_tests(project, "-k", "first_answers")
    assert result.returncode == 1
    assert "docs/index.md: the first answer (above the first '## ' heading, line 21) has 304 words of prose; the budget is 300" in result.stdout
    assert "shows 2 programs; it must show exactly 1" in result.stdout
    assert "the 'answer' section has 301 words; the home page shows at most 60" in result.stdout


def test_changed_expected_line_fails_with_a_diff(project: Path) -> None:
    out = project / "snippets/demo/hello.out"
    out.write_text(out.read_text().replace("exit code 0", "exit code 7"))
    result = run_doc_tests(project, "-k", "snippet_output")
    assert result.returncode == 1
    for method in METHODS:
        assert f"snippets/demo/hello.py under start method '{method}' printed something else than docs/index.md" in result.stdout
    assert "-child exit code 7" in result.stdout
    assert "+child exit code 0" in result.stdout


def test_a_site_without_its_url_or_with_a_page_missing_from_llms_txt_is_not_findable(project: Path) -> None:
    config = project / "mkdocs.yml"
    intact = config.read_text()
    config.write_text(intact.replace('sections: {Pages: ["*.md"]}', 'sections: {Pages: ["other*.md"]}'))
    result = run_doc_tests(project, "-k", "findable")
    assert result.returncode == 1, result.stdout
    assert "llms.txt: docs/index.md is not linked (http://127.0.0.1:8000/index.md)" in result.stdout

    without_url = [line for line in intact.splitlines() if not line.startswith(("site_url:", "plugins:"))]
    config.write_text("\n".join(without_url) + "\n")
    result = run_doc_tests(project, "-k", "findable")
    assert result.returncode == 1, result.stdout
    assert "mkdocs.yml sets no site_url: the sitemap would list no page" in result.stdout


def test_missing_snippet_file_fails_the_accounting_and_the_build(project: Path) -> None:
    page = project / "docs/index.md"
    page.write_text(page.read_text().replace("snippets/demo/hello.py", "snippets/demo/gone.py"))
    result = run_doc_tests(project, "-k", "proven or on_a_page or builds")
    assert result.returncode == 1
    assert "docs/index.md:3: embeds snippets/demo/gone.py, which does not exist" in result.stdout
    assert "snippets/demo/hello.py is used by no page" in result.stdout
    assert "mkdocs build --strict failed" in result.stdout
    assert "snippets/demo/gone.py" in result.stdout


def test_hanging_snippet_is_killed_and_fails(project: Path) -> None:
    """A program that stops making progress fails after the default quiet period (QUIET), with its output
    so far, and nothing it started is left running; the backstop (BACKSTOP) is not what stopped it."""
    pids = project / "snippets/demo/pids.txt"
    (project / "snippets/demo/hello.py").write_text(
        dedent(
            f"""\
            import os
            import time
            from multiprocessing import Process


            def child():
                with open({str(pids)!r}, "a") as f:
                    f.write(f"{{os.getpid()}}\\n")
                time.sleep(600)


            if __name__ == "__main__":
                print("started", flush=True)
                p = Process(target=child)
                p.start()
                p.join()
            """
        )
    )
    started = time.monotonic()
    result = run_doc_tests(project, "-k", "snippet_output", "-n", "4")
    took = time.monotonic() - started
    assert result.returncode == 1
    runs = [f"start method '{m}'" for m in METHODS] + ["PYTHONUNBUFFERED=1"]
    for run in runs:  # the short summary may repeat a message, depending on the terminal width
        assert (
            f"snippets/demo/hello.py under {run} made no progress for {QUIET:g} s (printed nothing, "
            "started or ended no process, used under"
        ) in result.stdout, result.stdout
    assert "Output so far:\n  started" in result.stdout
    assert f"{len(runs)} failed" in result.stdout
    assert took < BACKSTOP, f"{took:.0f} s: the backstop, not the quiet period, stopped the runs"
    children = [int(pid) for pid in pids.read_text().split()]
    assert len(children) == len(runs)
    deadline = time.monotonic() + 5  # orphans are reaped by init shortly after the kill
    while [pid for pid in children if _running(pid)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in children if _running(pid)], "a child process outlived its test"


BUSY_AND_SILENT = """\
import time
from multiprocessing import Process

SECONDS = 14  # longer than the quiet period, and than the old fixed 10 s limit


def work():
    end = time.monotonic() + SECONDS
    while time.monotonic() < end:  # working, silently
        pass


if __name__ == "__main__":
    p = Process(target=work)
    p.start()
    p.join()
    print("hello from the child")
    print("child exit code", p.exitcode)
"""


def test_slow_but_busy_is_not_hung(project: Path) -> None:
    """A run that prints nothing for longer than the quiet period, but works (uses CPU), passes;
    and one that sleeps as long on purpose passes once it declares `quiet`."""
    (project / "snippets/demo/hello.py").write_text(BUSY_AND_SILENT)
    result = run_doc_tests(project, "-k", "snippet_output and spawn")
    assert result.returncode == 0, result.stdout
    (project / "snippets/demo/hello.py").write_text(BUSY_AND_SILENT.replace("pass", "time.sleep(1)"))
    result = run_doc_tests(project, "-k", "snippet_output and spawn")
    assert result.returncode == 1 and f"made no progress for {QUIET:g} s" in result.stdout, result.stdout
    (project / "snippets/demo/examples.toml").write_text('["hello.py"]\nquiet = 20  # sleeps 14 s on purpose\n')
    assert run_doc_tests(project, "-k", "snippet_output and spawn").returncode == 0


ENVIRONMENT = """\
import multiprocessing
import sys

if __name__ == "__main__":
    print("terminal:", sys.stdout.isatty())
    print("unbuffered:", sys.stdout.write_through)
    print("start method set from outside:", multiprocessing.get_start_method(allow_none=True))
"""


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal needs POSIX")
def test_runs_are_the_readers_terminal_unbuffered_run_and_plain_default(project: Path) -> None:
    """Every run's stdout is a terminal, but the unbuffered one's (a pipe, as PyCharm and Docker give);
    under the default start method nothing is injected: no method is set before the program runs."""
    default = REFERENCE_PYTHON.default_method
    (project / "snippets/demo/hello.py").write_text(ENVIRONMENT)
    (project / "snippets/demo/examples.toml").write_text('["hello.py"]\nby_start_method = true\n')
    (project / "snippets/demo/hello.out").unlink()
    assert run_doc_tests(project, "-k", "snippet_output", "--update-examples").returncode == 0
    for method in METHODS:
        shown = "None" if method == default else method
        assert (project / f"snippets/demo/hello.{method}.out").read_text() == (
            f"terminal: True\nunbuffered: False\nstart method set from outside: {shown}\n"
        )
    assert (project / "snippets/demo/hello.unbuffered.out").read_text() == (
        "terminal: False\nunbuffered: True\nstart method set from outside: None\n"
    )
    page = project / "docs/index.md"
    tabs = "".join(
        f'=== "{label}"\n\n    ```text title="Output"\n    --8<-- "snippets/demo/hello.{name}.out"\n    ```\n\n'
        for label, name in [(m, m) for m in METHODS] + [("PYTHONUNBUFFERED=1", "unbuffered")]
    )
    text = page.read_text()
    page.write_text(text.replace('```text title="Output"\n--8<-- "snippets/demo/hello.out"\n```\n', tabs))
    result = run_doc_tests(project)
    assert result.returncode == 0, result.stdout
    page.write_text(page.read_text().replace('"PYTHONUNBUFFERED=1"', '"PyCharm"'))
    result = run_doc_tests(project, "-k", "labelled")
    assert "snippets/demo/hello.unbuffered.out must sit in a content tab naming PYTHONUNBUFFERED" in result.stdout


def test_a_proven_outcome_is_recorded_and_any_input_change_runs_it_again(project: Path) -> None:
    """The proof record: an unchanged tree re-runs nothing; one byte of the snippet, of its output,
    of its settings re-runs its runs (and tests of the whole tree), and only those; --fresh runs all."""
    runs = len(METHODS) + 1  # and PYTHONUNBUFFERED=1
    first = run_doc_tests(project, "-k", "snippet_output or on_a_page", record=True)
    assert first.returncode == 0 and "as recorded" not in first.stdout, first.stdout
    again = run_doc_tests(project, "-k", "snippet_output or on_a_page", record=True)
    assert f"{runs + 1} passed as recorded" in again.stdout, again.stdout
    fresh = run_doc_tests(project, "-k", "snippet_output or on_a_page", "--fresh", record=True)
    assert "as recorded" not in fresh.stdout, fresh.stdout
    snippet, out, toml = (project / "snippets/demo" / name for name in ("hello.py", "hello.out", "examples.toml"))
    snippet.write_text(snippet.read_text() + "\n")  # one byte of the program
    result = run_doc_tests(project, "-k", "snippet_output or on_a_page", record=True)
    assert result.returncode == 0 and "as recorded" not in result.stdout, result.stdout
    toml.write_text('["hello.py"]\nquiet = 11\n')  # its settings
    result = run_doc_tests(project, "-k", "snippet_output or on_a_page", record=True)
    assert result.returncode == 0 and "as recorded" not in result.stdout, result.stdout
    out.write_text(HELLO_OUT.replace("exit code 0", "exit code 1"))  # one byte of its output: fails, not recorded
    result = run_doc_tests(project, "-k", "snippet_output", record=True)
    assert result.returncode == 1 and "as recorded" not in result.stdout, result.stdout


def test_a_key_holds_the_interpreters_exact_release(monkeypatch) -> None:
    """Another patch release (or build) of the same minor version is another key."""
    from proven import interpreters, record

    python = interpreters.Python((3, 99), "/usr/bin/python3.99")
    builds = iter(["3.99.1 (main, Jan 1 2026)", "3.99.2 (main, Feb 1 2026)"])
    monkeypatch.setattr(interpreters, "_describe", lambda executable: {"build": next(builds)})
    keys = {record.key(REPO_ROOT, "t::x", Path(__file__), {"python": python}, (), []) for _ in range(2)}
    assert len(keys) == 2


LEAVES_A_PROCESS = """\
import subprocess
import sys

if __name__ == "__main__":
    left = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(SECONDS)"],
        start_new_session=True,  # leaves the program's session, as a cluster's daemon may
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    with open(PIDS, "w") as f:
        f.write(str(left.pid))
    print("hello from the child")
    print("child exit code 0")
"""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="processes are found by their environment in /proc")
def test_a_process_left_running_fails_and_is_killed(project: Path) -> None:
    pids = project / "snippets/demo/pids.txt"
    program = LEAVES_A_PROCESS.replace("PIDS", repr(str(pids)))
    (project / "snippets/demo/hello.py").write_text(program.replace("SECONDS", "1"))
    result = run_doc_tests(project, "-k", "snippet_output and spawn")
    assert result.returncode == 0, result.stdout  # the control: it ends within the grace period

    (project / "snippets/demo/hello.py").write_text(program.replace("SECONDS", "60"))
    result = run_doc_tests(project, "-k", "snippet_output and spawn")
    assert result.returncode == 1, result.stdout
    assert "snippets/demo/hello.py under start method 'spawn' ended, but it left processes running" in result.stdout
    assert "import time; time.sleep(60)" in result.stdout  # its command line
    left = int(pids.read_text())
    deadline = time.monotonic() + 5  # killed; init reaps it shortly after
    while _running(left) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(left), "the harness did not kill the process the program left running"


INTERRUPTED = """\
import signal
import time
from multiprocessing import Event, Process


def work(ready):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent handles it
    ready.set()
    time.sleep(60)


if __name__ == "__main__":
    IGNORE = False
    if IGNORE:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a program that swallows Ctrl-C
    ready = Event()
    worker = Process(target=work, args=(ready,))
    worker.start()
    ready.wait()
    try:
        print("working; press Ctrl-C", flush=True)
        worker.join()
    except KeyboardInterrupt:
        print("Ctrl-C: stopping the worker")
        worker.terminate()
        worker.join()
"""


@pytest.mark.skipif(os.name != "posix", reason="interrupt sends a signal to a POSIX process group")
def test_interrupt_presses_ctrl_c_and_a_recipe_that_ignores_it_is_killed(project: Path) -> None:
    (project / "snippets/demo/hello.py").write_text(INTERRUPTED)
    (project / "snippets/demo/hello.out").write_text("working; press Ctrl-C\nCtrl-C: stopping the worker\n")
    settings = '["hello.py"]\nquiet = 3\ninterrupt = { after_line = "press Ctrl-C" }\n'
    (project / "snippets/demo/examples.toml").write_text(settings)
    result = run_doc_tests(project, "-k", "snippet_output")
    assert result.returncode == 0, result.stdout  # Ctrl-C was pressed, and the recipe exited cleanly

    (project / "snippets/demo/hello.py").write_text(INTERRUPTED.replace("IGNORE = False", "IGNORE = True"))
    started = time.monotonic()
    result = run_doc_tests(project, "-k", "snippet_output")
    assert result.returncode == 1
    for method in METHODS:
        assert f"snippets/demo/hello.py under start method '{method}' made no progress for 3 s" in result.stdout
    assert "working; press Ctrl-C" in result.stdout  # the output so far
    assert time.monotonic() - started < 60


def test_bad_interrupt_settings_fail_loudly(project: Path) -> None:
    (project / "snippets/demo/examples.toml").write_text('["hello.py"]\ninterrupt = { signal = "SIGINT" }\n')
    result = run_doc_tests(project, "-k", "on_a_page")
    assert result.returncode != 0
    assert "interrupt needs after_line, after_seconds, or both" in result.stdout + result.stderr


def test_progress_bars_compare_as_their_final_state(project: Path) -> None:
    bar = "\\r  0%|          | 0/4 [00:00<?, ?it/s]\\r100%|##########| 4/4 [00:00<00:00, 9.1it/s]"
    (project / "snippets/demo/hello.py").write_text(f'import sys\nsys.stderr.write("{bar}\\n")\nprint("done")\n')
    (project / "snippets/demo/examples.toml").write_text('["hello.py"]\nnormalise = ["progress"]\n')
    out = project / "snippets/demo/hello.out"
    out.write_text("100%|##########| 4/4 [<time>]\ndone\n")
    assert run_doc_tests(project, "-k", "snippet_output").returncode == 0
    out.write_text("100%|##########| 5/5 [<time>]\ndone\n")  # a wrong progress line
    result = run_doc_tests(project, "-k", "snippet_output")
    assert result.returncode == 1
    assert "-100%|##########| 5/5 [<time>]" in result.stdout
    assert "+100%|##########| 4/4 [<time>]" in result.stdout


def test_snippet_requirements_are_installed_or_fail_loudly(project: Path) -> None:
    (project / "snippets/requirements.txt").write_text("tqdm==4.70.1\n")
    (project / "snippets/demo/hello.py").write_text('import tqdm\n\nprint("tqdm", tqdm.__version__)\n')
    (project / "snippets/demo/hello.out").write_text("tqdm 4.70.1\n")
    result = run_doc_tests(project, "-k", "snippet_output or on_a_page")
    assert result.returncode == 0, result.stdout  # installed for the interpreter, on the snippet's path
    (project / "snippets/requirements.txt").write_text("no-such-package-for-proven==1.0\n")
    result = run_doc_tests(project, "-k", "snippet_output")
    assert result.returncode == 1
    assert "snippets/requirements.txt could not be installed for Python" in result.stdout


def _running(pid: int) -> bool:
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


def test_unmarked_inline_python_block_fails(project: Path) -> None:
    page = project / "docs/index.md"
    page.write_text(page.read_text() + '\n```python\nprint("typed on the page")\n```\n')
    result = run_doc_tests(project, "-k", "proven")
    assert result.returncode == 1
    assert "docs/index.md:17: python block written on the page" in result.stdout


def test_marked_fragment_passes_but_is_linted(project: Path) -> None:
    page = project / "docs/index.md"
    page.write_text(page.read_text() + '\n```python title="Not run: only the call"\np = Process(target=work)\n```\n')
    assert run_doc_tests(project, "-k", "proven or fragment").returncode == 0
    page.write_text(page.read_text().replace("p = Process(target=work)", "p = Process(target=work"))
    result = run_doc_tests(project, "-k", "fragment")
    assert result.returncode == 1
    assert "ruff failed" in result.stdout


def test_unused_snippet_and_unlabelled_unordered_output_fail(project: Path) -> None:
    (project / "snippets/demo/orphan.py").write_text('print("nobody embeds me")\n')
    (project / "snippets/demo/examples.toml").write_text('["hello.py"]\norder = "any"\n')
    result = run_doc_tests(project, "-k", "on_a_page or labelled")
    assert result.returncode == 1
    assert "snippets/demo/orphan.py is used by no page" in result.stdout
    assert 'docs/index.md:7: snippets/demo/hello.out is compared in any order; title it "Output (order may vary)"' in result.stdout


def test_bad_settings_fail_loudly(project: Path) -> None:
    (project / "snippets/demo/examples.toml").write_text('["hello.py"]\nnormalize = ["pid"]\n')
    result = run_doc_tests(project)
    assert result.returncode != 0
    assert "unknown setting(s) ['normalize']" in result.stdout + result.stderr


def test_a_python_the_snippet_cannot_run_on_is_skipped_with_its_reason_and_named_on_the_page(project: Path) -> None:
    this = f"{sys.version_info[0]}.{sys.version_info[1]}"
    settings = f'["hello.py"]\nnot_on_python = {{ "{this}" = "its package has no wheel for it" }}\n'
    (project / "snippets/demo/examples.toml").write_text(settings)
    result = run_doc_tests(project, "-k", "snippet_output or labelled", "-rs")
    assert result.returncode == 1, result.stdout
    assert f"snippets/demo/hello.py: not on Python {this}: its package has no wheel for it" in result.stdout
    assert f"does not run on Python {this} (its package has no wheel for it); the page must say so" in result.stdout
    page = project / "docs/index.md"
    page.write_text(page.read_text() + f"\nThis example needs a package that Python {this} does not have yet.\n")
    result = run_doc_tests(project, "-k", "snippet_output or labelled")
    assert result.returncode == 0, result.stdout

    (project / "snippets/demo/examples.toml").write_text('["hello.py"]\nnot_on_python = { "3" = "too vague" }\n')
    result = run_doc_tests(project)
    assert result.returncode != 0
    assert "not_on_python names versions as \"3.15\" or \"3.13t\", not ['3']" in result.stdout + result.stderr


def test_page_loading_an_outside_resource_fails(project: Path) -> None:
    page = project / "docs/index.md"
    page.write_text(page.read_text() + '\n<script src="https://cdn.example.com/x.js"></script>\n')
    result = run_doc_tests(project, "-k", "builds")
    assert result.returncode == 1
    assert "index.html: loads https://cdn.example.com/x.js" in result.stdout


def test_resources_loaded_finds_every_kind_of_fetch() -> None:
    html = (
        '<link rel="stylesheet" href="https://fonts.example/css"><link rel="canonical" href="https://x/">'
        '<style>@import url("https://a.example/a.css"); @import "//b.example/b.css";</style>'
        '<script src="/local.js"></script><div style="background:url(http://c.example/i.png)"></div>'
        "<p>url(http://text.example) is only text</p><a href=\"https://docs.python.org\">a link</a>"
    )
    assert resources_loaded(html) == [
        "https://fonts.example/css", "https://a.example/a.css", "//b.example/b.css", "/local.js", "http://c.example/i.png",
    ]  # fmt: skip


def test_wrong_exit_code_is_a_difference(project: Path) -> None:
    hello = project / "snippets/demo/hello.py"
    hello.write_text(hello.read_text() + "    raise SystemExit(2)\n")
    result = run_doc_tests(project, "-k", "snippet_output and spawn")
    assert result.returncode == 1
    assert "+[exit code 2]" in result.stdout


def test_update_examples_rewrites_outputs(project: Path) -> None:
    out = project / "snippets/demo/hello.out"
    out.unlink()
    assert run_doc_tests(project, "-k", "snippet_output", "--update-examples").returncode == 0
    assert out.read_text() == HELLO_OUT
    assert run_doc_tests(project).returncode == 0


@pytest.mark.parametrize(
    ("settings", "raw", "shown"),
    [
        (Settings(normalise=("pid",)), "child pid=4242 parent pid: 17\n", "child pid=<pid> parent pid: <pid>\n"),
        (Settings(normalise=("address",)), "<function <lambda> at 0x7f3a2c>\n", "<function <lambda> at 0x...>\n"),
        (
            Settings(normalise=("traceback",)),
            'Traceback (most recent call last):\n  File "/x/y.py", line 3, in f\n    1 / 0\n    ~~^~~\n'
            "ZeroDivisionError: division by zero\n",
            "Traceback (most recent call last):\n  ...\nZeroDivisionError: division by zero\n",
        ),
        (Settings(), "trailing spaces   \n\n\n", "trailing spaces\n"),
        (
            Settings(normalise=("loader",)),
            "on <module '__main__' (<class '_frozen_importlib.BuiltinImporter'>)>\n",
            "on <module '__main__' (built-in)>\n",
        ),
        (
            Settings(normalise=("lookup",)),
            "AttributeError: Can't get attribute 'f' on <module '__main__' (<class '_frozen_importlib.BuiltinImporter'>)>\n",
            "AttributeError: module '__main__' has no attribute 'f'\n",
        ),
        (
            Settings(normalise=("repeats",)),
            "Traceback (most recent call last):\nRuntimeError: x\n" * 3 + "Traceback (most recent call last):\nEnd\n",
            "Traceback (most recent call last):\nRuntimeError: x\nTraceback (most recent call last):\nEnd\n",
        ),
    ],
    ids=["pid", "address", "traceback", "whitespace", "loader", "lookup", "repeats"],
)
def test_normalisers(settings: Settings, raw: str, shown: str) -> None:
    assert normalise(raw, settings) == shown


def test_running_detects_a_live_process() -> None:
    assert _running(os.getpid())
    assert not _running(2**22 + 1)  # above Linux's largest pid


def test_notebook_with_a_changed_output_fails(project: Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nb.cells = [nbformat.v4.new_code_cell('print("hello from the kernel")')]
    path = project / "docs" / "demo.ipynb"
    nbformat.write(nb, path)
    assert run_doc_tests(project, "-k", "test_notebook and spawn", "--update-examples").returncode == 0
    saved = nbformat.read(path, as_version=4)
    assert saved.cells[0].outputs[0].text == "hello from the kernel\n"
    saved.cells[0].outputs[0].text = "hello from the kernel, edited\n"
    nbformat.write(saved, path)
    result = run_doc_tests(project, "-k", "test_notebook and spawn")
    assert result.returncode == 1
    assert "docs/demo.ipynb cell 0 under start method 'spawn' printed something else than the page shows" in result.stdout
    assert "-hello from the kernel, edited" in result.stdout


# --------------------------------------------------------------------------------------
# The browser suite, on the same fixture: each defect must fail it.


@pytest.fixture
def styled_project(project: Path) -> Path:
    """The fixture with the site's theme fixes, so that the intact page is accessible."""
    import shutil

    for folder in ("docs/stylesheets", "docs/javascripts", "overrides"):
        shutil.copytree(REPO_ROOT / folder, project / folder)
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text().replace(
            "theme: {name: material, font: false}",
            "theme:\n  name: material\n  font: false\n  custom_dir: overrides\n  features: [content.code.copy]\n"
            "  palette:\n"
            '    - {media: "(prefers-color-scheme: light)", scheme: default, primary: indigo,'
            " toggle: {icon: material/weather-night, name: Dark mode}}\n"
            '    - {media: "(prefers-color-scheme: dark)", scheme: slate, primary: indigo,'
            " toggle: {icon: material/weather-sunny, name: Light mode}}\n"
            "extra_css: [stylesheets/extra.css]\nextra_javascript: [javascripts/a11y.js]",
        )
        + "site_description: A fixture page for the tests of the browser suite, long enough to count.\n"
    )
    return project


def run_browser_tests(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", str(REPO_ROOT / "tests" / "test_browser.py"), "--docs-root", str(project),
         "-p", "no:cacheprovider", "-q", "--no-header", "-k", "clean or copy"],
        cwd=project, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.mark.browser
def test_browser_suite_passes_the_intact_fixture(styled_project: Path) -> None:
    result = run_browser_tests(styled_project)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ('<img alt="x" src="https://example.com/pixel.png">', "request to another host: https://example.com/pixel.png"),
        ('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">', "axe image-alt"),
        (
            "<script>addEventListener('DOMContentLoaded', () => "
            "document.querySelector('pre code').append('# not in the file'))</script>",
            "docs/index.md:3: the copy button gives something other than ['snippets/demo/hello.py']",
        ),
    ],
    ids=["outside-request", "axe-violation", "copy-differs"],
)
@pytest.mark.browser
def test_browser_suite_catches(styled_project: Path, html: str, message: str) -> None:
    page = styled_project / "docs/index.md"
    page.write_text(page.read_text() + f"\n{html}\n")
    result = run_browser_tests(styled_project)
    assert result.returncode == 1
    assert message in result.stdout


# --------------------------------------------------------------------------------------
# The version matrix: proven.json cannot go stale; overrides are merged; interpreters are provided.


def test_stale_proven_json_fails_a_checking_run(project: Path) -> None:
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    args = ("-k", "snippet_output", "--python", here)
    result = run_doc_tests(project, *args, "--proven", "check")  # the fixture has no proven.json
    assert result.returncode == 1, result.stdout
    assert "snippets/proven.json is stale" in result.stdout
    assert "demo/hello.py: recorded nothing" in result.stdout
    assert "run `make matrix`" in result.stdout
    assert run_doc_tests(project, *args).returncode == 0  # --proven write (the default)
    assert (project / "snippets/proven.json").is_file()
    assert run_doc_tests(project, *args, "--proven", "check").returncode == 0


def test_consolidate_keeps_only_the_versions_that_differ(project: Path) -> None:
    demo = project / "snippets/demo"
    versions = [(3, 6), (3, 7), (3, 8), REFERENCE]  # minors no supported Python has, and this one
    (demo / "hello.py36.out").write_text("old\n")
    (demo / "hello.py37.out").write_text("old\n")
    (demo / "hello.py38.out").write_text(HELLO_OUT)  # prints what the reference prints
    (snippet,) = Site(project).snippets
    written = consolidate(snippet, versions)
    assert [p.name for p in written] == ["hello.py36-py37.out"]
    assert sorted(p.name for p in demo.glob("hello.py3*.out")) == ["hello.py36-py37.out"]
    assert (demo / "hello.py36-py37.out").read_text() == "old\n"


def test_a_free_threaded_build_has_a_name_an_output_file_and_a_tab_of_its_own(project: Path) -> None:
    assert parse("3.13t") == ((3, 13), True) and parse("3.13") == ((3, 13), False)
    assert sorted(["3.14", "3.13t", "3.9", "3.13"], key=sort_key) == ["3.9", "3.13", "3.13t", "3.14"]
    assert [p.name for p in find_pythons("all")][-2:] == ["3.15", "3.13t"]
    demo = project / "snippets/demo"
    (snippet,) = Site(project).snippets
    method = START_METHODS[0]
    # without a file of its own, the free-threaded build must print what its GIL build prints
    assert snippet.expected_path(method, (3, 13), free_threaded=True) == snippet.expected_path(method, (3, 13))
    (demo / "hello.py313t.out").write_text("GIL enabled: False\n")
    assert snippet.expected_path(method, (3, 13), free_threaded=True) == demo / "hello.py313t.out"
    assert snippet.expected_path(method, (3, 13)) == demo / "hello.out"
    assert demo / "hello.py313t.out" in snippet.expected_paths()  # part of the digest

    # shown on the page, it must sit in a tab naming the build
    page = project / "docs/index.md"
    page.write_text(page.read_text() + '\n```text title="Output"\n--8<-- "snippets/demo/hello.py313t.out"\n```\n')
    result = run_doc_tests(project, "-k", "labelled")
    assert result.returncode == 1, result.stdout
    assert "snippets/demo/hello.py313t.out must sit in a content tab naming Python 3.13t" in result.stdout
    page.write_text(PAGE + '\n=== "3.13t"\n\n    ```text title="Output"\n    --8<-- "snippets/demo/hello.py313t.out"\n    ```\n')
    assert run_doc_tests(project, "-k", "labelled").returncode == 0

    # consolidate drops it once it says what the GIL build says, and keeps it while it differs
    assert consolidate(snippet, [(3, 13), REFERENCE]) == [] and (demo / "hello.py313t.out").exists()
    (demo / "hello.py313t.out").write_text(HELLO_OUT)
    consolidate(snippet, [(3, 13), REFERENCE])
    assert not (demo / "hello.py313t.out").exists()


def test_provide_names_what_is_missing_and_how_to_get_it(monkeypatch, capsys) -> None:
    monkeypatch.setattr(provide, "_debian_closed", lambda: ["this is Plan9 mips, not Linux x86_64"])
    monkeypatch.setattr(provide, "works", lambda python: False)
    monkeypatch.setattr(provide.shutil, "which", lambda name: None)
    assert provide.main(["3.15"]) == 1
    err = capsys.readouterr().err
    assert "Python 3.15 is not available here" in err
    assert "uv python install 3.15" in err
    assert "this is Plan9 mips" in err
    assert provide.main(["3.12"]) == 2  # Debian's route is for 3.13 and newer only


@pytest.mark.skipif("fork" not in METHODS, reason="spawn only: nothing can differ between methods")
def test_update_refuses_one_file_that_differs_by_start_method(project: Path) -> None:
    (project / "snippets/demo/hello.py").write_text(
        'import multiprocessing\n\nif __name__ == "__main__":\n    print(multiprocessing.get_start_method())\n'
    )
    result = run_doc_tests(project, "-k", "snippet_output", "--update-examples")
    assert result.returncode == 1
    assert "snippets/demo/hello.py prints differently under 'fork' and 'spawn'" in result.stdout
    assert "declare by_start_method = true for it in examples.toml" in result.stdout


# Measured figures: rendered from benchmarks/results/*.json by hooks/benchmarks.py, never typed.

RESULT = {
    "benchmark": "demo", "title": "Starting processes", "command": "python benchmarks/demo.py",
    "measured": "2026-11-26T09:10:00+00:00", "python": "CPython 3.15.2", "repetitions": 5,
    "machine": {"system": "Linux 6.18", "cpu": "Some CPU", "logical_cpus": 2, "usable_cpus": 2},
    "columns": [{"key": "processes", "label": "Processes"},
                {"key": "time_s", "label": "Time", "unit": "s", "format": ".2f"}],
    "rows": [{"processes": 1, "time_s": 1.234, "time_s_min": 1.2, "time_s_max": 1.3},
             {"processes": 2, "time_s": 0.6412, "time_s_min": 0.61, "time_s_max": 0.7}],
    "plots": [{"name": "demo", "alt": "Line chart: two processes take about half the time of one."}],
}  # fmt: skip


@pytest.fixture
def bench_project(project: Path) -> Path:
    """The fixture with the benchmarks hook, one result file and its plot."""
    config = project / "mkdocs.yml"
    text = config.read_text().replace("hooks: [", f'hooks: [{REPO_ROOT / "hooks" / "benchmarks.py"}, ', 1)  # first
    assert "benchmarks.py" in text
    config.write_text(text + "  - admonition\n  - attr_list\n  - tables\n  - pymdownx.details\n")
    (project / "benchmarks/results").mkdir(parents=True)
    (project / "benchmarks/results/demo.json").write_text(json.dumps(RESULT))
    (project / "docs/plots").mkdir()
    for scheme in ("light", "dark"):
        (project / f"docs/plots/demo-{scheme}.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" width="504pt" height="288pt" viewBox="0 0 504 288"></svg>'
        )
    return project


def _add_to_page(project: Path, text: str) -> None:
    page = project / "docs/index.md"
    page.write_text(page.read_text().replace("## More", f"## More\n\n{text}\n"))


def test_figure_typed_on_a_page_fails(bench_project: Path) -> None:
    _add_to_page(bench_project, "Two processes took 0.64 s, and 50 ms is what each child waits.")
    result = run_doc_tests(bench_project, "-k", "figures_come")
    assert result.returncode == 1
    assert "docs/index.md:17: the figure '0.64 s' is typed by hand: no benchmark result or snippet" in result.stdout
    assert "'50 ms'" in result.stdout
    assert "<!-- bench:value RESULT KEY=VALUE ... COLUMN -->" in result.stdout


def test_figure_from_a_marker_or_a_snippet_passes_and_renders(bench_project: Path) -> None:
    (bench_project / "snippets/demo/hello.py").write_text(HELLO.replace("p.join()", "p.join(timeout=3)"))
    _add_to_page(
        bench_project,
        "Two processes took <!-- bench:value demo processes=2 time_s --> "
        "(<!-- bench:value demo repetitions --> runs); `join()` waits at most 3 s.\n\n"
        "<!-- bench:table demo -->\n\n<!-- bench:plot demo/demo -->",
    )
    result = run_doc_tests(bench_project, "-k", "figures_come or builds")
    assert result.returncode == 0, result.stdout + result.stderr
    html = Results(bench_project).render((bench_project / "docs/index.md").read_text(), "index.md")
    assert "Two processes took 0.64 s (5 runs)" in html
    assert "| 2 | 0.64\u00a0(0.61–\u20600.70) |" in html
    assert "Measured 2026-11-26 on Some CPU (2 CPUs usable, Linux 6.18), CPython 3.15.2; median of 5 runs (lowest–highest)." in html
    assert "![Line chart: two processes take about half the time of one.](plots/demo-dark.svg#only-dark)" in html
    assert '??? note "The numbers"' in html


def test_marker_naming_a_missing_row_fails_the_check_and_the_build(bench_project: Path) -> None:
    _add_to_page(bench_project, "Three processes took <!-- bench:value demo processes=3 time_s -->.")
    result = run_doc_tests(bench_project, "-k", "figures_come or builds")
    assert result.returncode == 1
    marker = "docs/index.md:17: <!-- bench:value demo processes=3 time_s -->: demo has no row where processes=3"
    assert f"\n{marker}\n" in result.stdout, result.stdout  # the figure check
    assert f"ERROR   -  hooks/benchmarks.py: {marker}" in result.stdout  # the build stops, naming it
    assert "mkdocs build --strict failed" in result.stdout


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ("<!-- bench:table gone -->", "no result file benchmarks/results/gone.json (there are: demo)"),
        ("<!-- bench:value demo processes=2 speed -->", "the row where processes=2 has no 'speed'"),
        ("<!-- bench:value demo time_s -->", "2 rows of demo match no selector; add KEY=VALUE pairs"),
        ("<!-- bench:value demo cores=2 time_s -->", "demo has no row key 'cores'"),
        ("<!-- bench:table demo columns=processes,speed -->", "demo has no column speed"),
        ("<!-- bench:plot demo/other -->", "demo lists no plot 'other' (it lists: demo)"),
        ("<!-- bench:plot demo -->", "name the plot: bench:plot RESULT/PLOT"),
        ("See <!-- bench:table demo -->", "a bench:table marker must be alone on its line"),
        ("<!-- bench:value demo processes=2\ntime_s -->", "a bench: marker must open and close on one line"),
        ("<!-- bench:chart demo -->", "unknown kind bench:chart"),
    ],
)
def test_bench_markers_fail_loudly(bench_project: Path, marker: str, message: str) -> None:
    with pytest.raises(BenchmarkError) as caught:
        Results(bench_project).render(f"# Page\n\n{marker}\n", "index.md")
    assert str(caught.value).startswith("docs/index.md:3: ")
    assert message in str(caught.value)
