"""The error index: every message of the committed inventory has an entry on docs/errors/, the inventory
matches CPython 3.15's sources, and the extraction reads what it should from a small source."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from site_rules import report
from site_rules.error_index import extract, extract_source, indexed_in, message_key, page_text

REPO_ROOT = Path(__file__).resolve().parent.parent
INVENTORY = REPO_ROOT / "site_rules" / "error_messages.json"
PAGES = REPO_ROOT / "docs" / "errors"
pytestmark = pytest.mark.proof_inputs(
    "docs/errors", "site_rules/error_messages.json", "site_rules/error_index.py", "scripts/error_inventory.py"
)


def _inventory() -> dict:
    return json.loads(INVENTORY.read_text(encoding="utf-8"))


def test_every_message_has_an_entry() -> None:
    """Each message not excluded appears on an error page (placeholders match anything; a bare raise, its type)."""
    text = " ".join(page_text(p.read_text(encoding="utf-8")) for p in sorted(PAGES.glob("*.md")))
    missing = [
        f"{m['id']}: {m['type']}: {m['pattern'].strip()[:100]!r} ({m['source']}) is on no page under docs/errors/"
        for m in _inventory()["messages"]
        if "excluded" not in m and not indexed_in(m, text)
    ]
    report(missing)


def test_every_exclusion_has_a_reason() -> None:
    messages = _inventory()["messages"]
    report([f"{m['id']}: excluded without a reason" for m in messages if "excluded" in m and not m["excluded"]])
    ids = [m["id"] for m in messages]
    report([f"id {i!r} is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})])


def test_inventory_matches_the_sources() -> None:
    """The committed messages of 3.15 are what 3.15's sources hold (texts and types; the exact line numbers are
    `scripts/error_inventory.py --check`'s business, which needs every version's sources)."""
    inventory = _inventory()
    primary = max(inventory["sources"], key=lambda v: tuple(map(int, v.split("."))))
    lib = REPO_ROOT / inventory["sources"][primary]
    if not (lib / "multiprocessing").is_dir():
        pytest.skip(f"CPython {primary}'s sources are not at {lib}: `make pythons` unpacks them")
    found, _ = extract(lib)
    fresh = {message_key(f.file, f.type, f.pattern) for f in found}
    committed = {
        message_key(m["source"].split(":")[0], m["type"], m["pattern"])
        for m in inventory["messages"]
        if primary in m["versions"]
    }
    problems = [f"in {primary}'s sources, not in the inventory: {m}" for m in sorted(fresh - committed)]
    problems += [f"in the inventory, not in {primary}'s sources: {m}" for m in sorted(committed - fresh)]
    if problems:
        problems.append(f"regenerate: {Path(sys.executable).name} scripts/error_inventory.py")
    report(problems)


FIXTURE = """
import sys
import warnings
from . import util


class Closed(Exception):
    def __str__(self):
        return "closed after %d tries" % self.tries


def check(size, name):
    if size < 0:
        raise ValueError(f"size must be positive, not {size!r}")
    if not name:
        raise ValueError("queue {0!r} has no name".format(name))
    assert size < 10, "too big: %s" % size
    warnings.warn("slow path taken", ResourceWarning)
    util.info("serving at %r", name)
    util.debug("a trace, not a message")
    sys.stderr.write("Process %s:\\n" % name)
    raise Empty
    raise KeyError(name)
"""


def test_extraction_reads_a_small_source() -> None:
    found = {(f.type, f.pattern) for f in extract_source(FIXTURE, "multiprocessing/example.py")}
    assert found == {
        ("Closed", "closed after {self.tries} tries"),
        ("ValueError", "size must be positive, not {size}"),
        ("ValueError", "queue {name} has no name"),
        ("AssertionError", "too big: {size}"),
        ("ResourceWarning", "slow path taken"),
        ("log INFO", "serving at {name}"),
        ("stderr", "Process {name}:\n"),
        ("Empty", ""),
    }  # KeyError(name) carries no words of its own; util.debug is a trace


def test_extraction_walks_a_lib_folder(tmp_path: Path) -> None:
    (tmp_path / "multiprocessing").mkdir()
    (tmp_path / "multiprocessing" / "pool.py").write_text('raise ValueError("Pool not running")\n')
    (tmp_path / "concurrent" / "futures").mkdir(parents=True)
    (tmp_path / "concurrent" / "futures" / "process.py").write_text("import os\n")
    found, debug = extract(tmp_path)
    assert [(f.file, f.line, f.pattern) for f in found] == [("multiprocessing/pool.py", 1, "Pool not running")]
    assert debug == 0


def test_a_page_entry_matches_with_placeholders_as_wildcards() -> None:
    entry = {"type": "ValueError", "pattern": "Queue {self} is closed"}
    assert indexed_in(entry, page_text("### `ValueError: Queue <multiprocessing.queues.Queue object> is closed`"))
    assert not indexed_in(entry, page_text("### `ValueError: Queue is open`"))
    assert indexed_in({"type": "Empty", "pattern": ""}, page_text("`_queue.Empty`"))
