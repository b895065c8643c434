"""Provide the interpreters of the version matrix ([tool.proven] in pyproject.toml) the machine lacks.

    python3 tools/pythons.py debian [3.13 3.14 3.15]     # make pythons: default [tool.proven] debian
    python3 tools/pythons.py free-threaded [3.13t]       # make free-threaded: default the "t" pythons
    python3 tools/pythons.py twin [3.13t]                # make bench: each one's GIL twin (same source, flags)
    python3 tools/pythons.py venv .venv [3.15]           # a venv with pip: default [tool.proven] reference
    python3 tools/pythons.py github                      # the hosted workflow's matrix, for $GITHUB_OUTPUT

Standard library only: it runs before any venv exists. On Debian/Ubuntu x86_64 a private apt
configuration (the system's apt state untouched, no root) downloads Debian sid's packages, which
hold the newest patch release of each version; ``dpkg-deb -x`` unpacks them into
.pythons/debian-sid/ and sid's patchelf points each interpreter at the glibc beside it (the host's
is too old); a free-threaded build is compiled from Debian's source (tools/free_threaded.py). Each
is linked as .pythons/bin/python3.X (python3.13t), where the engine looks first, and printed; what
already works is only linked. Where the Debian route is closed it takes ``python3.X`` from the PATH,
else says how to provide it. PROVEN_PYTHONS moves .pythons/.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import functools
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
ROOT = Path(os.environ.get("PROVEN_PYTHONS", PROJECT / ".pythons"))
SOURCE_SUITES = ("sid", "forky", "trixie")  # unstable, testing, stable: the newest source that downloads wins
MIRROR = "http://deb.debian.org/debian"
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
SID = f"deb [signed-by={KEYRING}] {MIRROR} sid main"  # sid's binaries: one sources.list line
LIBS = (
    "libc6 libssl3t64 libexpat1 zlib1g libbz2-1.0 libdb5.3t64 libffi8 liblzma5 libncursesw6 libreadline8t64"
    " libsqlite3-0 libtinfo6 libuuid1 libzstd1 libmpdec4 libcrypt1 libgcc-s1 libstdc++6 media-types netbase"
    " tzdata python3-pip-whl python3-setuptools-whl patchelf"
).split()
LOADER = "usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"
LIBDIR = "usr/lib/x86_64-linux-gnu"

# tools/ holds scripts, not a package: the sibling loads by its path, alike as a script and from tests
_spec = importlib.util.spec_from_file_location("free_threaded", Path(__file__).with_name("free_threaded.py"))
free_threaded = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(free_threaded)


class NotProvided(Exception):
    """This machine cannot get the interpreter this way; the message says what to do instead."""


def pyproject(path: Path = PROJECT / "pyproject.toml") -> dict:
    text = path.read_text(encoding="utf-8")
    try:
        import tomllib
    except ImportError:  # Python 3.10: the one-line `key = value` entries are all this tool reads
        data: dict = {}
        table = data
        for line in map(str.strip, text.splitlines()):
            if header := re.fullmatch(r"\[([\w.-]+)\]\s*(#.*)?", line):
                table = functools.reduce(lambda t, key: t.setdefault(key, {}), header[1].split("."), data)
            elif entry := re.fullmatch(r"([\w-]+)\s*=\s*(.+)", line):
                with contextlib.suppress(ValueError, SyntaxError):  # a TOML-only value: not one it reads
                    table[entry[1]] = ast.literal_eval(entry[2])
        return data
    return tomllib.loads(text)


def debian_python(version: str) -> Path:
    return ROOT / "debian-sid" / "usr" / "bin" / f"python{version}"


def works(python: Path) -> bool:
    try:
        return subprocess.run([str(python), "-c", "import ssl, sqlite3, ctypes"], capture_output=True,
                              timeout=30, check=False).returncode == 0  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return False


def how_to_provide(version: str) -> str:
    return (
        f"Python {version} is not available here. Provide it and put `python{version}` on the PATH, e.g. "
        f"`uv python install {version}` (then `uv python find {version}`), pyenv (`pyenv install {version}`), "
        "the python.org installer (macOS, Windows) or your package manager."
    )


def link(python: Path, program: str) -> Path:
    """.pythons/bin/`program` -> `python` (relative), where the engine looks first."""
    linked = ROOT / "bin" / program
    linked.parent.mkdir(parents=True, exist_ok=True)
    target = os.path.relpath(python, linked.parent)
    if not linked.is_symlink() or os.readlink(linked) != target:
        linked.unlink(missing_ok=True)
        linked.symlink_to(target)
    return linked


def provide_debian(versions: list[str]) -> dict[str, Path]:
    """Each version ("3.15"): Debian sid's, unpacked, relocated, linked (cached once it works); else on the PATH."""
    ready = {v: works(debian_python(v)) for v in versions}
    wanted = [v for v, ok in ready.items() if not ok]
    closed = debian_closed()
    if wanted and not closed:
        for deb in _download(wanted):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(ROOT / "debian-sid")], check=True)
        for version in wanted:
            _relocate(debian_python(version))
            ready[version] = works(debian_python(version))
    found, missing = {}, []
    for version in versions:
        on_path = shutil.which(f"python{version}")
        if ready[version]:
            _byte_compile(version)
            found[version] = link(debian_python(version), f"python{version}")
        elif closed and on_path:
            found[version] = Path(on_path)
        else:
            missing.append(version)
    if missing:
        why = "; ".join(closed) if closed else "Debian's package was unpacked but does not run"
        raise NotProvided("\n".join(f"{how_to_provide(v)} (Debian route: {why}.)" for v in missing))
    return found


