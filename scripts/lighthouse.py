"""Lighthouse scores for every page of the site, printed as a Markdown report.

Run from the repository root, once `npm ci` has installed the pinned Lighthouse:

    make lighthouse                                   # same as the next line
    .venv/bin/python scripts/lighthouse.py            # every page, 3 runs each
    .venv/bin/python scripts/lighthouse.py --runs 1 --pages q3 --json lighthouse.json

What it does: builds the site (mkdocs build --strict) into a temporary directory,
serves it on 127.0.0.1 with Python's http.server, runs Lighthouse N times on every
page (every index.html except the 404 page) with Debian's Chromium, and prints:
the median score of each category per page, the failing audits of the median run
(accessibility, best practices, SEO) and the biggest performance opportunities.

Scores are reported, not asserted: the exit status is non-zero only when the build
fails or Lighthouse itself fails to run. Progress goes to stderr, the report to
stdout, so `... > lighthouse.md` keeps a clean Markdown file.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from proven.static_site import BuildError, served_site
from site_rules.browser import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM_FLAGS = " ".join(["--headless=new", *CHROMIUM_ARGS])
CATEGORIES = {"performance": "performance", "accessibility": "accessibility",
              "best-practices": "best practices", "seo": "SEO"}  # id -> column title
TOP_OPPORTUNITIES = 5
# Lighthouse's mobile emulation runs the CPU 4x slower than this machine's. Machines of this kind
# differ by up to 2x, and one machine's speed drifts: which --slowdown emulates the slow one depends
# on the benchmarkIndex the report's header prints (8x at about 2,150, about 10.5x at 2,840; issue 29).
DEFAULT_SLOWDOWN = 4


def calibrated_slowdown(benchmark_index):
    """The slowdown Lighthouse's own CPU-throttling calculator picks for a machine whose
    `environment.benchmarkIndex` is this, so that the emulated phone is its reference device
    whatever the machine: the formula of patrickhulce/lighthouse-cpu-throttling-calculator
    (pages/index.js at a9c67dc), the calculator Lighthouse's docs/throttling.md "Calibrating
    multipliers" points to: 150 -> 1x, 800 -> 2x, 1300 -> 3x, 1533 -> 4x, 2000 -> 6x. Reported
    beside the scores, not applied: 4x on a fast machine emulates a faster phone than 4x on a
    slow one, and the same machine's index drifts by 20 % within minutes."""
    if benchmark_index >= 1300:
        return 3 + (benchmark_index - 1300) / 233
    if benchmark_index >= 800:
        return 2 + (benchmark_index - 800) / 500
    return 1 + max(benchmark_index - 150, 0) / 650

# --- Lighthouse ----------------------------------------------------------------------

