// Material renders a <nav> of buttons on every code block, all unnamed: several
// landmarks of one kind without a name fail axe's landmark-unique rule. Name each.
const nameCodeNavs = () => {
  document.querySelectorAll("nav.md-code__nav:not([aria-label])").forEach((nav) => {
    const target = nav.querySelector("[data-clipboard-target]");
    const block = target ? target.dataset.clipboardTarget.split(" ")[0].replace("#__code_", "") : "";
    nav.setAttribute("aria-label", `Code block ${Number(block) + 1} actions`);
  });
};

// A table wider than its column scrolls sideways inside Material's wrapper: make that region
// reachable from the keyboard (axe's scrollable-region-focusable), and name it; a wrapper that
// stops overflowing (a wider window) leaves the tab order again. Whether it overflows is read in a
// ResizeObserver, once the browser has laid the page out: read on every DOM change, as this did
// before, it made the browser lay out the whole page again after each code block Material set up
// (issue 29: a 150 ms task at load on a long page, CPU slowed 8x).
const overflow = new ResizeObserver((entries) => {
  for (const { target: wrap } of entries) {
    if (wrap.scrollWidth > wrap.clientWidth) {
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "Table, scrolls sideways");
    } else if (wrap.hasAttribute("tabindex")) {
      ["tabindex", "role", "aria-label"].forEach((name) => wrap.removeAttribute(name));
    }
  }
});
const watched = new WeakSet(); // observing a wrapper twice would report it twice
const watchScrollWraps = () => {
  document.querySelectorAll(".md-typeset__scrollwrap").forEach((wrap) => {
    if (!watched.has(wrap)) {
      watched.add(wrap);
      overflow.observe(wrap);
    }
  });
};

// Neither reads the layout, so running both on every DOM change costs little.
const update = () => {
  nameCodeNavs();
  watchScrollWraps();
};
new MutationObserver(update).observe(document.body, { childList: true, subtree: true });
update();
