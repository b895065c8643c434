"""Provide current CPython releases the machine lacks: Debian's newest packages, relocated into a private folder.

    python3 proven/provide.py 3.13 3.14 3.15           # what `make pythons` runs
    python3 proven/provide.py --venv .venv 3.15        # a venv on that interpreter, with pip

Standard library only, so that it runs before any venv exists (the venv itself is
built on the newest of these). On Debian/Ubuntu x86_64 it takes 3.13 and newer
from Debian's unstable suite ("sid"), which packages the newest patch release
of each: a private apt configuration downloads the .deb files (the system's apt
state is not touched, no root needed), ``dpkg-deb -x`` unpacks them into one
folder, and sid's own patchelf, run through sid's loader, points each
interpreter at the glibc unpacked beside it (the host's is too old). It prints
the path of each interpreter, one per line. Cached: a second run that finds
them working downloads nothing.

Where that route is closed it takes ``python3.X`` from the PATH, and where that
is missing too it says so, and how to provide it.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(os.environ.get("PROVEN_PYTHONS", Path(__file__).resolve().parent.parent / ".pythons"))
DEBIAN = ROOT / "debian-sid"  # the unpacked packages: DEBIAN/usr/bin/python3.X
SUITE = "sid"
MIRROR = "http://deb.debian.org/debian"
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
DEBIAN_MINORS = (13, 14, 15)  # the minor versions sid packages
LIBS = (
    "libc6 libssl3t64 libexpat1 zlib1g libbz2-1.0 libdb5.3t64 libffi8 liblzma5 libncursesw6 libreadline8t64"
    " libsqlite3-0 libtinfo6 libuuid1 libzstd1 libmpdec4 libcrypt1 libgcc-s1 libstdc++6 media-types netbase"
    " tzdata python3-pip-whl python3-setuptools-whl patchelf"
).split()
LOADER = "usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"
LIBDIR = "usr/lib/x86_64-linux-gnu"


class NotProvided(Exception):
    """This machine cannot get the interpreter this way; the message says what to do instead."""


def debian_python(minor: int) -> Path:
    return DEBIAN / "usr" / "bin" / f"python3.{minor}"


def works(python: Path) -> bool:
    try:
        return subprocess.run([str(python), "-c", "import ssl, sqlite3, ctypes"], capture_output=True,
                              timeout=30).returncode == 0  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return False


def how_to_provide(minor: int) -> str:
    return (
        f"Python 3.{minor} is not available here. Provide it and put `python3.{minor}` on the PATH, e.g. "
        f"`uv python install 3.{minor}` (then `uv python find 3.{minor}`), pyenv (`pyenv install 3.{minor}`), "
        "the python.org installer (macOS, Windows) or your package manager."
    )


def provide(minors: list[int]) -> dict[int, Path]:
    """Each wanted minor version: Debian sid's, unpacked and relocated (cached when it already works);
    where that route is closed (not Debian, not x86_64), a `python3.X` on the PATH."""
    ready = {m: works(debian_python(m)) for m in minors}
    wanted = [m for m, ok in ready.items() if not ok]
    closed = _debian_closed()
    if wanted and not closed:
        for deb in _download(wanted):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(DEBIAN)], check=True)
        for minor in wanted:
            _relocate(debian_python(minor))
            ready[minor] = works(debian_python(minor))
    for minor in minors:
        if ready[minor]:
            _byte_compile(minor)
    found, missing = {}, []
    for minor in minors:
        on_path = shutil.which(f"python3.{minor}")
        if ready[minor]:
            found[minor] = debian_python(minor)
        elif closed and on_path:
            found[minor] = Path(on_path)
        else:
            missing.append(minor)
    if missing:
        why = "; ".join(closed) if closed else "Debian's package was unpacked but does not run"
        raise NotProvided("\n".join(f"{how_to_provide(m)} (Debian route: {why}.)" for m in missing))
    return found


def _debian_closed() -> list[str]:
    """Why Debian's packages cannot be used here (empty: they can)."""
    problems = []
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        problems.append(f"this is {platform.system()} {platform.machine()}, not Linux x86_64")
    for tool in ("apt-get", "dpkg-deb"):
        if not shutil.which(tool):
            problems.append(f"no `{tool}` (not a Debian or Ubuntu system)")
    if not Path(KEYRING).exists():
        problems.append(f"no {KEYRING} (Debian's package debian-archive-keyring)")
    return problems


