"""The API pages (docs/api/) prove every object the official documentation documents, and they and the
other pages link each other both ways (hooks/api_links.py)."""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

import pytest
from mkdocs.utils import get_relative_url

from proven import Site
from site_rules import report
from site_rules.api_inventory import INVENTORY, ApiObject, in_scope, load, version_notes
from site_rules.api_reference import Reference, Resolver, entries, program_words, proves, uses_in_program
from site_rules.api_reference import versions_to_state as versions_of

REPO_ROOT = Path(__file__).resolve().parent.parent
PROVEN_AT_LEAST = 0.95  # the bar: at most 5 % of the documented objects "not run here"


@pytest.fixture(scope="module")
def reference() -> Reference:
    return Reference(REPO_ROOT)


def entry_problems(reference: Reference, obj: ApiObject) -> list[str]:
    """Why the entry of `obj` does not prove it (nothing: it does)."""
    entry = reference.entry_of.get(obj.name)
    if entry is None:
        return [f"{obj.name}: no entry on docs/api/ names it in a heading"]
    problems = []
    where = f"{entry.where} ({obj.name})"
    if obj.url not in entry.text:
        problems.append(f"{where}: no link to its official entry {obj.url}")
    if entry.not_run:
        return problems
    programs = [reference.root / p for p in entry.programs]
    if not programs:
        problems.append(f'{where}: its section embeds no program (or says `!!! info "Not run here"` and why)')
    elif missing := [p for p in programs if not p.is_file()]:
        problems.append(f"{where}: embeds {missing[0].relative_to(reference.root)}, which does not exist")
    elif not any(proves(program_words(p.read_text(encoding="utf-8")), obj) for p in programs):
        names = ", ".join(p.name for p in programs)
        problems.append(f"{where}: no program of its section ({names}) uses {obj.name.rsplit('.', 1)[-1]!r}")
    for version in versions_of(obj):
        if not re.search(rf"(?<![\d.]){re.escape(version)}(?![\d])", entry.text):
            kind = "added" if version == obj.added else "changed"
            problems.append(f"{where}: the official docs say it was {kind} in {version}; its section does not say so")
    return problems


def test_every_documented_object_is_proven(reference: Reference) -> None:
    """Each inventory object has an entry whose program uses it, linking the official entry and naming
    the releases (3.9+) where it arrived or changed; at most 5 % are "not run here", each with its reason."""
    problems = [p for obj in reference.objects for p in entry_problems(reference, obj)]
    not_run = sorted({o.name for o in reference.objects if (e := reference.entry_of.get(o.name)) and e.not_run})
    limit = int(len(reference.objects) * (1 - PROVEN_AT_LEAST))
    if len(not_run) > limit:
        problems.append(f"{len(not_run)} objects are not run here ({', '.join(not_run)}): at most {limit} may be")
    for entry in reference.entries:
        if entry.not_run and not re.search(r'!!! info "Not run here"\n+\s{4}\S', entry.text):
            problems.append(f'{entry.where}: "Not run here" without a reason under it')
    report(problems)


def test_entry_headings_name_documented_objects(reference: Reference) -> None:
    """Inline code in a heading on an API page is a documented name, unambiguous, in one entry only."""
    problems = [f"{e.where}: {p}" for e in reference.entries for p in e.problems]
    seen: dict[str, str] = {}
    for entry in reference.entries:
        for obj in entry.objects:
            if obj.name in seen:
                problems.append(f"{entry.where}: {obj.name} already has an entry at {seen[obj.name]}")
            seen.setdefault(obj.name, entry.where)
    anchors = [(e.page, e.anchor) for e in reference.entries]
    problems += [f"{p}: anchor #{a} is used twice" for p, a in sorted({x for x in anchors if anchors.count(x) > 1})]
    report(problems)


def test_inventory_is_in_scope_and_well_formed() -> None:
    objects = load()
    names = [o.name for o in objects]
    problems = [f"{n}: listed twice" for n in sorted({n for n in names if names.count(n) > 1})]
    problems += [f"{o.name}: out of scope (site_rules/api_inventory.in_scope)" for o in objects if not in_scope(o.name)]
    problems += [
        f"{o.name}: {o.url} is not its entry"
        for o in objects
        if not o.url.startswith("https://docs.python.org/3/library/")
    ]
    report(problems)
    assert {"multiprocessing.Process", "concurrent.futures.ProcessPoolExecutor"} <= set(names), INVENTORY


def test_version_notes_belong_to_their_own_object() -> None:
    """A method's "Added in version" is the method's, not its class's (Sphinx nests their <dl>s)."""
    page = """
    <dl class="py class"><dt class="sig" id="m.Lock">Lock</dt><dd><p>A lock.</p>
      <div class="versionchanged"><p><span class="versionmodified changed">Changed in version 3.3: x</span></p></div>
      <dl class="py method"><dt class="sig" id="m.Lock.locked">locked()</dt><dd><p>Held?</p>
        <div class="versionadded"><p><span class="versionmodified added">Added in version 3.14.</span></p></div>
      </dd></dl>
      <div class="versionchanged"><p><span class="versionmodified changed">Changed in version 3.15.1: y</span></p></div>
    </dd></dl>"""
    assert version_notes(page) == {"m.Lock": {"changed": ["3.3", "3.15.1"]}, "m.Lock.locked": {"added": "3.14"}}


def _objects(*names: str) -> list[ApiObject]:
    role = {"module": "module"}
    return [
        ApiObject(n, role.get(n.rsplit(".", 1)[-1], "method" if n[-1].islower() else "class"), "", None, ())
        for n in names
    ]