def provide_free_threaded(version: str, twin: bool = False) -> Path:
    """"3.13t": built from Debian's newest python3.13 source package into .pythons/3.13t/ (cached), and linked;
    `twin`: its GIL twin, .pythons/3.13-twin/ (python3.13-twin): the same release and flags less --disable-gil."""
    name, program = (version[:-1] + "-twin", f"python{version[:-1]}") if twin else (version, f"python{version}")
    if free_threaded.works(python := ROOT / name / "bin" / program, gil=twin):
        return link(python, f"python{name}")
    how_else, missing = free_threaded.HOW_ELSE, debian_closed()
    missing += [f"no `{tool}`" for tool in ("cc", "make", "tar") if not shutil.which(tool)]
    if missing:
        raise NotProvided(f"Cannot build Python {name} here: {'; '.join(missing)}. {how_else}")
    built = provide_free_threaded(version) if twin else None  # the twin copies its release and flags
    upstream = built and free_threaded.release(built)
    tree = free_threaded.download_source(apt_source, int(version[2:-1]), ROOT / "src", upstream)
    if tree is None:
        raise NotProvided(f"No python{version[:-1]} {upstream or ''} source package downloads from {MIRROR} "
                          f"({', '.join(SOURCE_SUITES)}). {how_else}")  # fmt: skip
    free_threaded.build(tree, ROOT / name, free_threaded.twin_flags(built) if built else None)
    if not free_threaded.works(python, gil=twin):
        raise NotProvided(f"Python {name} was built into {ROOT / name} but does not run with ssl, sqlite3 "
                          f"and ctypes (missing -dev headers?). {how_else}")  # fmt: skip
    return link(python, f"python{name}")


def debian_closed() -> list[str]:
    """Why Debian's packages cannot be used here (empty: they can)."""
    problems = []
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        problems.append(f"this is {platform.system()} {platform.machine()}, not Linux x86_64")
    missing = [tool for tool in ("apt-get", "dpkg-deb") if not shutil.which(tool)]
    problems += [f"no `{tool}` (not a Debian or Ubuntu system)" for tool in missing]
    if not Path(KEYRING).exists():
        problems.append(f"no {KEYRING} (Debian's package debian-archive-keyring)")
    return problems


def apt(*args: str, source: str = SID, state: Path | None = None) -> list[str]:
    """apt-get with a private configuration: only `source` (one sources.list line; sid's binaries
    by default), lists, cache and an empty status under `state`. The system's apt state is not touched."""
    state = state or ROOT / "apt"
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


def apt_source(*args: str) -> list[str]:
    """The private apt, holding only source packages, of every suite that may have the wanted python3.X."""
    lines = [f"deb-src [signed-by={KEYRING}] {MIRROR} {suite} main" for suite in SOURCE_SUITES]
    return apt(*args, source="\n".join(lines), state=ROOT / "apt-src")


def _download(versions: list[str]) -> list[Path]:
    debs = ROOT / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    subprocess.run(apt("update"), check=True)
    packages = list(LIBS)
    for v in versions:
        packages += [f"python{v}-minimal", f"libpython{v}-minimal", f"libpython{v}-stdlib", f"python{v}",
                     f"python{v}-venv"]  # fmt: skip
    for old in debs.glob("*.deb"):
        old.unlink()
    subprocess.run(apt("download", *packages), cwd=debs, check=True)
    return sorted(debs.glob("*.deb"))


