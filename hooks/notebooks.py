"""MkDocs hook: keep notebook pages light and free of broken requests.

mkdocs-jupyter inlines JupyterLab's whole stylesheet (about 590 KB) into every
notebook page and adds a MathJax <script> with an empty src (a request for the
page itself, run as a script). This hook drops that script and replaces the
inline styles with one shared stylesheet, trimmed to the rules whose classes
appear on some notebook page, and makes scrollable code blocks focusable.
"""

from __future__ import annotations

import re
from pathlib import Path

import tinycss2

STYLE = re.compile(r'<style type="text/css">(.*?)</style>', re.S)
EMPTY_SCRIPT = re.compile(r'<script src="">\s*</script>')
CSS_PATH = "assets/stylesheets/notebook.css"

_css: list[str] = []  # the inline stylesheets, in page order (the same on every notebook page)
_classes: set[str] = set()  # every class used in a notebook page


def on_post_page(output: str, page, config) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    output = EMPTY_SCRIPT.sub("", output)
    output = output.replace("<pre>", '<pre tabindex="0">')  # scrollable code: reachable by keyboard
    blocks = STYLE.findall(output)
    if blocks and not _css:
        _css.extend(blocks)
    _classes.update(c for attr in re.findall(r'class="([^"]*)"', output) for c in attr.split())
    depth = page.url.count("/")
    link = f'<link rel="stylesheet" href="{"../" * depth}{CSS_PATH}">'
    output = STYLE.sub("", output, count=0)
    return output.replace("</head>", f"{link}\n</head>", 1)


def on_post_build(config) -> None:
    if not _css:
        return
    target = Path(config.site_dir) / CSS_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(_trim(css) for css in _css), encoding="utf-8")


def _trim(css: str) -> str:
    css = css.replace(".highlight ", ".highlight-ipynb ")  # as mkdocs-jupyter's template does
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return "".join(_keep(rule) for rule in rules)


def _keep(rule) -> str:
    if rule.type == "qualified-rule":
        selectors: list[list] = [[]]  # split at top-level commas; those inside :is(...) stay
        for token in rule.prelude:
            if token.type == "literal" and token.value == ",":
                selectors.append([])
            else:
                selectors[-1].append(token)
        wanted = [
            text
            for text in (tinycss2.serialize(sel).strip() for sel in selectors)
            if set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", text)) <= _classes
        ]
        if not wanted:
            return ""
        return ",".join(wanted) + "{" + tinycss2.serialize(rule.content) + "}"
    if rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
        inner = "".join(_keep(r) for r in tinycss2.parse_rule_list(rule.content, True, True))
        return f"@{rule.at_keyword} {tinycss2.serialize(rule.prelude)}{{{inner}}}" if inner else ""
    if rule.type == "error":
        return ""  # mkdocs-jupyter also inlines a Python list's repr as "CSS"
    return tinycss2.serialize([rule])
