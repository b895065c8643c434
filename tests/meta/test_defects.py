"""The plugin alone proves a site: each defect of a snippet, its output or its settings fails its items, clearly.

Each test copies the fixture site (tests/fixtures/site), breaks one thing with a named patch and
runs pytest in it as a project does: no test module, only ``testpaths`` in its pyproject.toml.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fixture_site import METHODS, PROOF_INPUTS, RUNS, proven, replace, rules, says, settings, write

pytestmark = pytest.mark.proof_inputs(*PROOF_INPUTS)
THIS = f"{sys.version_info[0]}.{sys.version_info[1]}"  # the reference: the venv's interpreter


def break_expected_line(site: Path) -> None:
    replace(site, "snippets/demo/hello.out", "exit code 0", "exit code 7")


def exit_with_code_2(site: Path) -> None:
    write(site, "snippets/demo/hello.py", (site / "snippets/demo/hello.py").read_text() + "    raise SystemExit(2)\n")


def print_a_progress_bar(site: Path, shown_total: int) -> None:
    bar = "\\r  0%|          | 0/4 [00:00<?, ?it/s]\\r100%|##########| 4/4 [00:00<00:00, 9.1it/s]"
    write(site, "snippets/demo/hello.py", f'import sys\n\nsys.stderr.write("{bar}\\n")\nprint("done")\n')
    settings(site, '["hello.py"]\nnormalise = ["progress"]\n')
    write(site, "snippets/demo/hello.out", f"100%|##########| {shown_total}/{shown_total} [<time>]\ndone\n")


def refuse_to_be_imported_by_pytest(site: Path) -> None:
    hello = site / "snippets/demo/hello.py"
    write(site, "snippets/demo/hello.py", 'import sys\n\nassert "pytest" not in sys.modules\n' + hello.read_text())


def need_tqdm(site: Path, requirement: str) -> None:
    write(site, "snippets/requirements.txt", f"{requirement}\n")
    write(site, "snippets/demo/hello.py", 'import tqdm\n\nprint("tqdm", tqdm.__version__)\n')
    write(site, "snippets/demo/hello.out", "tqdm 4.70.1\n")


def misspell_a_setting(site: Path) -> None:
    settings(site, '["hello.py"]\nnormalize = ["pid"]\n')


def interrupt_without_a_moment(site: Path) -> None:
    settings(site, '["hello.py"]\ninterrupt = { signal = "SIGINT" }\n')


def not_on_this_python(site: Path, versions: str = THIS) -> None:
    settings(site, f'["hello.py"]\nnot_on_python = {{ "{versions}" = "its package has no wheel for it" }}\n')


def say_so_on_the_page(site: Path) -> None:
    write(
        site,
        "docs/index.md",
        (site / "docs/index.md").read_text()
        + f"\nThis example needs a package that Python {THIS} does not have yet.\n",
    )


def items(outcome: str) -> list[str]:
    """The -v lines of the hello snippet's items on the reference."""
    return [f"snippets/demo/hello.py::{m}-{THIS} {outcome}*" for m in [*METHODS, "unbuffered"]]


def test_a_site_with_no_test_module_is_proven_by_the_plugin_alone(pytester: pytest.Pytester, site: Path) -> None:
    result = proven(pytester, "-v")
    result.assert_outcomes(passed=RUNS)
    result.stdout.fnmatch_lines(items("PASSED"))

    break_expected_line(site)
    result = proven(pytester, "-v")
    result.assert_outcomes(failed=RUNS)
    result.stdout.fnmatch_lines(items("FAILED"))
    result.stdout.fnmatch_lines([
        f"snippets/demo/hello.py under start method '{METHODS[0]}' printed something else than docs/index.md shows "
        "(snippets/demo/hello.out):",
        "--- shown (snippets/demo/hello.out)",
        f"+++ printed ({METHODS[0]})",
        "-child exit code 7",
        "+child exit code 0",
        "Run `pytest --update-examples` to take the new output if it is right.",
    ])  # fmt: skip
    result.stdout.fnmatch_lines(["snippets/demo/hello.py under PYTHONUNBUFFERED=1 printed something else*"])


def test_wrong_exit_code_is_a_difference(pytester: pytest.Pytester, site: Path) -> None:
    exit_with_code_2(site)
    result = proven(pytester, "-k", "spawn")
    result.assert_outcomes(failed=1, deselected=RUNS - 1)
    result.stdout.fnmatch_lines(["+[[]exit code 2]"])


