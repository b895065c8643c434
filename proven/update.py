"""``--update-examples``: take what a real run printed into the files a page shows.

One ``Rewriter`` lives for a test session. An output shared by all start methods
must come out the same under each of them: a second, different output for the
same file is an error that says to declare ``by_start_method``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from .compare import normalise, same_output
from .interpreters import MATRIX, REFERENCE, REFERENCE_PYTHON, Python
from .normalisers import KEEP_AS_PRINTED
from .running import START_METHODS, UNBUFFERED
from .settings import SETTINGS_FILE, Settings
from .snippet import Snippet


class Rewriter:
    def __init__(self) -> None:
        self._outputs: dict[Path, tuple[str, str]] = {}  # file -> (method, output) written this session
        self._cells: dict[tuple[str, int], tuple[str, str]] = {}  # (notebook, cell) -> (method, output)

    def snippet_output(self, snippet: Snippet, method: str, python: Python, output: str) -> str | None:
        """Write `output` to the file the page shows for (method, python), unless it already matches.

        The base file belongs to the reference interpreter: another version whose output
        differs gets an override file of its own (``<name>.py<XY>.out``). A conflict (the
        same file printed differently under two start methods) is returned as a message.
        """
        settings = snippet.settings
        path = snippet.expected_path(method, python.version, python.free_threaded)
        expected = snippet.expected(method, python.version, python.free_threaded)
        kept = tuple(n for n in settings.normalise if n not in KEEP_AS_PRINTED)
        shown = dataclasses.replace(settings, normalise=kept)
        actual = normalise(output, shown)
        if method == UNBUFFERED and path is not None:  # its own file only where it differs from a terminal's
            own, terminal = snippet.unbuffered_override(), snippet.expected(REFERENCE_PYTHON.default_method)
            if terminal is not None and same_output(terminal, actual, settings):
                own.unlink(missing_ok=True)
            else:
                own.write_text(actual, encoding="utf-8")
            return None
        if path is None or (expected is not None and same_output(expected, actual, settings)):
            return None
        if python.free_threaded:  # its own file, beside its GIL build's
            path = snippet.free_threaded_override(method, python.version)
        elif python.version != REFERENCE and path == snippet.expected_path(method):
            path = path.with_name(f"{path.stem}.py{python.version[0]}{python.version[1]}.out")
        earlier = self._outputs.get(path)
        if earlier and not same_output(earlier[1], actual, settings):
            return (
                f"{snippet.rel} prints differently under {earlier[0]!r} and {method!r}; declare "
                f"by_start_method = true for it in {SETTINGS_FILE} and show each output in a tab."
            )
        self._outputs[path] = (method, actual)
        path.write_text(actual, encoding="utf-8")
        return None

    def notebook_cell(self, where: str, index: int, method: str, actual: str, settings: Settings) -> str | None:
        """Note cell `index` of notebook `where` rewritten under `method`; a conflict is returned as a message."""
        earlier = self._cells.get((where, index))
        self._cells[(where, index)] = (method, actual)
        if earlier and not same_output(earlier[1], actual, settings):
            return f"{where} cell {index} prints differently under {earlier[0]!r} and {method!r}"
        return None


def consolidate(snippet: Snippet, versions: list[tuple[int, int]] = MATRIX) -> list[Path]:
    """Rewrite a snippet's version overrides as the fewest files: versions that print what the
    reference prints need none, and neighbours that print alike share one ``.py3A-py3B.out``;
    a free-threaded build's ``.py3Xt.out`` that says what its GIL build says is removed.

    Run after a matrix --update-examples, which writes one file per differing version.
    Returns the override files written.
    """
    settings, written = snippet.settings, []
    if snippet.prints_inline:
        return written  # the output is in the code: no files
    methods = START_METHODS if settings.by_start_method else START_METHODS[:1]  # else one file for all
    for method in methods:
        outputs = {v: snippet.expected(method, v) for v in versions}
        base = outputs[REFERENCE]
        for path in snippet.overrides(method):
            path.unlink()
        runs: list[list[tuple[int, int]]] = []
        for v in versions:
            if outputs[v] is None or base is None or same_output(base, outputs[v], settings):
                continue
            if runs and runs[-1][-1][1] == v[1] - 1 and same_output(outputs[runs[-1][-1]], outputs[v], settings):
                runs[-1].append(v)
            else:
                runs.append([v])
        stem = snippet.expected_path(method).stem
        for own, version in snippet.free_threaded_overrides(method).items():  # one that says what its GIL build says goes
            if version in outputs and same_output(own.read_text(encoding="utf-8"), outputs[version] or "", settings):
                own.unlink()
        for run in runs:
            first, last = run[0][1], run[-1][1]
            name = f"{stem}.py3{first}.out" if first == last else f"{stem}.py3{first}-py3{last}.out"
            path = snippet.path.with_name(name)
            path.write_text(outputs[run[0]], encoding="utf-8")
            written.append(path)
    return written
