"""The result schema: its writer (benchmarks/record.py) and its readers (the markers, run_all --check) agree."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from figures.schema import FigureError, ResultFiles, problems, read

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """benchmarks/record.py (a script's module, not a package), writing under `tmp_path`."""
    spec = importlib.util.spec_from_file_location("record", REPO_ROOT / "benchmarks" / "record.py")
    record = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(record)
    (tmp_path / "benchmarks").mkdir()
    monkeypatch.setattr(record, "RESULTS", tmp_path / "benchmarks/results")
    return record


def test_the_projects_result_files_hold_the_schema_and_their_plots_exist() -> None:
    assert ResultFiles(REPO_ROOT).check() == []


def test_what_record_writes_is_what_the_markers_read(record, result: dict, tmp_path: Path) -> None:
    path = record.write("demo", title=result["title"], columns=result["columns"], rows=result["rows"],
                        repetitions=5, plots=result["plots"], start_method="spawn")  # fmt: skip
    assert path == tmp_path / "benchmarks/results/demo.json"
    loaded = ResultFiles(tmp_path).load("demo")
    assert list(loaded) == [
        "benchmark", "title", "command", "measured", "machine", "python", "repetitions",
        "columns", "rows", "plots", "notes", "start_method",
    ]  # fmt: skip
    assert loaded["rows"] == result["rows"] and loaded["start_method"] == "spawn"
    assert problems(loaded, "demo") == []


def test_record_refuses_to_write_a_result_that_breaks_the_schema(record, result: dict, tmp_path: Path) -> None:
    both = r"columns with no value in any row: \['speed'\]; plot 'demo' has no alt text"
    with pytest.raises(FigureError, match=both):
        record.write("demo", title="t", columns=[*result["columns"], {"key": "speed"}], rows=result["rows"],
                     repetitions=5, plots=[{"name": "demo"}])  # fmt: skip
    assert not (tmp_path / "benchmarks/results").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.pop("rows"), "has no rows"),
        (lambda r: r.update(columns={}), "has no columns"),
        (lambda r: r.update(repetitions="5"), "'repetitions' should be an integer, not '5'"),
        (lambda r: r.update(repetitions=True), "'repetitions' should be an integer, not True"),
        (lambda r: r.update(benchmark="other"), "'benchmark' is 'other', not the file's name 'demo'"),
        (lambda r: r["columns"].append({"label": "Speed"}), 'a column has no "key"'),
        (lambda r: r["columns"].append({"key": "speed"}), "columns with no value in any row: ['speed']"),
        (lambda r: r["rows"].append([1, 2]), "a row is not a dict"),
        (lambda r: r["plots"].append({"alt": "A chart."}), 'a plot has no "name"'),
        (lambda r: r["plots"][0].pop("alt"), "plot 'demo' has no alt text"),
    ],
)
def test_a_result_file_that_breaks_the_schema_fails_on_reading(project, result: dict, change, message: str) -> None:
    change(result)
    (project.root / "benchmarks/results/demo.json").write_text(json.dumps(result))
    with pytest.raises(FigureError) as caught:
        ResultFiles(project.root).load("demo")
    assert str(caught.value).startswith("benchmarks/results/demo.json breaks the result schema (figures/schema.py): ")
    assert message in str(caught.value)


def test_a_result_without_its_name_takes_the_files(project, result: dict) -> None:
    del result["benchmark"]
    path = project.root / "benchmarks/results/demo.json"
    path.write_text(json.dumps(result))
    assert read(path)["benchmark"] == "demo"


def test_the_check_names_every_broken_file_and_missing_plot(project, result: dict) -> None:
    results = project.root / "benchmarks/results"
    (results / "broken.json").write_text("{not json")
    result.update(benchmark="other", plots=[{"name": "absent", "alt": "A chart."}])
    (results / "other.json").write_text(json.dumps(result))
    found = ResultFiles(project.root).check()
    assert found[0].startswith("broken.json: Expecting property name")
    assert found[1:] == [f"other.json: docs/plots/absent-{scheme}.svg is missing" for scheme in ("light", "dark")]
