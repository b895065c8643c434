"""Imported at start-up by every Python process the doc tests launch.

proven.running puts this folder on PYTHONPATH, so the settings below reach the
snippet, its children and helper processes (forkserver, resource tracker)
without a single line of the snippet being changed:

- DOCS_START_METHOD picks the default start method (fork, spawn, forkserver),
  as `multiprocessing.set_start_method()` at the top of the program would.
- stdout is made line-buffered, as it is when a reader runs the program in a
  terminal; through a pipe it would be block-buffered and the order of lines
  printed by different processes would not be what the reader sees.
  DOCS_STDOUT=pipe leaves it block-buffered, for examples about exactly that.
"""

import os
import sys

_method = os.environ.get("DOCS_START_METHOD")
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method)

if sys.stdout is not None and os.environ.get("DOCS_STDOUT") != "pipe":
    sys.stdout.reconfigure(line_buffering=True)
