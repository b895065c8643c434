"""The timelines' pictures and their words: timelines.py measures the runs, this draws them.

Imported only where the plots are made (the parent, or `timelines.py --plot`): timelines.py's
spawn and forkserver workers import that module, and matplotlib would add to the start-up
being measured. Drawing is two steps: `lane_layout` places every run's rows top down (a header,
a row per worker, the parent's row for imap), and `draw_runs` draws the runs at those rows.
"""

from __future__ import annotations

from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from plots import save

TITLES = {
    "chunksize": "Timeline: map over 40 short tasks of uneven length on Pool(4)",
    "imap": "Timeline: imap and imap_unordered when the first task is the long one, Pool(4)",
    "uneven": "Timeline: 32 tasks growing along the list on Pool(4): the idle tail",
    "startup": "Timeline: 8 tasks on 8 Processes or on Pool(2), per start method",
}


def _idle_share(run):
    """Idle time of all workers, as a share of workers × the run's time after start-up."""
    first = min(t["start"] for lane in run["lanes"] for t in lane)
    busy = sum(t["end"] - t["start"] for lane in run["lanes"] for t in lane)
    return 1 - busy / (len(run["lanes"]) * (run["back"] - first))


def alt_text(scenario, runs):
    """What the picture shows, in words, with its figures (computed: true of the run drawn)."""
    back = [f"{run['back']:.2f} s" for run in runs]
    idle = [f"{_idle_share(run):.0%}" for run in runs]
    if scenario == "chunksize":
        size = runs[0]["chunksize"]
        return (
            "Timeline, one row per worker of Pool(4), one bar per task, time since Pool() was called. With "
            f"map's default chunksize of {size}, each worker takes {size} tasks at a time (outlined together): "
            f"all results back after {back[0]}, the workers idle {idle[0]} of the time after their first task. "
            f"With chunksize=1, each takes one task at a time: results back after {back[1]}, {idle[1]} idle."
        )
    if scenario == "imap":
        return (
            "Timeline, one row per worker of Pool(4), and a row of ticks for when the parent received each "
            "result. The first task is the long one. With imap, the parent receives nothing until that first "
            "task ends, although the other workers finished their short tasks earlier, then every result at "
            f"once; all back after {back[0]}. With imap_unordered, a tick appears as each task ends, and the "
            f"long task's result comes last; all back after {back[1]}."
        )
    if scenario == "uneven":
        size = runs[0]["chunksize"]
        return (
            "Timeline, one row per worker of Pool(4), for 32 tasks that get longer along the list. With map's "
            f"default chunksize of {size}, the longest tasks, at the end of the list, form the last chunk, which "
            "one worker runs while the others have nothing left to do: results back after "
            f"{back[0]}, the workers idle {idle[0]} of the time. With chunksize=1, the long tasks at the end go "
            f"to different workers: {back[1]}, {idle[1]} idle. Longest first with chunksize=1, the long tasks "
            f"start at once and the short ones fill the gaps at the end: {back[2]}, {idle[2]} idle."
        )
    parts = []
    for run in runs:
        first = min(t["start"] for lane in run["lanes"] for t in lane)
        parts.append(
            f"{run['label']}: first task after {first:.2f} s, all results after {run['back']:.2f} s"
        )
    return (
        "Timeline, one row per Process or pool worker, time since the first Process or the pool was created; "
        "each run does 8 tasks of 0.05 s. The dotted line before a row's first bar is the process's "
        "start-up. " + "; ".join(parts) + "."
    )


def lane_layout(runs: list[dict], scenario: str) -> tuple[list[dict], list[tuple[float, str]], float]:
    """Where each run's rows go, top down: {"header": y, "lanes": [y, ...], "parent": y or None} per
    run; the y-axis labels, (y, text); and the y below the last run."""
    placed, labels, y = [], [], 0
    for run in runs:
        rows = {"header": y, "lanes": [], "parent": None}
        labels.append((y, ""))
        y += 1
        for n, _lane in enumerate(run["lanes"], 1):
            labels.append((y, f"{run['kind']} {n}"))
            rows["lanes"].append(y)
            y += 1
        if scenario == "imap":  # a row of ticks: when each result reached the parent
            labels.append((y, "parent"))
            rows["parent"] = y
            y += 1
        y += 0.5
        placed.append(rows)
    return placed, labels, y


