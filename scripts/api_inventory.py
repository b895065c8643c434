"""Write site_rules/api_inventory.json: every object CPython's documentation of multiprocessing documents.

    python scripts/api_inventory.py            # (re)write it from Debian's python3.15-doc
    python scripts/api_inventory.py 3.16       # a newer release's documentation
    python scripts/api_inventory.py --check    # exit 1 with a diff if the committed file is stale

Debian's python3.X-doc package ships the built documentation. Its Sphinx inventory (objects.inv, read
with sphobjinv) lists what is documented; the HTML pages give each object's "Added in version" and
"Changed in version" notes (site_rules/api_inventory.py). The package is downloaded with the private apt
of tools/pythons.py (no root, the system's apt state untouched) into .pythons/docs/, then unpacked.
The API pages under docs/api/ prove every object listed (tests/test_api_reference.py).
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import pythons  # noqa: E402
import sphobjinv  # noqa: E402

from site_rules.api_inventory import INVENTORY, in_scope, version_notes  # noqa: E402

DOCS = ROOT / ".pythons" / "docs"


def unpacked_docs(version: str) -> tuple[Path, str]:
    """The html/ folder of Debian's python<version>-doc, downloaded and unpacked once; and the package version."""
    DOCS.mkdir(parents=True, exist_ok=True)
    debs = sorted(DOCS.glob(f"python{version}-doc_*.deb"))
    if not debs:
        subprocess.run(pythons.apt("update"), check=True)
        subprocess.run(pythons.apt("download", f"python{version}-doc"), cwd=DOCS, check=True)
        debs = sorted(DOCS.glob(f"python{version}-doc_*.deb"))
    deb = debs[-1]
    tree = DOCS / deb.stem
    if not tree.exists():
        subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
    return tree / "usr" / "share" / "doc" / f"python{version}" / "html", deb.stem.split("_")[1]


def build(version: str) -> dict:
    html, package = unpacked_docs(version)
    inventory = sphobjinv.Inventory(html / "objects.inv")
    objects = [o for o in inventory.objects if o.domain == "py" and in_scope(o.name)]
    notes: dict[str, dict] = {}
    for page in sorted({o.uri.split("#")[0] for o in objects}):
        notes.update(version_notes((html / page).read_text(encoding="utf-8")))
    entries = []
    for o in sorted(objects, key=lambda o: o.name):
        page = o.uri.split("#")[0]
        anchor = o.uri.split("#")[1].replace("$", o.name) if "#" in o.uri else ""
        found = notes.get(anchor, {})
        entries.append({
            "name": o.name,
            "role": o.role,
            "url": f"https://docs.python.org/{version[0]}/{page}#{anchor}",
            "added": found.get("added"),
            "changed": found.get("changed", []),
        })  # fmt: skip
    return {
        "source": f"Debian's python{version}-doc {package}: objects.inv (sphobjinv {sphobjinv.__version__}) and the "
        "HTML pages' version notes",
        "regenerate": "python scripts/api_inventory.py",
        "objects": entries,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("version", nargs="?", default="3.15", help="the Python whose documentation to read")
    parser.add_argument("--check", action="store_true", help="fail if the committed inventory is stale")
    args = parser.parse_args()
    fresh = json.dumps(build(args.version), indent=1, ensure_ascii=False) + "\n"
    if args.check:
        old = INVENTORY.read_text(encoding="utf-8") if INVENTORY.exists() else ""
        if old != fresh:
            sys.stdout.writelines(
                difflib.unified_diff(old.splitlines(True), fresh.splitlines(True), "committed", "fresh")
            )
            return 1
        print(f"{INVENTORY.relative_to(ROOT)} is current")
        return 0
    INVENTORY.write_text(fresh, encoding="utf-8")
    print(f"wrote {INVENTORY.relative_to(ROOT)}: {len(json.loads(fresh)['objects'])} objects")
    return 0


if __name__ == "__main__":
    sys.exit(main())
