"""proven.record: a test's key holds everything that can change its outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from proven import interpreters, record

REPO = Path(__file__).resolve().parents[2]


def test_a_key_holds_the_interpreters_exact_release(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another patch release (or build) of the same minor version is another key."""
    python = interpreters.Python((3, 99), "/usr/bin/python3.99")
    builds = iter(["3.99.1 (main, Jan 1 2026)", "3.99.2 (main, Feb 1 2026)"])
    monkeypatch.setattr(interpreters, "_describe", lambda executable: {"build": next(builds)})
    keys = {record.key(REPO, "t::x", Path(__file__), {"python": python}, (), []) for _ in range(2)}
    assert len(keys) == 2
