"""The diagrams (docs/diagrams/*.svg): drawn by the committed scripts/diagrams.py, byte for byte, in
both schemes; loading nothing from another host; legible on a phone."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "docs" / "diagrams"
NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}  # names, never fetched

pytestmark = pytest.mark.proof_inputs("scripts/diagrams.py", "benchmarks/plots.py", "docs/diagrams", "requirements.txt")


def _script():
    spec = importlib.util.spec_from_file_location("diagrams", ROOT / "scripts" / "diagrams.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SVGS = sorted(FOLDER.glob("*.svg"))


def test_the_committed_diagrams_are_what_the_script_draws() -> None:
    """A fresh drawing (into a temporary folder) has the same files with the same bytes."""
    problems = _script().check()
    assert not problems, "\n".join(problems) + "\nRun: make diagrams, then commit docs/diagrams/"


def test_every_diagram_comes_light_and_dark() -> None:
    names = {re.sub(r"-(light|dark)\.svg$", "", p.name) for p in SVGS}
    assert names == set(_script().DIAGRAMS_DRAWN)
    assert {p.name for p in SVGS} == {f"{n}-{s}.svg" for n in names for s in ("light", "dark")}


@pytest.mark.parametrize("svg", SVGS, ids=[p.name for p in SVGS])
def test_a_diagram_loads_nothing_from_another_host(svg: Path) -> None:
    """No URL but the SVG namespaces; no link, image, style sheet or font from anywhere: text is
    drawn in the page's own font stack."""
    text = svg.read_text("utf-8")
    assert set(re.findall(r"https?://[^\s\"'<>)]+", text)) <= NAMESPACES
    outside = [ref for ref in re.findall(r'href="([^"]*)"', text) if not ref.startswith("#")]
    assert not outside, f"a reference outside the file: {outside}"
    assert not re.findall(r"url\((?!#)[^)]*\)", text), "a url() outside the file"
    for needle in ("@import", "@font-face", "<image", "<script", "<!DOCTYPE"):
        assert needle not in text, needle


@pytest.mark.parametrize("svg", SVGS, ids=[p.name for p in SVGS])
def test_a_diagram_is_small_and_legible_on_a_phone(svg: Path) -> None:
    """A few tens of KB; text as <text>; 360 px wide, so it shows about 1:1 on a 390 px phone, where
    its smallest label (12 px) stays legible."""
    text = svg.read_text("utf-8")
    assert svg.stat().st_size < 40_000
    assert re.search(r'<svg [^>]*width="360px"', text)
    sizes = [float(s) for s in re.findall(r"font-size: ([\d.]+)px", text)]
    assert sizes and min(sizes) >= 12, sizes
    assert "<text" in text
