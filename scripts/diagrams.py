"""The site's diagrams (`make diagrams`): what runs where, drawn with matplotlib as the plots are.

    .venv/bin/python scripts/diagrams.py           # write docs/diagrams/<name>-light.svg and -dark.svg
    .venv/bin/python scripts/diagrams.py --check   # draw into a temporary folder; fail if they differ

One function per diagram draws on a canvas 360 units wide (y grows downwards), once per scheme
with the plots' palette and fonts (benchmarks/plots.py). The SVG keeps text as <text> in the
page's own font stack (no web font, no link: nothing is fetched), has no date, metadata or DTD,
and is sized in CSS pixels (1 unit = 1 px): a 390 px phone shows it about 1:1, labels at 13 px.

The facts drawn are CPython's: Lib/multiprocessing/context.py (`_get_platform_default_context`:
forkserver from 3.14 where `reduction.HAVE_SEND_HANDLE`, not on macOS; spawn on macOS since 3.8,
bpo-33725, and on Windows), popen_fork.py, popen_spawn_posix.py, popen_forkserver.py, pool.py.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from plots import FONTS, PALETTES  # noqa: E402  (the plots' colours and fonts: one look on the site)

DIAGRAMS = ROOT / "docs" / "diagrams"
NO_METADATA = dict.fromkeys(("Date", "Creator", "Format", "Type"))  # savefig writes no <metadata>
DOCTYPE = re.compile(r"<!DOCTYPE[^>]*>\n")
SIZE = re.compile(r'(<svg [^>]*?width="[\d.]+)pt(" height="[\d.]+)pt"')
WIDTH = 360  # px
TITLE, LABEL, SMALL = 15, 13, 12  # font sizes, px


class Canvas:
    """A figure 1 unit = 1 pt (1 px once tidied), y downwards, with the few shapes the diagrams use."""

    def __init__(self, height: float, palette: dict) -> None:
        self.p = palette
        self.fig = plt.figure(figsize=(WIDTH / 72, height / 72))
        self.ax = self.fig.add_axes((0, 0, 1, 1))
        self.ax.set(xlim=(0, WIDTH), ylim=(height, 0))
        self.ax.axis("off")

    def colour(self, name: str) -> str:
        """A role's colour: "fg", "muted", or a series colour by role."""
        roles = {"process": 0, "memory": 2, "gil": 4, "run": 0, "task": 5, "result": 3, "copy": 1}
        return self.p["series"][roles[name]] if name in roles else self.p[name]

    def box(self, x, y, w, h, role="fg", *, fill=0.14, dashed=False, lw=1.6, radius=6) -> None:
        edge = self.colour(role)
        face = matplotlib.colors.to_rgba(edge, fill) if fill else "none"
        self.ax.add_patch(FancyBboxPatch(
            (x, y), w, h, boxstyle=f"round,pad=0,rounding_size={radius}", facecolor=face, edgecolor=edge,
            linewidth=lw, linestyle=(0, (4, 3)) if dashed else "-",
        ))  # fmt: skip

    def bar(self, x, y, w, h, role="run") -> None:
        """A solid block: a thread running, a task."""
        self.ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0,rounding_size=2",
                                         facecolor=self.colour(role), edgecolor="none"))  # fmt: skip

    def text(self, x, y, s, *, size=LABEL, ha="center", va="center", bold=False, role="fg") -> None:
        self.ax.text(x, y, s, fontsize=size, ha=ha, va=va, color=self.colour(role),
                     fontweight="bold" if bold else "normal")  # fmt: skip

    def tag(self, x, y, w, h, s, role, *, size=LABEL) -> None:
        """A labelled box: "memory", "GIL"."""
        self.box(x, y, w, h, role, radius=4)
        self.text(x + w / 2, y + h / 2, s, size=size)

    def arrow(self, *points) -> None:
        """A line through points, ending in an arrowhead."""
        if len(points) > 2:
            xs, ys = zip(*points[:-1])
            self.ax.plot(xs, ys, color=self.p["fg"], linewidth=1.6, solid_capstyle="butt")
        self.ax.add_patch(FancyArrowPatch(points[-2], points[-1], arrowstyle="-|>", mutation_scale=14,
                                          color=self.p["fg"], linewidth=1.6, shrinkA=0, shrinkB=0))  # fmt: skip


