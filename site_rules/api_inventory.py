"""What CPython's documentation documents of multiprocessing: the inventory the API pages prove.

`site_rules/api_inventory.json` is written by `scripts/api_inventory.py` from Debian's python3.X-doc
(its objects.inv and HTML). This module holds what that script and the tests share: which objects are
in scope, and how an object's version notes are read from the HTML. Standard library only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

INVENTORY = Path(__file__).with_name("api_inventory.json")

# The thread pool of concurrent.futures is not multiprocessing: the process and interpreter executors
# are, with what they share (Executor, Future, wait, as_completed and their exceptions and constants).
THREAD_ONLY = ("concurrent.futures.ThreadPoolExecutor", "concurrent.futures.thread")


def in_scope(name: str) -> bool:
    if name.startswith(THREAD_ONLY):
        return False
    return name.split(".")[0] == "multiprocessing" or name.startswith("concurrent.futures")


@dataclass(frozen=True)
class ApiObject:
    name: str
    role: str  # Sphinx's: class, method, function, attribute, exception, module, data
    url: str  # its entry in the official documentation
    added: str | None  # "3.14": the version its entry says it was added in
    changed: tuple[str, ...]  # the versions its entry says it changed in ("3.15.1" for a patch release)


def load(path: Path = INVENTORY) -> list[ApiObject]:
    raw = json.loads(path.read_text(encoding="utf-8"))["objects"]
    return [ApiObject(o["name"], o["role"], o["url"], o["added"], tuple(o["changed"])) for o in raw]


VERSION_NOTE = re.compile(r"(Added|Changed|Deprecated since) in version (\d+\.\d+(?:\.\d+)?)|"
                          r"(Deprecated) since version (\d+\.\d+(?:\.\d+)?)")  # fmt: skip


class _Notes(HTMLParser):
    """Each documented object's own version notes: those in its <dd>, not in a nested object's."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str | None] = []  # per open <dl>/<dd>: the object whose description it is
        self.pending: str | None = None  # the id of the <dt> just read, waiting for its <dd>
        self.dl_depth = 0
        self.in_note: str | None = None  # "added" or "changed" inside a versionmodified span
        self.notes: dict[str, dict] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "dt" and attrs.get("id") and self.pending is None:
            self.pending = attrs["id"]
        elif tag == "dd":
            self.stack.append(self.pending)
            self.pending = None
        elif tag == "span" and "versionmodified" in (attrs.get("class") or ""):
            self.in_note = "open"

    def handle_endtag(self, tag):
        if tag == "dd" and self.stack:
            self.stack.pop()
        elif tag == "span":
            self.in_note = None

    def handle_data(self, data):
        if self.in_note != "open":
            return
        owner = next((o for o in reversed(self.stack) if o), None)
        match = VERSION_NOTE.search(data)
        if owner and match:
            kind, version = (match[1], match[2]) if match[1] else (match[3], match[4])
            note = self.notes.setdefault(owner, {})
            if kind == "Added":
                note.setdefault("added", version)
            elif kind == "Changed":
                note.setdefault("changed", [])
                if version not in note["changed"]:
                    note["changed"].append(version)
        self.in_note = "read"


def version_notes(html: str) -> dict[str, dict]:
    """{object id: {"added": "3.14", "changed": ["3.8", "3.15.1"]}} from one page of the built docs."""
    parser = _Notes()
    parser.feed(html)
    return parser.notes
