"""MkDocs hook: the API pages and the other pages link each other.

- On every page outside docs/api/, inline code in the prose that names a documented object
  (`apply_async()`, `Queue.empty()`, `log_to_stderr`) links to the API entry that proves it
  (site_rules.api_reference says which names read unambiguously).
- Under every API entry, the pages that use its names: those that link it, and those whose programs
  call it (read from the programs they embed).
- The API index (`<!-- api:index -->` on docs/api/index.md): every documented object, its entry, and
  how many are proven.

Pages are rendered before any is written (MkDocs: on_page_content for all, then on_post_page for each),
so the "Used on" lists are filled in on_post_page, once every page has been read.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path

from mkdocs.utils import get_relative_url

from proven.fences import EMBED, FENCE_OPEN
from site_rules.api_reference import ANY_HEADING, API_DIR, Reference, uses_in_program

# Where inline code stays unlinked: links, blocks and headings; a <summary> or a tab's <label> (a control
# inside a control: axe's nested-interactive); <small> (a linked code at small size misses the contrast ratio).
TAG = re.compile(r"<(/?)(a|pre|code|h[1-6]|summary|label|small|button)\b([^>]*)>")
USED_ON = "<!-- api:used-on {anchor} -->"
USED_ON_MARK = re.compile(r"<!-- api:used-on ([\w-]+) -->")
INDEX_MARK = "<!-- api:index -->"

_state: dict = {}


def on_config(config):
    _state.clear()
    _state["reference"] = Reference(Path(config.config_file_path).parent)
    _state["used"] = defaultdict(dict)  # inventory name -> {page url: page title}
    _state["order"] = {}  # page url -> its place in the nav: "Used on" lists pages as the nav does
    return config


def on_nav(nav, config, files):
    _state["order"] = {page.url: number for number, page in enumerate(nav.pages)}
    titles = [str(page.title).lower() for page in nav.pages]
    _state["label"] = {}  # two pages with one title ("Queues, pipes and connections") get their section's too
    for page in nav.pages:
        shared = titles.count(str(page.title).lower()) > 1 and page.parent
        _state["label"][page.url] = f"{page.parent.title}: {page.title}" if shared else page.title
    return nav


def _target(name: str) -> tuple[str, str] | None:
    entry = _state["reference"].entry_of.get(name)
    if entry is None:
        return None
    path = Path(entry.page).relative_to("docs").with_suffix("")
    return (path.parent if path.name == "index" else path).as_posix() + "/", entry.anchor


def on_page_markdown(markdown: str, page, config, files) -> str:
    if not page.file.src_uri.startswith("api/"):
        return markdown
    if INDEX_MARK in markdown:
        markdown = markdown.replace(INDEX_MARK, _index(page))
    lines = markdown.splitlines()  # without the front matter, and other hooks have added lines: find headings
    source = (_state["reference"].root / "docs" / page.file.src_uri).read_text(encoding="utf-8").splitlines()
    heads = [e for e in _state["reference"].entries if e.page == f"docs/{page.file.src_uri}"]
    starts = {}  # index of an entry's heading -> its anchor
    for entry in heads:
        starts[lines.index(source[entry.line - 1], max(starts, default=-1) + 1)] = entry.anchor
    out, open_entry, fence = [], None, ""
    for index, line in enumerate(lines):
        if m := FENCE_OPEN.match(line):
            fence = "" if fence and m["fence"].startswith(fence) else fence or m["fence"]
        elif not fence and ANY_HEADING.match(line) and open_entry:  # the section ends at the next heading
            out += ["", USED_ON.format(anchor=open_entry), ""]
            open_entry = None
        out.append(line)
        open_entry = starts.get(index, open_entry)
    if open_entry:
        out += ["", USED_ON.format(anchor=open_entry)]
    return "\n".join(out) + "\n"


def on_page_content(content: str, page, config, files) -> str:
    if page.file.src_uri.startswith("api/") or not page.file.src_uri.endswith(".md"):
        return content
    reference = _state["reference"]
    used = _state["used"]
    for rel in {m["path"] for m in map(EMBED.match, page.markdown.splitlines()) if m and m["path"].endswith(".py")}:
        path = reference.root / rel
        if path.is_file():
            for name in uses_in_program(path.read_text(encoding="utf-8"), reference.resolver):
                used[name][page.url] = page.title
    return _link_prose(content, page)


def _link_prose(content: str, page) -> str:
    """Wrap each inline code that names a documented object, outside links, headings and blocks, in a link."""
    resolver, used = _state["reference"].resolver, _state["used"]
    out, position, depth = [], 0, {"a": 0, "pre": 0, "h": 0, "summary": 0, "label": 0, "small": 0, "button": 0}
    for tag in TAG.finditer(content):
        closing, name, attrs = tag[1] == "/", tag[2], tag[3]
        kind = "h" if re.fullmatch(r"h[1-6]", name) else name
        if kind != "code":
            depth[kind] += -1 if closing else 1
            continue
        if closing or attrs.strip() or any(depth.values()):
            continue
        end = content.find("</code>", tag.end())
        obj = resolver.prose_name(content[tag.end() : end]) if end != -1 else None
        target = obj and _target(obj.name)
        if not target:
            continue
        href = get_relative_url(target[0], page.url) + "#" + target[1]
        out += [
            content[position : tag.start()],
            f'<a class="api-link" href="{href}">{content[tag.start() : end + 7]}</a>',
        ]
        position = end + 7
        used[obj.name][page.url] = page.title
    return "".join(out) + content[position:]


def on_post_page(output: str, page, config) -> str:
    if not page.file.src_uri.startswith("api/"):
        return output
    reference, used = _state["reference"], _state["used"]

    def used_on(match: re.Match) -> str:
        names = [e for e in reference.entries if e.anchor == match[1] and e.page == f"docs/{page.file.src_uri}"]
        pages: dict[str, str] = {}
        for entry in names:
            for obj in entry.objects:
                pages.update(used.get(obj.name, {}))
        if not pages:
            return '<p class="api-used-on">Used on: no other page yet.</p>'
        links = ", ".join(
            f'<a href="{get_relative_url(url, page.url)}">{html.escape(_state["label"].get(url) or title or url)}</a>'
            for url, title in sorted(pages.items(), key=lambda item: (_state["order"].get(item[0], 1 << 30), item[0]))
        )
        return f'<p class="api-used-on">Used on: {links}.</p>'

    return USED_ON_MARK.sub(used_on, output)


def _index(page) -> str:
    """The table of every documented object: its entry, its kind, proven or not run here."""
    reference = _state["reference"]
    rows, proven, not_run = [], 0, 0
    for obj in sorted(reference.objects, key=lambda o: o.name.lower()):
        entry = reference.entry_of.get(obj.name)
        if entry is None:
            state, link = "no entry yet", f"`{obj.name}`"
        else:
            page_rel = entry.page.removeprefix(f"{API_DIR}/")
            link = f"[`{obj.name}`]({page_rel}#{entry.anchor})"
            state = "not run here" if entry.not_run else "proven"
        proven += state == "proven"
        not_run += state == "not run here"
        rows.append(f"| {link} | {obj.role} | {state} |")
    total = len(reference.objects)
    head = (
        f"**{total} documented objects: {proven} proven by a checked program"
        f" ({100 * proven // total} %), {not_run} not run here, with the reason on their entry.**\n\n"
        '<div class="api-index" markdown>\n\n| Name | Kind | State |\n| --- | --- | --- |\n'
    )
    return head + "\n".join(rows) + "\n\n</div>"
