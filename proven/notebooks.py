"""Notebooks: executed with a real kernel, their saved outputs compared with fresh ones.

A code cell declares what varies in its metadata, ``{"docs": {<Settings fields>}}``,
and a cell that is meant to fail carries nbclient's tag ``raises-exception``.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .compare import normalise
from .layout import DOCS
from .normalisers import COLOUR, KEEP_AS_PRINTED
from .running import BACKSTOP, reader_environment
from .settings import Settings


@dataclass(frozen=True)
class Notebook:
    """A value: where the docs root is, and where the notebook is under it."""

    root: Path  # the docs root, absolute
    path: Path  # absolute, under root/docs

    @property
    def id(self) -> str:
        return self.path.relative_to(self.root / DOCS).as_posix()

    @property
    def rel(self) -> str:
        return self.path.relative_to(self.root).as_posix()

    def proof_key(self) -> str:
        """The notebook's bytes (cells, their settings, the outputs shown): proven.record."""
        from .record import hash_files

        return hash_files([self.path])

    def read(self):
        import nbformat

        return nbformat.read(self.path, as_version=4)

    def written_modules(self) -> list[WrittenModule]:
        """The modules its `%%writefile name.py` cells write."""
        return [
            WrittenModule(self, m["name"], cell.source[m.end() :] + "\n", index)
            for index, cell in enumerate(self.read().cells)
            if cell.cell_type == "code" and (m := WRITEFILE.match(cell.source))
        ]

    def cell_settings(self, index: int, cell) -> Settings:
        return Settings.parse(f"{self.rel} cell {index}", dict(cell.metadata.get("docs", {})))

    def execute(self, method: str | None, *, timeout: float = BACKSTOP):
        """Run every cell in a fresh kernel under `method`, its working directory a fresh, empty one.

        Not the notebook's folder: a cell that writes a file (`%%writefile module.py`, which a
        reader's notebook does in its own folder) must not write it into docs/, and every run
        must start without the files an earlier run left.
        """
        import nbformat
        from nbclient import NotebookClient

        nb = self.read()
        # ignore_cleanup_errors: on Windows a kernel that is still exiting may hold the folder
        with tempfile.TemporaryDirectory(prefix="notebook-", ignore_cleanup_errors=True) as cwd:
            client = NotebookClient(
                nb,
                # per cell (a kernel's tree is not watched for progress): a hang fails, the kernel is shut down
                timeout=timeout,
                kernel_name="python3",
                allow_errors=False,  # except in cells tagged "raises-exception"
                resources={"metadata": {"path": cwd}},
            )
            nb.cells.insert(0, nbformat.v4.new_code_cell(DRAIN))
            client.execute(env=reader_environment(method))
            del nb.cells[0]
        return nb

    def save(self, nb) -> None:
        """Write `nb` back, its code cells numbered 1, 2, ... as a clean top-to-bottom run would."""
        import nbformat

        for n, cell in enumerate((c for c in nb.cells if c.cell_type == "code"), 1):
            cell.execution_count = n
            for out in cell.outputs:
                if "execution_count" in out:
                    out.execution_count = n
        nbformat.write(nb, self.path)


DRAIN = """\
# Run before the first cell, and removed from the result (proven.notebooks): after each cell, wait
# until ipykernel's reader threads have taken everything the cell's processes wrote to the captured
# stdout and stderr, so that a line written late counts for its own cell, not for the next one.
def _docs_drain(result=None):
    import linecache, sys, time
    try:
        import fcntl, struct, termios
    except ImportError:  # Windows: nothing to measure with
        return
    streams = [s for s in (sys.stdout, sys.stderr) if getattr(s, "_fid", None) is not None]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        frames, busy = sys._current_frames(), False
        for s in streams:
            unread = struct.unpack("i", fcntl.ioctl(s._fid, termios.FIONREAD, bytes(4)))[0]
            thread = s.watch_fd_thread
            frame = frames.get(thread.ident) if thread.is_alive() else None
            reading = frame is None or (
                frame.f_code.co_name == "_watch_pipe_fd"
                and "os.read(" in linecache.getline(frame.f_code.co_filename, frame.f_lineno)
            )  # blocked in its read, not between a read and the write that forwards it
            busy = busy or bool(unread) or not reading
        if not busy:
            break
        time.sleep(0.01)
    for s in streams:
        s.flush()


get_ipython().events.register("post_run_cell", _docs_drain)
"""


WRITEFILE = re.compile(r"\A%%writefile(?:\s+-a)?\s+(?P<name>\S+\.py)\s*\n")


@dataclass(frozen=True)
class WrittenModule:
    """A module a notebook writes with a `%%writefile name.py` cell, for its child processes to import."""

    notebook: Notebook
    name: str
    source: str
    line: int  # the cell's index in the notebook

    def proof_key(self) -> str:
        return f"{self.notebook.id}:{self.name}:{self.source}"


def cell_output_text(cell, settings: Settings) -> str:
    """A code cell's outputs as one comparable text: each stream, the result, the error."""
    parts: dict[str, list[str]] = {}
    for out in cell.get("outputs", []):
        kind = out["output_type"]
        if kind == "stream":
            # Colour is presentation, not text: from 3.13 a child writing its traceback into
            # the kernel's captured stderr colours it (the page renders the same text).
            parts.setdefault(out["name"], []).append(COLOUR.sub("", out["text"]))
        elif kind in ("execute_result", "display_data"):
            parts.setdefault("result", []).append(out["data"].get("text/plain", "") + "\n")
        elif kind == "error":
            parts.setdefault("error", []).append(f"{out['ename']}: {out['evalue']}\n")
    return "".join(
        f"[{key}]\n" + normalise("".join(parts[key]), settings)
        for key in ("stdout", "stderr", "result", "error")
        if key in parts
    )


def coalesce_streams(outputs: list, settings: Settings) -> list:
    """Join consecutive pieces of the same stream (a kernel sends them in fragments), without colour codes,
    normalised as a .out file is (a traceback's frames -> "  ..."): what is saved is what the page shows."""
    merged: list = []
    for out in outputs:
        if out["output_type"] == "stream":
            out["text"] = COLOUR.sub("", out["text"])  # as compared, and as the page should show it
        if merged and out["output_type"] == "stream" and merged[-1]["output_type"] == "stream" \
                and merged[-1]["name"] == out["name"]:  # fmt: skip
            merged[-1]["text"] += out["text"]
        else:
            merged.append(out)
    kept = dataclasses.replace(settings, normalise=tuple(n for n in settings.normalise if n not in KEEP_AS_PRINTED))
    for out in merged:
        if out["output_type"] == "stream":
            out["text"] = normalise(out["text"], kept)
    return merged
