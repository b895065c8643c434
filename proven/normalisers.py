"""Normalisers: each replaces a kind of text that changes from run to run.

A snippet names the ones it needs in its folder's ``examples.toml``
(``normalise = ["pid", "traceback"]``); they are applied to the expected and
the actual output alike before the two are compared.
"""

from __future__ import annotations

import re

# SGR sequences: colour is presentation, a page shows the text (3.13+ colours tracebacks in a terminal)
COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def _elide_traceback_frames(text: str) -> str:
    """Keep ``Traceback ...:`` and the exception lines; replace the frames with ``  ...``.

    Frames carry file paths and standard-library line numbers that differ between
    machines and Python versions; doctest elides them the same way.
    """
    out: list[str] = []
    in_frames = False
    for line in text.splitlines():
        if line.lstrip().startswith("Traceback (most recent call last):"):
            out.append(line)
            out.append("  ...")
            in_frames = True
        elif in_frames and (line.startswith((" ", "\t")) or not line):
            continue
        else:
            in_frames = False
            out.append(line)
    return "\n".join(out)


def _collapse_repeats(text: str) -> str:
    """Show a traceback block printed again and again (replacement workers failing alike) once.

    How many times it is printed depends on timing (how many replacements fail before
    the program gives up), so once and many times compare equal.
    """
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line == "Traceback (most recent call last):":
            blocks.append([])
        blocks[-1].append(line)
    out: list[str] = []
    for i, block in enumerate(blocks):
        if not (i > 1 and block == blocks[i - 1]):
            out.extend(block)
    return "\n".join(out)


def _final_progress(text: str) -> str:
    """What a terminal shows once progress bars are done: each \\r-rewritten line's last state,
    with tqdm's timing (`[00:01<00:00, 9.87it/s]`) as `[<time>]`; trailing padding dropped."""
    lines = []
    for line in text.split("\n"):
        if "\r" in line:
            line = next((part for part in reversed(line.split("\r")) if part.strip()), "")
        lines.append(re.sub(r"\[[0-9:]+<[^\]]*\]", "[<time>]", line).rstrip())
    return "\n".join(lines)


NORMALISERS = {
    "progress": _final_progress,
    # A bar's width follows the terminal's (80 columns in a run's pseudo-terminal, 10 characters
    # through a pipe, as PyCharm's console or Docker without -t give): compared as "|<bar>|".
    "bar": lambda text: re.sub(r"(\d+%)\|[^|\n]*\|", r"\1|<bar>|", text),
    "pid": lambda text: re.sub(r"\b(pid[=: ]+)\d+", r"\1<pid>", text),
    "address": lambda text: re.sub(r"\b0x[0-9a-fA-F]+\b", "0x...", text),
    "traceback": _elide_traceback_frames,
    "repeats": _collapse_repeats,
    # Processes writing at the same moment can mix pieces of their lines: compare only which
    # characters were printed, not their order (shown for a notebook pitfall).
    "characters": lambda text: "".join(sorted(text.replace(" ", "").replace("\n", ""))),
    # A built-in module's loader as Python 3.9-3.11 show it in a module's repr,
    # "(built-in)"; 3.12 and later show "(<class '_frozen_importlib.BuiltinImporter'>)".
    "loader": lambda text: text.replace("(<class '_frozen_importlib.BuiltinImporter'>)", "(built-in)"),
    # A duration such as "0.62 s": it depends on the machine and its load. The output file keeps
    # the figures of the run that wrote it (KEEP_AS_PRINTED); comparisons ignore them.
    "seconds": lambda text: re.sub(r"\b\d+(?:\.\d+)? (m?s)\b", r"<seconds> \1", text),  # 0.54 s, 1.7 ms
    # A child that cannot find a function of __main__: 3.14+ say "module '__main__' has no
    # attribute 'f'", 3.9-3.13 "Can't get attribute 'f' on <module '__main__' (built-in)>"
    # (3.12-3.13 with the loader's class). Both -> the 3.14+ wording.
    "lookup": lambda text: re.sub(
        r"Can't get attribute '([^']+)' on <module '__main__' \((?:built-in|<class '[^']*'>)\)>",
        r"module '__main__' has no attribute '\1'",
        text,
    ),
    # The folder the snippet ran in (it differs between machines) -> "<folder>". Applied by
    # Snippet.run, which knows the folder; listed here so that settings can name it.
    "folder": lambda text: text,
}

KEEP_AS_PRINTED = {"seconds", "bar"}
"""Normalisers that compare but do not rewrite: --update-examples writes what was printed."""
