"""Full-page light and dark screenshots of every page of the site, for review.

Run from the repository root:

    make screenshots                                  # same as the next line
    .venv/bin/python scripts/screenshots.py           # every page, 1280 px wide
    .venv/bin/python scripts/screenshots.py --pages q3 --width 390   # one page, phone width

What it does: builds the site (mkdocs build --strict) into a temporary directory,
serves it on 127.0.0.1 with Python's http.server, and opens every page (every
index.html except the 404 page) in Debian's Chromium through Playwright, once with
the OS colour scheme set to light and once to dark. The site's palette follows
`prefers-color-scheme`, so that picks Material's "default" or "slate" scheme; the
script checks `<body data-md-color-scheme>` to be sure, then writes

    .review/screenshots/<page-slug>-light.png and <page-slug>-dark.png

(.review/ is git-ignored) and prints the files written. Exits non-zero if the build
fails or a page did not show the expected colour scheme.
"""

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from proven.static_site import BuildError, served_site
from site_rules.browser import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / ".review" / "screenshots"
SCHEMES = {"light": "default", "dark": "slate"}  # color_scheme -> expected Material scheme

# --- screenshots ---------------------------------------------------------------------

def slug(path):
    """'/' -> 'index', '/notebooks/assignment/' -> 'notebooks-assignment'."""
    return path.strip("/").replace("/", "-") or "index"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", metavar="SUBSTRING",
                        help="only pages whose URL path contains this")
    parser.add_argument("--width", type=int, default=1280,
                        help="viewport width in px (default 1280)")
    args = parser.parse_args()

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    written, wrong_scheme = [], []
    with served_site(ROOT, args.pages) as (base, paths):
        if not paths:
            parser.error(f"no page path contains {args.pages!r}")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for scheme, expected in SCHEMES.items():
                # A fresh context per scheme: empty localStorage, so no stored "__palette"
                # choice overrides the emulated prefers-color-scheme media query.
                context = browser.new_context(color_scheme=scheme,
                                              viewport={"width": args.width, "height": 900})
                page = context.new_page()
                for path in paths:
                    page.goto(base + path, wait_until="networkidle")
                    page.evaluate("document.fonts.ready")  # text laid out before the shot
                    actual = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
                    if actual != expected:
                        wrong_scheme.append(f"{path} ({scheme}): got {actual!r}")
                    out = OUT_DIR / f"{slug(path)}-{scheme}.png"
                    page.screenshot(path=str(out), full_page=True)
                    written.append(out)
                context.close()
            browser.close()

    for out in written:
        print(out.relative_to(ROOT))
    if wrong_scheme:
        sys.exit("wrong data-md-color-scheme:\n  " + "\n  ".join(wrong_scheme))


if __name__ == "__main__":
    try:
        main()
    except BuildError as exc:  # what mkdocs printed, and a non-zero exit
        sys.exit(str(exc))
