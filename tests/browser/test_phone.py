"""On a phone (390×844) no page is wider than the screen, and a code block's copy button never covers its text.

Material puts the buttons of a code block (``nav.md-code__nav``: copy, and select where enabled) at its
top right, over the code. On a desktop the lines are short enough to end before them; on a phone a long
first line runs under them. Here every code block of every page is shown (the content tabs and the
collapsed notes that hold it opened), and each of its characters that is not white space is measured
with a Range: none of their rectangles may meet the rectangle of the buttons. docs/stylesheets/extra.css
reserves the buttons' room on narrow screens.

A page wider than the phone is measured first: a phone browser then lays the whole page out wider and
shows it zoomed out (the home page's cards once grew to their longest code line, 722 px), and the buttons
would clear the code only because everything is too small to read.
"""

from __future__ import annotations

from browser_suite import BROWSER, ONE_PAGE

from site_rules.first_answer import PHONE

pytestmark = BROWSER

# Opens every content tab and collapsed note that holds a code block, then measures, per block, the
# characters whose box meets the box of the block's buttons. Whole text nodes are measured first, and
# only those that reach the buttons character by character, so that a long page stays quick.
COVERED = """() => {
  for (const d of document.querySelectorAll(".md-content details:not([open])")) d.open = true;
  const found = [];
  const blocks = [...document.querySelectorAll(".md-content pre:has(> code)")];
  blocks.forEach((pre, index) => {
    const outer = [];
    for (let b = pre.closest(".tabbed-block"); b; b = b.parentElement.closest(".tabbed-block")) outer.unshift(b);
    for (const b of outer) {
      const i = [...b.parentElement.children].indexOf(b);
      b.closest(".tabbed-set").querySelectorAll(":scope > input")[i].click();
    }
    const nav = pre.querySelector(".md-code__nav");
    if (!nav) return;
    const n = nav.getBoundingClientRect();
    if (!n.width || !n.height) return;
    const meets = r => r.width > 0 && r.height > 0 && r.left < n.right - 0.5 && r.right > n.left + 0.5
                       && r.top < n.bottom - 0.5 && r.bottom > n.top + 0.5;
    const walker = document.createTreeWalker(pre.querySelector(":scope > code"), NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const chars = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      if (![...range.getClientRects()].some(meets)) continue;
      const text = node.data;
      for (let i = 0; i < text.length; i++) {
        if (/\\s/.test(text[i])) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        if ([...range.getClientRects()].some(meets)) chars.push(text[i]);
      }
    }
    if (chars.length) {
      const title = pre.closest(".highlight")?.querySelector(".filename")?.textContent
                    || pre.querySelector("code").textContent.split("\\n")[0].slice(0, 60);
      found.push({index, title, chars: chars.join(""),
                  nav: [Math.round(n.left), Math.round(n.top), Math.round(n.width), Math.round(n.height)]});
    }
  });
  return {blocks: blocks.length, found};
}"""


# The elements of the page's content that reach past the right edge of the screen, outermost first.
TOO_WIDE = """width => {
  const wide = [...document.querySelectorAll(".md-content *")]
    .filter(e => e.getBoundingClientRect().right > width + 1 && !e.parentElement.closest("pre, code, table"));
  return {layout: window.innerWidth, scroll: document.documentElement.scrollWidth,
          wide: wide.slice(0, 3).map(e => `<${e.tagName.toLowerCase()} class="${e.className}">`
                                          + ` ${Math.round(e.getBoundingClientRect().width)} px`)};
}"""


@ONE_PAGE
def test_code_fits_a_phone_and_no_copy_button_covers_it(url: str, watched) -> None:
    """At 390×844 the page is no wider than the screen, and the copy button of no code block lies over
    a character of that block."""
    page = watched(viewport=PHONE, has_touch=True, is_mobile=True).goto(url)
    page.evaluate("document.fonts.ready")
    size = page.evaluate(TOO_WIDE, PHONE["width"])
    assert size["layout"] <= PHONE["width"] and size["scroll"] <= PHONE["width"], (
        f"{url or 'home'}: on a {PHONE['width']} px phone the page is laid out {max(size['layout'], size['scroll'])}"
        f" px wide (shown zoomed out); too wide: {'; '.join(size['wide'])}"
    )
    result = page.evaluate(COVERED)
    problems = [
        f"{url or 'home'}: block {f['index'] + 1} of {result['blocks']} ({f['title'].strip()!r}): the buttons at "
        f"x={f['nav'][0]} y={f['nav'][1]} ({f['nav'][2]}×{f['nav'][3]} px) cover {f['chars']!r}"
        for f in result["found"]
    ]
    assert not problems, "\n".join(problems)
