"""Build the site and serve it on 127.0.0.1, for the review scripts (lighthouse.py, screenshots.py).

Served the way a static host such as GitHub Pages serves it: text gzip-compressed.
"""

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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_site(out_dir):
    """mkdocs build --strict into out_dir, with this interpreter (the venv's)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # silence Material's banner
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out_dir)]
    result = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
    if result.returncode:
        sys.exit(f"mkdocs build failed (exit {result.returncode})")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site the way a static host (GitHub Pages) does: text gzip-compressed."""

    def log_message(self, *args):  # no access log on stderr
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        compressible = path.endswith((".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"))
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


def serve(directory):
    """Serve directory on 127.0.0.1, on a free port, from a daemon thread."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def page_paths(site):
    """URL paths of every page: each index.html except one under a 404 folder."""
    paths = []
    for index in site.rglob("index.html"):
        rel = index.parent.relative_to(site)
        if "404" not in rel.parts:
            paths.append("/" if rel == Path(".") else f"/{rel.as_posix()}/")
    return sorted(paths, key=lambda p: (p != "/", p))  # home page first


@contextlib.contextmanager
def served_site(only=None):
    """Build the site into a temporary folder and serve it; yields (base URL, page paths).

    only: keep just the pages whose URL path contains this substring.
    """
    with tempfile.TemporaryDirectory(prefix="site-") as tmp:
        build_site(tmp)
        paths = [p for p in page_paths(Path(tmp)) if not only or only in p]
        server = serve(tmp)
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}", paths
        finally:
            server.shutdown()
