"""``--update-examples``: take what a real run printed into the files a page shows.

A check proposes (``propose_output``, ``propose_cell``): a plain dict, which travels to the
pytest-xdist controller inside the test report. The controller ``apply``s all proposals once at
the end of the session: first it looks for conflicts (one file, or one notebook cell, printed
differently under two start methods: declare ``by_start_method``), and it writes nothing if it
finds any; then it writes every file. An output of PYTHONUNBUFFERED=1 gets a file of its own only
where it differs from what a terminal shows, decided after the terminal's file is written.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from .compare import normalise, same_output
from .interpreters import MATRIX, REFERENCE, REFERENCE_PYTHON, Python
from .layout import SETTINGS_FILE
from .matrix import START_METHODS
from .normalisers import KEEP_AS_PRINTED
from .notebooks import Notebook
from .running import UNBUFFERED
from .snippet import Snippet


def propose_output(snippet: Snippet, method: str, python: Python, output: str) -> dict:
    """What a run printed, and the file it should go to for (method, python): None where the file
    it would be compared with already says it. Every run proposes, so that `conflicts` sees each.

    The base file belongs to the reference interpreter: another version whose output differs
    gets an override of its own (``<name>.py<XY>.out``), a free-threaded build ``<name>.py<XY>t.out``.
    """
    settings = snippet.settings
    kept = tuple(n for n in settings.normalise if n not in KEEP_AS_PRINTED)
    actual = normalise(output, dataclasses.replace(settings, normalise=kept))
    proposal = {"kind": "output", "snippet": snippet.rel, "method": method, "python": python.name, "text": actual,
                "path": None, "same": method if settings.by_start_method or method == UNBUFFERED else "*"}  # fmt: skip
    if method == UNBUFFERED:
        return {**proposal, "kind": "unbuffered"}
    path = snippet.expected_path(method, python.version, python.free_threaded)
    expected = snippet.expected(method, python.version, python.free_threaded)
    if path is None or (expected is not None and same_output(expected, actual, settings)):
        return proposal
    if python.free_threaded:  # its own file, beside its GIL build's
        path = snippet.free_threaded_override(method, python.version)
    elif python.version != REFERENCE and path == snippet.expected_path(method):
        path = path.with_name(f"{path.stem}.py{python.version[0]}{python.version[1]}.out")
    return {**proposal, "path": _rel(snippet.root, path)}


def propose_cell(notebook: Notebook, index: int, method: str, actual: str, outputs: list | None) -> dict:
    """Cell `index` of `notebook` printed `actual` under `method`; `outputs` (nbformat's) to save, or
    None where the saved ones already say it. Every code cell proposes, so that `conflicts` sees each."""
    return {"kind": "cell", "notebook": notebook.rel, "cell": index, "method": method, "text": actual,
            "outputs": None if outputs is None else [dict(out) for out in outputs]}  # fmt: skip


def conflicts(site, proposals: list[dict]) -> list[str]:
    """Each output that start methods print differently where the page shows one for all of them
    (a snippet without by_start_method on one Python; a notebook cell)."""
    seen: dict[tuple, dict] = {}
    reported: set[tuple] = set()
    found = []
    for p in proposals:
        if p["kind"] == "cell":
            where = (p["notebook"], p["cell"])
        else:
            where = (p["kind"], p["snippet"], p["python"], p["same"])
        earlier = seen.setdefault(where, p)
        if earlier is p or where in reported or earlier["text"] == p["text"]:
            continue
        if same_output(earlier["text"], p["text"], _settings(site, p)):
            continue
        reported.add(where)  # once per output, however many methods disagree
        if p["kind"] == "cell":
            found.append(
                f"{p['notebook']} cell {p['cell']} prints differently under {earlier['method']!r} and {p['method']!r}"
            )
        else:
            found.append(f"{p['snippet']} prints differently under {earlier['method']!r} and {p['method']!r}"
                         f" (Python {p['python']}); declare by_start_method = true for it in {SETTINGS_FILE}"
                         " and show each output in a tab.")  # fmt: skip
    return found


def apply(site, proposals: list[dict]) -> list[Path]:
    """Write every proposal (call `conflicts` first: this writes what it is given). Returns the files written."""
    import nbformat  # here, not at import: slow, and only an update needs it

    written: set[Path] = set()
    for p in proposals:
        if p["kind"] == "output" and p["path"]:
            path = site.root / p["path"]
            path.write_text(p["text"], encoding="utf-8")
            written.add(path)
    for p in proposals:  # after the terminal's own files: its own file only where it differs from theirs
        if p["kind"] == "unbuffered":
            snippet = site.snippet_at(p["snippet"])
            own, terminal = snippet.unbuffered_override(), snippet.expected(REFERENCE_PYTHON.default_method)
            if terminal is not None and same_output(terminal, p["text"], snippet.settings):
                own.unlink(missing_ok=True)
            else:
                own.write_text(p["text"], encoding="utf-8")
                written.add(own)
    cells: dict[str, dict[int, list]] = {}
    for p in proposals:
        if p["kind"] == "cell" and p["outputs"] is not None:
            cells.setdefault(p["notebook"], {})[p["cell"]] = p["outputs"]
    for rel, changed in cells.items():
        notebook = site.notebook_at(rel)
        nb = notebook.read()
        for index, outputs in changed.items():
            nb.cells[index].outputs = [nbformat.from_dict(out) for out in outputs]
        notebook.save(nb)
        written.add(notebook.path)
    return sorted(written)


def _settings(site, proposal: dict):
    if proposal["kind"] == "cell":
        notebook = site.notebook_at(proposal["notebook"])
        return notebook.cell_settings(proposal["cell"], notebook.read().cells[proposal["cell"]])
    return site.snippet_at(proposal["snippet"]).settings


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


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
        # one that says what its GIL build says goes
        for own, version in snippet.free_threaded_overrides(method).items():
            if version in outputs and same_output(own.read_text(encoding="utf-8"), outputs[version] or "", settings):
                own.unlink()
        for run in runs:
            first, last = run[0][1], run[-1][1]
            name = f"{stem}.py3{first}.out" if first == last else f"{stem}.py3{first}-py3{last}.out"
            path = snippet.path.with_name(name)
            path.write_text(outputs[run[0]], encoding="utf-8")
            written.append(path)
    return written
