"""MkDocs hook: the bench: markers of a page, rendered from benchmarks/results/*.json (syntax: figures/__init__.py).

An unknown result, plot, row or column stops the build with the page, line and
marker. `test_figures_come_from_results` fails on a figure typed by hand.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from figures import FigureError, ResultFiles, render
from figures.schema import REGENERATE, RESULTS_DIR

_results: ResultFiles | None = None


def on_config(config):
    global _results
    _results = ResultFiles(Path(config.config_file_path).parent)  # read afresh on every (re)build
    return config


def on_serve(server, config, builder):
    if _results.dir.is_dir():
        server.watch(str(_results.dir))  # `make serve`: a re-run benchmark shows up on the page
    return server


def on_page_markdown(markdown: str, page, config, files) -> str:
    if "bench:" not in markdown:
        return markdown
    try:
        # Line numbers as in the file: MkDocs has taken the front matter off (list this hook first).
        skipped = page.file.content_string.count("\n") - markdown.count("\n")
        return render(_results, markdown, page.file.src_uri, first_line=1 + max(skipped, 0))
    except FigureError as exc:
        raise PluginError(f"hooks/bench_markers.py: {exc} ({RESULTS_DIR}/, written by `{REGENERATE}`)") from None
