"""The bench: markers: what each renders, how each mistake fails, and the build hook that runs them."""

from __future__ import annotations

import pytest

from figures import FigureError, ResultFiles, render


def test_markers_render_a_value_a_table_and_a_plot(project) -> None:
    project.add_to_page(
        "Two processes took <!-- bench:value demo processes=2 time_s --> "
        "(<!-- bench:value demo repetitions --> runs, at best <!-- bench:value demo processes=2 time_s_min -->).\n\n"
        "<!-- bench:table demo -->\n\n<!-- bench:plot demo/demo -->"
    )
    page = render(ResultFiles(project.root), (project.root / "docs/index.md").read_text(), "index.md")
    assert "Two processes took 0.64 s (10 runs, at best 0.61 s)" in page
    header = "| Processes | Time (s) | Speed-up (×) |\n| --: | --: | --: |\n"
    assert header + "| 1 | 1.23\u00a0(1.20–\u20601.30) | 1.00 |" in page
    assert "| 2 | 0.64\u00a0(0.61–\u20600.70) | 1.90\u00a0(1.80–\u20601.97) |" in page
    caption = (
        "**Starting processes.** Measured 2026-11-26 on Some CPU (2 CPUs usable, Linux 6.18, 1-minute load "
        "average 0.31 before (other programs: 0.02 CPUs busy), 1.2 after), CPython 3.15.2 "
        "(Debian's package, PGO/LTO by its packaging); "
        "median of 10 runs (lowest–highest) after 1 discarded warm-up. Regenerate: `python benchmarks/demo.py`, "
        "or all of them with `make bench`."
    )
    assert caption in page
    alt = "Line chart: two processes take about half the time of one."
    size = 'width="672" height="384"'  # the SVG's points in CSS pixels
    assert f'![{alt}](plots/demo-dark.svg#only-dark){{ {size} loading="lazy" }}' in page
    assert '??? note "The numbers"\n\n    | Processes | Time (s) |' in page


def test_a_caption_names_the_builds_the_rows_come_from(project, result) -> None:
    """Rows from differently built interpreters say so: a reader must not read the bars as a trend."""
    import json

    pyenv = {**result["builds"]["3.15.2"], "release": "3.12.1", "origin": "pyenv (python-build: ...)",
             "opt": "-DNDEBUG -g -O3 -Wall", "pgo": False, "lto": False}  # fmt: skip
    result["builds"]["3.12.1"] = pyenv
    result["rows"][0]["python"], result["rows"][1]["python"] = "3.12.1", "3.15.2"
    (project.root / "benchmarks/results/demo.json").write_text(json.dumps(result))
    page = render(ResultFiles(project.root), "<!-- bench:table demo -->", "index.md")
    assert "Python 3.12.1, 3.15.2 (3.12.1: pyenv, -O3, no PGO/LTO; 3.15.2: Debian's package, PGO/LTO by its " in page


def test_the_methods_marker_renders_a_row_per_result_from_its_file(project) -> None:
    """The methodology table is rendered, not typed: builds, runs, warm-ups, spread, load and date."""
    page = render(ResultFiles(project.root), "<!-- bench:methods -->", "index.md")
    header, rule, row = page.strip().split("\n")
    assert header.startswith("| Result | What it measures | Builds | Statistic and runs |")
    assert row == (
        "| `demo` | Starting processes | 3.15.2 (Debian's package, PGO/LTO by its packaging) | median of 10 runs, "
        "1 warm-up discarded | — | 0.31 → 1.2 (others: 0.02 CPUs) | 2026-11-26 |"
    )
    with pytest.raises(FigureError, match="alone on its line"):
        render(ResultFiles(project.root), "See <!-- bench:methods -->", "index.md")


