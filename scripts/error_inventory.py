"""Write site_rules/error_messages.json: every message multiprocessing can show, from CPython 3.9-3.15's sources.

    python scripts/error_inventory.py          # (re)write the inventory
    python scripts/error_inventory.py --check  # exit 1 with a diff if the committed file is stale

The extraction (`site_rules/error_index.py`, standard library `ast` only) reads each version's Lib/; a message
that changed wording between versions is listed once per wording, each with the versions that have it. The
pages under docs/errors/ index every message not `excluded` (tests/test_error_index.py).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_rules.error_index import PLACEHOLDER, extract, message_key  # noqa: E402

OUT = ROOT / "site_rules" / "error_messages.json"
PYENV = "~/.pyenv/versions"
SID = ".pythons/debian-sid/usr/lib"  # `make pythons` unpacks Debian's current 3.13-3.15 here
SOURCES = {  # the patch releases the site's matrix runs (README, "Python versions"), oldest first
    "3.9.18": f"{PYENV}/3.9.18/lib/python3.9",
    "3.10.13": f"{PYENV}/3.10.13/lib/python3.10",
    "3.11.7": f"{PYENV}/3.11.7/lib/python3.11",
    "3.12.1": f"{PYENV}/3.12.1/lib/python3.12",
    "3.13.18": f"{SID}/python3.13",
    "3.14.10": f"{SID}/python3.14",
    "3.15.2": f"{SID}/python3.15",
}
PRIMARY = "3.15.2"

# (file stem, area id, area title): how a reader looks a message up, in the pages' order.
AREAS = [
    ("process", "process", "Process"),
    ("pool", "pool", "Pool"),
    ("dummy/", "pool", "Pool"),
    ("futures/process", "executor", "ProcessPoolExecutor"),
    ("queues", "connections", "Queues, Pipes and Connections"),
    ("connection", "connections", "Queues, Pipes and Connections"),
    ("reduction", "connections", "Queues, Pipes and Connections"),
    ("resource_sharer", "connections", "Queues, Pipes and Connections"),
    ("synchronize", "synchronisation", "Locks, Values and Arrays"),
    ("sharedctypes", "synchronisation", "Locks, Values and Arrays"),
    ("heap", "synchronisation", "Locks, Values and Arrays"),
    ("managers", "managers", "Managers"),
    ("shared_memory", "shared-memory", "shared_memory"),
    ("context", "start-methods", "Start methods and contexts"),
    ("spawn", "start-methods", "Start methods and contexts"),
    ("forkserver", "start-methods", "Start methods and contexts"),
    ("popen_", "start-methods", "Start methods and contexts"),
    ("util", "util", "util, logging and the resource tracker"),
    ("resource_tracker", "util", "util, logging and the resource tracker"),
]
AREA_ORDER = list(dict.fromkeys(a for _, a, _ in AREAS))

# Messages no user code can trigger: (file, start of the message, or <Type> for a bare raise) with why.
UNREACHABLE = "unreachable: the statement follows a loop that only leaves by return or an exception"
PROTOCOL = "multiprocessing's own protocol between its processes: user code never writes these messages"
EXCLUDED = {
    ("connection.py", "shouldn't get here"): UNREACHABLE,
    ("connection.py", "Should not get here"): UNREACHABLE,
    ("forkserver.py", "should not get here"): UNREACHABLE,
    ("connection.py", "protocol constraint"): "an assertion on two module constants, checked at every call",
    ("forkserver.py", "Not at EOF?"): "internal check inside the fork server's own process",
    ("forkserver.py", "{len(authkey)} < "): "internal check of the key the fork server generated itself",
    ("spawn.py", "Not forking"): "spawn_main() is called only in a child multiprocessing started",
    ("pool.py", "Thread not in TERMINATE"): "internal state check of the pool's result-handler thread",
    ("pool.py", "Maxtasks "): "Pool() rejects the value first ('maxtasksperchild must be a positive int or None')",
    (
        "process.py",
        "<NotImplementedError>",
    ): "BaseProcess._Popen is abstract: every context's Process class overrides it",
    (
        "reduction.py",
        "<ValueError>",
    ): "the bare ValueError is caught two lines below and re-raised as 'Invalid data received'",
    ("reduction.py", "Len is "): "internal consistency check of the received file-descriptor data",
    ("resource_sharer.py", "Already have Listener"): "internal state check: the listener is created once",
    ("resource_tracker.py", "noop should never"): "the 'noop' resource type is used only by the tracker's tests",
    ("resource_tracker.py", "malformed resource_tracker"): PROTOCOL,
    ("resource_tracker.py", "unrecognized command"): PROTOCOL,
    ("resource_tracker.py", "nbytes="): "internal check that a pipe write was not split",
    ("resource_tracker.py", "internal error: message too long"): "checked after 'shared memory name too long'",
    ("managers.py", "{funcname} unrecognized"): PROTOCOL,
    ("managers.py", "Id {ident} "): "internal reference-count check of the manager's server",
    ("managers.py", "Unknown state"): "the manager's state is set only by the manager itself",
    ("shared_memory.py", "_SHM_NAME_PREFIX too long"): "an assertion on a module constant",
    ("synchronize.py", "notify: "): "internal consistency checks of Condition.notify()",
    ("util.py", "fd too large"): "close_all_fds_except() is given descriptors below the limit by its callers",
    ("futures/process.py", "https://github.com/python/cpython/issues/90622"): "internal check: submit() "
    "starts workers on demand only under the start methods that are not fork (gh-90622)",
    ("futures/process.py", "Processes cannot be fork()ed"): "internal check: under fork every worker starts "
    "before the executor's manager thread (gh-90622)",
}


def area(file: str) -> str:
    stem = file.removeprefix("multiprocessing/").removeprefix("concurrent/")
    return next(a for prefix, a, _ in AREAS if stem.startswith(prefix))


def excluded(file: str, type_: str, pattern: str) -> str | None:
    for (name, start), why in EXCLUDED.items():
        if file.endswith("/" + name) and (pattern.startswith(start) if pattern else start == f"<{type_}>"):
            return why
    return None


def _slug(entry: dict) -> str:
    words = re.findall(r"[a-z0-9]+", PLACEHOLDER.sub(" ", entry["pattern"]).lower())[:8]
    return "-".join(words) or entry["type"].lstrip("_").lower()


def build(sources: dict[str, Path]) -> dict:
    """Merge each version's messages: one entry per (file, type, wording), newest version's text and line."""
    merged: dict[tuple[str, str, str], dict] = {}
    debug: dict[str, int] = {}
    for version, lib in sources.items():  # oldest first: newer versions overwrite text and line
        found, debug[version] = extract(lib)
        for f in found:
            key = message_key(f.file, f.type, f.pattern)
            entry = merged.setdefault(key, {"versions": []})
            if version not in entry["versions"]:
                entry.update(file=f.file, type=f.type, pattern=f.pattern, source=f"{f.file}:{f.line}@{version}")
                entry["versions"].append(version)
    entries = sorted(
        merged.values(),
        key=lambda e: (AREA_ORDER.index(area(e["file"])), e["file"], e["type"], e["pattern"], e["source"]),
    )
    for e in entries:
        e["area"] = area(e["file"])
    _assign_ids(entries)
    messages = []
    for e in entries:
        row = {k: e[k] for k in ("id", "area", "type", "pattern", "source", "versions")}
        if why := excluded(e["file"], e["type"], e["pattern"]):
            row["excluded"] = why
        messages.append(row)
    return {
        "about": "Generated by scripts/error_inventory.py from CPython's sources; do not edit by hand.",
        "sources": {v: SOURCES[v] for v in sources},
        "debug_log_calls_not_collected": debug,
        "messages": messages,
    }


def _assign_ids(entries: list[dict]) -> None:
    """Slugs of the message's words; where several share one, the area, the type or the first version
    (a reworded message) tells them apart."""
    groups: dict[str, list[dict]] = {}
    for e in entries:
        groups.setdefault(_slug(e), []).append(e)
    for slug, group in groups.items():
        for e in group:
            e["id"] = slug
        if len(group) == 1:
            continue
        for extra in (
            lambda e: e["area"],
            lambda e: e["type"].lstrip("_").lower(),
            lambda e: "py" + "".join(e["versions"][0].split(".")[:2]),
        ):
            if len({extra(e) for e in group}) == len(group):
                for e in group:
                    e["id"] = f"{slug}-{extra(e)}"
                break
        else:
            for n, e in enumerate(group, 1):
                e["id"] = f"{slug}-{n}"


def dump(inventory: dict) -> str:
    return json.dumps(inventory, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 with a diff if the committed file is stale")
    args = parser.parse_args(argv)
    sources = {v: Path(p).expanduser() if p.startswith("~") else ROOT / p for v, p in SOURCES.items()}
    missing = [f"{v} ({p})" for v, p in sources.items() if not (p / "multiprocessing").is_dir()]
    if missing:
        print("CPython sources missing: " + ", ".join(missing), file=sys.stderr)
        print("`make pythons` provides 3.13-3.15; 3.9-3.12 come from pyenv.", file=sys.stderr)
        return 2
    text = dump(build(sources))
    if args.check:
        old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if old != text:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), text.splitlines(True), str(OUT), "new"))
            print(f"\n{OUT.relative_to(ROOT)} is stale: run python scripts/error_inventory.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    inventory = json.loads(text)
    shown = [m for m in inventory["messages"] if "excluded" not in m]
    print(f"{OUT.relative_to(ROOT)}: {len(inventory['messages'])} messages, {len(shown)} shown to users")
    return 0


if __name__ == "__main__":
    sys.exit(main())
