"""Plots and diagrams: docs/plots/<name>-light.svg and -dark.svg (benchmarks/plots.py) and
docs/diagrams/<name>-light.svg and -dark.svg (scripts/diagrams.py), embedded with Material's
#only-light / #only-dark: each has alt text and its twin, and in each scheme the one made for it
loads and shows."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from browser_suite import BROWSER

pytestmark = BROWSER
FOLDERS = r"(?:^|/)(?:plots|diagrams)/"  # where a page's plots and diagrams live
PLOT_SRC = re.compile(FOLDERS + r"[^/#]+-(light|dark)\.svg#only-(light|dark)$")


def plot_images(built_site: Path) -> dict[str, list[dict[str, str]]]:
    """Every <img> whose src is under plots/ or diagrams/, by page URL: {"performance/": [{"src": ..., "alt": ...}]}."""
    found = {}
    for index in sorted(built_site.rglob("index.html")):
        rel = index.parent.relative_to(built_site).as_posix()
        tags = re.findall(r"<img\b[^>]*>", index.read_text("utf-8"))  # mkdocs writes attr="value"
        imgs = [{k: html.unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', tag)} for tag in tags]
        plots = [i for i in imgs if re.search(FOLDERS, i.get("src", ""))]
        if plots and "404" not in rel:
            found["" if rel == "." else f"{rel}/"] = plots
    return found


def test_plots_come_in_light_and_dark_pairs_with_alt_text(built_site: Path) -> None:
    """The site shows plots (they are promised); each has alt text and a twin for the other scheme."""
    pages = plot_images(built_site)
    assert pages, "no page shows a plot (an <img> under plots/): the performance pages promise them"
    problems = []
    for url, imgs in pages.items():
        for img in imgs:
            where = f"{url or 'home'}: {img['src']}"
            match = PLOT_SRC.search(img["src"])
            if not match or match[1] != match[2]:
                problems.append(f"{where}: not <name>-light.svg#only-light or <name>-dark.svg#only-dark")
                continue
            if not img.get("alt", "").strip():
                problems.append(f"{where}: no alt text")
            scheme, other = match[1], {"light": "dark", "dark": "light"}[match[1]]
            twin = img["src"].removesuffix(f"-{scheme}.svg#only-{scheme}") + f"-{other}.svg#only-{other}"
            if not any(i["src"] == twin and i.get("alt") == img.get("alt") for i in imgs):
                problems.append(f"{where}: no {other} twin with the same alt text")
    assert not problems, "\n".join(problems)


def test_every_diagram_is_on_a_page(built_site: Path) -> None:
    """Each diagram drawn (docs/diagrams/<name>-light.svg and -dark.svg) is shown on some page, in both schemes."""
    drawn = {p.name for p in (Path(__file__).resolve().parents[2] / "docs" / "diagrams").glob("*.svg")}
    shown = {img["src"].split("/")[-1].split("#")[0] for imgs in plot_images(built_site).values() for img in imgs
             if "diagrams/" in img["src"]}  # fmt: skip
    assert drawn, "no diagram in docs/diagrams"
    assert not drawn - shown, f"drawn but on no page: {sorted(drawn - shown)}"


LOAD_PLOTS = """async () => {  // every plot image: loaded eagerly, decoded, then what the reader sees
  const src = /(^|\\/)(plots|diagrams)\\//;  // FOLDERS
  const imgs = [...document.querySelectorAll("img")].filter(i => src.test(i.getAttribute("src")));
  for (const img of imgs) img.loading = "eager";  // lazy images below the fold would never load
  await Promise.all(imgs.map(img => img.decode().catch(() => {})));
  return imgs.map(img => ({src: img.getAttribute("src"), alt: img.alt, width: img.naturalWidth,
                           shown: img.getClientRects().length > 0 && getComputedStyle(img).visibility !== "hidden"}));
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_plot_loads_and_shows_for_its_scheme(built_site: Path, scheme: str, watched) -> None:
    """In each scheme, the plot made for it is displayed and its SVG loaded; its twin is hidden."""
    pages = plot_images(built_site)
    assert pages, "no page shows a plot"
    problems = []
    for url in pages:
        w = watched(color_scheme=scheme)
        page = w.goto(url)
        for img in page.evaluate(LOAD_PLOTS):
            where = f"{url or 'home'} ({scheme}): {img['src']}"
            mine = img["src"].endswith(f"#only-{scheme}")
            if mine and not img["shown"]:
                problems.append(f"{where}: hidden, but it is the plot for this scheme")
            if not mine and img["shown"]:
                problems.append(f"{where}: shown, but it is the plot for the other scheme")
            if mine and img["width"] == 0:
                problems.append(f"{where}: did not load (naturalWidth 0)")
            if not img["alt"].strip():
                problems.append(f"{where}: no alt text")
        problems += [f"{url or 'home'} ({scheme}): console error: {e}" for e in w.errors]
    assert not problems, "\n".join(problems)