def _relocate(python: Path) -> None:
    """Point the interpreter at the loader and libraries unpacked beside it (DT_RPATH also covers lib-dynload).

    Two calls, the rpath first: patchelf 0.18 given both changes at once (or the
    interpreter first) writes a binary that segfaults at start-up (seen on 3.15.2).
    """
    debian = ROOT / "debian-sid"
    loader, libdir = debian / LOADER, debian / LIBDIR
    patchelf = [str(loader), "--library-path", str(libdir), str(debian / "usr" / "bin" / "patchelf")]
    target = str(python.resolve())
    subprocess.run([*patchelf, "--force-rpath", "--set-rpath", str(libdir), target], check=True)
    subprocess.run([*patchelf, "--set-interpreter", str(loader), target], check=True)


def _byte_compile(version: str) -> None:
    """Compile the unpacked standard library, once, as Debian's postinst (py3compile) would.

    dpkg-deb -x runs no maintainer scripts, so no .pyc exists; with PYTHONDONTWRITEBYTECODE
    set (as on CI machines) every start would compile `multiprocessing` from source again,
    and a spawn or forkserver child would pay that on top of the real start cost."""
    stdlib = ROOT / "debian-sid" / "usr" / "lib" / f"python{version}"
    stamp = stdlib / ".byte-compiled"
    if stamp.exists():
        return
    subprocess.run([str(debian_python(version)), "-m", "compileall", "-q", "-j0", "-x", r"/(test|idlelib|tkinter)/",
                    str(stdlib)], check=False, capture_output=True)  # fmt: skip
    stamp.touch()


def make_venv(python: Path, venv: Path) -> None:
    """A venv with pip on `python`. Debian's ensurepip takes its pip wheel from the absolute
    /usr/share/python-wheels (the host's), so the venv starts without pip and gets it from the
    wheel unpacked beside the interpreter."""
    debian, real = ROOT / "debian-sid", python.resolve()
    if not real.is_relative_to(debian):
        subprocess.run([str(python), "-m", "venv", str(venv)], check=True)
        return
    subprocess.run([str(real), "-m", "venv", "--without-pip", str(venv)], check=True)
    wheel = next((debian / "usr/share/python-wheels").glob("pip-*.whl"))
    subprocess.run([str(venv / "bin" / "python"), str(wheel / "pip"), "install", "--quiet", "pip"], check=True)


def github_outputs(data: dict) -> str:
    """The hosted workflow's matrix, as $GITHUB_OUTPUT lines. `hosted` (JSON): the OS x Python rows, the GIL
    pythons the engine runs on ([project] requires-python) and hosted_free_threaded. `site`: setup-python's
    list, one a line, the reference last (it becomes `python3`)."""
    table = data["tool"]["proven"]
    oldest = re.search(r">=\s*3\.(\d+)", data.get("project", {}).get("requires-python", ">=3.0"))
    gil = [p for p in table["pythons"] if not p.endswith("t") and int(p.split(".")[1]) >= int(oldest[1])]
    site = [p for p in table["pythons"] if p != table["reference"]] + [table["reference"]]
    return f"hosted={json.dumps(gil + table.get('hosted_free_threaded', []))}\nsite<<EOF\n" + "\n".join(site) + "\nEOF"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tools/pythons.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for command in ("debian", "free-threaded", "twin"):
        commands.add_parser(command).add_argument("versions", nargs="*")
    venv = commands.add_parser("venv")
    venv.add_argument("folder", type=Path), venv.add_argument("version", nargs="?")
    commands.add_parser("github")
    args = parser.parse_args(argv)
    table = pyproject()["tool"]["proven"]
    if args.command == "github":
        print(github_outputs(pyproject()))
        return 0
    try:
        if args.command == "debian":
            versions = args.versions or table["debian"]
            if other := [v for v in versions if v not in table["debian"]]:
                print(f"pythons.py: only {', '.join(table['debian'])} come from Debian, not {', '.join(other)}",
                      file=sys.stderr)  # [tool.proven] debian
                return 2
            found = list(provide_debian(versions).values())
        elif args.command in ("free-threaded", "twin"):
            named = [v.removesuffix("t") + "t" for v in args.versions]
            versions = named or [p for p in table["pythons"] if p.endswith("t")]
            found = [provide_free_threaded(v, twin=args.command == "twin") for v in versions]
        else:
            version = args.version or table["reference"]
            on_path = shutil.which(f"python{version}")
            if version not in table["debian"] and not on_path:
                raise NotProvided(how_to_provide(version))
            python = provide_debian([version])[version] if version in table["debian"] else Path(on_path)
            make_venv(python, args.folder)
            found = [python]
    except NotProvided as exc:
        print(exc, file=sys.stderr)
        return 1
    print(*found, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
