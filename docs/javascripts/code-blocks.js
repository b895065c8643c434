// Material sets up every code block's toolbar (copy button, annotations) when the page loads, all
// in one task: on a page with 50 blocks that is one of the longest tasks of the load (the browser
// lays the page out again after each block), and a slow phone cannot answer a tap meanwhile.
// With the theme feature content.lazy Material sets a block up only when it scrolls into view.
// Here the blocks not yet in view are then set up right after load, a few at a time in short
// tasks, so that every block still has its copy button a moment after load, whether or not the
// reader scrolls (and the browser tests find them all), and no task is long (issue 29).
//
// Material watches the blocks with an IntersectionObserver; this script (deferred, after Material's
// bundle, before the page's DOMContentLoaded, when Material creates it) records which observer and
// callback watch each block, and tells that callback the block is in view.
(() => {
  const Observer = window.IntersectionObserver;
  if (!Observer) return;
  const watched = new Map(); // element -> [observer, callback]
  window.IntersectionObserver = class extends Observer {
    constructor(callback, options) {
      super(callback, options);
      const observe = this.observe.bind(this);
      this.observe = (target) => {
        watched.set(target, [this, callback]);
        observe(target);
      };
    }
  };
  const SLICE_MS = 4; // below the 50 ms of a long task, even on a CPU 8x slower
  const setUpSome = () => {
    const start = performance.now();
    for (const code of document.querySelectorAll(".md-content pre > code")) {
      const entry = watched.get(code);
      if (!entry) continue;
      watched.delete(code);
      entry[1]([{ target: code, isIntersecting: true }], entry[0]);
      if (performance.now() - start > SLICE_MS) {
        setTimeout(setUpSome, 0);
        return;
      }
    }
  };
  const start = () => setTimeout(setUpSome, 0);
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