RC = {"svg.fonttype": "none",  # text as <text>, in the page's font stack: small, searchable, nothing fetched
      "svg.hashsalt": "multiprocessing-proven", "font.family": "sans-serif", "font.sans-serif": FONTS,
      "figure.facecolor": "none", "savefig.facecolor": "none", "savefig.transparent": True}  # fmt: skip


def _tidy(svg: str) -> str:
    """No DTD (the only URIs left are the SVG namespaces); sized in px, not pt: in pt a desktop
    would show it a third bigger, taller than the page needs."""
    return SIZE.sub(r'\1px\2px"', DOCTYPE.sub("", svg, count=1), count=1)


def threads_vs_processes(c: Canvas) -> None:
    """One process, three threads (one memory, one GIL: turns) vs three processes (each its own, at once)."""
    # One process with three threads.
    c.text(4, 14, "One process, three threads", size=TITLE, ha="left", bold=True)
    c.box(4, 30, 352, 150, "process")
    c.tag(14, 40, 200, 28, "one memory, shared", "memory")
    c.tag(222, 40, 124, 28, "one GIL", "gil")
    left, right, slots = 100, 346, 6
    step = (right - left) / slots
    for i in range(3):
        y = 80 + i * 26
        c.text(14, y + 10, f"thread {i + 1}", ha="left")
        c.box(left, y, right - left, 20, "muted", fill=0, lw=0.8, radius=3)
        for s in range(i, slots, 3):  # turns: the GIL passes from thread to thread
            c.bar(left + s * step + 1.5, y + 1.5, step - 3, 17)
    c.text(right, 166, "time →", size=SMALL, ha="right", role="muted")
    c.text(4, 196, "One thread runs Python code at a time.", ha="left")
    c.text(4, 214, "(Free-threaded builds, 3.13t and later: no GIL by default.)", size=SMALL, ha="left", role="muted")
    # Three processes.
    top = 246
    c.text(4, top + 14, "Three processes", size=TITLE, ha="left", bold=True)
    w, gap = 112, 8
    for i in range(3):
        x = 4 + i * (w + gap)
        y = top + 30
        c.box(x, y, w, 160, "process")
        c.text(x + w / 2, y + 16, f"process {i + 1}", bold=True)
        c.tag(x + 8, y + 32, w - 16, 26, "memory", "memory")
        c.tag(x + 8, y + 64, w - 16, 26, "GIL", "gil")
        c.text(x + 8, y + 104, "thread", ha="left")
        c.box(x + 8, y + 116, w - 16, 20, "muted", fill=0, lw=0.8, radius=3)
        c.bar(x + 9.5, y + 117.5, w - 19, 17)
        c.text(x + w - 8, y + 148, "time →", size=SMALL, ha="right", role="muted")
        c.text(x + w / 2, y + 176, f"core {i + 1}", bold=True)
    c.text(4, top + 234, "All three run Python code at once.", ha="left")


def _queue(c: Canvas, y: float, title: str, chunks: list[list[str]], role: str, size: float = LABEL) -> None:
    """A queue: a band with its title, holding chunks (dashed outlines) of items (tinted squares)."""
    c.box(4, y, 312, 72, "muted", fill=0, lw=1.0)
    c.text(14, y + 14, title, ha="left", bold=True)
    w, gap = 71, 5  # a chunk
    for i, chunk in enumerate(chunks):
        x = 12 + i * (w + gap)
        c.box(x, y + 28, w, 36, "muted", fill=0, dashed=True, lw=1.0, radius=4)
        for j, item in enumerate(chunk):
            c.tag(x + 4 + j * 33, y + 32, 30, 28, item, role, size=size)


