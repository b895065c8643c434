"""figures: measured figures on pages, rendered from ``benchmarks/results/*.json`` at build time, never typed.

A page quotes a benchmark with a marker, an HTML comment (where the build hook
does not run, the page still renders, without the figure), on a line of its own
for a table or a plot, anywhere in a sentence or a table cell for a value.
``hooks/bench_markers.py`` replaces each marker with what the result file holds::

    <!-- bench:table NAME [KEY=VALUE ...] [columns=KEY,KEY,...] -->
    <!-- bench:plot NAME/PLOT [KEY=VALUE ...] [columns=KEY,KEY,...] -->
    <!-- bench:value NAME [KEY=VALUE ...] KEY -->

- ``table``: a caption (the machine, Python version(s), start method(s),
  repetitions, date, and the command that regenerates the file), then the rows
  as a Markdown table, each measured figure as "median (lowest–highest)".
  ``KEY=VALUE`` keeps only the rows whose ``KEY`` is ``VALUE``; ``columns=``
  picks and orders the columns.
- ``plot``: the plot ``PLOT`` listed in the result's ``"plots"``, light and dark
  (Material's ``#only-light`` / ``#only-dark``) with its alt text, the caption
  (headed by the plot's own ``"title"`` if it has one), and the same numbers as
  a table in a collapsed "The numbers" block.
- ``methods`` (``<!-- bench:methods [NAME ...] -->``): the methodology table, a row per
  result file (all of them, or those named): what it measures, on which builds, the
  statistic and its runs, the spread (interquartile range over the median) and the
  load average before and after.
- ``value``: one figure, in its column's format and unit ("0.40 s"), from the one
  row the ``KEY=VALUE`` pairs select. ``KEY`` is a column, or ``<column>_min`` /
  ``<column>_max`` for the spread; with no pairs, a top-level number of the result
  (e.g. ``repetitions``).

Values with spaces are quoted as in a shell: ``way="initializer global"``. An
unknown result, plot, row or column raises ``FigureError`` naming the page and
the marker: the build stops; nothing renders empty.

Modules: ``schema`` (the result file, checked the same way by its writer,
``benchmarks/record.py``, and its readers), ``markers`` (rendering), ``formatting``
(values, tables, captions) and ``check`` (``typed_figures``: no figure typed by hand;
it reads pages with ``proven.fences``). ``proven`` never imports this package.
"""

from .markers import Marker, render
from .schema import FigureError, ResultFiles

__all__ = ["FigureError", "Marker", "ResultFiles", "render"]
