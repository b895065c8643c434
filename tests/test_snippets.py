"""Each snippet as a reader copies it: clean under ruff, its `#>` lines true;
notebook modules and marked fragments linted.

(Whether each prints what its page shows is proven by the plugin's own items: ``proven.collect``.)
"""

from __future__ import annotations

from pathlib import Path

from pytest_examples import CodeExample, EvalExample

from proven import Snippet

# ruff's defaults plus bugbear, isort and pyupgrade for 3.9. ruff also reads the repository's own
# [tool.ruff] (the project's code); two of its rules are not the snippets': a long line is the
# formatter's to wrap, and E402, which ruff without a config never raised on stdin here (a snippet
# sets BLAS variables before importing numpy, on purpose).
RUFF = {"target_version": "py39", "ruff_line_length": 88, "isort": True, "upgrade": True, "ruff_select": ["B"],
        "ruff_ignore": ["E501", "E402"]}


def _eval(eval_example: EvalExample, **overrides) -> EvalExample:
    eval_example.set_config(**{**RUFF, **overrides})
    return eval_example


def test_snippet_lint(snippet: Snippet, eval_example: EvalExample) -> None:
    """ruff (pyflakes, pycodestyle, isort, pyupgrade for 3.9, bugbear) on the whole file, as a reader gets it."""
    example = CodeExample.create(snippet.source, path=snippet.path)
    if eval_example.update_examples:
        _eval(eval_example).format_ruff(example)
    else:
        _eval(eval_example).lint_ruff(example)


def test_inline_prints(inline_snippet: Snippet, eval_example: EvalExample) -> None:
    """pytest-examples' in-process check of `#>` comments (parent-only printing)."""
    example = CodeExample.create(inline_snippet.source, path=inline_snippet.path)
    if eval_example.update_examples:
        eval_example.run_print_update(example)
    else:
        eval_example.run_print_check(example)


def test_fragment_lint(fragment, eval_example: EvalExample) -> None:
    """A marked, untested fragment must at least be valid, clean Python (names may be undefined)."""
    example = CodeExample.create(fragment.source, path=Path(fragment.page), start_line=fragment.line)
    _eval(eval_example, ruff_ignore=[*RUFF["ruff_ignore"], "F821", "F401", "F841", "I001"]).lint_ruff(example)


def test_notebook_module_lint(module, eval_example: EvalExample) -> None:
    """A module a notebook writes with `%%writefile` (for its child processes to import) is linted like a snippet."""
    example = CodeExample.create(module.source, path=Path(module.notebook.id), start_line=module.line)
    _eval(eval_example).lint_ruff(example)
