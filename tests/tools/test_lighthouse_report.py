"""scripts/lighthouse.py's record of the machine: each run's speed and load, and the slowdown
Lighthouse's own calculator would choose, so that a score says which phone it emulated."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.proof_inputs("scripts/lighthouse.py")


@pytest.fixture(scope="module")
def lighthouse():
    spec = importlib.util.spec_from_file_location("lighthouse", ROOT / "scripts" / "lighthouse.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("index, slowdown", [(150, 1), (800, 2), (1300, 3), (1533, 4), (2000, 6)])
def test_the_calculator_s_anchor_points(lighthouse, index: int, slowdown: int) -> None:
    """The points the calculator's source names (150 = 1x, 800 = 2x, 1300 = 3x, 1533 = 4x, 2000 = 6x)."""
    assert lighthouse.calibrated_slowdown(index) == pytest.approx(slowdown, abs=0.01)


def test_the_slowdown_grows_with_the_machine_s_speed_without_a_jump(lighthouse) -> None:
    steps = [lighthouse.calibrated_slowdown(i) for i in range(100, 3000, 10)]
    assert steps == sorted(steps)
    assert max(b - a for a, b in zip(steps, steps[1:])) < 0.05


def test_the_header_gives_the_median_speed_its_range_and_the_load(lighthouse) -> None:
    run = lambda index, load: {"benchmark_index": index, "load_average": load}  # noqa: E731
    header = lighthouse.machine_speed({"/": [run(2000, 0.5), None], "/q1/": [run(2400, 1.5), run(2100, 3.0)]})
    assert header["Machine speed"].startswith("Lighthouse benchmarkIndex median 2100 (range 2000-2400 over 3 runs)")
    assert "slow this machine 6.4x" in header["Machine speed"]
    assert header["Load average (1 min) at the end of each run"] == "median 1.5, max 3.0"
    assert lighthouse.machine_speed({"/": [None]}) == {}
