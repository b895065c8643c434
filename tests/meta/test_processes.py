"""A snippet's processes: a hang is killed, busy silence is not a hang, nothing is left running, Ctrl-C is pressed,
and each run is a reader's (a terminal; a pipe with PYTHONUNBUFFERED=1; the default start method untouched)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from fixture_site import (
    METHODS,
    PROOF_INPUTS,
    REPO,
    RUNS,
    all_ended,
    proven,
    replace,
    rules,
    running,
    says,
    settings,
    write,
)

from proven.running import BACKSTOP
from proven.settings import QUIET

pytestmark = pytest.mark.proof_inputs(*PROOF_INPUTS)
HERE = REPO / "tests/fixtures/programs"  # the programs these scenarios put in place of hello.py


def hang_forever(site: Path) -> Path:
    """A child that sleeps 600 s, silently; returns the file where each child writes its pid."""
    pids = site / "snippets/demo/pids.txt"
    write(site, "snippets/demo/hello.py", (HERE / "hangs.py").read_text().replace("PIDS", repr(str(pids))))
    return pids


def work_silently(site: Path, sleeping: bool = False) -> None:
    """14 s without a line: longer than the quiet period; working (CPU), or `sleeping`."""
    program = (HERE / "busy_and_silent.py").read_text()
    write(site, "snippets/demo/hello.py", program.replace("pass", "time.sleep(1)") if sleeping else program)


def leave_a_process(site: Path, seconds: int) -> Path:
    """A process started in a session of its own, running `seconds` after the program ends."""
    pids = site / "snippets/demo/pids.txt"
    program = (HERE / "leaves_a_process.py").read_text().replace("PIDS", repr(str(pids)))
    write(site, "snippets/demo/hello.py", program.replace("SECONDS", str(seconds)))
    return pids


def wait_for_ctrl_c(site: Path, ignore_it: bool = False) -> None:
    write(site, "snippets/demo/hello.py", (HERE / "interrupted.py").read_text())
    if ignore_it:
        replace(site, "snippets/demo/hello.py", "IGNORE = False", "IGNORE = True")
    write(site, "snippets/demo/hello.out", "working; press Ctrl-C\nCtrl-C: stopping the worker\n")
    settings(site, '["hello.py"]\nquiet = 3\ninterrupt = { after_line = "press Ctrl-C" }\n')


def test_hanging_snippet_is_killed_and_fails(pytester: pytest.Pytester, site: Path) -> None:
    """A program that stops making progress fails after the default quiet period (QUIET), with its output
    so far, and nothing it started is left running; the backstop (BACKSTOP) is not what stopped it."""
    pids = hang_forever(site)
    started = time.monotonic()
    result = proven(pytester, "-n", "4")
    took = time.monotonic() - started
    result.assert_outcomes(failed=RUNS)
    runs = [f"start method '{m}'" for m in METHODS] + ["PYTHONUNBUFFERED=1"]
    hung = "(printed nothing, started or ended no process, used under"
    says(result, *[f"snippets/demo/hello.py under {run} made no progress for {QUIET:g} s {hung}" for run in runs])
    result.stdout.fnmatch_lines(["*Output so far:", "  started"])
    assert took < BACKSTOP, f"{took:.0f} s: the backstop, not the quiet period, stopped the runs"
    children = [int(pid) for pid in pids.read_text().split()]
    assert len(children) == RUNS
    assert all_ended(children), "a child process outlived its test"


def test_slow_but_busy_is_not_hung_and_a_declared_quiet_period_is_respected(
    pytester: pytest.Pytester, site: Path
) -> None:
    """A run that prints nothing for longer than the quiet period, but works (uses CPU), passes;
    one that sleeps as long fails, and passes once it declares `quiet`."""
    work_silently(site)
    proven(pytester, "-k", "spawn").assert_outcomes(passed=1, deselected=RUNS - 1)
    work_silently(site, sleeping=True)
    result = proven(pytester, "-k", "spawn")
    result.assert_outcomes(failed=1, deselected=RUNS - 1)
    says(result, f"made no progress for {QUIET:g} s")
    settings(site, '["hello.py"]\nquiet = 20  # sleeps 14 s on purpose\n')
    proven(pytester, "-k", "spawn").assert_outcomes(passed=1, deselected=RUNS - 1)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="processes are found by their environment in /proc")
def test_a_process_left_running_fails_and_is_killed(pytester: pytest.Pytester, site: Path) -> None:
    leave_a_process(site, seconds=1)
    proven(pytester, "-k", "spawn").assert_outcomes(passed=1, deselected=RUNS - 1)  # it ends within the grace period

    pids = leave_a_process(site, seconds=60)
    result = proven(pytester, "-k", "spawn")
    result.assert_outcomes(failed=1, deselected=RUNS - 1)
    says(result, "snippets/demo/hello.py under start method 'spawn' ended, but it left processes running",
                                      "import time; time.sleep(60)")  # its command line  # fmt: skip
    assert all_ended([int(pids.read_text())]), "the engine did not kill the process the program left running"


@pytest.mark.skipif(os.name != "posix", reason="interrupt sends a signal to a POSIX process group")
def test_interrupt_presses_ctrl_c_and_a_recipe_that_ignores_it_is_killed(pytester: pytest.Pytester, site: Path) -> None:
    wait_for_ctrl_c(site)
    proven(pytester).assert_outcomes(passed=RUNS)  # Ctrl-C was pressed, and the recipe exited cleanly

    wait_for_ctrl_c(site, ignore_it=True)
    started = time.monotonic()
    result = proven(pytester)
    result.assert_outcomes(failed=RUNS)
    says(result, *[f"snippets/demo/hello.py under start method '{m}' made no progress for 3 s" for m in METHODS])
    says(result, "working; press Ctrl-C")  # the output so far
    assert time.monotonic() - started < 60


def show_every_environment(site: Path) -> None:
    """A program printing what its environment is, its output per start method, in tabs."""
    write(site, "snippets/demo/hello.py", (HERE / "environment.py").read_text())
    settings(site, '["hello.py"]\nby_start_method = true\n')
    (site / "snippets/demo/hello.out").unlink()
    tab = '=== "{}"\n\n    ```text title="Output"\n    --8<-- "snippets/demo/hello.{}.out"\n    ```\n\n'
    tabs = "".join(tab.format(m, m) for m in METHODS) + tab.format("PYTHONUNBUFFERED=1", "unbuffered")
    replace(site, "docs/index.md", '```text title="Output"\n--8<-- "snippets/demo/hello.out"\n```\n', tabs)


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal needs POSIX")
def test_runs_are_the_readers_terminal_unbuffered_run_and_plain_default(pytester: pytest.Pytester, site: Path) -> None:
    """Every run's stdout is a terminal, but the unbuffered one's (a pipe, as PyCharm and Docker give);
    under the default start method nothing is injected: no method is set before the program runs."""
    from proven.interpreters import REFERENCE_PYTHON

    show_every_environment(site)
    proven(pytester, "--update-examples").assert_outcomes(passed=RUNS)
    for method in METHODS:
        shown = "None" if method == REFERENCE_PYTHON.default_method else method
        assert (site / f"snippets/demo/hello.{method}.out").read_text() == (
            f"terminal: True\nunbuffered: False\nstart method set from outside: {shown}\n"
        )
    assert (site / "snippets/demo/hello.unbuffered.out").read_text() == (
        "terminal: False\nunbuffered: True\nstart method set from outside: None\n"
    )
    proven(pytester).assert_outcomes(passed=RUNS)
    rules(pytester, "-k", "labelled").assert_outcomes(passed=1)
    replace(site, "docs/index.md", '"PYTHONUNBUFFERED=1"', '"PyCharm"')
    result = rules(pytester, "-k", "labelled")
    result.assert_outcomes(failed=1)
    says(result, "snippets/demo/hello.unbuffered.out must sit in a content tab naming PYTHONUNBUFFERED")


def test_running_detects_a_live_process() -> None:
    """The control of every "nothing was left running" above."""
    assert running(os.getpid())
    assert not running(2**22 + 1)  # above Linux's largest pid
