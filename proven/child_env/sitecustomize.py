"""Imported at start-up by the Python processes of a run that is not the reader's plain `python name.py`.

proven.running puts this folder on PYTHONPATH only for a run under a start method other
than the interpreter's default (or, where no pseudo-terminal exists, to stand in for one),
so the settings below reach the snippet, its children and helper processes (forkserver,
resource tracker) without a single line of the snippet being changed:

- DOCS_START_METHOD picks the default start method (fork, spawn, forkserver),
  as `multiprocessing.set_start_method()` at the top of the program would.
- DOCS_LINE_BUFFERED=1 line-buffers stdout, as a terminal does (on Windows, where the run's
  stdout is a pipe; on POSIX it is a real pseudo-terminal and this is not needed).
"""

import os
import sys

_method = os.environ.get("DOCS_START_METHOD")
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method)

if sys.stdout is not None and os.environ.get("DOCS_LINE_BUFFERED"):
    sys.stdout.reconfigure(line_buffering=True)
