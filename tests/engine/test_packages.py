"""proven.packages: uv installs a requirements file for each interpreter, from tiny local wheels (no network)."""

from __future__ import annotations

import base64
import hashlib
import zipfile
from pathlib import Path

import pytest

from proven import DocsError
from proven import packages as pk
from proven.interpreters import REFERENCE_PYTHON, Python, find_pythons


def wheel(folder: Path, name: str, requires: str = "") -> None:
    """A pure-Python wheel `name` 1.0 whose module says its name; `requires` is a Requires-Dist line."""
    files = {
        f"{name}/__init__.py": f"NAME = {name!r}\n",
        f"{name}-1.0.dist-info/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n"
        + (f"Requires-Dist: {requires}\n" if requires else ""),
        f"{name}-1.0.dist-info/WHEEL": (
            "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        ),
    }
    record = [f"{path},sha256={_digest(text)},{len(text.encode())}" for path, text in files.items()]
    files[f"{name}-1.0.dist-info/RECORD"] = "\n".join([*record, f"{name}-1.0.dist-info/RECORD,,"]) + "\n"
    with zipfile.ZipFile(folder / f"{name}-1.0-py3-none-any.whl", "w") as whl:
        for path, text in files.items():
            whl.writestr(path, text)


def _digest(text: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A docs root whose snippets/requirements.txt installs `app`, which needs `old` below Python 3.10
    only (as dask needs importlib-metadata below 3.12), from local wheels."""
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    wheel(wheels, "app", 'old==1.0; python_version < "3.10"')
    wheel(wheels, "old")
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / pk.REQUIREMENTS).write_text(f"--no-index\n--find-links {wheels}\napp==1.0\n")
    monkeypatch.setenv("UV_CACHE_DIR", str(tmp_path / "uv-cache"))  # this test's own, not the user's
    pk.packages_for.cache_clear()
    return tmp_path


def installed(folder: Path) -> set[str]:
    return {p.name.split("-")[0] for p in folder.glob("*.dist-info")}


def test_dependency_markers_are_evaluated_for_the_target_interpreter(root: Path) -> None:
    folder = pk.packages_for(root, REFERENCE_PYTHON)
    assert folder is not None and folder.parent == root / pk.FOLDER
    assert installed(folder) == ({"app", "old"} if REFERENCE_PYTHON.version < (3, 10) else {"app"})
    assert (folder / ".complete").exists()
    assert not folder.with_name(folder.name + ".partial").exists()
    # compiled as pip compiles: runs set PYTHONDONTWRITEBYTECODE and would otherwise compile every import again
    assert list(
        (folder / "app" / "__pycache__").glob(
            f"__init__.cpython-{REFERENCE_PYTHON.version[0]}{REFERENCE_PYTHON.version[1]}*.pyc"
        )
    )


def test_a_marker_for_older_pythons_installs_on_3_9_only(root: Path) -> None:
    python = find_pythons("3.9")[0]
    if python.executable is None:
        pytest.skip("no Python 3.9 on this machine")
    folder = pk.packages_for(root, python)
    assert folder is not None and folder.name.startswith("3.9-")
    assert installed(folder) == {"app", "old"}


def test_an_installed_folder_is_reused_without_uv(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = pk.packages_for(root, REFERENCE_PYTHON)
    pk.packages_for.cache_clear()
    monkeypatch.setattr(pk, "uv", lambda: pytest.fail("installed again"))
    assert pk.packages_for(root, REFERENCE_PYTHON) == first


def test_an_uninstallable_requirement_fails_loudly_and_leaves_no_folder(root: Path) -> None:
    requirements = root / "snippets" / pk.REQUIREMENTS
    requirements.write_text(requirements.read_text() + "no-such-package-for-proven==1.0\n")
    failed = r"(?s)snippets/requirements.txt could not be installed for Python .*no-such-package"
    with pytest.raises(DocsError, match=failed):
        pk.packages_for(root, REFERENCE_PYTHON)
    assert [p.name for p in (root / pk.FOLDER).iterdir() if not p.name.endswith(".lock")] == []


def test_no_requirements_file_no_folder(tmp_path: Path) -> None:
    assert pk.packages_for(tmp_path, REFERENCE_PYTHON) is None


def test_the_free_threaded_build_gets_its_own_file(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (root / "snippets" / pk.FREE_THREADED_REQUIREMENTS).write_text("tqdm==4.70.1\n")
    asked = []
    monkeypatch.setattr(pk, "_install", lambda requirements, python, target: asked.append(requirements.name))
    monkeypatch.setattr(Python, "patch_release", lambda self: "3.13.9")
    pk.packages_for(root, Python((3, 13), "/no/python3.13t", free_threaded=True))
    assert asked == [pk.FREE_THREADED_REQUIREMENTS]


def test_uv_never_downloads_an_interpreter(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = {}
    real_run = pk.subprocess.run

    def run(command: list[str], **kwargs: object) -> object:
        if "pip" not in command:  # e.g. asking the interpreter its release (cached only after a first call)
            return real_run(command, **kwargs)
        seen.update(command=command, env=kwargs["env"])
        raise RuntimeError("stop")

    monkeypatch.setattr(pk.subprocess, "run", run)
    with pytest.raises(RuntimeError, match="stop"):
        pk.packages_for(root, REFERENCE_PYTHON)
    assert seen["env"]["UV_PYTHON_DOWNLOADS"] == "never"
    assert seen["command"][1:5] == ["pip", "install", "--quiet", "--python"]
    assert seen["command"][seen["command"].index("--only-binary") + 1] == ":all:"