def _apt(*args: str, source: str = f"deb [signed-by={KEYRING}] {MIRROR} {SUITE} main",
         state: Path = ROOT / "apt") -> list[str]:
    """apt-get with a private configuration: only `source` (one sources.list line; sid's binaries
    by default), lists, cache and an empty status under `state`. The system's apt state is not touched."""
    sources = state / "sources.list"
    state.joinpath("lists", "partial").mkdir(parents=True, exist_ok=True)
    state.joinpath("cache", "archives", "partial").mkdir(parents=True, exist_ok=True)
    (state / "status").touch()  # an empty status: no host package counts as installed
    sources.write_text(source + "\n")
    return [
        "apt-get", "-qq",
        "-o", f"Dir::Etc::SourceList={sources}", "-o", "Dir::Etc::SourceParts=/dev/null",
        "-o", f"Dir::State::Lists={state / 'lists'}", "-o", f"Dir::Cache={state / 'cache'}",
        "-o", f"Dir::State::status={state / 'status'}", "-o", "APT::Sandbox::User=root", *args,
    ]  # fmt: skip


def _download(minors: list[int]) -> list[Path]:
    debs = ROOT / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    subprocess.run(_apt("update"), check=True)
    packages = list(LIBS)
    for minor in minors:
        v = f"3.{minor}"
        packages += [f"python{v}-minimal", f"libpython{v}-minimal", f"libpython{v}-stdlib", f"python{v}",
                     f"python{v}-venv"]  # fmt: skip
    for old in debs.glob("*.deb"):
        old.unlink()
    subprocess.run(_apt("download", *packages), cwd=debs, check=True)
    return sorted(debs.glob("*.deb"))


def _relocate(python: Path) -> None:
    """Point the interpreter at the loader and libraries unpacked beside it (DT_RPATH also covers lib-dynload).

    Two calls, the rpath first: patchelf 0.18 given both changes at once (or the
    interpreter first) writes a binary that segfaults at start-up (seen on 3.15.2).
    """
    loader, libdir = DEBIAN / LOADER, DEBIAN / LIBDIR
    patchelf = [str(loader), "--library-path", str(libdir), str(DEBIAN / "usr" / "bin" / "patchelf")]
    target = str(python.resolve())
    subprocess.run([*patchelf, "--force-rpath", "--set-rpath", str(libdir), target], check=True)
    subprocess.run([*patchelf, "--set-interpreter", str(loader), target], check=True)


def _byte_compile(minor: int) -> None:
    """Compile the unpacked standard library, once, as Debian's postinst (py3compile) would.

    dpkg-deb -x runs no maintainer scripts, so no .pyc exists; with PYTHONDONTWRITEBYTECODE
    set (as on CI machines) every start would compile `multiprocessing` from source again,
    and a spawn or forkserver child would pay that on top of the real start cost."""
    stdlib = DEBIAN / "usr" / "lib" / f"python3.{minor}"
    stamp = stdlib / ".byte-compiled"
    if stamp.exists():
        return
    subprocess.run([str(debian_python(minor)), "-m", "compileall", "-q", "-j0", "-x", r"/(test|idlelib|tkinter)/",
                    str(stdlib)], check=False, capture_output=True)  # fmt: skip
    stamp.touch()


def make_venv(python: Path, venv: Path) -> None:
    """A venv with pip on `python`. Debian's ensurepip takes its pip wheel from the absolute
    /usr/share/python-wheels (the host's), so the venv starts without pip and gets it from the
    wheel unpacked beside the interpreter."""
    if not python.is_relative_to(DEBIAN):
        subprocess.run([str(python), "-m", "venv", str(venv)], check=True)
        return
    subprocess.run([str(python), "-m", "venv", "--without-pip", str(venv)], check=True)
    wheel = next((DEBIAN / "usr/share/python-wheels").glob("pip-*.whl"))
    subprocess.run([str(venv / "bin" / "python"), str(wheel / "pip"), "install", "--quiet", "pip"], check=True)


def main(argv: list[str]) -> int:
    venv = None
    if argv[:1] == ["--venv"]:
        venv, argv = Path(argv[1]), argv[2:]
    minors = []
    for arg in argv or [f"3.{m}" for m in DEBIAN_MINORS]:
        major, _, minor = arg.partition(".")
        if major != "3" or not minor.isdigit() or int(minor) not in DEBIAN_MINORS:
            print(f"provide.py: only 3.{DEBIAN_MINORS[0]}-3.{DEBIAN_MINORS[-1]} come from Debian, not {arg}",
                  file=sys.stderr)  # fmt: skip
            return 2
        minors.append(int(minor))
    try:
        found = provide(minors)
    except NotProvided as exc:
        print(exc, file=sys.stderr)
        return 1
    if venv:
        make_venv(found[minors[-1]], venv)
    for python in found.values():
        print(python)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
