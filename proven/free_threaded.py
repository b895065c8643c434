"""A free-threaded CPython 3.13 ("3.13t"), built from Debian's source package: none is packaged.

    python3 proven/free_threaded.py      # prints .pythons/3.13t/bin/python3.13t, built once

Debian packages no free-threaded interpreter, but it serves the source of the
interpreters it packages. With a private apt configuration (provide.py's; the
system's apt state is not touched), ``apt-get source --download-only`` fetches the
newest python3.13 source package of sid, forky or trixie that the mirror serves,
and its upstream tarball is built with ``./configure --disable-gil`` into
``.pythons/3.13t/`` (about 3 minutes on 2 CPUs). Cached: an interpreter that
already works is reused. It needs a C compiler, make and the usual headers
(libssl-dev, zlib1g-dev, libffi-dev, libsqlite3-dev, ...); where something is
missing it says what, and how else to get one. Standard library only, like provide.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

if __package__:
    from .provide import KEYRING, MIRROR, ROOT, NotProvided, _apt, _debian_closed
else:  # run as a script: python3 proven/free_threaded.py
    from provide import KEYRING, MIRROR, ROOT, NotProvided, _apt, _debian_closed

MINOR = 13
SOURCE_SUITES = ("sid", "forky", "trixie")  # unstable, testing, stable: the newest python3.13 source wins
PREFIX = ROOT / f"3.{MINOR}t"
HOW_ELSE = (
    "Other ways to a free-threaded Python: `uv python install 3.13t` (or 3.14t), the python.org "
    "installers (an optional free-threaded build), or actions/setup-python with `3.14t` in CI."
)


def free_threaded_python() -> Path:
    return PREFIX / "bin" / f"python3.{MINOR}t"


def works(python: Path) -> bool:
    """It runs, has ssl, sqlite3 and ctypes, and its GIL is off."""
    check = "import ssl, sqlite3, ctypes, sys; sys.exit(sys._is_gil_enabled())"
    try:
        done = subprocess.run([str(python), "-c", check], capture_output=True, timeout=30, check=False)
        return done.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def provide() -> Path:
    python = free_threaded_python()
    if works(python):
        return python
    missing = _debian_closed() + [f"no `{tool}`" for tool in ("cc", "make", "tar") if not shutil.which(tool)]
    if missing:
        raise NotProvided(f"Cannot build Python 3.{MINOR}t here: {'; '.join(missing)}. {HOW_ELSE}")
    source = _download_source()
    _build(source)
    if not works(python):
        raise NotProvided(f"Python 3.{MINOR}t was built into {PREFIX} but does not run with ssl, sqlite3 "
                          f"and ctypes and its GIL off (missing -dev headers?). {HOW_ELSE}")  # fmt: skip
    return python


def _apt_source(*args: str) -> list[str]:
    """provide.py's private apt, holding only source packages, of every suite that may have python3.13."""
    lines = [f"deb-src [signed-by={KEYRING}] {MIRROR} {suite} main" for suite in SOURCE_SUITES]
    return _apt(*args, source="\n".join(lines), state=ROOT / "apt-src")


def _download_source() -> Path:
    """The unpacked upstream tree of Debian's newest python3.13 source package that downloads.

    A suite's index can name a version before the mirror serves its files (seen: sid listed
    3.13.18 while its tarball was 404), so the versions are tried newest first."""
    work = ROOT / "src"
    subprocess.run(_apt_source("update"), check=True)
    apt_cache = ["apt-cache", *_apt_source("showsrc", f"python3.{MINOR}")[1:]]  # the same private configuration
    listed = subprocess.run(apt_cache, capture_output=True, text=True, check=True).stdout
    versions = sorted({line.split()[1] for line in listed.splitlines() if line.startswith("Version:")},
                      key=_debian_version, reverse=True)  # fmt: skip
    for version in versions:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        fetched = subprocess.run(_apt_source("source", "--download-only", f"python3.{MINOR}={version}"), cwd=work,
                                 capture_output=True, text=True)  # fmt: skip
        if fetched.returncode == 0:
            break
        print(f"python3.{MINOR} {version}: not downloadable ({fetched.stderr.strip().splitlines()[-1:]}); trying an older one",
              file=sys.stderr)  # fmt: skip
    else:
        raise NotProvided(f"No python3.{MINOR} source package downloads from {MIRROR} ({', '.join(SOURCE_SUITES)}). {HOW_ELSE}")
    [tarball] = [p for p in work.glob(f"python3.{MINOR}_*.orig.tar.*") if p.suffix != ".asc"]
    with tarfile.open(tarball) as archive:
        archive.extractall(work, filter="data") if hasattr(tarfile, "data_filter") else archive.extractall(work)
    [tree] = [p for p in work.iterdir() if p.is_dir() and (p / "configure").exists()]
    return tree


def _debian_version(version: str) -> tuple[int, ...]:
    """ "3.13.15-1" -> (3, 13, 15, 1): enough to order python3.13's versions (no epochs, no tildes)."""
    return tuple(int(part) for part in version.replace("-", ".").split(".") if part.isdigit())


def _build(tree: Path) -> None:
    shutil.rmtree(PREFIX, ignore_errors=True)
    jobs = str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    quiet = {"stdout": subprocess.DEVNULL}
    subprocess.run(["./configure", "--disable-gil", f"--prefix={PREFIX}", "--without-ensurepip"],
                   cwd=tree, check=True, **quiet)  # fmt: skip
    subprocess.run(["make", f"-j{jobs}"], cwd=tree, check=True, **quiet)
    subprocess.run(["make", "install"], cwd=tree, check=True, **quiet)
    shutil.rmtree(tree.parent, ignore_errors=True)  # the sources: ~500 MB once built


def main() -> int:
    try:
        print(provide())
    except NotProvided as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