def pool(c: Canvas) -> None:
    """Parent → task queue (chunks) → a fixed set of workers → result queue → parent (in order for map)."""
    c.box(4, 4, 352, 76, "process")
    c.text(14, 20, "parent", ha="left", bold=True)
    c.text(14, 42, "pool.map(f, range(8), chunksize=2)", ha="left")
    c.text(14, 64, "gets f(0), f(1), …, f(7) in order", ha="left")

    c.arrow((100, 80), (100, 108))
    c.text(110, 94, "puts tasks in chunks", size=SMALL, ha="left", role="muted")
    _queue(c, 108, "task queue", [["0", "1"], ["2", "3"], ["4", "5"], ["6", "7"]], "task")
    c.arrow((100, 180), (100, 208))
    c.text(110, 194, "each free worker takes a chunk", size=SMALL, ha="left", role="muted")
    c.box(4, 208, 312, 100, "muted", fill=0, lw=1.0)
    c.text(14, 222, "Pool(3): 3 worker processes", ha="left", bold=True)
    w, gap = 96, 6
    for i in range(3):
        x = 12 + i * (w + gap)
        c.box(x, 236, w, 64, "process")
        c.text(x + w / 2, 254, f"worker {i + 1}", bold=True)
        c.text(x + w / 2, 280, "runs f", size=LABEL)
    c.arrow((100, 308), (100, 336))
    c.text(110, 322, "puts results as chunks finish", size=SMALL, ha="left", role="muted")
    _queue(c, 336, "result queue", [["f(2)", "f(3)"], ["f(0)", "f(1)"], ["f(6)", "f(7)"], ["f(4)", "f(5)"]],
           "result", size=SMALL)  # fmt: skip

    # Back to the parent, which puts map's results in order.
    c.arrow((316, 372), (340, 372), (340, 80))
    c.text(4, 426, "The workers are started once and reused.", ha="left")


def _threads(c: Canvas, x: float, y: float, kept: int, total: int = 3) -> None:
    """A row of threads: solid if the process has it, dashed if it was left behind."""
    for i in range(total):
        c.box(x + i * 22, y, 16, 22, "run", fill=1.0 if i < kept else 0, dashed=i >= kept, lw=1.2, radius=3)


