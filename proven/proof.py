"""``snippets/proven.json``: what a version-matrix run checked, and the line each page shows from it.

The matrix (``pytest --python all``) merges its outcomes in with ``record``; at
build time ``summary`` turns an entry into the one line under an example ("Checked on
Python 3.9–3.15 · fork, spawn, forkserver"), which opens to ``status``'s full sentence
("Output checked with Python 3.9.18, ..."). An entry whose digest no longer matches the snippet (it,
its outputs or its settings changed since) is said to be stale, not hidden.
"""

from __future__ import annotations

import html
import json
import platform
import re
import sys
from datetime import date
from pathlib import Path

from .errors import DocsError
from .interpreters import Python, sort_key
from .matrix import START_METHODS
from .running import UNBUFFERED
from .site import PROVEN_FILE, Site

Outcomes = dict[tuple[str, str, str], str]  # (snippet id, start method, Python "3.X") -> "passed", ...


def read(site: Site) -> dict:
    path = site.snippets_dir / PROVEN_FILE
    return json.loads(path.read_text()) if path.exists() else {}


def merged(site: Site, results: Outcomes, pythons: list[Python]) -> dict:
    """proven.json as it would be with this run's outcomes merged in (entries of deleted snippets dropped)."""
    data = read(site)
    known = {s.id for s in site.snippets}
    entries = {k: v for k, v in data.get("snippets", {}).items() if k in known}
    for snippet_id in sorted({k[0] for k in results}):
        digest = site.snippet(snippet_id).digest()
        entry = entries.get(snippet_id, {})
        if entry.get("digest") != digest:
            entry = {"digest": digest, "checked": {}}
        for (sid, method, version), outcome in sorted(results.items()):
            if sid == snippet_id:
                entry["checked"].setdefault(version, {})[method] = outcome
        entry["date"] = date.today().isoformat()
        entries[snippet_id] = entry
    interpreters, builds = data.get("interpreters", {}), data.get("builds", {})
    for py in pythons:
        if py.executable:
            interpreters[py.name] = py.patch_release() + ("t" if py.free_threaded else "")  # "3.13.5t"
            if py.provenance:  # a build made here: its source release, why that one, its flags
                builds[py.name] = py.provenance
    return {
        "about": "Written by the version matrix (make matrix); read by hooks/provenance.py when the site is built.",
        "platform": f"{platform.system()} {platform.machine()}",
        "interpreters": dict(sorted(interpreters.items(), key=lambda kv: sort_key(kv[0]))),
        "builds": dict(sorted(builds.items(), key=lambda kv: sort_key(kv[0]))),
        "snippets": dict(sorted(entries.items())),
    }


