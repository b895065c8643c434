"""The site: its pages, snippets and notebooks under one root, and who embeds what.

The root holds ``docs/`` (Markdown pages and notebooks) and ``snippets/``
(programs, their outputs and ``examples.toml`` files): this repository, or a
fixture project in the meta-tests (``--docs-root``).
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from .fences import EMBED, Fence, parse_fences
from .layout import DOCS, NOT_SNIPPETS, PROVEN_FILE, SETTINGS_FILE, SNIPPETS
from .notebooks import Notebook
from .settings import Settings, read_settings
from .snippet import Snippet

__all__ = ["NOT_SNIPPETS", "PROVEN_FILE", "Site"]


class Site:
    def __init__(self, root: Path):
        self.root = root.resolve()
        self.docs_dir = self.root / DOCS
        self.snippets_dir = self.root / SNIPPETS

    def rel(self, path: Path) -> str:
        return path.resolve().relative_to(self.root).as_posix()

    @cached_property
    def pages(self) -> dict[str, str]:
        return {
            self.rel(p): p.read_text(encoding="utf-8") for p in sorted(self.docs_dir.rglob("*.md"))
        }

    @cached_property
    def fences(self) -> list[Fence]:
        return [f for page, text in self.pages.items() for f in parse_fences(page, text)]

    @cached_property
    def embeds(self) -> list[tuple[str, int, str]]:
        """(page, line, embedded path) for every --8<-- line on every page."""
        return [
            (page, n, m["path"])
            for page, text in self.pages.items()
            for n, line in enumerate(text.splitlines(), 1)
            if (m := EMBED.match(line))
        ]

    def pages_embedding(self, rel: str) -> list[str]:
        return sorted({page for page, _, path in self.embeds if path == rel})

    def pages_showing(self, path: Path) -> list[str]:
        """The pages that embed a file (a snippet, one of its outputs)."""
        return self.pages_embedding(self.rel(path))

    @cached_property
    def settings(self) -> dict[Path, Settings]:
        """Settings of every snippet that has an entry in its folder's examples.toml."""
        found: dict[Path, Settings] = {}
        for toml in sorted(self.snippets_dir.rglob(SETTINGS_FILE)):
            found.update(read_settings(toml, self.rel(toml)))
        return found

    @cached_property
    def notebooks(self) -> list[Notebook]:
        return [
            Notebook(self.root, p)
            for p in sorted(self.docs_dir.rglob("*.ipynb"))
            if ".ipynb_checkpoints" not in p.parts
        ]

    @cached_property
    def snippets(self) -> list[Snippet]:
        return [
            Snippet(self.root, p, self.settings.get(p, Settings()))
            for p in sorted(self.snippets_dir.rglob("*.py"))
            if "__pycache__" not in p.parts
        ]

    def nav_section(self, title: str) -> list[str]:
        """The pages (as `docs/...` paths) listed under a section of `mkdocs.yml`'s nav."""
        from mkdocs.config import load_config  # MkDocs' own reading of its config (tags, env, validation)

        config = self.root / "mkdocs.yml"
        nav = (load_config(str(config)).nav or []) if config.is_file() else []
        for entry in nav:
            if isinstance(entry, dict) and title in entry:
                items = entry[title]  # each "page.md" or {"Title": "page.md"}
                return [
                    f"{DOCS}/{page}" for item in items for page in (item.values() if isinstance(item, dict) else [item])
                ]
        return []

    def page_sources(self) -> dict[str, str]:
        """Site-relative URL of every page -> its source: q1-what-and-why/ -> docs/q1-what-and-why.md,
        pitfalls/ -> docs/pitfalls/index.md, "" (home) -> docs/index.md."""
        sources = [*self.pages, *(self.rel(n.path) for n in self.notebooks)]
        urls = {}
        for rel in sources:
            path = Path(rel).relative_to("docs").with_suffix("")
            if path.name == "index":
                path = path.parent
            urls["" if path == Path(".") else f"{path.as_posix()}/"] = rel
        if len(urls) != len(sources):
            raise AssertionError("two sources build the same page")
        return dict(sorted(urls.items()))

    @cached_property
    def _by_path(self) -> dict[Path, Snippet | Notebook]:
        return {example.path: example for example in [*self.snippets, *self.notebooks]}

    def snippet_at(self, path: Path | str) -> Snippet | None:
        """The snippet at `path` (absolute, or relative to the root: "snippets/q3/x.py"), or None."""
        found = self._by_path.get((self.root / path).resolve())
        return found if isinstance(found, Snippet) else None

    def notebook_at(self, path: Path | str) -> Notebook | None:
        """The notebook at `path` (absolute, or relative to the root: "docs/x.ipynb"), or None."""
        found = self._by_path.get((self.root / path).resolve())
        return found if isinstance(found, Notebook) else None

    def snippet(self, snippet_id: str) -> Snippet | None:
        """The snippet `snippets/<snippet_id>`, or None."""
        return self.snippet_at(self.snippets_dir / snippet_id)
