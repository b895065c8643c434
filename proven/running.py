"""Running a program the way a reader does, `python path/to/snippet.py`, as a process tree watched for progress.

How a run is made (one place; the README's "What the tests check" says the same):

- **As the reader runs it.** Standard output and standard error are one real pseudo-terminal
  (POSIX), as in a terminal window: Python line-buffers it and may colour it (colour codes are
  removed from what is compared: a page shows the text). A snippet declaring ``terminal = false``
  gets a plain pipe instead, as in ``python name.py | cat``. The ``unbuffered`` environment is
  the pipe with ``PYTHONUNBUFFERED=1``: PyCharm's run configurations, ``python -u``, and the
  ``ENV PYTHONUNBUFFERED=1`` line of many Dockerfiles.
- **No injected code under the default start method.** Other start methods are set from
  outside the program by ``child_env/sitecustomize.py`` on PYTHONPATH, so not a line of the
  snippet changes; the run under the interpreter's own default carries no sitecustomize at all.
  Everything else in the environment that would make a run differ from a reader's is removed.
- **Slow is not hung.** A run fails as hung when its whole process tree (every process that
  inherited the run's token, wherever it went) has made no progress for ``quiet`` seconds
  (default QUIET; a snippet that waits on purpose declares more): it printed nothing, no process
  started or ended, and together they used less than MIN_CPU seconds of CPU. A machine that is
  merely busy slows a run down, never stops it. BACKSTOP seconds end any run, busy or not.
- **Nothing outlives a run.** The program gets a session of its own, killed after every run;
  processes that left it (a daemon, a cluster's scheduler) are found by the run's token.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import psutil

from .normalisers import COLOUR
from .settings import QUIET, Interrupt

UNBUFFERED = "unbuffered"
"""The environment of PyCharm, `python -u` and Docker's usual ENV line: PYTHONUNBUFFERED=1, stdout a pipe."""
CHILD_ENV = Path(__file__).resolve().parent / "child_env"
RUN_MARK = "DOCS_RUN"  # every process of one run inherits this variable, set to the run's token
OUTLIVE_GRACE = 5.0  # seconds a process may take to end after the program has ended
MIN_CPU = 0.05  # CPU seconds a quiet tree must use to count as working (an idle, hung Pool uses 0.00 in 10 s)
BACKSTOP = 180.0  # seconds after which any run is stopped, progress or not (a busy infinite loop)
SAMPLE = 1.0  # seconds between looks at the process tree, once the output has been silent this long
TERMINAL_SIZE = (24, 80)  # rows, columns of the pseudo-terminal, a terminal window's default


def interruptible_children() -> None:
    """SIGINT at its default in what this process starts, as in a reader's terminal: a shell starts
    background jobs (and some CI wrappers start everything) with SIGINT ignored, and a child inherits
    that, so Python would leave it ignored and no Ctrl-C example would behave as shown (`make test &`
    failed them all). A handler, unlike an ignored signal, is reset to the default by exec (and no
    preexec_fn is needed, which is unsafe in a process with threads)."""
    try:
        if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
            signal.signal(signal.SIGINT, signal.default_int_handler)
    except ValueError:  # not the main thread: only the main thread may set handlers
        pass


@dataclass(frozen=True)
class Run:
    output: str  # stdout and stderr as one stream, as in a terminal, plus an exit-code line
    returncode: int | None  # None: stopped as hung (see `hung`)
    left_running: tuple[str, ...] = ()  # "pid: command line" of each one running OUTLIVE_GRACE s after the end
    hung: str = ""  # why it was stopped: no progress for `quiet` seconds, or the backstop


