"""MkDocs hook: measured figures, tables and plots rendered from benchmarks/results/*.json.

A page writes a marker (an HTML comment) where a benchmark's figure, table or
plot goes; this hook replaces it with what the result file holds, so no measured
figure is ever typed on a page. The markers (syntax in proven/benchmarks.py)::

    <!-- bench:table NAME [KEY=VALUE ...] [columns=KEY,...] -->  caption + table
    <!-- bench:plot NAME/PLOT [KEY=VALUE ...] -->                light + dark image, caption, the numbers
    <!-- bench:value NAME [KEY=VALUE ...] COLUMN -->             one figure with its unit, e.g. "0.40 s"

An unknown result, plot, row or column stops the build with the page, line and
marker. `test_figures_come_from_results` (tests/test_docs.py) fails on a figure
typed by hand.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from proven.benchmarks import RESULTS_DIR, BenchmarkError, Results

_results: Results | None = None


def on_config(config):
    global _results
    _results = Results(Path(config.config_file_path).parent)  # read afresh on every (re)build
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
        return _results.render(markdown, page.file.src_uri, first_line=1 + max(skipped, 0))
    except BenchmarkError as exc:
        raise PluginError(f"hooks/benchmarks.py: {exc} ({RESULTS_DIR}/, written by `make bench`)") from None
