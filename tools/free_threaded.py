"""Building a free-threaded CPython ("3.13t", PEP 703) from Debian's source package: none is packaged.

Used by ``tools/pythons.py free-threaded`` (``make free-threaded``), which owns the private apt
configuration and the cache. Debian serves the source of the interpreters it packages:
``apt-get source --download-only`` fetches the newest python3.X source package that the mirror
actually serves, and its upstream tarball is built with ``./configure --disable-gil`` (about
3 minutes on 2 CPUs). It needs a C compiler, make and the usual headers (libssl-dev,
zlib1g-dev, libffi-dev, libsqlite3-dev, ...). Standard library only, like pythons.py.

Its GIL twin (``tools/pythons.py twin``, run by ``make bench``): the same source release, built
with the same ``./configure`` arguments less ``--disable-gil``, into .pythons/3.13-twin/. A
free-threaded build's cost is measured against it (benchmarks/free_threading.py): Debian's own
3.13 is a newer patch release built with other flags (PGO and LTO by its packaging), which alone
makes a larger difference than the GIL does.
"""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

HOW_ELSE = (
    "Other ways to a free-threaded Python: `uv python install 3.13t` (or 3.14t), the python.org "
    "installers (an optional free-threaded build), or actions/setup-python with `3.14t` in CI."
)


PROVENANCE = "PROVENANCE"  # in the build's prefix: where its source came from and how it was built (proven.json)

def works(python: Path, gil: bool = False) -> bool:
    """It runs, has ssl, sqlite3 and ctypes, and its GIL is off (`gil`: a default build, GIL on)."""
    enabled = "getattr(sys, '_is_gil_enabled', lambda: True)()"
    check = f"import ssl, sqlite3, ctypes, sys; sys.exit({enabled} != {gil})"
    try:
        done = subprocess.run([str(python), "-c", check], capture_output=True, timeout=30, check=False)
        return done.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def dpkg_compare(a: str, b: str) -> int:
    """Debian's own version order (`~rc1` before the release, `+b1` after it), as dpkg sees it."""
    def holds(relation: str) -> bool:
        return subprocess.run(["dpkg", "--compare-versions", a, relation, b], check=False).returncode == 0

    return -1 if holds("lt") else 0 if holds("eq") else 1


def newest_first(versions: set[str] | list[str]) -> list[str]:
    return sorted(versions, key=functools.cmp_to_key(dpkg_compare), reverse=True)


def release(python: Path) -> str | None:
    """The patch release of a built interpreter ("3.13.15"), or None when it does not run."""
    ask = [str(python), "-c", "import platform; print(platform.python_version())"]
    try:
        return subprocess.run(ask, capture_output=True, text=True, timeout=30, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None


def twin_flags(python: Path) -> list[str]:
    """The ./configure arguments a free-threaded build was made with (sysconfig's CONFIG_ARGS), less
    --disable-gil and its --prefix: its GIL twin's."""
    ask = [str(python), "-c", "import sysconfig; print(sysconfig.get_config_var('CONFIG_ARGS'))"]
    out = subprocess.run(ask, capture_output=True, text=True, timeout=30, check=True).stdout
    return [a for a in shlex.split(out) if a != "--disable-gil" and not a.startswith("--prefix=")]


def download_source(apt: Callable[..., list[str]], minor: int, work: Path,
                    upstream: str | None = None) -> Path | None:
    """The unpacked upstream tree of the newest python3.`minor` source package that downloads, or None.

    `apt(*args)` is apt-get's command line with a configuration that lists source packages only.
    A suite's index can name a version before the mirror serves its files (seen: sid listed
    3.13.18 while its tarball was 404), so the versions are tried newest first. `upstream`
    ("3.13.15"): only packages of that upstream release (a twin's source)."""
    package = f"python3.{minor}"
    subprocess.run(apt("update"), check=True)
    apt_cache = ["apt-cache", *apt("showsrc", package)[1:]]  # the same private configuration
    listed = subprocess.run(apt_cache, capture_output=True, text=True, check=True).stdout
    versions = {line.split()[1] for line in listed.splitlines() if line.startswith("Version:")}
    if upstream:
        versions = {v for v in versions if v.split(":")[-1].split("-")[0] == upstream}
    skipped = []
    for version in newest_first(versions):
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        fetched = subprocess.run(apt("source", "--download-only", f"{package}={version}"), cwd=work,
                                 capture_output=True, text=True, check=False)  # fmt: skip
        if fetched.returncode == 0:
            break
        why = fetched.stderr.strip().splitlines()[-1:]
        print(f"{package} {version}: not downloadable ({why}); trying an older one", file=sys.stderr)
        skipped.append(version)
    else:
        return None
    source = f"Debian's {package} {version} source package" + (
        f" (newer ones listed but not downloadable: {', '.join(skipped)})" if skipped else ""
    )
    [tarball] = [p for p in work.glob(f"{package}_*.orig.tar.*") if p.suffix != ".asc"]
    with tarfile.open(tarball) as archive:
        archive.extractall(work, filter="data") if hasattr(tarfile, "data_filter") else archive.extractall(work)
    [tree] = [p for p in work.iterdir() if p.is_dir() and (p / "configure").exists()]
    (tree / PROVENANCE).write_text(source)  # build() completes it and installs it beside the interpreter
    return tree


def build(tree: Path, prefix: Path, flags: list[str] | None = None) -> None:
    """configure (default: --disable-gil), make, make install into `prefix`; then the sources go
    (~500 MB once built)."""
    shutil.rmtree(prefix, ignore_errors=True)
    jobs = str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    quiet = {"stdout": subprocess.DEVNULL}
    flags = ["--disable-gil", "--without-ensurepip"] if flags is None else flags
    subprocess.run(["./configure", *flags, f"--prefix={prefix}"], cwd=tree, check=True, **quiet)
    subprocess.run(["make", f"-j{jobs}"], cwd=tree, check=True, **quiet)
    subprocess.run(["make", "install"], cwd=tree, check=True, **quiet)
    source = (tree / PROVENANCE).read_text() if (tree / PROVENANCE).exists() else "a source tree"
    (prefix / PROVENANCE).write_text(f"built here from {source} with ./configure {' '.join(flags)}\n")
    shutil.rmtree(tree.parent, ignore_errors=True)