def run_snippet(
    path: Path,
    method: str | None,
    *,
    quiet: float = QUIET,
    python: str = sys.executable,
    stdin: bool = False,
    terminal: bool = True,
    unbuffered: bool = False,
    interrupt: Interrupt | None = None,
    packages: Path | None = None,
    flags: tuple[str, ...] = (),
) -> Run:
    """Run `path` as its own process tree and return what it printed.

    `method`: the start method to set from outside (sitecustomize); None runs the program
    exactly as `python name.py` does, under the interpreter's default. `terminal`: stdout and
    stderr on a pseudo-terminal (a pipe where the platform has none). `unbuffered`: a pipe and
    PYTHONUNBUFFERED=1. With `interrupt`, the signal goes to the whole process group, as a
    terminal sends Ctrl-C's SIGINT to every process of the foreground job. `flags`: `python -O name.py`.
    """
    if interrupt and os.name != "posix":  # pragma: no cover - Windows
        raise NotImplementedError("interrupt needs POSIX process groups: declare not_on = { win32 = ... }")
    pty = terminal and not unbuffered and os.name == "posix"
    line_buffered = terminal and not pty and not unbuffered
    env = reader_environment(method, packages, unbuffered=unbuffered, line_buffered=line_buffered)
    interruptible_children()
    token = uuid.uuid4().hex
    env[RUN_MARK] = token
    if pty:
        env["TERM"] = env.get("TERM") or "xterm-256color"  # a terminal emulator always sets one
        for size in ("COLUMNS", "LINES"):
            env.pop(size, None)
    reader, writer = _terminal() if pty else os.pipe()
    posix = os.name == "posix"
    try:
        with open(path, "rb") if stdin else open(os.devnull, "rb") as source:
            proc = subprocess.Popen(
                [python, *flags, "-" if stdin else path.name],
                cwd=path.parent,
                env=env,
                stdin=source,
                stdout=writer,
                stderr=writer,
                start_new_session=posix,
                creationflags=0 if posix else subprocess.CREATE_NEW_PROCESS_GROUP,
            )
    finally:
        os.close(writer)  # the program's processes hold the only writing ends: end of output = all closed
    watch = _Watch(proc, reader, token)
    left: dict[int, str] = {}
    try:
        watch.until_done(quiet, interrupt)
        if not watch.hung:  # it ended: all it started must end too, before any kill of ours
            left = _still_running(token)
    finally:
        _kill_tree(proc, token)
        watch.finish()
    text = watch.text()
    if pty:
        text = COLOUR.sub("", text)
    returncode = None if watch.hung else proc.returncode
    if returncode:
        text = text.rstrip("\n") + f"\n[exit code {returncode}]\n"
    return Run(text, returncode, tuple(f"{pid}: {command}" for pid, command in sorted(left.items())), watch.hung)


def _terminal() -> tuple[int, int]:
    """A pseudo-terminal (master, slave), sized like a terminal window."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", *TERMINAL_SIZE, 0, 0))
    return master, slave


class _Watch:
    """Reads a run's output as it comes and decides, by the rule in this module's docstring, when it is hung."""

    def __init__(self, proc: subprocess.Popen, fd: int, token: str) -> None:
        self.proc, self.fd, self.token = proc, fd, token
        self.chunks: list[bytes] = []
        self.start = self.last_output = time.monotonic()
        self.hung = ""
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:  # a pseudo-terminal whose last writer closed it: EIO
                return
            if not chunk:
                return
            self.chunks.append(chunk)
            self.last_output = time.monotonic()

    def text(self) -> str:
        return b"".join(self.chunks).decode("utf-8", errors="replace").replace("\r\n", "\n")

    def until_done(self, quiet: float, interrupt: Interrupt | None) -> None:
        """Until every writer has closed the output and the program has exited, or it is hung."""
        last_progress, baseline, sampled = self.start, None, 0.0
        signalled = interrupt is None
        line_seen: float | None = None
        while self.reader.is_alive() or self.proc.poll() is None:
            self.reader.join(0.05)
            now = time.monotonic()
            if not signalled:
                if line_seen is None and (interrupt.after_line is None or self._printed_line(interrupt.after_line)):
                    line_seen = now
                if line_seen is not None and now - line_seen >= (interrupt.after_seconds or 0.0):
                    if self.proc.poll() is None:
                        os.killpg(self.proc.pid, getattr(signal, interrupt.signal))
                    signalled = True
            last_progress = max(last_progress, self.last_output)
            if now - last_progress < SAMPLE:
                baseline = None  # printing: the tree is looked at once the output has been silent a while
            elif now - sampled >= SAMPLE:
                pids, cpu = _tree(self.token)
                sampled = now
                if baseline is None:
                    baseline = (pids, cpu)
                elif pids != baseline[0] or cpu - baseline[1] >= MIN_CPU:
                    last_progress = now  # a process started or ended, or they worked
            if now - last_progress >= quiet:
                self.hung = (
                    f"made no progress for {quiet:g} s (printed nothing, started or ended no process, "
                    f"used under {MIN_CPU:g} s of CPU)"
                )
                return
            if now - self.start >= BACKSTOP:
                self.hung = f"was still running after {BACKSTOP:g} s (the backstop for every run)"
                return

    def _printed_line(self, text: str) -> bool:
        wanted = text.encode()
        return any(wanted in line for line in b"".join(self.chunks).splitlines(keepends=True) if line.endswith(b"\n"))

    def finish(self) -> None:
        """After the kill: the output's last bytes, the exit status, the descriptor closed."""
        self.reader.join(5)
        self.proc.wait()
        os.close(self.fd)


