"""MkDocs hook: every example names the file a test runs, and links to it.

Each python block embeds one snippet whole (the doc tests insist); its title
(``title="pass_arguments.py"``) becomes a link to that file: in the repository
when the build knows it (``repo_url``; on GitHub Actions it is taken from
GITHUB_SERVER_URL and GITHUB_REPOSITORY unless REPO_URL says otherwise), else to
a copy of the file in the built site. Notebook pages get "Open in Colab" and
"Open in Binder" links, plain links built from a GitHub repository's URL (no
request to either host until a reader clicks).
"""

from __future__ import annotations

import html
import os
import re
import shutil
from pathlib import Path
from urllib.parse import quote

from proven import parse_fences

BRANCH = "main"
_embedded: set[str] = set()  # snippets/... files the pages embed: copied into the site when there is no repository


def on_config(config):
    if not config.repo_url:
        repository = os.environ.get("GITHUB_REPOSITORY")
        url = os.environ.get("REPO_URL") or (repository and f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/{repository}")
        if url:
            config.repo_url = url.rstrip("/")
            config.repo_name = "/".join(config.repo_url.split("/")[-2:])  # MkDocs derives it only from mkdocs.yml
    return config


def source_url(rel: str, page, config) -> str:
    """Where a reader sees the file `rel` (repository-relative): the repository, else the site's copy."""
    if config.repo_url:
        return f"{config.repo_url}/blob/{BRANCH}/{quote(rel)}"
    return "../" * page.url.count("/") + quote(rel)


def on_page_content(content: str, page, config, files) -> str:
    if page.file.src_uri.endswith(".ipynb"):
        return _notebook_links(content, page, config)
    position = 0
    for fence in parse_fences(page.file.src_uri, page.markdown):
        if not fence.titled_example:
            continue
        title, rel = fence.titled_example
        span = f'<span class="filename">{html.escape(title, quote=False)}</span>'
        found = content.find(span, position)
        if found < 0:
            raise ValueError(f"{page.file.src_uri}: no rendered title {title!r} for {rel}")
        _embedded.add(rel)
        link = (f'<span class="filename"><a href="{source_url(rel, page, config)}" '
                f'title="The file the doc tests run: {rel}">{html.escape(title, quote=False)}</a></span>')
        content = content[:found] + link + content[found + len(span):]
        position = found + len(link)
    return content


def _notebook_links(content: str, page, config) -> str:
    """Colab and Binder open a notebook from a GitHub repository: without one, no links."""
    match = re.fullmatch(r"https://github\.com/([^/]+)/([^/]+)", config.repo_url or "")
    if not match:
        return content
    owner, repo = match.groups()
    path = f"docs/{page.file.src_uri}"
    colab = f"https://colab.research.google.com/github/{owner}/{repo}/blob/{BRANCH}/{quote(path)}"
    binder = f"https://mybinder.org/v2/gh/{owner}/{repo}/{BRANCH}?labpath={quote(path, safe='')}"
    links = (f'<p class="notebook-links">Run this notebook: <a href="{colab}">Open in Colab</a> · '
             f'<a href="{binder}">Open in Binder</a> · <a href="{source_url(path, page, config)}">'
             f"the .ipynb in the repository</a></p>\n")
    heading_end = content.find("</h1>")
    return content if heading_end < 0 else content[: heading_end + 5] + "\n" + links + content[heading_end + 5 :]


def on_post_build(config) -> None:
    """Without a repository, the site carries the files its example titles link to."""
    if config.repo_url:
        return
    root = Path(config.config_file_path).parent
    for rel in sorted(_embedded):
        target = Path(config.site_dir) / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / rel, target)
