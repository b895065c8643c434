"""This site's own tests, parametrized over what the plugin found (``site``: pages, snippets, notebooks).

The proof itself (every snippet and notebook run and compared) is collected by the plugin
(``proven.collect``); these tests hold the site's own rules: lint, pages, the build, the browser.
"""

from __future__ import annotations

import pytest

from proven import FRAGMENT_TITLE, PYTHON_LANGS, Site


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    site: Site = metafunc.config.docs_site
    params = {
        "snippet": lambda: [(s, s.id) for s in site.snippets],
        "inline_snippet": lambda: [(s, s.id) for s in site.snippets if s.prints_inline],
        "notebook": lambda: [(n, n.id) for n in site.notebooks],
        "module": lambda: [(m, f"{m.notebook.id}:{m.name}") for n in site.notebooks for m in n.written_modules()],
        "fragment": lambda: [
            (f, f.where) for f in site.fences if f.lang in PYTHON_LANGS and FRAGMENT_TITLE.search(f.info)
        ],
    }
    for name, found in params.items():
        if name in metafunc.fixturenames:
            values = found()
            metafunc.parametrize(name, [v for v, _ in values], ids=[i for _, i in values])