def reader_environment(
    method: str | None, packages: Path | None = None, *, unbuffered: bool = False, line_buffered: bool = False
) -> dict[str, str]:
    """This environment without what would make a run differ from a reader's: PYTHON* settings
    (PYTHONUNBUFFERED, PYTHONHASHSEED, ...) and pytest's PYTEST_* (ipykernel, for one, stops
    capturing child-process output when it sees PYTEST_CURRENT_TEST).

    `method`: the sitecustomize in CHILD_ENV makes it the default start method; None puts no code
    of ours into the run. `line_buffered`: the same sitecustomize line-buffers stdout, as a terminal
    would (where no pseudo-terminal exists: Windows). `unbuffered`: PYTHONUNBUFFERED=1. `packages`:
    the folder of third-party packages the snippets may import (proven.packages), on PYTHONPATH as
    a reader's `pip install` would put them on sys.path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST_"))}
    inject = method is not None or line_buffered
    path = [str(p) for p in (CHILD_ENV if inject else None, packages) if p]
    if path:
        env["PYTHONPATH"] = os.pathsep.join(path)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ in snippets/; a reader's run differs only by it
    if os.name != "posix":  # pragma: no cover - a Windows pipe's default encoding is the ANSI code page
        env["PYTHONIOENCODING"] = "utf-8"
    if method:
        env["DOCS_START_METHOD"] = method
    if line_buffered:
        env["DOCS_LINE_BUFFERED"] = "1"
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    return env


def _marked(token: str) -> list[psutil.Process]:
    """Running processes whose environment holds RUN_MARK=token (a zombie's environment reads as none)."""
    found = []
    for process in psutil.process_iter(["environ"]):
        environ = process.info["environ"]
        if environ and environ.get(RUN_MARK) == token:
            found.append(process)
    return found


def _tree(token: str) -> tuple[frozenset[int], float]:
    """The run's processes and the CPU time they (and the children they reaped) have used."""
    pids, cpu = set(), 0.0
    for process in _marked(token):
        try:
            times = process.cpu_times()
        except psutil.Error:  # ended meanwhile
            continue
        pids.add(process.pid)
        cpu += times.user + times.system + getattr(times, "children_user", 0.0) + getattr(times, "children_system", 0.0)
    return frozenset(pids), cpu


def _still_running(token: str) -> dict[int, str]:
    """The run's processes still running OUTLIVE_GRACE seconds after the program ended: those
    left in its session (which the kill after every run would otherwise end unnoticed) and
    those that left it (setsid, a daemon's double fork)."""
    deadline = time.monotonic() + OUTLIVE_GRACE
    while (left := _marked(token)) and time.monotonic() < deadline:
        time.sleep(0.05)
    found = {}
    for process in left:
        try:
            found[process.pid] = " ".join(process.cmdline())
        except psutil.Error:
            continue
    return found


def _kill_tree(proc: subprocess.Popen, token: str) -> None:
    """The program's session, then every process of the run, wherever it went (on Windows, where
    there is no session to kill, the token alone finds them)."""
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    for process in _marked(token):
        with contextlib.suppress(psutil.Error):
            process.kill()