def record(site: Site, results: Outcomes, pythons: list[Python]) -> Path:
    """Merge a matrix run's outcomes into snippets/proven.json."""
    data = merged(site, results, pythons)
    # one line per snippet: a readable diff when a matrix run changes it
    lines = json.dumps({**data, "snippets": {}}, indent=1)[:-1].rstrip().rstrip("{}").rstrip()
    rows = [f" {json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in data["snippets"].items()]
    path = site.snippets_dir / PROVEN_FILE
    path.write_text(lines + " {\n" + ",\n".join(rows) + "\n }\n}\n")
    return path


def stale(site: Site, results: Outcomes, pythons: list[Python]) -> list[str]:
    """How the committed proven.json differs from what this run proved (dates aside); empty: it is current."""
    old, new = read(site), merged(site, results, pythons)
    problems = []
    if old.get("platform") != new["platform"]:
        problems.append(f"platform: recorded {old.get('platform')!r}, this run {new['platform']!r}")
    for name, version in new["interpreters"].items():
        if old.get("interpreters", {}).get(name) != version:
            problems.append(f"Python {name}: recorded {old.get('interpreters', {}).get(name)}, this run {version}")
    if old.get("builds", {}) != new["builds"]:
        problems.append(f"builds made here: recorded {old.get('builds', {})}, this run {new['builds']}")
    old_entries = old.get("snippets", {})
    for snippet_id in sorted(set(old_entries) | set(new["snippets"])):
        before, after = old_entries.get(snippet_id, {}), new["snippets"].get(snippet_id, {})
        if (before.get("digest"), before.get("checked")) != (after.get("digest"), after.get("checked")):
            problems.append(f"{snippet_id}: recorded {_summary(before)}; this run {_summary(after)}")
    return problems


def _summary(entry: dict) -> str:
    if not entry:
        return "nothing"
    outcomes = sorted({r for by_method in entry["checked"].values() for r in by_method.values()})
    return f"digest {entry['digest']}, {len(entry['checked'])} version(s), outcomes {outcomes}"


def status(site: Site, proven: dict, rel: str) -> str:
    """The sentence shown under the example that embeds `rel` ("snippets/<id>"), when the reader opens
    its one-line summary (`summary`)."""
    return checks(site, proven, rel)["text"]


def summary(site: Site, proven: dict, rel: str) -> tuple[str, bool]:
    """The one line under the example that embeds `rel`, and whether it reports a problem: "Checked on
    Python 3.9–3.15, 3.13t · fork, spawn, forkserver". It is derived from the same record as `status`,
    and says in itself what the full sentence would warn of: a run that did not pass, a snippet changed
    since the matrix ran, or one not yet in a run of it."""
    return checks(site, proven, rel)["summary"]


def version_ranges(versions: list[str], known: list[str]) -> str:
    """ "3.9–3.12, 3.14, 3.13t": `versions` as runs of consecutive `known` versions (a free-threaded build
    is named on its own, after them); "none" when empty."""
    gil = sorted((v for v in known if not v.endswith("t")), key=sort_key)
    chosen = set(versions)
    runs: list[list[str]] = []
    for i, v in enumerate(gil):
        if v in chosen:
            if runs and i > 0 and gil[i - 1] in chosen and runs[-1][-1] == gil[i - 1]:
                runs[-1].append(v)
            else:
                runs.append([v])
    parts = [r[0] if len(r) == 1 else f"{r[0]}, {r[1]}" if len(r) == 2 else f"{r[0]}–{r[-1]}" for r in runs]
    parts += sorted((v for v in versions if v not in gil), key=sort_key)  # 3.13t, or one the matrix no longer runs
    return ", ".join(parts) or "none"


def checks(site: Site, proven: dict, rel: str) -> dict:
    """What the record says of the snippet `rel` embeds: the full sentence ("text") and the one-line
    ("summary", problem) pair."""
    snippet_id = rel.removeprefix("snippets/")
    snippet = site.snippet(snippet_id)
    reference = f"{sys.version_info[0]}.{sys.version_info[1]}"
    fallback = (
        f"checked by every test run with Python {reference} under {', '.join(START_METHODS)} and PYTHONUNBUFFERED=1"
    )
    short_fallback = f"checked on Python {reference} only"
    entry = proven.get("snippets", {}).get(snippet_id)
    if snippet is None:
        return {"text": "Not a tested snippet.", "summary": ("Not a tested snippet", True)}
    not_on = dict(snippet.settings.not_on_python)  # versions it cannot run on, with the reason
    if reference in not_on:
        fallback = f"checked by the Python-version matrix only (not on Python {reference}: {not_on[reference]})"
        short_fallback = "not checked by the tests outside the matrix"
    if entry is None:
        return {
            "text": f"Output {fallback}; not yet in a run of the Python-version matrix.",
            "summary": (f"<strong>Not yet in the Python-version matrix</strong> · {short_fallback}", True),
        }
    if entry["digest"] != snippet.digest():
        return {
            "text": f"Output {fallback}. Changed since the Python-version matrix ran on {entry['date']}.",
            "summary": (f"<strong>Changed since the matrix ran ({entry['date']})</strong> · {short_fallback}", True),
        }
    checked = entry["checked"]
    versions = sorted(checked, key=sort_key)
    preset = snippet.settings.preset_start_method  # False: one run per Python, under its own default
    passed = [v for v in versions if checked[v] and all(r == "passed" for r in checked[v].values())]
    passed = [v for v in passed if not preset or all(checked[v].get(m) == "passed" for m in START_METHODS)]
    patches = proven.get("interpreters", {})
    exact = ", ".join(patches.get(v, v) for v in passed) or "none"
    methods = f"under {', '.join(START_METHODS)}" if preset else "under each one's default start method"
    source = ("-", "<", snippet.path.name) if snippet.settings.stdin else (snippet.path.name,)
    command = " ".join(("python", *snippet.settings.flags, *source))
    text = f"Output checked with Python {exact} {methods}, " + (
        "in a terminal" if snippet.settings.terminal else "through a pipe"
    )
    if snippet.settings.flags or snippet.settings.stdin:
        text += f", run as <code>{html.escape(command)}</code>"
    if checked.get(reference, {}).get(UNBUFFERED) == "passed":
        text += f", and with PYTHONUNBUFFERED=1 on {patches.get(reference, reference)}"
    text += f" ({proven.get('platform', '?')}, {entry['date']})."
    failed = [f"{v} {m}" for v in versions if v not in not_on for m, r in sorted(checked[v].items()) if r != "passed"]
    if failed:
        text += f" Not passed: {', '.join(failed)}."
    if not_on:
        text += " Not run with " + "; ".join(f"Python {v}: {why}" for v, why in sorted(not_on.items())) + "."
    line = f"Checked on Python {version_ranges(passed, list(patches) or versions)} · " + (
        ", ".join(START_METHODS) if preset else "default start methods"
    )
    if not passed:
        line = "<strong>Passed on no Python version</strong>"
    if failed:
        named = ", ".join(failed) if len(failed) <= 2 else f"{len(failed)} runs"
        line += f" · <strong>not passed: {named}</strong>"
    return {"text": text, "summary": (line, bool(failed) or not passed)}


BUILDS_MARK = "<!-- proven:builds -->"
"""On a page, replaced at build time by how the interpreters built on this machine were made."""


def builds(proven: dict) -> str:
    """ "3.13t (3.13.15t): built here from ...": the builds of the last matrix run that were made here."""
    made = proven.get("builds", {})
    if not made:
        return "(no build made here in the last matrix run)"
    patches = proven.get("interpreters", {})
    return "; ".join(f"{name} ({patches.get(name, '?')}): {how}" for name, how in made.items())


INTERPRETERS_MARK = "<!-- proven:interpreters -->"
"""On a page, replaced at build time by the patch releases of the last matrix run, newest first."""


def interpreters(proven: dict) -> str:
    """ "3.15.2, 3.14.10, ... and 3.9.18": what the last matrix run checked, newest first."""
    found = [v for _, v in sorted(proven.get("interpreters", {}).items(), key=lambda kv: sort_key(kv[0]), reverse=True)]
    if not found:
        return "(no matrix run recorded yet)"
    return found[0] if len(found) == 1 else f"{', '.join(found[:-1])} and {found[-1]}"


TAB_TOKENS = re.compile(r"(?<![\d.])3\.\d+t?(?![\d.])|[–—]|\bto\b|\bbefore\b|\bfrom\b|\+", re.IGNORECASE)


def tab_versions(title: str, known: list[str]) -> list[str] | None:
    """The matrix's versions a content tab's title names: "Python 3.9–3.12", "Python 3.14 and 3.15",
    "Before 3.14", "Python 3.13t (free-threaded)"; None when it names no version, or a patch release
    ("3.13.4–3.13.12": it says itself what it covers). A version the matrix does not run fails loudly."""
    if re.search(r"\b3\.\d+\.\d+", title):
        return None
    tokens = [t.lower() for t in TAB_TOKENS.findall(title)]
    if not any(t.startswith("3.") for t in tokens):
        return None
    if unknown := [t for t in tokens if t.startswith("3.") and t not in known]:
        raise DocsError(f"tab {title!r} names Python {', '.join(unknown)}, which the version matrix does not run")
    gil = sorted((v for v in known if not v.endswith("t")), key=sort_key)
    found: list[str] = []
    i = 0
    while i < len(tokens):
        token, after = tokens[i], tokens[i + 1 : i + 3]
        if token in ("before", "from") and after and after[0].startswith("3."):
            pick = [v for v in gil if (sort_key(v) < sort_key(after[0])) == (token == "before")]
            found += pick + ([] if token == "before" or after[0] in pick else [after[0]])
            i += 2
        elif token.startswith("3.") and len(after) == 2 and after[0] in ("–", "—", "to") and after[1].startswith("3."):
            found += [v for v in gil if sort_key(token) <= sort_key(v) <= sort_key(after[1])]
            found += [after[1]] if after[1].endswith("t") else []
            i += 3
        elif token.startswith("3.") and after[:1] == ["+"]:
            found += [v for v in gil if sort_key(v) >= sort_key(token)]
            i += 2
        else:
            found += [token] if token.startswith("3.") else []
            i += 1
    return sorted(dict.fromkeys(found), key=sort_key)


def checked_in_tab(proven: dict, title: str) -> str | None:
    """The line at the top of a content tab naming Python versions: the exact releases that printed it."""
    patches = proven.get("interpreters", {})
    versions = tab_versions(title, list(patches)) if patches else None  # no matrix run yet: nothing to name
    if not versions:
        return None
    releases = [patches[v] for v in versions]
    named = releases[0] if len(releases) == 1 else f"{', '.join(releases[:-1])} and {releases[-1]}"
    plural = "s" if len(releases) > 1 else ""
    return f"Printed by Python {named} (the patch release{plural} checked here)."
