"""Full-page light and dark screenshots of every page of the site, on a desktop and a phone, for review.

Run from the repository root:

    make screenshots                                  # same as the next line
    .venv/bin/python scripts/screenshots.py           # every page, desktop (1280×900) and phone (390×844)
    .venv/bin/python scripts/screenshots.py --pages home q1 q3 q6 --sizes phone   # four pages, phone only
    .venv/bin/python scripts/screenshots.py --pages q3 --sizes 768x1024           # any other viewport

What it does: builds the site (mkdocs build --strict) into a temporary directory,
serves it on 127.0.0.1 with Python's http.server, and opens every page (every
index.html except the 404 page; --pages keeps those whose URL path contains one of
its words, "home" being the home page) in Debian's Chromium through Playwright, at
each size, once with the OS colour scheme set to light and once to dark. The phone
is emulated as one (a touch screen, the page's own viewport), as the learner's-path
test measures it (site_rules.first_answer.PHONE). The site's palette follows
`prefers-color-scheme`, so that picks Material's "default" or "slate" scheme; the
script checks `<body data-md-color-scheme>` to be sure, then writes

    .review/screenshots/<page-slug>-<desktop|phone>-<light|dark>.png

(.review/ is git-ignored) and prints the files written. Exits non-zero if the build
fails or a page did not show the expected colour scheme.
"""

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from proven.static_site import BuildError, served_site
from site_rules.browser import CHROMIUM, CHROMIUM_ARGS
from site_rules.first_answer import DESKTOP, PHONE

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / ".review" / "screenshots"
SCHEMES = {"light": "default", "dark": "slate"}  # color_scheme -> expected Material scheme
SIZES = {"desktop": DESKTOP, "phone": PHONE}  # name in the file name -> viewport

# --- screenshots ---------------------------------------------------------------------

def slug(path):
    """'/' -> 'index', '/notebooks/assignment/' -> 'notebooks-assignment'."""
    return path.strip("/").replace("/", "-") or "index"


def size(text):
    """'desktop', 'phone' or 'WIDTHxHEIGHT' -> (name, viewport)."""
    if text in SIZES:
        return text, SIZES[text]
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: say desktop, phone or WIDTHxHEIGHT (390x844)") from None
    return f"{width}x{height}", {"width": width, "height": height}


def wanted(path, words):
    """Whether the page at `path` is one of --pages: its URL path contains a word ("home": the home page)."""
    return not words or any(w in path or (w == "home" and path == "/") for w in words)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", metavar="SUBSTRING", nargs="+",
                        help="only pages whose URL path contains one of these ('home': the home page)")
    parser.add_argument("--sizes", metavar="SIZE", nargs="+", type=size,
                        default=[size(name) for name in SIZES],
                        help="desktop (1280x900), phone (390x844) or WIDTHxHEIGHT; default: desktop phone")
    args = parser.parse_args()

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    written, wrong_scheme = [], []
    with served_site(ROOT) as (base, paths):
        paths = [p for p in paths if wanted(p, args.pages)]
        if not paths:
            parser.error(f"no page path contains any of {args.pages}")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, viewport in args.sizes:
                phone = name == "phone"
                for scheme, expected in SCHEMES.items():
                    # A fresh context per scheme: empty localStorage, so no stored "__palette"
                    # choice overrides the emulated prefers-color-scheme media query.
                    context = browser.new_context(color_scheme=scheme, viewport=viewport,
                                                  is_mobile=phone, has_touch=phone)
                    page = context.new_page()
                    for path in paths:
                        page.goto(base + path, wait_until="networkidle")
                        page.evaluate("document.fonts.ready")  # text laid out before the shot
                        actual = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
                        if actual != expected:
                            wrong_scheme.append(f"{path} ({name}, {scheme}): got {actual!r}")
                        out = OUT_DIR / f"{slug(path)}-{name}-{scheme}.png"
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
