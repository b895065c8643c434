"""The site's plots: one drawing, written twice as SVG, for Material's light and dark schemes.

    from plots import save

    def draw(ax, palette):
        ax.plot(xs, ys, color=palette["series"][0], marker=palette["markers"][0], label="...")
        ax.legend()

    save("speedup_vs_workers", draw)  # docs/plots/speedup_vs_workers-light.svg and -dark.svg

`draw(ax, palette)` is called once per scheme on a fresh figure. The palette:

- ``fg``: text, axes, ticks; ``muted``: grid and secondary text; ``bg``: the page
  colour the (transparent) SVG sits on — for anything that must mask a line;
- ``series``: six colour-blind-safe colours, the Okabe–Ito hues (blue, vermillion,
  bluish green, reddish purple, orange, sky blue) in the same order in both
  schemes, each lightened or darkened to at least 3:1 against its background
  (WCAG 1.4.11, graphical objects); ``markers`` and ``linestyles`` so that no
  series is told apart by colour alone;
- ``ideal``: a reference line ("ideal", "y = x"), drawn dashed by convention;
- ``scheme``: "light" or "dark".

`seconds` and `size` label the ticks of a time or size axis ("50 ms", "4 MiB"):
``ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(plots.seconds))``.

The files are reproducible (a fixed ``svg.hashsalt``, no date, text kept as
text in the page's own font stack), so a re-run with the same numbers writes the
same bytes and a changed figure diffs as a few lines.
"""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)

PLOTS = Path(__file__).resolve().parent.parent / "docs" / "plots"
if os.environ.get("BENCH_SCRATCH"):  # a trial run (record.py): not the site's plots
    PLOTS = Path(os.environ["BENCH_SCRATCH"]) / "plots"

# Material's font stack when `theme.font: false` (mkdocs.yml): the SVG's text is
# drawn by the browser in the font the page around it uses.
FONTS = ["-apple-system", "BlinkMacSystemFont", "Helvetica", "Arial", "DejaVu Sans", "sans-serif"]

MARKERS = ["o", "s", "^", "D", "v", "P"]
LINESTYLES = ["-", "--", "-.", ":", (0, (5, 1, 1, 1)), (0, (1, 1))]

PALETTES = {
    # On white (Material's "default" scheme). Text colours at 4.5:1 or more.
    "light": {
        "fg": "#212121",
        "muted": "#5e5e5e",
        "bg": "#ffffff",
        "series": ["#0072B2", "#D55E00", "#009E73", "#C86EA0", "#B87F00", "#1C93D7"],
        "ideal": "#5e5e5e",
    },
    # On Material's "slate" scheme, hsl(232, 15%, 14%).
    "dark": {
        "fg": "#e2e4ed",
        "muted": "#a0a4b8",
        "bg": "#1e2129",
        "series": ["#3D9BE0", "#E0691A", "#00B383", "#CC79A7", "#E69F00", "#56B4E9"],
        "ideal": "#a0a4b8",
    },
}


def seconds(value, _position=None) -> str:
    """A tick label for a time axis in seconds: "2 s", "50 ms", "200 µs" (matplotlib FuncFormatter)."""
    for scale, unit in ((1, "s"), (1e-3, "ms"), (1e-6, "µs")):
        if value >= scale or unit == "µs":
            return f"{value / scale:g} {unit}"


def size(value, _position=None) -> str:
    """A tick label for a size axis in bytes: "1 KiB", "64 MiB"."""
    for scale, unit in ((2**30, "GiB"), (2**20, "MiB"), (2**10, "KiB"), (1, "B")):
        if value >= scale or unit == "B":
            return f"{value / scale:g} {unit}"


def _style(palette: dict) -> dict:
    fg, muted = palette["fg"], palette["muted"]
    return {
        "svg.fonttype": "none",  # text as <text>, not paths: small, selectable, searchable
        "svg.hashsalt": "multiprocessing-proven",  # stable ids, so a re-run diffs cleanly
        "font.family": "sans-serif",
        "font.sans-serif": FONTS,
        "font.size": 10,
        "figure.facecolor": "none",
        "axes.facecolor": "none",
        "savefig.facecolor": "none",
        "savefig.transparent": True,
        "text.color": fg,
        "axes.labelcolor": fg,
        "axes.titlecolor": fg,
        "axes.edgecolor": muted,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.axisbelow": True,
        "axes.prop_cycle": matplotlib.cycler(color=palette["series"]),
        "grid.color": muted,
        "grid.alpha": 0.3,
        "grid.linewidth": 0.6,
        "xtick.color": muted,
        "ytick.color": muted,
        "xtick.labelcolor": fg,
        "ytick.labelcolor": fg,
        "legend.frameon": False,
        "legend.labelcolor": fg,
        "lines.linewidth": 2.0,
        "lines.markersize": 5,
        "path.simplify": True,
    }


def save(name: str, draw, *, size=(7.0, 4.0)) -> list[Path]:
    """Call draw(ax, palette) twice — light and dark — and write
    docs/plots/<name>-light.svg and docs/plots/<name>-dark.svg. Returns both paths."""
    PLOTS.mkdir(parents=True, exist_ok=True)
    paths = []
    for scheme, colours in PALETTES.items():
        palette = {**colours, "markers": MARKERS, "linestyles": LINESTYLES, "scheme": scheme}
        with plt.rc_context(_style(palette)):
            fig, ax = plt.subplots(figsize=size, layout="constrained")
            try:
                draw(ax, palette)
                path = PLOTS / f"{name}-{scheme}.svg"
                fig.savefig(path, format="svg", metadata={"Date": None})
            finally:
                plt.close(fig)
        paths.append(path)
    return paths
