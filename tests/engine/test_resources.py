"""site_rules.resources: every way a page can fetch something, found in its HTML and CSS."""

from __future__ import annotations

from site_rules.resources import resources_loaded


def test_resources_loaded_finds_every_kind_of_fetch() -> None:
    html = (
        '<link rel="stylesheet" href="https://fonts.example/css"><link rel="canonical" href="https://x/">'
        '<style>@import url("https://a.example/a.css"); @import "//b.example/b.css";</style>'
        '<script src="/local.js"></script><div style="background:url(http://c.example/i.png)"></div>'
        '<p>url(http://text.example) is only text</p><a href="https://docs.python.org">a link</a>'
    )
    assert resources_loaded(html) == [
        "https://fonts.example/css", "https://a.example/a.css", "//b.example/b.css", "/local.js", "http://c.example/i.png",
    ]  # fmt: skip
