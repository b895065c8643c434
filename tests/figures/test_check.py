"""The figure check (`typed_figures`): a figure on a page comes from a marker or a snippet, never typed by hand."""

from __future__ import annotations

from figures.check import typed_figures


def test_a_figure_typed_on_a_page_fails_naming_page_line_and_the_fix(project) -> None:
    line = project.add_to_page("Two processes took 0.64 s, and 50 ms is what each child waits.")
    problems = typed_figures(project.root, project.pages())
    assert [p.split(" is typed by hand")[0] for p in problems] == [
        f"docs/index.md:{line}: the figure '0.64 s'", f"docs/index.md:{line}: the figure '50 ms'"
    ]
    assert "Render it from a result file with <!-- bench:value RESULT KEY=VALUE ... COLUMN -->" in problems[0]


def test_figures_from_a_marker_a_snippet_or_a_documented_constant_pass(project) -> None:
    project.add_to_page(
        "Two processes took <!-- bench:value demo processes=2 time_s --> "
        "(<!-- bench:value demo repetitions --> runs); `join()` waits at most 3 s.\n\n"  # 3: hello.py's timeout=3
        "A pipe holds 64 KiB.\n\n"  # DOCUMENTED
        "<!-- bench:table demo -->\n\n<!-- bench:plot demo/demo -->"
    )
    assert typed_figures(project.root, project.pages()) == []


def test_figures_in_code_links_and_embedded_files_are_not_prose(project) -> None:
    (project.root / "snippets/demo/notes.txt").write_text("It took 9 s.\n")
    project.add_to_page(
        "Run `sleep 7s` or see [the run](https://example.org/?took=8 s).\n\n"
        "```text\nIt took 5 s.\n```\n\n"
        '=== "Tab"\n\n    ```text\n    It took 6 s.\n    ```\n\n'  # indented in a content tab
        '--8<-- "snippets/demo/notes.txt"\n'  # not a .py: its printed figures count as the snippet's
    )
    assert typed_figures(project.root, project.pages()) == []


def test_a_marker_that_does_not_render_fails_the_check(project) -> None:
    line = project.add_to_page("Three processes took <!-- bench:value demo processes=3 time_s -->.")
    assert typed_figures(project.root, project.pages()) == [
        f"docs/index.md:{line}: <!-- bench:value demo processes=3 time_s -->: demo has no row where processes=3"
    ]
