"""What a built page makes a browser fetch: scripts, stylesheets, images, fonts, frames.

Used to prove at build time that no page loads anything from another host (the
browser suite checks the same at run time).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser


class _Resources(HTMLParser):
    LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch", "preconnect"}

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.in_style = tag == "style"
        if tag == "link" and set(a.get("rel", "").split()) & self.LINK_RELS:
            self.urls.append(a.get("href", ""))
        elif tag in {"script", "img", "iframe", "source", "audio", "video", "embed"} and a.get("src"):
            self.urls.append(a["src"])
        self.urls += _css_urls(a.get("style", ""))

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.urls += _css_urls(data)


def _css_urls(css: str) -> list[str]:
    return re.findall(r"""(?:@import\s+(?:url\()?|url\()\s*['"]?([^'")\s]+)""", css)


def resources_loaded(text: str, *, css: bool = False) -> list[str]:
    """URLs a browser fetches to show this HTML page or stylesheet (scripts, styles, images, fonts)."""
    if css:
        return _css_urls(text)
    parser = _Resources()
    parser.feed(text)
    return parser.urls
