"""``--update-examples``: take what a real run printed into the files a page shows.

One ``Rewriter`` lives for a test session. An output shared by all start methods
must come out the same under each of them: a second, different output for the
same file is an error that says to declare ``by_start_method``.
"""

from __future__ import annotations

from pathlib import Path

from .compare import normalise, same_output
from .interpreters import REFERENCE, Python
from .settings import SETTINGS_FILE, DocsError, Settings
from .snippet import Snippet


class Rewriter:
    def __init__(self) -> None:
        self._outputs: dict[Path, tuple[str, str]] = {}  # file -> (method, output) written this session
        self._cells: dict[tuple[str, int], tuple[str, str]] = {}  # (notebook, cell) -> (method, output)

    def snippet_output(self, snippet: Snippet, method: str, python: Python, output: str) -> None:
        """Write `output` to the file the page shows for (method, python), unless it already matches.

        The base file belongs to the reference interpreter: another version whose output
        differs gets an override file of its own (``<name>.py<XY>.out``).
        """
        settings = snippet.settings
        path = snippet.expected_path(method, python.version)
        expected = snippet.expected(method, python.version)
        actual = normalise(output, settings)
        if path is None or (expected is not None and same_output(expected, actual, settings)):
            return
        if python.version != REFERENCE and path == snippet.expected_path(method):
            path = path.with_name(f"{path.stem}.py{python.version[0]}{python.version[1]}.out")
        earlier = self._outputs.get(path)
        if earlier and not same_output(earlier[1], actual, settings):
            raise DocsError(
                f"{snippet.rel} prints differently under {earlier[0]!r} and {method!r}; declare "
                f"by_start_method = true for it in {SETTINGS_FILE} and show each output in a tab."
            )
        self._outputs[path] = (method, actual)
        path.write_text(actual, encoding="utf-8")

    def notebook_cell(self, where: str, index: int, method: str, actual: str, settings: Settings) -> str | None:
        """Note cell `index` of notebook `where` rewritten under `method`; a conflict is returned as a message."""
        earlier = self._cells.get((where, index))
        self._cells[(where, index)] = (method, actual)
        if earlier and not same_output(earlier[1], actual, settings):
            return f"{where} cell {index} prints differently under {earlier[0]!r} and {method!r}"
        return None
