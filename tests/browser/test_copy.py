"""Copy fidelity: what a copy button puts on the clipboard is exactly the snippet file its block
embeds, or the output file that snippet was proven to print; a notebook page's buttons give its cells."""

from __future__ import annotations

from browser_suite import BROWSER, ONE_PAGE

from proven import Fence, Site

pytestmark = BROWSER
COPY_BUTTON = "button.md-code__button[data-md-type=copy]"
SHOW = """el => {  // open every content tab that holds el, innermost last
  const blocks = [];
  for (let b = el.closest('.tabbed-block'); b; b = b.parentElement.closest('.tabbed-block')) blocks.unshift(b);
  for (const b of blocks) {
    const index = [...b.parentElement.children].indexOf(b);
    b.closest('.tabbed-set').querySelectorAll(':scope > input')[index].click();
  }
}"""


def _copy_all(page) -> list[str]:
    """Press every copy button, in page order, and return what each put on the clipboard."""
    copied = []
    for block in page.query_selector_all(".md-content pre:has(> code)"):
        block.evaluate(SHOW)
        block.query_selector(COPY_BUTTON).click()  # waits until the tab just opened shows it
        copied.append(page.evaluate("navigator.clipboard.readText()"))
    return copied


@ONE_PAGE
def test_copy_gives_exactly_the_proven_snippet_and_output(markdown_url: str, site: Site, watched) -> None:
    """Every copy button gives the bytes of the file the block embeds: a program copied from a
    page is the snippet test_snippet_output runs as `python name.py`, and its copied output is the
    .out file that run is compared with. So a copied program prints what the page shows, and is
    not run a second time here (that re-run was a third of the suite's time and proved nothing new).
    """
    page_source = site.page_sources()[markdown_url]
    fences = [f for f in site.fences if f.page == page_source]
    w = watched(permissions=["clipboard-read", "clipboard-write"])
    page = w.goto(markdown_url)
    assert page.locator(f".md-content pre:has(> code) {COPY_BUTTON}").count() == len(fences), (
        f"{page_source}: the page has a different number of copy buttons than code blocks"
    )
    copied = _copy_all(page)
    problems = [
        f"{fence.where}: the copy button gives something other than {fence.embeds or 'the block'}"
        for fence, text in zip(fences, copied)
        if text.rstrip("\n") != _source_of(fence, site).rstrip("\n")
    ]
    assert not problems, "\n".join(problems)


def _source_of(fence: Fence, site: Site) -> str:
    if fence.embeds:
        return "\n".join((site.root / p).read_text(encoding="utf-8").rstrip("\n") for p in fence.embeds)
    return fence.source


def test_notebook_pages_render_and_copy_their_cells(site: Site, watched) -> None:
    for notebook in site.notebooks:
        w = watched(permissions=["clipboard-read", "clipboard-write"])
        page = w.goto(notebook.id.removesuffix(".ipynb") + "/")
        cells = [c for c in notebook.read().cells if c.cell_type == "code"]
        outputs = page.locator(".jp-OutputArea-output").count()
        assert outputs >= sum(1 for c in cells if c.outputs), f"{notebook.id}: outputs not rendered"
        buttons = page.query_selector_all("clipboard-copy")
        assert len(buttons) == len(cells), f"{notebook.id}: {len(buttons)} copy buttons for {len(cells)} cells"
        for cell, button in zip(cells, buttons):
            button.click()
            assert page.evaluate("navigator.clipboard.readText()").rstrip() == cell.source.rstrip()