SMALL = _objects(
    "multiprocessing.Queue", "multiprocessing.Queue.put", "multiprocessing.SimpleQueue.put",
    "multiprocessing.managers.SyncManager.Queue", "multiprocessing.pool.Pool", "multiprocessing.pool.Pool.apply_async",
    "multiprocessing.pool.Pool.map", "concurrent.futures.Executor.map", "multiprocessing.connection.wait",
    "concurrent.futures.wait", "multiprocessing.Process.run",
)  # fmt: skip


def test_names_resolve_as_written() -> None:
    resolver = Resolver(SMALL)
    assert resolver.heading_name("Queue").name == "multiprocessing.Queue"  # fewest dots wins a tail
    assert resolver.heading_name("SyncManager.Queue()").name == "multiprocessing.managers.SyncManager.Queue"
    assert resolver.heading_name("Pool.map(func, iterable, chunksize=None)").name == "multiprocessing.pool.Pool.map"
    assert sorted(o.name for o in resolver.heading_name("wait()")) == [
        "concurrent.futures.wait",
        "multiprocessing.connection.wait",
    ]
    assert resolver.heading_name("Queue.nothing") == []
    assert resolver.prose_name("apply_async()").name == "multiprocessing.pool.Pool.apply_async"
    assert resolver.prose_name("mp.Queue").name == "multiprocessing.Queue"
    assert resolver.prose_name("multiprocessing.Pool").name == "multiprocessing.pool.Pool"
    assert resolver.prose_name("put()") is None  # two objects have it: not linked
    assert resolver.prose_name("run()") is None  # asyncio.run, subprocess.run: never linked alone
    assert resolver.prose_name("python -m pdb") is None


def test_reading_a_program() -> None:
    program = (
        "import multiprocessing as mp\nfrom multiprocessing.connection import wait\n"
        "class P(mp.Process):\n    def run(self):\n        q = mp.Queue()\n        q.put(1)\n"
        "with mp.Pool(2) as pool:\n    pool.apply_async(print).get()\n    wait([])\n"
    )
    words = program_words(program)
    assert {"run", "Queue", "put", "apply_async", "multiprocessing.connection", "wait"} <= words
    assert proves(words, _objects("multiprocessing.Process.run")[0])
    assert not proves(words, _objects("multiprocessing.Event.set")[0])
    assert uses_in_program(program, Resolver(SMALL)) == {
        "multiprocessing.Queue",
        "multiprocessing.Queue.put",
        "multiprocessing.pool.Pool",
        "multiprocessing.pool.Pool.apply_async",
        "multiprocessing.connection.wait",
    }  # not SimpleQueue.put (no SimpleQueue), Pool.map (not called), Process.run (defined, not called)


def test_entries_are_read_from_headings() -> None:
    page = (
        "# T\n\n## `Queue`, `Queue.put()` { #queue }\n\ntext\n\n```python\n## `not a heading` { #x }\n```\n"
        "### A plain title { #plain }\n\n## `wait()` { #wait }\n"
    )
    found = entries("docs/api/t.md", page, Resolver(SMALL))
    assert [e.anchor for e in found] == ["queue", "wait"]
    assert [o.name for o in found[0].objects] == ["multiprocessing.Queue", "multiprocessing.Queue.put"]
    assert found[0].section[-1] == "```"  # the section stops at the plain heading, not in the block
    assert "may mean" in found[1].problems[0]


LINK = re.compile(r'<a class="api-link" href="([^"#]*)#([\w-]+)"><code>([^<]*)</code></a>')
USED_ON = re.compile(r'<p class="api-used-on">Used on: (.*?)</p>')
ENTRY_ID = re.compile(r'<h[2-6] id="([\w-]+)"')


def _html(built: Path, url: str) -> str:
    return (built / url / "index.html").read_text(encoding="utf-8")


def test_api_names_link_both_ways(site: Site, built_site: Path, reference: Reference) -> None:
    """Each API name a page's prose links goes to an entry that exists and lists that page under "Used on";
    every entry has its "Used on" line; on the question and cookbook pages no API name is left unlinked."""
    problems = []
    urls = {src: url for url, src in site.page_sources().items()}
    api_pages = {e.page for e in reference.entries}
    used_on: dict[tuple[str, str], str] = {}
    for page in sorted(api_pages):
        text = _html(built_site, urls[page])
        ids = ENTRY_ID.findall(text)
        for anchor in {e.anchor for e in reference.entries if e.page == page}:
            after = text.split(f'id="{anchor}"', 1)[-1]
            found = USED_ON.search(after)
            if anchor not in ids or not found:
                problems.append(f"{page}#{anchor}: no 'Used on' line under the entry")
            else:
                used_on[(urls[page], anchor)] = found[1]
    resolver = reference.resolver
    linked_pages = site.nav_section("The six questions") + site.nav_section("Cookbook")
    for src, url in sorted(urls.items()):
        if src in api_pages or not src.endswith(".md") or src == "docs/api/index.md":
            continue
        text = _html(built_site, url)
        for href, anchor, code in LINK.findall(text):
            target = (posixpath.normpath(posixpath.join(url, href)) + "/", anchor)
            listed = used_on.get(target)
            if listed is None:
                problems.append(f"{src}: `{html.unescape(code)}` links {href}#{anchor}, which is no entry")
            elif f'href="{get_relative_url(url, target[0])}"' not in listed:
                problems.append(f"{src}: links {target[0]}#{anchor}, whose 'Used on' does not list it")
        if src in linked_pages:
            bare = re.sub(r"<(a|pre|h[1-6]|summary|label|small|button)\b.*?</\1>", "", text, flags=re.S)
            for code in re.findall(r"<code>([^<]*)</code>", bare):
                if (named := resolver.prose_name(code)) and named.name in reference.entry_of:
                    problems.append(f"{src}: `{html.unescape(code)}` names an API entry but is not linked")
    report(sorted(set(problems)))
