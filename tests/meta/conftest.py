"""The meta-tests: the fixture site (tests/fixtures/site) copied by pytester, one defect each, run by pytest."""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

import pytest

# --import-mode=importlib keeps test folders off sys.path: this one is put there so that the test
# modules share the runners and the patches of `fixture_site`.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def site(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the fixture site, pytester's folder, where the runs happen.

    Runs must not trust a proof record (CI's variables would change what is trusted), and they
    keep the real HOME that pytester replaces: uv's cache, pyenv's interpreters, ruff's cache live there.
    """
    home = os.environ.get("HOME")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pytest.PytestExperimentalApiWarning)  # copy_example is "experimental"
        path = pytester.copy_example("site")
    if home:
        monkeypatch.setenv("HOME", home)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("PROOF_RECORD_SINCE", raising=False)
    return path
