"""Comparing what a page shows with what a run printed, and the diff a failure shows."""

from __future__ import annotations

import difflib

from .normalisers import NORMALISERS
from .settings import Settings


def normalise(text: str, settings: Settings) -> str:
    """Apply the declared normalisers; drop trailing spaces and trailing blank lines."""
    for name in settings.normalise:
        text = NORMALISERS[name](text)
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def same_output(expected: str, actual: str, settings: Settings) -> bool:
    expected, actual = normalise(expected, settings), normalise(actual, settings)
    if settings.order == "any":
        return sorted(expected.splitlines()) == sorted(actual.splitlines())
    return expected == actual


def diff(expected: str, actual: str, settings: Settings, *, expected_name: str, actual_name: str) -> str:
    """A unified diff of the normalised texts (lines sorted first when their order may vary)."""
    a, b = normalise(expected, settings).splitlines(), normalise(actual, settings).splitlines()
    if settings.order == "any":
        a, b = sorted(a), sorted(b)
        expected_name += " (lines sorted: order may vary)"
    lines = difflib.unified_diff(a, b, expected_name, actual_name, lineterm="", n=3)
    return "\n".join(lines)