def test_a_marker_keeps_its_indent_and_a_nested_page_links_its_plot_relatively(project) -> None:
    results = ResultFiles(project.root)
    item = "- A list item:\n\n    <!-- bench:table demo processes=1 columns=time_s -->\n"
    table = render(results, item, "cookbook/x.md")
    assert table.endswith("\n    | Time (s) |\n    | --: |\n    | 1.23\u00a0(1.20–\u20601.30) |\n")  # 1 row, 1 column
    plot = render(results, "<!-- bench:plot demo/demo -->", "cookbook/x.md")
    assert "(../plots/demo-light.svg#only-light)" in plot


def test_a_placeholder_stands_for_each_marker_and_errors_can_be_collected(project) -> None:
    errors: list[str] = []
    markdown = "A <!-- bench:value demo processes=2 time_s --> B <!-- bench:value demo processes=9 time_s --> C"
    assert render(ResultFiles(project.root), markdown, "index.md", placeholder="", errors=errors) == "A  B  C"
    assert errors == [
        "docs/index.md:1: <!-- bench:value demo processes=9 time_s -->: demo has no row where processes=9"
    ]


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ("<!-- bench:table gone -->", "no result file benchmarks/results/gone.json (there are: demo)"),
        ("<!-- bench:value demo processes=2 speed -->", "the row where processes=2 has no 'speed'"),
        ("<!-- bench:value demo time_s -->", "2 rows of demo match no selector; add KEY=VALUE pairs"),
        ("<!-- bench:value demo cores=2 time_s -->", "demo has no row key 'cores'"),
        ("<!-- bench:value demo title -->", "demo's 'title' is not a number"),
        ("<!-- bench:table demo columns=processes,speed -->", "demo has no column speed"),
        ("<!-- bench:table demo processes=2 extra -->", "unexpected 'extra': arguments are KEY=VALUE"),
        ("<!-- bench:plot demo/other -->", "demo lists no plot 'other' (it lists: demo)"),
        ("<!-- bench:plot demo -->", "name the plot: bench:plot RESULT/PLOT"),
        ("See <!-- bench:table demo -->", "a bench:table marker must be alone on its line"),
        ("<!-- bench:value demo processes=2\ntime_s -->", "a bench: marker must open and close on one line"),
        ("<!-- bench:chart demo -->", "unknown kind bench:chart"),
        ('<!-- bench:value demo way="open -->', "cannot read the marker's arguments"),
    ],
)
def test_bench_markers_fail_loudly(project, marker: str, message: str) -> None:
    with pytest.raises(FigureError) as caught:
        render(ResultFiles(project.root), f"# Page\n\n{marker}\n", "index.md")
    assert str(caught.value).startswith("docs/index.md:3: ")
    assert message in str(caught.value)


def test_a_missing_plot_file_fails(project) -> None:
    (project.root / "docs/plots/demo-dark.svg").unlink()
    with pytest.raises(FigureError, match=r"plot file docs/plots/demo-dark.svg is missing; `make bench` writes it"):
        render(ResultFiles(project.root), "<!-- bench:plot demo/demo -->", "index.md")


def test_the_build_renders_the_markers(project) -> None:
    project.add_to_page("Two processes took <!-- bench:value demo processes=2 time_s -->.\n\n<!-- bench:table demo -->")
    built = project.build()
    assert built.returncode == 0, built.stdout + built.stderr
    html = (project.root / "site/index.html").read_text(encoding="utf-8")
    assert "Two processes took 0.64 s." in html
    assert '<td style="text-align: right;">0.64\u00a0(0.61–\u20600.70)</td>' in html


def test_a_marker_that_does_not_render_stops_the_build_naming_page_line_and_marker(project) -> None:
    line = project.add_to_page("Three processes took <!-- bench:value demo processes=3 time_s -->.")
    built = project.build()
    assert built.returncode == 1
    marker = f"docs/index.md:{line}: <!-- bench:value demo processes=3 time_s -->: demo has no row where processes=3"
    assert f"ERROR   -  hooks/bench_markers.py: {marker} (benchmarks/results/, written by `make bench`)" in built.stderr
