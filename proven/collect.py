"""The plugin collects the proof itself: every snippet and notebook of the site becomes test items.

A snippet ``snippets/<topic>/<name>.py`` gives one item per start method and interpreter
(``--python``), and on the reference interpreter one more run as a reader with
PYTHONUNBUFFERED=1 gets it: ``snippets/q3/x.py::fork-3.15``. A notebook ``docs/<name>.ipynb``
gives one item per start method. What cannot run here is skipped at collection, with the reason
(``--collect-only`` shows it): a start method this platform lacks, an interpreter this machine
lacks, a snippet's ``not_on`` and ``not_on_python``. A project needs no test module for any of it:
its pytest only has to look at ``snippets/`` and ``docs/`` (``testpaths``).
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

import pytest

from .checks import Outcome, check_notebook, check_snippet
from .interpreters import REFERENCE, Python
from .matrix import START_METHODS
from .notebooks import Notebook
from .packages import packages_for
from .running import UNBUFFERED
from .snippet import Snippet

UPDATE = "proven-update"  # the user property carrying an item's proposals to the controller


def collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    site = parent.config.docs_site
    if snippet := site.snippet_at(file_path):
        return SnippetFile.from_parent(parent, path=file_path, snippet=snippet)
    if notebook := site.notebook_at(file_path):
        return NotebookFile.from_parent(parent, path=file_path, notebook=notebook)
    return None


class NotATestModule(pytest.File):
    """What a snippet named on the command line is to pytest's Python plugin, which would otherwise
    import it as a test module, in the test process (running its top level: a `dask` import, ...)."""

    def collect(self):
        return []


def updating(config: pytest.Config) -> bool:
    """Whether this session runs with --update-examples (pytest-examples' option)."""
    return bool(config.getoption("update_examples", False))


def runs(pythons: list[Python]) -> list[tuple[str, Python]]:
    """Every start method with every interpreter; the reference also as PyCharm, `python -u` and Docker run it."""
    found = [(m, p) for p in pythons for m in START_METHODS]
    found += [(UNBUFFERED, p) for p in pythons if p.version == REFERENCE and not p.free_threaded]
    return sorted(found, key=lambda run: pythons.index(run[1]))


def _missing_method(method: str) -> str | None:
    if method != UNBUFFERED and method not in multiprocessing.get_all_start_methods():
        return f"start method {method!r} does not exist on {sys.platform}"
    return None


def skip_reason(snippet: Snippet, method: str, python: Python) -> str | None:
    """Why this run cannot happen here, or None."""
    if reason := _missing_method(method):
        return reason
    if python.executable is None:
        how = "`make free-threaded` builds it" if python.free_threaded else "`make pythons` says how to provide it"
        return f"Python {python.name} is not installed on this machine ({how})"
    # pytest names the snippet beside the reason (its item's location): the reason says only why
    if sys.platform in (not_on := dict(snippet.settings.not_on)):
        return f"not on {sys.platform}: {not_on[sys.platform]}"
    if python.name in (not_on_python := dict(snippet.settings.not_on_python)):
        return f"not on Python {python.name}: {not_on_python[python.name]}"
    if not snippet.settings.preset_start_method and method not in (UNBUFFERED, python.default_method):
        return f"the program chooses its start methods itself: run under Python {python.name}'s default only"
    return None


class SnippetFile(pytest.File):
    def __init__(self, *, snippet: Snippet, **kwargs) -> None:
        super().__init__(**kwargs)
        self.snippet = snippet

    def collect(self):
        for method, python in runs(self.config.docs_pythons):
            item = SnippetRun.from_parent(self, name=f"{method}-{python.name}", method=method, python=python)
            if reason := skip_reason(self.snippet, method, python):
                item.add_marker(pytest.mark.skip(reason=reason))
            yield item


class NotebookFile(pytest.File):
    def __init__(self, *, notebook: Notebook, **kwargs) -> None:
        super().__init__(**kwargs)
        self.notebook = notebook

    def collect(self):
        for method in START_METHODS:
            item = NotebookRun.from_parent(self, name=method, method=method)
            if reason := _missing_method(method):
                item.add_marker(pytest.mark.skip(reason=reason))
            yield item


class _Check(pytest.Item):
    def _conclude(self, outcome: Outcome) -> None:
        if outcome.proposals:
            self.user_properties.append((UPDATE, outcome.proposals))
        if not outcome.passed:
            pytest.fail(outcome.message, pytrace=False)


class SnippetRun(_Check):
    """`python <name>.py` as a reader runs it, under one start method, with one interpreter."""

    def __init__(self, *, method: str, python: Python, **kwargs) -> None:
        super().__init__(**kwargs)
        self.method, self.python = method, python
        self.snippet: Snippet = self.parent.snippet
        self.proven_label = [self.snippet.id, method, python.name]  # its cell in snippets/proven.json
        self.proof_params = {"snippet": self.snippet, "method": method, "python": python}  # its key's parts

    def runtest(self) -> None:
        site = self.config.docs_site
        packages = packages_for(site.root, self.python)
        self._conclude(check_snippet(self.snippet, self.method, self.python, pages_showing=site.pages_showing,
                                     packages=packages, update=updating(self.config)))  # fmt: skip

    def reportinfo(self):
        return self.path, 0, f"{self.snippet.rel} [{self.name}]"


class NotebookRun(_Check):
    """The notebook executed top to bottom in a real kernel, under one start method."""

    def __init__(self, *, method: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.method = method
        self.proof_params = {"notebook": self.parent.notebook, "method": method}

    def runtest(self) -> None:
        self._conclude(check_notebook(self.parent.notebook, self.method, update=updating(self.config)))

    def reportinfo(self):
        return self.path, 0, f"{self.parent.notebook.rel} [{self.name}]"
