"""The browser that opens the local site: Debian's Chromium, never a downloaded one.

The flags keep it headless, quiet and off the network on a machine without internet
(as root it needs --no-sandbox); the browser suite and the review scripts share them.
"""

from __future__ import annotations

import os
import shutil

CHROMIUM = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
