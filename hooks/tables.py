"""MkDocs hook: each table arrives in the wrapper Material's script would move it into at load.

Material's bundle finds every `<table>` without a class when the page loads and moves it into
`<div class="md-typeset__scrollwrap"><div class="md-typeset__table">`. Moving a table makes the
browser rebuild its layout, and the insertion restyles the whole article (a rule of Material's
with a bare `:nth-child` makes every parent's children depend on their position); on a page with
ten tables that was the largest part of the longest task at load on a slow phone (issue 29).
Here the table is written inside that wrapper, with the class `md-data-table` so that the
script leaves it alone; docs/stylesheets/extra.css gives that class Material's rules for a table
without a class, and tests/browser/test_tables.py checks the two look the same.
"""

from __future__ import annotations

import re

BARE_TABLE = re.compile(r"<table>(.*?)</table>", re.S)  # Python-Markdown writes tables bare
WRAPPED = (r'<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
           r'<table class="md-data-table">\1</table></div></div>')


def on_page_content(content: str, page, config, files) -> str:
    return BARE_TABLE.sub(WRAPPED, content)