def _draw_lane(ax, lane: list[dict], y: float, chunked: bool, long_at: float | None, palette: dict) -> None:
    """One worker's row: its start-up dotted, a bar per task (a long one in the second colour), its chunks outlined."""
    fg, series = palette["fg"], palette["series"]
    first = min(t["start"] for t in lane)
    ax.plot([0, first], [y, y], color=palette["muted"], linewidth=1, linestyle=":")  # start-up
    for t in lane:
        long_task = long_at is not None and t["end"] - t["start"] > long_at
        ax.add_patch(Rectangle((t["start"], y - 0.3), t["end"] - t["start"], 0.6,
                               facecolor=series[1] if long_task else series[0],
                               edgecolor=palette["bg"], linewidth=0.6))
    if chunked:  # a chunk outlined: the tasks one worker took together
        chunks = {}
        for t in lane:
            chunks.setdefault(t["chunk"], []).append(t)
        for tasks in chunks.values():
            left = min(t["start"] for t in tasks)
            right = max(t["end"] for t in tasks)
            ax.add_patch(Rectangle((left, y - 0.4), right - left, 0.8, fill=False, edgecolor=fg, linewidth=1.4))


def _legend_handles(runs: list[dict], scenario: str, palette: dict) -> list:
    fg, series = palette["fg"], palette["series"]
    handles = [
        Rectangle((0, 0), 1, 1, facecolor=series[0], label="a task"),
        Line2D([], [], color=palette["muted"], linestyle=":", label="starting, no task yet"),
        Line2D([], [], color=fg, linestyle="--", label="parent has every result"),
    ]
    if scenario in ("imap", "uneven"):
        handles.insert(1, Rectangle((0, 0), 1, 1, facecolor=series[1], label="a long task"))
    if any(run["chunksize"] > 1 for run in runs):
        handles.insert(1, Rectangle((0, 0), 1, 1, fill=False, edgecolor=fg, label="a chunk"))
    if scenario == "imap":
        handles.append(Line2D([], [], color=series[2], marker="|", linestyle="none", markersize=10,
                              markeredgewidth=1.5, label="a result reaches the parent"))
    return handles


def draw_runs(runs: list[dict], scenario: str):
    """A draw(ax, palette) for plots.save: the runs stacked, each a header and a row per lane."""
    placed, labels, bottom = lane_layout(runs, scenario)

    def draw(ax, palette):
        fg = palette["fg"]
        for run, rows in zip(runs, placed):
            ax.text(0, rows["header"], f"{run['label']}: all results back after {run['back']:.2f} s",
                    va="center", ha="left", fontweight="bold", color=fg)
            longest = max(t["end"] - t["start"] for lane in run["lanes"] for t in lane)
            long_at = longest / 2 if scenario in ("imap", "uneven") else None
            for y, lane in zip(rows["lanes"], run["lanes"]):
                _draw_lane(ax, lane, y, run["chunksize"] > 1, long_at, palette)
            ax.plot([run["back"]] * 2, [rows["header"] + 0.5, rows["lanes"][-1] + 0.5],
                    color=fg, linewidth=1.5, linestyle="--")
            if rows["parent"] is not None:
                ax.plot(run["received"], [rows["parent"]] * len(run["received"]), linestyle="none",
                        marker="|", markersize=12, markeredgewidth=1.5, color=palette["series"][2])
        ax.set_yticks([p for p, _ in labels], [text for _, text in labels])
        ax.tick_params(axis="y", length=0)
        ax.set_ylim(bottom - 0.5, -0.8)
        ax.set_xlim(0, max(run["back"] for run in runs) * 1.03)
        ax.set_xlabel("seconds since the first Process or the pool was created" if scenario == "startup"
                      else "seconds since Pool() was called")
        ax.grid(axis="y", visible=False)
        ax.spines["left"].set_visible(False)
        ax.figure.legend(handles=_legend_handles(runs, scenario, palette), loc="outside lower center",
                         ncol=3, fontsize=9)

    return draw


def plot(result: dict) -> None:
    """docs/plots/timeline-<scenario>-{light,dark}.svg for every scenario of a recorded result."""
    for scenario, runs in result["runs"].items():
        lanes = sum(len(run["lanes"]) + 1.5 + (scenario == "imap") for run in runs)
        row = 0.2 if scenario == "startup" else 0.24  # inches per row
        save(f"timeline-{scenario}", draw_runs(runs, scenario), size=(7.5, 1.3 + row * lanes))
