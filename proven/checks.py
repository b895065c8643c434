"""The checks themselves: one run of a snippet, one execution of a notebook, each with a verdict.

Each returns an ``Outcome``: passed, or failed with the message an author reads (what was run,
what the page shows, a diff, what to do). Under ``--update-examples`` a check writes nothing:
its outcome carries the proposed changes (``proven.update``), which the session applies once at
its end, so that updates run under pytest-xdist and a conflict is found before any file changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from textwrap import indent

from .compare import diff, same_output
from .interpreters import REFERENCE, Python
from .layout import SETTINGS_FILE
from .notebooks import Notebook, cell_output_text, coalesce_streams
from .running import OUTLIVE_GRACE, UNBUFFERED
from .snippet import Snippet
from .update import propose_cell, propose_output

UPDATE_HINT = "Run `pytest --update-examples` to take the new output if it is right."


@dataclass(frozen=True)
class Outcome:
    passed: bool
    message: str = ""
    proposals: list[dict] = field(default_factory=list)  # under --update-examples: what to write


def _under(method: str, python: Python) -> str:
    reference = python.version == REFERENCE and not python.free_threaded
    how = f"start method {method!r}" if method != UNBUFFERED else "PYTHONUNBUFFERED=1"
    return how + ("" if reference else f", Python {python.name}")


def check_snippet(snippet: Snippet, method: str, python: Python, *, pages_showing: Callable[[Path], list[str]],
                  packages: Path | None = None, update: bool = False) -> Outcome:  # fmt: skip
    """Run `snippet` as `python <name>.py` under `method` (UNBUFFERED: the default one, with
    PYTHONUNBUFFERED=1); it must print what the pages showing its output (`pages_showing`) show."""
    settings, under = snippet.settings, _under(method, python)
    run = snippet.run(method, python, packages=packages)
    if run.returncode is None:
        return Outcome(False, f"{snippet.rel} under {under} {run.hung}; it was killed with all its child processes "
                       f"(a program that waits on purpose declares `quiet` in {SETTINGS_FILE}). "
                       f"Output so far:\n{indent(run.output, '  ')}")  # fmt: skip
    if run.left_running:
        return Outcome(False, f"{snippet.rel} under {under} ended, but it left processes running "
                       f"{OUTLIVE_GRACE:g} s later (killed now); a program must stop what it starts:\n"
                       + indent("\n".join(run.left_running), "  "))  # fmt: skip
    expected_path = snippet.expected_path(method, python.version, python.free_threaded)
    if update and expected_path is not None:
        return Outcome(True, proposals=[propose_output(snippet, method, python, run.output)])
    shown = snippet.rel if expected_path is None else expected_path.relative_to(snippet.root).as_posix()
    expected = snippet.expected(method, python.version, python.free_threaded)
    if expected is None:
        return Outcome(False, f"{snippet.rel}: no expected output {shown} (under {under}); "
                       "create it with `pytest --update-examples` and embed it on the page.")  # fmt: skip
    if update:  # the output is inline (#> lines): pytest-examples rewrites those
        return Outcome(True)
    if same_output(expected, run.output, settings):
        return Outcome(True)
    if method == UNBUFFERED:
        own = snippet.unbuffered_override().relative_to(snippet.root).as_posix()
        hint = (f"\nIf a reader with PYTHONUNBUFFERED=1 (PyCharm, python -u, Docker) legitimately sees this, "
                f"--update-examples writes {own}: show it in a tab naming PYTHONUNBUFFERED. "
                "Better: make the program print the same everywhere.")  # fmt: skip
    elif settings.by_start_method:
        hint = ""
    else:
        hint = f"\nIf this output legitimately differs by start method, declare by_start_method in {SETTINGS_FILE}."
    printed = diff(expected, run.output, settings, expected_name=f"shown ({shown})", actual_name=f"printed ({method})")
    pages = ", ".join(pages_showing(expected_path or snippet.path)) or "no page"
    return Outcome(False, f"{snippet.rel} under {under} printed something else than "
                   f"{pages} shows ({shown}):\n{printed}\n{UPDATE_HINT}{hint}")  # fmt: skip


def check_notebook(notebook: Notebook, method: str, *, update: bool = False) -> Outcome:
    """Execute the notebook with a real kernel under `method`; each cell must print what the page shows.
    An unexpected error or a cell over its time limit raises (nbclient's exception)."""
    stored, fresh = notebook.read(), notebook.execute(method)
    problems, proposals = [], []
    for i, cell in enumerate(stored.cells):
        if cell.cell_type != "code":
            continue
        settings = notebook.cell_settings(i, cell)
        expected, actual = cell_output_text(cell, settings), cell_output_text(fresh.cells[i], settings)
        same = same_output(expected, actual, settings)
        if update:
            outputs = None if same else coalesce_streams(fresh.cells[i].outputs, settings)
            proposals.append(propose_cell(notebook, i, method, actual, outputs))
            continue
        if same:
            continue
        problems.append(
            f"{notebook.rel} cell {i} under start method {method!r} printed something else than the page shows:\n"
            + diff(
                expected, actual, settings,
                expected_name="shown (saved in the notebook)", actual_name=f"printed ({method})",
            )
        )  # fmt: skip
    if problems:
        advice = "Run `pytest --update-examples` to save the new outputs if they are right."
        return Outcome(False, "\n".join([*problems, advice]))
    return Outcome(True, proposals=proposals)
