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
    monkeypatch.syspath_prepend(str(REPO_ROOT / "benchmarks"))  # its sibling, harness
    spec = importlib.util.spec_from_file_location("record", REPO_ROOT / "benchmarks" / "record.py")
    record = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(record)
    (tmp_path / "benchmarks").mkdir()
    monkeypatch.setattr(record, "RESULTS", tmp_path / "benchmarks/results")
    # What guard() saw on a quiet machine (the test itself measures nothing)
    record.GUARD.update(load_average_before=[0.2, 0.3, 0.4], cpu_busy_before=0.05, busy=False, busy_ok=False,
                        why_busy="")  # fmt: skip
    return record


def test_the_projects_result_files_hold_the_schema_and_their_plots_exist() -> None:
    assert ResultFiles(REPO_ROOT).check() == []


def test_what_record_writes_is_what_the_markers_read(record, result: dict, tmp_path: Path) -> None:
    for row in result["rows"]:
        row.pop("python", None)  # the running interpreter's build is recorded
    path = record.write("demo", title=result["title"], columns=result["columns"], rows=result["rows"],
                        repetitions=10, plots=result["plots"], start_method="spawn")  # fmt: skip
    assert path == tmp_path / "benchmarks/results/demo.json"
    loaded = ResultFiles(tmp_path).load("demo")
    assert list(loaded) == [
        "benchmark", "title", "command", "measured", "machine", "python", "builds", "statistic", "repetitions",
        "warmups", "busy", "busy_ok", "columns", "rows", "plots", "notes", "start_method",
    ]  # fmt: skip
    assert loaded["rows"] == result["rows"] and loaded["start_method"] == "spawn"
    assert problems(loaded, "demo") == []
    [build] = loaded["builds"].values()
    assert {"release", "config_args", "pgo", "lto", "free_threaded", "origin"} <= set(build)
    assert loaded["machine"]["load_average_before"] == [0.2, 0.3, 0.4] and loaded["machine"]["load_average_after"]


def test_record_refuses_a_busy_machine_unless_told_busy_ok(record, monkeypatch, capsys) -> None:
    """The guard reads the load (no timing here: the load and the CPU sample are stand-ins)."""
    record.GUARD.clear()
    monkeypatch.setattr(record.os, "getloadavg", lambda: (7.5, 6.0, 5.0))
    monkeypatch.setattr(record.harness, "cpu_busy", lambda seconds=1.0: 1.9)
    monkeypatch.setattr(record.harness, "usable_cpus", lambda: 2)
    monkeypatch.delenv(record.harness.SERIES, raising=False)
    monkeypatch.setattr(record.sys, "argv", ["x.py"])
    with pytest.raises(SystemExit, match="too busy to measure: the 1-minute load average is 7.50 .*--busy-ok"):
        record.guard()
    monkeypatch.setattr(record.sys, "argv", ["x.py", "--busy-ok"])
    assert record.guard()["busy"] and record.sys.argv == ["x.py"]


def test_a_speed_up_above_the_cpus_fails_with_no_tolerance(project, result):
    """A speed-up is one figure; above the usable CPUs it is impossible, however close."""
    (project.root / "benchmarks/results/demo.json").write_text(json.dumps(result))
    assert ResultFiles(project.root).check() == []
    result["rows"][1].update(speedup=2.01)
    (project.root / "benchmarks/results/demo.json").write_text(json.dumps(result))
    [problem] = ResultFiles(project.root).check()
    assert "speedup = 2.01 in the row () exceeds its bound 2 (usable_cpus)" in problem


def test_speedup_is_one_figure_its_spread_is_the_times(record) -> None:
    row = record.speedup("speedup", [1.0, 1.02, 1.01], [0.5, 0.52, 0.505])
    assert row == {"speedup": pytest.approx(1.01 / 0.505)}  # the median of the median serial over each run


def test_write_needs_the_guard_first(record, result) -> None:
    record.GUARD.clear()
    with pytest.raises(RuntimeError, match=r"call record.guard\(\) before measuring"):
        record.write("demo", title="t", columns=result["columns"], rows=result["rows"], repetitions=10)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["rows"][1].update(speedup_max=2.04),
         "speedup_max = 2.04 in the row () exceeds its bound 2 (usable_cpus): impossible"),
        (lambda r: r["columns"][2].pop("bound"), "column 'speedup' is a speed-up with no declared bound"),
        (lambda r: r.update(repetitions=5), "a median of 5 runs: record at least 10"),
        (lambda r: r.pop("builds"), "has no 'builds'"),
        (lambda r: r["rows"][0].update(python="3.9.18"), "rows of Python 3.9.18 have no entry in 'builds'"),
        (lambda r: r["builds"]["3.15.2"].pop("config_args"), "the build of '3.15.2' lacks config_args"),
        (lambda r: r["machine"].pop("load_average_after"), "'machine' lacks load_average_after"),
        (lambda r: r.update(busy=True), "measured on a busy machine without --busy-ok"),
    ],
)
def test_the_results_check_fails_an_impossible_or_unprovenanced_result(project, result, change, message) -> None:
    """Pages still render such a file (its rows are whole); the results check (make bench, the test above) fails."""
    change(result)
    (project.root / "benchmarks/results/demo.json").write_text(json.dumps(result))
    assert ResultFiles(project.root).load("demo")["rows"]
    [problem] = ResultFiles(project.root).check()
    assert message in problem


def test_record_refuses_to_write_a_result_that_breaks_the_schema(record, result: dict, tmp_path: Path) -> None:
    both = r"columns with no value in any row: \['speed'\]; plot 'demo' has no alt text"
    with pytest.raises(FigureError, match=both):
        record.write("demo", title="t", columns=[*result["columns"], {"key": "speed"}], rows=result["rows"],
                     repetitions=10, plots=[{"name": "demo"}])  # fmt: skip
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
