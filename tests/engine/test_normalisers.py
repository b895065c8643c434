"""proven.normalisers: what a run prints that differs from run to run is written as the page shows it."""

from __future__ import annotations

import pytest

from proven import Settings, normalise


@pytest.mark.parametrize(
    ("settings", "raw", "shown"),
    [
        (Settings(normalise=("pid",)), "child pid=4242 parent pid: 17\n", "child pid=<pid> parent pid: <pid>\n"),
        (Settings(normalise=("address",)), "<function <lambda> at 0x7f3a2c>\n", "<function <lambda> at 0x...>\n"),
        (
            Settings(normalise=("traceback",)),
            'Traceback (most recent call last):\n  File "/x/y.py", line 3, in f\n    1 / 0\n    ~~^~~\n'
            "ZeroDivisionError: division by zero\n",
            "Traceback (most recent call last):\n  ...\nZeroDivisionError: division by zero\n",
        ),
        (Settings(), "trailing spaces   \n\n\n", "trailing spaces\n"),
        (
            Settings(normalise=("loader",)),
            "on <module '__main__' (<class '_frozen_importlib.BuiltinImporter'>)>\n",
            "on <module '__main__' (built-in)>\n",
        ),
        (
            Settings(normalise=("lookup",)),
            "AttributeError: Can't get attribute 'f' on <module '__main__' "
            "(<class '_frozen_importlib.BuiltinImporter'>)>\n",
            "AttributeError: module '__main__' has no attribute 'f'\n",
        ),
        (
            Settings(normalise=("repeats",)),
            "Traceback (most recent call last):\nRuntimeError: x\n" * 3 + "Traceback (most recent call last):\nEnd\n",
            "Traceback (most recent call last):\nRuntimeError: x\nTraceback (most recent call last):\nEnd\n",
        ),
    ],
    ids=["pid", "address", "traceback", "whitespace", "loader", "lookup", "repeats"],
)
def test_normalisers(settings: Settings, raw: str, shown: str) -> None:
    assert normalise(raw, settings) == shown
