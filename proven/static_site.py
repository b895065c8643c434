"""The built site: ``mkdocs build --strict``, and a local server on 127.0.0.1 for the browser suite and review scripts.

Served the way a static host such as GitHub Pages serves it: text gzip-compressed
when the browser accepts it.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class BuildError(Exception):
    """`mkdocs build --strict` failed; the message holds what it printed."""


def build(root: Path, out: Path, **environment: str) -> Path:
    """`mkdocs build --strict` of the project in `root` into `out`, with this interpreter (the venv's)
    and these environment variables set (e.g. REPO_URL)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **environment}  # silence Material's banner
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        raise BuildError(f"mkdocs build --strict failed:\n{proc.stderr}{proc.stdout}")
    return out


class StaticHostHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files the way a static host does: text gzip-compressed; no access log on stderr."""

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        compressible = path.endswith(COMPRESSED)
        if not (compressible and os.path.isfile(path) and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1, on a free port, from a daemon thread; yields the base URL."""
    handler = functools.partial(StaticHostHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def page_paths(site_dir: Path) -> list[str]:
    """URL paths of every built page: each index.html except one under a 404 folder; home first."""
    paths = []
    for index in site_dir.rglob("index.html"):
        rel = index.parent.relative_to(site_dir)
        if "404" not in rel.parts:
            paths.append("/" if rel == Path(".") else f"/{rel.as_posix()}/")
    return sorted(paths, key=lambda p: (p != "/", p))


@contextlib.contextmanager
def served_site(root: Path, only: Sequence[str] = ()) -> Iterator[tuple[str, list[str]]]:
    """Build the project in `root` into a temporary folder and serve it; yields (base URL, page paths).

    only: keep just the pages whose URL path contains one of these substrings (all if empty).
    """
    with tempfile.TemporaryDirectory(prefix="site-") as tmp:
        build(root, Path(tmp))
        paths = [p for p in page_paths(Path(tmp)) if not only or any(o in p for o in only)]
        with serve(Path(tmp)) as base:
            yield base, paths
