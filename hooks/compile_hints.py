"""MkDocs hook: Material's script is compiled while it downloads, not function by function at load.

Chromium (136 and later) compiles every function of a script that starts with the comment
`//# allFunctionsCalledOnLoad` eagerly, on the background thread that streams the script
(the file-based explicit compile hint: https://github.com/WICG/explicit-javascript-compile-hints-file-based).
Without it V8 compiles each function lazily on the main thread the first time it is called;
Material's bundle calls most of its functions at load, so that compiling sat inside the two longest
tasks of every page (the bundle's evaluation and its DOMContentLoaded handler). Measured with
Lighthouse at 8x CPU slowdown on this site (issue 29): total blocking time of the 404 page 228 ->
86 ms, home 146 -> 40 ms, Q1 132 -> 66 ms (median of 2 alternating runs each). Other browsers
read the line as a comment.

The hint goes into the copy of the bundle in the built site; the bundle's source map gets one
empty line in front so that it still maps each line of the file. A Material release that renames
or drops the bundle fails the build here rather than silently losing the hint.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.exceptions import PluginError

HINT = "//# allFunctionsCalledOnLoad\n"
BUNDLE = "assets/javascripts/bundle.*.min.js"  # the script every page of Material loads at its end


def hint(script: Path) -> None:
    """Put the hint at the top of `script` and shift its source map by a line, once (a rebuild that
    kept the file must not hint it twice)."""
    text = script.read_text(encoding="utf-8")
    if text.startswith(HINT):
        return
    script.write_text(HINT + text, encoding="utf-8")
    source_map = script.with_name(script.name + ".map")
    if source_map.is_file():
        data = json.loads(source_map.read_text(encoding="utf-8"))
        data["mappings"] = ";" + data["mappings"]  # an empty first line: nothing maps to the hint
        source_map.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


def on_post_build(config) -> None:
    bundles = sorted(Path(config["site_dir"]).glob(BUNDLE))
    if len(bundles) != 1:
        raise PluginError(f"hooks/compile_hints.py: expected one {BUNDLE} in the built site, found "
                          f"{[b.name for b in bundles]}: did a Material release rename its script?")
    hint(bundles[0])
