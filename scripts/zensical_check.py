"""A forward check for the theme's successor: what of this site survives a build with Zensical?

    python scripts/zensical_check.py        # `make zensical`; .ci/run runs it after the tests

Material for MkDocs is in maintenance mode (end of life announced for May 2027); Zensical,
by the same team, reads mkdocs.yml. This script builds a copy of the project with a pinned
Zensical (``uv tool run``: an environment of its own in uv's cache, reused),
and compares the result with what the site promises: every page of the nav built, every
embedded snippet and output present, the "Output checked with ..." line under each
example (hooks/provenance.py), the measured figures (hooks/benchmarks.py), the notebook
pages (mkdocs-jupyter), sitemap, canonical links, llms.txt. It prints what carries over and
what does not, and exits 0 either way: findings are for the README, not a failing suite.
It exits 1 only when the check itself cannot run (Zensical not installable, or its build fails).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from proven import DocsError, Site
from proven.packages import uv

ROOT = Path(__file__).resolve().parent.parent
ZENSICAL = "zensical==0.0.73"  # newer releases need zensical-ui, which PyPI does not serve to this machine
COPY = ["docs", "snippets", "overrides", "hooks", "benchmarks/results", "mkdocs.yml"]  # what a build reads


def build(work: Path) -> Path:
    for rel in COPY:
        source, target = ROOT / rel, work / rel
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    # A bare environment, as before, plus what uv needs to reach its cache and PyPI; never a Python download
    env = {"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "UV_PYTHON_DOWNLOADS": "never"} | {
        k: v for k, v in os.environ.items()
        if k in ("HOME", "XDG_CACHE_HOME", "SSL_CERT_FILE") or k.startswith("UV_") or k.lower().endswith("_proxy")
    }  # fmt: skip
    command = [uv(), "tool", "run", "--python", sys.executable, "--from", ZENSICAL, "zensical", "build"]
    done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, timeout=300)
    print(f"zensical build: exit {done.returncode}; {' / '.join(done.stdout.split(chr(10))[-3:]).strip()}")
    if done.returncode:
        raise RuntimeError(done.stdout + done.stderr)
    return work / "site"


def html_of(built: Path, url: str) -> str:
    return (built / url / "index.html").read_text(encoding="utf-8")


def text_of(page_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page_html))


def findings(site: Site, built: Path) -> tuple[list[str], list[str]]:
    carried, lost = [], []
    pages = site.page_sources()
    missing = [s for u, s in pages.items() if not (built / u / "index.html").is_file()]
    markdown = [u for u, s in pages.items() if s in site.pages and (built / u / "index.html").is_file()]
    notebooks = [s for u, s in pages.items() if s not in site.pages]
    (lost if missing else carried).append(f"pages built: {len(pages) - len(missing)} of {len(pages)}"
                                          + (f" (not built: {', '.join(missing)})" if missing else ""))
    absent, embeds = [], 0
    for url in markdown:
        page = text_of((built / url / "index.html").read_text(encoding="utf-8"))
        for source, _, rel in site.embeds:
            if source == pages[url] and rel.startswith("snippets/"):
                embeds += 1
                lines = [line.strip() for line in (site.root / rel).read_text(encoding="utf-8").splitlines()]
                if not all(line in page for line in lines if line):
                    absent.append(f"{pages[url]}: {rel}")
    (lost if absent else carried).append(f"embedded snippets and outputs present: {embeds - len(absent)} of {embeds}"
                                         + (f" (missing: {'; '.join(absent[:5])})" if absent else ""))
    checked = sum("Output checked" in text_of((built / u / "index.html").read_text(encoding="utf-8")) for u in markdown)
    (lost if checked == 0 else carried).append(
        f'"Output checked with ..." lines (hooks/provenance.py): on {checked} of {len(markdown)} pages')
    titles = sum(html_of(built, u).count('title="The file the doc tests run:') for u in markdown)
    (lost if titles == 0 else carried).append(f"example titles linking their files (hooks/sources.py): {titles}")
    markers = [pages[u] for u in markdown if "<!-- bench:" in (built / u / "index.html").read_text(encoding="utf-8")]
    (lost if markers else carried).append(
        "measured figures (hooks/benchmarks.py): " + (f"left as raw markers, figures missing, on {len(markers)} pages "
                                                      f"({', '.join(markers[:4])}, ...)" if markers else "rendered"))
    for source in notebooks:
        url = next(u for u, s in pages.items() if s == source)
        page = built / url / "index.html"
        raw = (built / source.removeprefix("docs/")).is_file()
        (carried if page.is_file() else lost).append(
            f"notebook {source}: " + ("rendered as a page" if page.is_file() else "not rendered"
                                      + (" (copied raw as .ipynb)" if raw else "")))
    sitemap = built / "sitemap.xml"
    locs = len(re.findall(r"<loc>", sitemap.read_text(encoding="utf-8"))) if sitemap.is_file() else 0
    (carried if locs >= len(markdown) else lost).append(f"sitemap.xml: {locs} URLs for {len(pages)} pages")
    canonical = sum('rel="canonical"' in (built / u / "index.html").read_text(encoding="utf-8") for u in markdown)
    (carried if canonical == len(markdown) else lost).append(f"canonical links: {canonical} of {len(markdown)} pages")
    (carried if (built / "llms.txt").is_file() else lost).append(
        "llms.txt: " + ("built" if (built / "llms.txt").is_file() else "not built"))
    return carried, lost


def main() -> int:
    try:
        with tempfile.TemporaryDirectory() as tmp:
            built = build(Path(tmp))
            carried, lost = findings(Site(ROOT), built)
    except (subprocess.SubprocessError, RuntimeError, OSError, DocsError) as exc:
        print(f"zensical check could not run: {exc}", file=sys.stderr)
        return 1
    print(f"Carried over to {ZENSICAL}:")
    print("\n".join(f"  + {line}" for line in carried))
    print("Not carried over (what a move would need):")
    print("\n".join(f"  - {line}" for line in lost) or "  (nothing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