def run_lighthouse(url, slowdown=DEFAULT_SLOWDOWN):
    """One Lighthouse run; returns the JSON report, or None if Lighthouse failed."""
    cmd = [str(LIGHTHOUSE), url, "--output=json", "--quiet",
           "--only-categories=" + ",".join(CATEGORIES), "--chrome-flags=" + CHROMIUM_FLAGS,
           f"--throttling.cpuSlowdownMultiplier={slowdown}"]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False,
                                env={**os.environ, "CHROME_PATH": CHROMIUM})
        report = json.loads(result.stdout) if result.returncode == 0 else None
    except (subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        print(f"  lighthouse failed on {url}: {exc}", file=sys.stderr)
        return None
    if report is None:
        print(f"  lighthouse failed on {url} (exit {result.returncode}):\n{result.stderr[-2000:]}",
              file=sys.stderr)
    elif report.get("runtimeError"):  # e.g. page did not load: the run is worthless
        print(f"  lighthouse runtime error on {url}: {report['runtimeError']}", file=sys.stderr)
        return None
    return report


def summarize(report):
    """The parts of one report we keep: scores, failing audits, opportunities, errors."""
    audits = report["audits"]
    summary = {"scores": {}, "failing": {}, "opportunities": [], "errored": [],
               "axe": report.get("environment", {}).get("credits", {}).get("axe-core"),
               # how fast the machine was during this run, and how busy: scores move with both
               "benchmark_index": report.get("environment", {}).get("benchmarkIndex"),
               "load_average": os.getloadavg()[0],
               "metrics": {k: audits[k].get("numericValue") for k in
                           ("first-contentful-paint", "largest-contentful-paint",
                            "total-blocking-time", "cumulative-layout-shift", "speed-index",
                            "dom-size")
                           if k in audits}}
    for cat_id in CATEGORIES:
        category = report["categories"][cat_id]
        summary["scores"][cat_id] = category["score"]  # None if Lighthouse could not score it
        failing = []
        for ref in category["auditRefs"]:
            audit = audits[ref["id"]]
            details = audit.get("details") or {}
            if audit["scoreDisplayMode"] == "error":  # the audit crashed: no verdict at all
                summary["errored"].append({"id": ref["id"], "title": audit["title"],
                                           "error": audit.get("errorMessage", "")})
            elif cat_id == "performance":
                # "Opportunities": audits with an estimated saving in time and/or bytes.
                ms = details.get("overallSavingsMs") or 0
                size = details.get("overallSavingsBytes") or 0
                if details.get("type") == "opportunity" and (ms > 0 or size > 0):
                    summary["opportunities"].append({"id": ref["id"], "title": audit["title"],
                                                     "ms": ms, "bytes": size})
            elif audit["score"] is not None and audit["score"] < 1:
                # score None = manual / not applicable / informative: not a failure
                # axe-based audits list the offending elements: keep each distinct CSS selector
                # with axe's reason (the line after "Fix any of the following:")
                where = {}
                for item in details.get("items", []):
                    node = item.get("node") if isinstance(item.get("node"), dict) else {}
                    reason = [ln.strip() for ln in (node.get("explanation") or "").splitlines()]
                    if node.get("selector"):
                        where.setdefault(node["selector"], reason[1] if len(reason) > 1 else "")
                failing.append({"id": ref["id"], "title": audit["title"], "score": audit["score"],
                                "items": len(details.get("items", [])),
                                "where": [{"selector": k, "why": v} for k, v in where.items()]})
        if cat_id != "performance":
            summary["failing"][cat_id] = failing
    summary["opportunities"].sort(key=lambda o: (o["ms"], o["bytes"]), reverse=True)
    return summary


def median_run(runs, cat_id):
    """(median score, the run whose score is closest to it) over the successful runs."""
    scored = [r for r in runs if r and r["scores"][cat_id] is not None]
    if not scored:
        return None, None
    median = statistics.median(r["scores"][cat_id] for r in scored)
    return median, min(scored, key=lambda r: abs(r["scores"][cat_id] - median))


# --- report ----------------------------------------------------------------------------

def fmt(score):
    return "n/a" if score is None else f"{score:.2f}"


def print_report(results, header):
    print("# Lighthouse report\n")
    for key, value in header.items():
        print(f"- {key}: {value}")
    print("- Served on 127.0.0.1 gzip-compressed, as a static host serves it (no cache headers:"
          " cache-policy findings are about the local server, not the real host).")
    print("\n| page | " + " | ".join(CATEGORIES.values()) + " |")
    print("|---|" + "---:|" * len(CATEGORIES))
    for path, runs in results.items():
        print(f"| `{path}` | " + " | ".join(fmt(median_run(runs, c)[0]) for c in CATEGORIES) + " |")

    for path, runs in results.items():
        print(f"\n## `{path}`\n")
        if not any(runs):
            print("- every Lighthouse run failed (see stderr)")
            continue
        for cat_id, title in CATEGORIES.items():
            median, run = median_run(runs, cat_id)
            if run is None:
                print(f"- **{title}**: not scored")
            elif cat_id == "performance":
                top = run["opportunities"][:TOP_OPPORTUNITIES]
                # what the score is made of (TBT weighs most), and the DOM behind it
                m = {k: "n/a" if v is None else f"{v:.3g}" if k.startswith("cumulative") else f"{v:.0f}"
                     for k, v in run["metrics"].items()}
                print(f"- **{title}** ({fmt(median)}): FCP {m.get('first-contentful-paint')} ms,"
                      f" LCP {m.get('largest-contentful-paint')} ms, TBT {m.get('total-blocking-time')} ms,"
                      f" CLS {m.get('cumulative-layout-shift')}, SI {m.get('speed-index')} ms,"
                      f" {m.get('dom-size')} DOM elements; "
                      + ("no opportunities" if not top else "top opportunities:"))
                for o in top:
                    print(f"    - {o['title']} (`{o['id']}`): est. {o['ms']:.0f} ms,"
                          f" {o['bytes'] / 1024:.0f} KiB")
            else:
                failing = run["failing"][cat_id]
                print(f"- **{title}** ({fmt(median)}): "
                      + ("all audits pass" if not failing else "failing audits:"))
                for a in failing:
                    items = f", {a['items']} item(s)" if a["items"] else ""
                    print(f"    - {a['title']} (`{a['id']}`{items})")
                    for w in a["where"][:3]:  # the first few offenders; --json has all
                        why = f": {w['why'][:150]}" if w["why"] else ""
                        print(f"        - `{w['selector']}`{why}")

    # Audits that crashed inside Lighthouse (e.g. a trace format it does not know from a
    # newer Chromium): listed once, with the pages concerned, since they give no verdict.
    errored = {}
    for path, runs in results.items():
        for a in (a for run in runs if run for a in run["errored"]):
            errored.setdefault(a["id"], (a["error"], set()))[1].add(path)
    if errored:
        print("\n## Audits Lighthouse could not compute (errors, not verdicts)\n")
        for audit_id, (error, paths) in errored.items():
            where = "all pages" if len(paths) == len(results) else ", ".join(sorted(paths))
            print(f"- `{audit_id}` ({where}): {error.splitlines()[0][:200] if error else ''}")


def machine_speed(results):
    """Header lines: the machine's speed and load over all runs, and the slowdown Lighthouse's
    calculator would have chosen for it."""
    runs = [r for rs in results.values() for r in rs if r and r.get("benchmark_index")]
    if not runs:
        return {}
    index = [r["benchmark_index"] for r in runs]
    load = [r["load_average"] for r in runs]
    median = statistics.median(index)
    return {"Machine speed": f"Lighthouse benchmarkIndex median {median:.0f} (range {min(index):.0f}"
                             f"-{max(index):.0f} over {len(index)} runs); Lighthouse's calculator "
                             f"would slow this machine {calibrated_slowdown(median):.1f}x to emulate "
                             "its reference phone",
            "Load average (1 min) at the end of each run": f"median {statistics.median(load):.1f}, "
                                                           f"max {max(load):.1f}"}


def version(cmd):
    try:  # stdout only: Debian's chromium wrapper script prints noise on stderr
        out = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
        return out.splitlines()[0] if out else "unknown"
    except OSError as exc:
        return f"not found ({exc.strerror}: {cmd[0]})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (default 3)")
    parser.add_argument("--pages", metavar="SUBSTRING", nargs="+", default=(),
                        help="only pages whose URL path contains one of these")
    parser.add_argument("--json", metavar="OUT", type=Path, help="also save the raw numbers here")
    parser.add_argument("--slowdown", type=float, default=DEFAULT_SLOWDOWN,
                        help=f"CPU slowdown Lighthouse emulates (default {DEFAULT_SLOWDOWN}, its own; "
                             "8 = a machine of this kind that is 2x slower)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} not found: run `npm ci` in {ROOT} first")
    if not Path(CHROMIUM).is_file():  # else Lighthouse silently falls back to another browser
        sys.exit(f"{CHROMIUM} not found: set CHROME_PATH to a Chromium/Chrome binary")

    header = {"Date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
              "Chromium": version([CHROMIUM, "--version"]),
              "Lighthouse": version([str(LIGHTHOUSE), "--version"]),
              "Runs per page": f"{args.runs} (median shown; Lighthouse's mobile emulation, "
                               f"CPU slowed {args.slowdown:g}x)"}
    results, failures = {}, 0
    with served_site(ROOT, args.pages) as (base, paths):
        if not paths:
            parser.error(f"no page path contains {args.pages!r}")
        for path in paths:
            results[path] = []
            for i in range(args.runs):
                report = run_lighthouse(base + path, args.slowdown)
                failures += report is None
                summary = summarize(report) if report else None
                results[path].append(summary)
                scores = (" ".join(fmt(s) for s in summary["scores"].values())
                          if summary else "FAILED")
                print(f"{path} run {i + 1}/{args.runs}: {scores}", file=sys.stderr)

    axe = next((r["axe"] for runs in results.values() for r in runs if r and r["axe"]), None)
    header["Lighthouse"] += f" (axe-core {axe})" if axe else ""
    header.update(machine_speed(results))
    print_report(results, header)
    if args.json:
        args.json.write_text(json.dumps({"header": header, "pages": results}, indent=2) + "\n")
        print(f"raw numbers written to {args.json}", file=sys.stderr)
    if failures:
        sys.exit(f"{failures} Lighthouse run(s) failed")


if __name__ == "__main__":
    try:
        main()
    except BuildError as exc:  # what mkdocs printed, and a non-zero exit
        sys.exit(str(exc))