def test_progress_bars_compare_as_their_final_state(pytester: pytest.Pytester, site: Path) -> None:
    print_a_progress_bar(site, shown_total=4)
    proven(pytester).assert_outcomes(passed=RUNS)
    print_a_progress_bar(site, shown_total=5)  # a wrong progress line
    result = proven(pytester)
    result.assert_outcomes(failed=RUNS)
    result.stdout.fnmatch_lines(["-100%|##########| 5/5 [[]<time>[]]", "+100%|##########| 4/4 [[]<time>[]]"])


def test_snippet_requirements_are_installed_or_fail_loudly(pytester: pytest.Pytester, site: Path) -> None:
    need_tqdm(site, "tqdm==4.70.1")
    proven(pytester).assert_outcomes(passed=RUNS)  # installed for the interpreter, on the snippet's path
    need_tqdm(site, "no-such-package-for-proven==1.0")
    result = proven(pytester)
    result.assert_outcomes(failed=RUNS)
    result.stdout.fnmatch_lines([f"*snippets/requirements.txt could not be installed for Python {THIS}*"])


def test_bad_settings_fail_collection_loudly(pytester: pytest.Pytester, site: Path) -> None:
    misspell_a_setting(site)
    result = proven(pytester)
    result.assert_outcomes(errors=1)
    says(result, "snippets/demo/examples.toml [\"hello.py\"]: unknown setting(s) ['normalize']")
    interrupt_without_a_moment(site)
    result = proven(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*interrupt needs after_line, after_seconds, or both*"])
    not_on_this_python(site, versions="3")
    result = proven(pytester)
    result.assert_outcomes(errors=1)
    says(result, 'not_on_python names versions as "3.15" or "3.13t", not [\'3\']')


def test_a_python_the_snippet_cannot_run_on_is_skipped_at_collection_and_named_on_the_page(
    pytester: pytest.Pytester, site: Path
) -> None:
    not_on_this_python(site)
    result = proven(pytester, "-rs")
    result.assert_outcomes(skipped=RUNS)  # skipped by a mark: none of them ran
    result.stdout.fnmatch_lines(
        [
            f"SKIPPED [[]{RUNS}[]] snippets/demo/hello.py*: not on Python {THIS}: "
            "its package has no wheel for it"
        ]
    )
    result = rules(pytester, "-k", "labelled")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [f"*does not run on Python {THIS} (its package has no wheel for it); the page must say so*"]
    )
    say_so_on_the_page(site)
    rules(pytester, "-k", "labelled").assert_outcomes(passed=1)


def test_a_snippet_named_on_the_command_line_is_run_not_imported(pytester: pytest.Pytester, site: Path) -> None:
    """pytest imports any .py file it is given; a snippet's top level must run only in its own program."""
    refuse_to_be_imported_by_pytest(site)
    proven(pytester, "snippets/demo/hello.py").assert_outcomes(passed=RUNS)


def choose_its_own_start_method(site: Path, shown: str) -> None:
    """A program about the default start method: nothing may be set from outside it."""
    program = "import multiprocessing as mp\n\nprint(mp.get_start_method(allow_none=True))\n"
    write(site, "snippets/demo/hello.py", program)
    write(site, "snippets/demo/hello.out", f"{shown}\n")
    settings(site, '["hello.py"]\npreset_start_method = false\n')


def test_a_program_that_chooses_its_start_method_runs_under_the_default_only(
    pytester: pytest.Pytester, site: Path
) -> None:
    choose_its_own_start_method(site, shown="None")  # a preset method would print its name
    result = proven(pytester, "-rs")
    result.assert_outcomes(passed=2, skipped=len(METHODS) - 1)  # the default, and PYTHONUNBUFFERED=1
    result.stdout.fnmatch_lines(["*the program chooses its start methods itself: run under Python*default only*"])
    settings(site, '["hello.py"]\npreset_start_method = false\nby_start_method = true\n')
    says(proven(pytester), "by_start_method needs every start method")


def test_interpreter_flags_are_how_the_program_runs(pytester: pytest.Pytester, site: Path) -> None:
    write(site, "snippets/demo/hello.py", "print(__debug__)\n")  # False only under python -O
    write(site, "snippets/demo/hello.out", "False\n")
    settings(site, '["hello.py"]\nflags = ["-O"]\n')
    proven(pytester).assert_outcomes(passed=RUNS)
    settings(site, '["hello.py"]\nflags = ["-m"]\n')
    says(proven(pytester), 'flags are interpreter options such as "-O", not [\'-m\']')
