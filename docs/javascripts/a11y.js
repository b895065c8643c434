// Material renders a <nav> of buttons on every code block, all unnamed: several
// landmarks of one kind without a name fail axe's landmark-unique rule. Name each.
new MutationObserver(() => {
  document.querySelectorAll("nav.md-code__nav:not([aria-label])").forEach((nav) => {
    const target = nav.querySelector("[data-clipboard-target]");
    const block = target ? target.dataset.clipboardTarget.split(" ")[0].replace("#__code_", "") : "";
    nav.setAttribute("aria-label", `Code block ${Number(block) + 1} actions`);
  });
}).observe(document.body, { childList: true, subtree: true });

// A table wider than the page scrolls sideways inside Material's wrapper: make that region
// reachable from the keyboard (axe's scrollable-region-focusable), and name it.
const focusableScrolls = () => {
  document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach((wrap) => {
    if (wrap.scrollWidth > wrap.clientWidth) {
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "Table, scrolls sideways");
    }
  });
};
new MutationObserver(focusableScrolls).observe(document.body, { childList: true, subtree: true });
window.addEventListener("resize", focusableScrolls);
focusableScrolls();
