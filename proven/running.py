"""Running a program the way a reader does, `python path/to/snippet.py`, as a process tree with a time limit.

The start method is set from outside the program, by ``child_env/sitecustomize.py``
on PYTHONPATH, so not a line of the snippet changes; everything else in the
environment that would make a run differ from a reader's is removed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from .settings import Interrupt

START_METHODS = ("fork", "spawn", "forkserver")
CHILD_ENV = Path(__file__).resolve().parent / "child_env"
RUN_MARK = "DOCS_RUN"  # every process of one run inherits this variable, set to the run's token
OUTLIVE_GRACE = 5.0  # seconds a process may take to end after the program has ended


def _as_in_a_terminal() -> None:
    """SIGINT at its default, as in a reader's terminal: a shell starts background jobs (and some
    CI wrappers start everything) with SIGINT ignored, and a child inherits that, so Python would
    leave it ignored and no Ctrl-C example would behave as shown (`make test &` failed them all)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@dataclass(frozen=True)
class Run:
    output: str  # stdout and stderr as one stream, as in a terminal, plus an exit-code line
    returncode: int | None  # None: killed after the timeout
    left_running: tuple[str, ...] = ()  # "pid: command line" of each process still running
    # OUTLIVE_GRACE seconds after the program ended (then killed); Linux only


def run_snippet(
    path: Path,
    method: str | None,
    *,
    timeout: float,
    python: str = sys.executable,
    stdin: bool = False,
    terminal: bool = True,
    interrupt: Interrupt | None = None,
    packages: Path | None = None,
) -> Run:
    """Run `path` as its own process under `method` and return what it printed.

    The process gets a session of its own, so on timeout (and after every run) the
    whole tree — children, forkserver, resource tracker — is killed: nothing
    outlives the test. With `interrupt`, the signal goes to that whole process
    group, as a terminal sends Ctrl-C's SIGINT to every process of the foreground job.

    A program that ends must end everything it started: on Linux, every process
    that carries this run's token in its environment (inherited, whatever session
    it moved to: a cluster's scheduler, a daemon) and is still running
    OUTLIVE_GRACE seconds after the program ended is listed in `left_running`.
    """
    if interrupt and os.name != "posix":  # pragma: no cover - Windows
        raise NotImplementedError("interrupt needs POSIX process groups: declare not_on = { win32 = ... }")
    env = reader_environment(method, packages)
    token = uuid.uuid4().hex
    env.update(PYTHONIOENCODING="utf-8", **{RUN_MARK: token})
    if not terminal:
        env["DOCS_STDOUT"] = "pipe"
    posix = os.name == "posix"
    with open(path, "rb") if stdin else open(os.devnull, "rb") as source:
        proc = subprocess.Popen(
            [python, "-" if stdin else path.name],
            cwd=path.parent,
            env=env,
            stdin=source,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=posix,
            creationflags=0 if posix else subprocess.CREATE_NEW_PROCESS_GROUP,
            preexec_fn=_as_in_a_terminal if posix else None,
        )
    left: dict[int, str] = {}
    try:
        if interrupt:
            out, returncode = _run_interrupted(proc, interrupt, timeout)
        else:
            out, _ = proc.communicate(timeout=timeout)
            returncode = proc.returncode
        if returncode is not None:  # it ended: all it started must end too, before any kill of ours
            left = _still_running(token)
    except subprocess.TimeoutExpired:
        _kill_tree(proc)
        out, _ = proc.communicate()
        returncode = None
    finally:
        _kill_tree(proc)
        for pid in left:
            _kill(pid)
    text = out.decode("utf-8", errors="replace").replace("\r\n", "\n")
    if returncode:
        text = text.rstrip("\n") + f"\n[exit code {returncode}]\n"
    return Run(text, returncode, tuple(f"{pid}: {command}" for pid, command in sorted(left.items())))


def _run_interrupted(proc: subprocess.Popen, interrupt: Interrupt, timeout: float) -> tuple[bytes, int | None]:
    """Collect the output, send the signal to the process group when it is due, wait for the end."""
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.extend(iter(lambda: os.read(proc.stdout.fileno(), 65536), b"")))
    reader.start()
    start = time.monotonic()
    deadline = start + timeout
    wanted = interrupt.after_line.encode() if interrupt.after_line is not None else None
    seen: list[float] = []  # when the line came

    def due() -> bool:
        if wanted is not None and not seen:
            if not any(wanted in line for line in b"".join(chunks).splitlines(keepends=True) if line.endswith(b"\n")):
                return False
            seen.append(time.monotonic())
        since = seen[0] if seen else start
        return time.monotonic() - since >= (interrupt.after_seconds or 0.0)

    while reader.is_alive() and time.monotonic() < deadline and not due():
        time.sleep(0.01)
    if reader.is_alive() and proc.poll() is None and time.monotonic() < deadline:
        os.killpg(proc.pid, getattr(signal, interrupt.signal))
    reader.join(max(0.0, deadline - time.monotonic()))
    hung = reader.is_alive()  # still running, or a child still holds the output open
    if hung:
        _kill_tree(proc)
        reader.join()
    proc.stdout.close()
    returncode = proc.wait()
    return b"".join(chunks), None if hung else returncode


def reader_environment(method: str | None, packages: Path | None = None) -> dict[str, str]:
    """This environment without what would make a run differ from a reader's: PYTHON* settings
    (PYTHONUNBUFFERED, PYTHONHASHSEED, ...) and pytest's PYTEST_* (ipykernel, for one, stops
    capturing child-process output when it sees PYTEST_CURRENT_TEST). With `method`, the
    sitecustomize in CHILD_ENV makes it the default start method. `packages`: the folder of
    third-party packages the snippets may import (proven.packages), also on PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST_"))}
    env.update(PYTHONPATH=os.pathsep.join(str(p) for p in (CHILD_ENV, packages) if p), PYTHONDONTWRITEBYTECODE="1")
    if method:
        env["DOCS_START_METHOD"] = method
    return env


def _marked(token: str) -> dict[int, str]:
    """Running processes whose environment holds RUN_MARK=token, pid -> command line (Linux: /proc;
    elsewhere none are found). A process's /proc environ is the one it started with; a zombie's is empty."""
    needle, found = f"{RUN_MARK}={token}".encode(), {}
    if not os.path.isdir("/proc"):  # pragma: no cover - macOS, Windows
        return found
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/environ", "rb") as environ:
                    if needle not in environ.read().split(b"\0"):
                        continue
                with open(f"/proc/{entry.name}/cmdline", "rb") as cmdline:
                    found[int(entry.name)] = cmdline.read().replace(b"\0", b" ").decode(errors="replace").strip()
            except OSError:  # ended meanwhile, or not ours to read
                continue
    return found


def _still_running(token: str) -> dict[int, str]:
    """The run's processes still running OUTLIVE_GRACE seconds after the program ended: those
    left in its session (which the kill after every run would otherwise end unnoticed) and
    those that left it (setsid, a daemon's double fork)."""
    deadline = time.monotonic() + OUTLIVE_GRACE
    while (left := _marked(token)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _kill_tree(proc: subprocess.Popen) -> None:
    if os.name == "posix":
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    else:  # pragma: no cover - Windows
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True)
