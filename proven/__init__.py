"""proven: documentation examples proven by running them as real processes.

Each example on a page is a program file, run the way a reader runs it
(``python snippet.py``) under every start method and, for the version matrix,
every interpreter; what it prints is normalised as declared and compared with
the output its page shows. The conventions (the README explains them for authors):

- A page embeds a snippet whole, in a python fence whose only line is
  ``--8<-- "snippets/<topic>/<name>.py"``, and embeds what it prints right after
  it, in a text fence: ``--8<-- "snippets/<topic>/<name>.out"``.
- A snippet whose output differs by start method declares ``by_start_method``
  and has one ``<name>.<method>.out`` per method, each embedded in a content tab.
- What legitimately varies from run to run is declared in the folder's
  ``examples.toml`` (see ``settings.Settings``) and normalised or compared as declared.
- A snippet with ``#>`` comments shows its output inline (pytest-examples style)
  and needs no ``.out`` file; it may print only from the parent process.
- A non-zero exit status is part of the output: a last line ``[exit code N]``.
- A run is the reader's: in a pseudo-terminal, nothing injected under the default start
  method, and on the reference also with ``PYTHONUNBUFFERED=1`` (``<name>.unbuffered.out``
  where that prints something else); it is hung only when it stops making progress.
- The expected outputs hold what the reference interpreter (the one running the
  tests) prints. Where another Python version prints something else, an override
  ``<name>[.<method>].py<MIN>[-py<MAX>].out`` (e.g. ``x.py39-py310.out``) holds it.

The modules, one concern each, are listed in the README ("The engine's modules").
"""

from .compare import diff, normalise, same_output
from .errors import DocsError
from .fences import (
    FRAGMENT_TITLE,
    PYTHON_LANGS,
    UNORDERED_TITLE,
    Fence,
    inline_output,
    parse_fences,
)
from .interpreters import REFERENCE, Python, find_pythons
from .layout import NOT_SNIPPETS, PROVEN_FILE, SETTINGS_FILE
from .matrix import START_METHODS
from .notebooks import Notebook
from .running import OUTLIVE_GRACE, UNBUFFERED, Run, run_snippet
from .settings import PLATFORM_NAMES, Settings
from .site import Site
from .snippet import Snippet

__all__ = [
    "FRAGMENT_TITLE", "NOT_SNIPPETS", "PLATFORM_NAMES", "PROVEN_FILE", "PYTHON_LANGS", "REFERENCE", "SETTINGS_FILE",
    "OUTLIVE_GRACE", "START_METHODS", "UNBUFFERED", "UNORDERED_TITLE", "DocsError", "Fence", "Notebook", "Python",
    "Run", "Settings", "Site", "Snippet", "diff", "find_pythons", "inline_output", "normalise", "parse_fences",
    "run_snippet", "same_output",
]  # fmt: skip
