"""--update-examples under pytest-xdist: items propose, the controller refuses conflicts before writing
anything, then writes once; the matrix record (proven.json) and the proof record (.proof-record.json)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fixture_site import (
    HELLO_OUT,
    METHODS,
    PROOF_INPUTS,
    RUNS,
    append,
    lines,
    proven,
    replace,
    says,
    settings,
    site_files,
    write,
)

pytestmark = pytest.mark.proof_inputs(*PROOF_INPUTS)
THIS = f"{sys.version_info[0]}.{sys.version_info[1]}"
PRINTS_ITS_START_METHOD = (
    'import multiprocessing\n\nif __name__ == "__main__":\n    print(multiprocessing.get_start_method())\n'
)
needs_two_methods = pytest.mark.skipif(len(METHODS) < 2, reason="spawn only: nothing can differ between start methods")


def delete_expected_output(site: Path) -> None:
    (site / "snippets/demo/hello.out").unlink()


def break_expected_line(site: Path) -> None:
    replace(site, "snippets/demo/hello.out", "exit code 0", "exit code 7")


def print_the_start_method(site: Path, snippet: str = "hello") -> None:
    """Output that differs by start method, shown as one file: no by_start_method."""
    write(site, f"snippets/demo/{snippet}.py", PRINTS_ITS_START_METHOD)


def add_a_stale_snippet(site: Path) -> None:
    """A second snippet on the page, whose shown output is out of date."""
    write(site, "snippets/demo/stale.py", 'print("new output")\n')
    write(site, "snippets/demo/stale.out", "old output\n")
    embeds = '```python title="stale.py"\n--8<-- "snippets/demo/stale.py"\n```\n\n'
    embeds += '```text title="Output"\n--8<-- "snippets/demo/stale.out"\n```\n'
    append(site, "docs/index.md", "\n" + embeds)


def test_update_examples_runs_under_xdist(pytester: pytest.Pytester, site: Path) -> None:
    delete_expected_output(site)
    result = proven(pytester, "-n", "2", "--update-examples")
    result.assert_outcomes(passed=RUNS)
    result.stdout.fnmatch_lines(["--update-examples wrote 1 file(s): review them with `git diff`"])
    assert (site / "snippets/demo/hello.out").read_text() == HELLO_OUT
    assert not (site / "snippets/demo/hello.unbuffered.out").exists()  # it prints what the terminal shows

    break_expected_line(site)
    proven(pytester, "-n", "2", "--update-examples").assert_outcomes(passed=RUNS)
    assert (site / "snippets/demo/hello.out").read_text() == HELLO_OUT
    proven(pytester, "-n", "2").assert_outcomes(passed=RUNS)


@needs_two_methods
def test_update_refuses_a_conflict_before_writing_any_file(pytester: pytest.Pytester, site: Path) -> None:
    print_the_start_method(site)
    add_a_stale_snippet(site)
    before = site_files(site)
    result = proven(pytester, "-n", "2", "--update-examples")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*--update-examples refused: no file was written*",
                                 "*snippets/demo/hello.py prints differently under '*' and '*' (Python *); "
                                 "declare by_start_method = true for it in examples.toml*"])  # fmt: skip
    assert site_files(site) == before  # neither hello.out nor the stale stale.out

    settings(site, '["hello.py"]\nby_start_method = true\n')  # the control: declared, the update goes through
    proven(pytester, "-n", "2", "--update-examples").assert_outcomes(passed=2 * RUNS)
    assert (site / "snippets/demo/stale.out").read_text() == "new output\n"
    assert (site / f"snippets/demo/hello.{METHODS[0]}.out").read_text() == f"{METHODS[0]}\n"


def test_notebook_outputs_are_updated_and_a_changed_one_fails(pytester: pytest.Pytester, site: Path) -> None:
    import nbformat

    kernel = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    nb = nbformat.v4.new_notebook(metadata=kernel)
    where = "import sys, traceback\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n"
    where += "    traceback.print_exc(file=sys.stdout)"  # frames with this machine's paths
    nb.cells = [nbformat.v4.new_code_cell('print("hello from the kernel")'), nbformat.v4.new_code_cell(where)]
    nb.cells[1].metadata["docs"] = {"normalise": ["traceback"]}
    path = site / "docs/demo.ipynb"
    nbformat.write(nb, path)
    proven(pytester, "docs", "-k", "spawn", "--update-examples").assert_outcomes(passed=1, deselected=len(METHODS) - 1)
    saved = nbformat.read(path, as_version=4)
    assert saved.cells[0].outputs[0].text == "hello from the kernel\n"
    elided = "Traceback (most recent call last):\n  ...\nZeroDivisionError: division by zero"
    assert saved.cells[1].outputs[0].text.strip() == elided, "saved as the page shows it: no machine's paths"
    saved.cells[0].outputs[0].text = "hello from the kernel, edited\n"
    nbformat.write(saved, path)
    result = proven(pytester, "docs", "-v")
    result.assert_outcomes(failed=len(METHODS))
    result.stdout.fnmatch_lines([f"docs/demo.ipynb::{m} FAILED*" for m in METHODS])
    says(result, "docs/demo.ipynb cell 0 under start method 'spawn' printed something else than the page shows",
                                      "-hello from the kernel, edited")  # fmt: skip


def test_stale_proven_json_fails_a_checking_run(pytester: pytest.Pytester, site: Path) -> None:
    result = proven(pytester, "--python", THIS, "--proven", "check")  # the fixture has no proven.json
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(passed=RUNS)  # every run passed: what fails is the record
    result.stdout.fnmatch_lines(
        ["*snippets/proven.json is stale*", *lines("demo/hello.py: recorded nothing", "run `make matrix`")]
    )
    proven(pytester, "--python", THIS).assert_outcomes(passed=RUNS)  # --proven write (the default)
    assert (site / "snippets/proven.json").is_file()
    proven(pytester, "--python", THIS, "--proven", "check").assert_outcomes(passed=RUNS)


def test_a_proven_outcome_is_recorded_and_any_input_change_runs_it_again(pytester: pytest.Pytester, site: Path) -> None:
    """The proof record: an unchanged tree re-runs nothing; one byte of the snippet, of its output,
    of its settings re-runs its runs; --fresh runs all. (The record is trusted here: CI is unset.)"""

    def run() -> pytest.RunResult:
        return proven(pytester, fresh=False)

    first = run()
    first.assert_outcomes(passed=RUNS)
    first.stdout.no_fnmatch_line("*as recorded*")
    run().stdout.fnmatch_lines([f"{RUNS} passed as recorded*"])
    proven(pytester).stdout.no_fnmatch_line("*as recorded*")  # --fresh
    snippet = site / "snippets/demo/hello.py"
    snippet.write_text(snippet.read_text() + "\n")  # one byte of the program
    changed = run()
    changed.assert_outcomes(passed=RUNS)
    changed.stdout.no_fnmatch_line("*as recorded*")
    settings(site, '["hello.py"]\nquiet = 11\n')  # its settings
    run().stdout.no_fnmatch_line("*as recorded*")
    run().stdout.fnmatch_lines([f"{RUNS} passed as recorded*"])  # the control: unchanged again
    break_expected_line(site)  # one byte of its output: fails, not recorded
    failed = run()
    failed.assert_outcomes(failed=RUNS)
    failed.stdout.no_fnmatch_line("*as recorded*")
    assert run().ret == pytest.ExitCode.TESTS_FAILED  # a failure is never recorded