def start_methods(c: Canvas) -> None:
    """fork (a copy of the parent), spawn (a fresh interpreter), forkserver (children forked from a server)."""
    left, child_x = 110, 160  # parent boxes 4..110, child boxes 160..356
    child_w = WIDTH - 4 - child_x

    def heading(y: float, name: str, default: str) -> None:
        c.text(4, y, name, size=TITLE, ha="left", bold=True)
        c.text(WIDTH - 4, y, default, size=SMALL, ha="right", role="muted")

    def parent(y: float, h: float, sends: float | None = None) -> None:
        c.box(4, y, left - 4, h, "process")
        c.text(4 + (left - 4) / 2, y + 16, "parent", bold=True)
        for k, line in enumerate(("sends", "f + args,", "pickled") if sends else ()):  # to the child, on a pipe
            c.text(4 + (left - 4) / 2, sends + 18 * k, line)

    # fork: os.fork() copies the process as it is (copy-on-write), with only the calling thread.
    heading(14, "fork", "default on Linux up to 3.13")
    parent(30, 104)
    c.tag(12, 58, left - 20, 26, "memory", "memory")
    c.text(12, 98, "threads", size=SMALL, ha="left")
    _threads(c, 12, 106, 3)
    c.arrow((left, 82), (child_x, 82))
    c.text((left + child_x) / 2, 70, "fork", size=SMALL, role="muted")
    c.box(child_x, 30, child_w, 104, "copy")
    c.text(child_x + child_w / 2, 46, "child: a copy", bold=True)
    c.tag(child_x + 8, 58, child_w - 16, 26, "memory, copy-on-write", "memory")
    c.text(child_x + 8, 98, "only the thread that forked", size=SMALL, ha="left")
    _threads(c, child_x + 8, 106, 1)
    steps = ((10, 60, "1. imports the main"), (26, 78, "module as __mp_main__"), (10, 102, "2. unpickles f + args"))
    top = 170  # spawn: a new interpreter imports the main module (as __mp_main__), then unpickles what to run
    heading(top, "spawn", "default on macOS (3.8+), Windows")
    parent(top + 16, 104, sends=top + 54)
    c.arrow((left, top + 68), (child_x, top + 68))
    c.box(child_x, top + 16, child_w, 104, "copy", fill=0.0)
    c.text(child_x + child_w / 2, top + 32, "child: a fresh Python", bold=True)
    for x, y, line in steps:
        c.text(child_x + x, top + y, line, ha="left")
    # forkserver: a fresh server, started once, forks every child; preloads __main__ since 3.13.8/3.14.1.
    top = 326
    heading(top, "forkserver", "default on Linux from 3.14")
    parent(top + 16, 128, sends=top + 90)
    c.arrow((left, top + 124), (child_x, top + 124))
    c.arrow((left, top + 46), (child_x, top + 46))
    for y, line in ((34, "starts"), (60, "once")):
        c.text((left + child_x) / 2, top + y, line, size=SMALL, role="muted")
    c.box(child_x, top + 16, child_w, 60, "process", fill=0.0)
    c.text(child_x + child_w / 2, top + 34, "fork server", bold=True)
    c.text(child_x + child_w / 2, top + 58, "a fresh Python, one thread", size=SMALL)
    kid_w, gap = 60, (child_w - 3 * 60) / 2
    for i in range(3):
        x = child_x + i * (kid_w + gap)
        c.arrow((x + kid_w / 2, top + 76), (x + kid_w / 2, top + 104))
        c.box(x, top + 104, kid_w, 40, "copy")
        c.text(x + kid_w / 2, top + 124, "child")
    c.text(child_x + kid_w / 2 + 6, top + 90, "fork", size=SMALL, ha="left", role="muted")
    c.text(4, top + 166, "Each child then unpickles f + args.", ha="left")
    preload = ("Since 3.13.8 and 3.14.1 the server imports the main", "module once (preload); before, every child did.")
    for k, line in enumerate(preload):
        c.text(4, top + 186 + 16 * k, line, size=SMALL, ha="left", role="muted")


DIAGRAMS_DRAWN = {  # name: (draw, height in px)
    "threads-vs-processes": (threads_vs_processes, 492),
    "pool": (pool, 440),
    "start-methods": (start_methods, 540),
}


def write(folder: Path) -> list[Path]:
    """Draw every diagram in both schemes into folder; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (draw, height) in DIAGRAMS_DRAWN.items():
        for scheme, palette in PALETTES.items():
            with plt.rc_context(RC):
                canvas = Canvas(height, palette)
                try:
                    draw(canvas)
                    for artist in canvas.ax.get_children():  # nothing to clip: no clip paths in the file
                        artist.set_clip_on(False)
                    path = folder / f"{name}-{scheme}.svg"
                    canvas.fig.savefig(path, format="svg", metadata=NO_METADATA)
                    path.write_text(_tidy(path.read_text("utf-8")), "utf-8")
                finally:
                    plt.close(canvas.fig)
            written.append(path)
    return written


def check() -> list[str]:
    """What differs between the committed diagrams and a fresh drawing (empty: none)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {p.name: p.read_bytes() for p in write(Path(tmp))}
    committed = {p.name: p.read_bytes() for p in DIAGRAMS.glob("*.svg")}
    problems = [f"docs/diagrams/{n}: missing" for n in sorted(fresh.keys() - committed.keys())]
    problems += [f"docs/diagrams/{n}: not drawn by this script" for n in sorted(committed.keys() - fresh.keys())]
    problems += [f"docs/diagrams/{n}: differs from a fresh drawing" for n in sorted(fresh.keys() & committed.keys())
                 if fresh[n] != committed[n]]  # fmt: skip
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="regenerate into a temporary folder; fail on a difference")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        if problems:
            print(*problems, "Run: make diagrams, then commit docs/diagrams/", sep="\n", file=sys.stderr)
        return 1 if problems else 0
    for path in write(DIAGRAMS):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
