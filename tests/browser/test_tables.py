"""Tables come from the build already in Material's scroll wrapper, with the class `md-data-table`
(hooks/tables.py), so that Material's script does not move them at load (issue 29); extra.css
gives that class Material's own rules for a table without a class. Here: no page has a table left
for the script to move, and such a table, drawn by Material's rules, looks exactly like ours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_suite import BROWSER

pytestmark = BROWSER

PAGE = "api/executors/"  # a page with tables in the article, in collapsed notes and in tabs

# Clone each wrapped table, drop the class from the clone's table (so that Material's rules for a
# table without a class draw it, as they drew every table before hooks/tables.py), put the clone
# beside the original and compare the computed style of each element with its twin's, property by
# property. Returns the differences, at most 20.
COMPARE = """() => {
  const diffs = [];
  for (const [n, wrap] of [...document.querySelectorAll(".md-typeset__scrollwrap")].entries()) {
    const twin = wrap.cloneNode(true);
    twin.querySelector("table").removeAttribute("class");
    wrap.after(twin);
    const ours = [wrap, ...wrap.querySelectorAll("*")], theirs = [twin, ...twin.querySelectorAll("*")];
    ours.forEach((el, i) => {
      const a = getComputedStyle(el), b = getComputedStyle(theirs[i]);
      for (const prop of a) {
        if (a.getPropertyValue(prop) !== b.getPropertyValue(prop) && diffs.length < 20) {
          diffs.push(`table ${n + 1}, <${el.localName}> ${prop}: ${a.getPropertyValue(prop)} ` +
                     `(Material: ${b.getPropertyValue(prop)})`);
        }
      }
    });
    twin.remove();
  }
  return diffs;
}"""


def test_no_table_is_left_for_materials_script_to_move(built_site: Path) -> None:
    bare = {}
    for index in sorted(built_site.rglob("index.html")):
        count = len(re.findall(r"<table>", index.read_text("utf-8")))
        if count:
            bare[index.parent.relative_to(built_site).as_posix()] = count
    assert not bare, f"tables without the build's wrapper (hooks/tables.py), by page: {bare}"


@pytest.mark.parametrize("media", ["screen", "print"])
def test_data_tables_look_as_material_draws_a_table(watched, media: str) -> None:
    page = watched(viewport={"width": 1280, "height": 900}).goto(PAGE)
    page.emulate_media(media=media)
    for tab in page.locator(".tabbed-labels > label").all():  # every table laid out
        tab.click()
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert page.locator("table.md-data-table").count() >= 3, f"{PAGE} has lost its tables"
    differences = page.evaluate(COMPARE)
    assert not differences, "\n".join(differences)
