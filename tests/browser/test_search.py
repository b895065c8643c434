"""The site's own search box ranks the answering page first for what readers type or paste.

Each query is put into Material's search input on a fresh page, as a reader does; the first
result must be on the page that answers it (the error message reproduced and fixed, the
recipe). Ranking comes from Material's search alone, tuned with what it offers: the word
separator (mkdocs.yml), headings that carry the message a reader pastes, and per-page boosts
(`search: boost:` in a page's front matter: the error index's pages 0.5, so that the recipe
that reproduces a message comes before its entry in the index). (The fixtures: conftest.py.)
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from browser_suite import BROWSER

pytestmark = BROWSER

# What a reader types or pastes -> the page that answers it (a site path; any section of it).
FIRST = {
    # pasted error messages
    "AssertionError: daemonic processes are not allowed to have children": "cookbook/errors/",
    "AttributeError: Can't get attribute 'square' on <module '__main__' (built-in)>": "cookbook/ides-and-the-prompt/",
    "RuntimeError: Queue objects should only be shared between processes through inheritance": (
        "cookbook/pass-a-lock-to-a-pool/"
    ),
    "_pickle.PicklingError: Can't pickle <function <lambda>": "pitfalls/starting-processes/",
    "TypeError: cannot pickle '_thread.lock' object": "cookbook/classes-and-methods/",
    "BrokenProcessPool": "pitfalls/failing-workers/",
    "An attempt has been made to start a new process before the current process has finished its "
    "bootstrapping phase": "pitfalls/starting-processes/",
    "NotImplementedError: pool objects cannot be passed between processes or pickled": "cookbook/classes-and-methods/",
    "Cannot re-initialize CUDA in forked subprocess": "cookbook/libraries-after-fork/",
    "multiprocessing.context.AuthenticationError: digest received was wrong": "cookbook/managers-and-connections/",
    # questions, as typed
    "pool hangs": "pitfalls/",
    "producer consumer": "cookbook/producer-consumer/",
    "return value from process": "cookbook/return-values/",
    "pass lock to pool": "cookbook/pass-a-lock-to-a-pool/",
    "how many processes": "cookbook/how-many-workers/",
    "hyperthreading": "cookbook/how-many-workers/",
    "multiple arguments": "q5-create-a-pool/",
    "share numpy array": "cookbook/sharing-data/",
    "progress bar": "cookbook/progress-bars/",
    "asyncio": "cookbook/asyncio/",
    "zombie process": "cookbook/supervising-processes/",
    "same random numbers": "cookbook/random-numbers/",
    "queue.Empty": "cookbook/queues/",
    "pandas dataframe": "cookbook/pandas/",
    "threads or asyncio for I/O": "cookbook/io-bound/",
    "breakpoint in child process": "cookbook/debugging-workers/",
    "instance method pool": "cookbook/classes-and-methods/",
    "forkserver": "start-methods/",
    # documented names, as an API entry's heading writes them: its reference page (docs/api/)
    "parent_process": "api/process/",
    "active_children": "api/process/",
    "AsyncResult.successful": "api/pool/",
    "Pool.imap_unordered": "api/pool/",
    "ThreadPool": "api/pool/",
    "JoinableQueue.task_done": "api/queues-and-pipes/",
    "Connection.recv_bytes": "api/queues-and-pipes/",
    "Semaphore.get_value": "api/synchronization/",
    "Lock.locked": "api/synchronization/",
    "sharedctypes.RawArray": "api/shared-ctypes/",
    "Listener.last_accepted": "api/connection/",
    "deliver_challenge": "api/connection/",
    "BaseManager.register": "api/managers/",
    "BaseProxy._callmethod": "api/managers/",
    "SharedMemory.unlink": "api/shared-memory/",
    "ShareableList": "api/shared-memory/",
    "log_to_stderr": "api/functions/",
    "set_forkserver_preload": "api/functions/",
    "Executor.map": "api/executors/",
    "ProcessPoolExecutor.terminate_workers": "api/executors/",
    "Future.add_done_callback": "api/executors/",
    "FIRST_COMPLETED": "api/executors/",
}
# Broader words: the page must be among the first results, not necessarily first.
AMONG_FIRST = [("Pool", "q5-create-a-pool/"), ("Pool", "q4-what-is-a-pool/")]


def results(watched, query: str) -> list[str]:
    """The pages of the search results for `query`, best first (one entry per result group)."""
    page = watched().goto("")
    page.click("input.md-search__input")
    page.fill("input.md-search__input", query)  # as pasted: the text at once,
    page.keyboard.press("End")  # then a key released (Material searches on keyup, as after Ctrl-V)
    page.wait_for_selector(".md-search-result__item", state="attached")
    hits = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
    return [urlsplit(h).path.lstrip("/") for h in hits]


@pytest.mark.parametrize("query", FIRST)
def test_the_answering_page_comes_first(query: str, watched) -> None:
    pages = results(watched, query)
    assert pages[0] == FIRST[query], f"search {query!r}: {FIRST[query]} is not first: {pages[:5]}"


@pytest.mark.parametrize(("query", "expected"), AMONG_FIRST)
def test_search_finds_the_page_among_the_first(query: str, expected: str, watched) -> None:
    pages = results(watched, query)
    assert expected in pages[:8], f"search {query!r}: {expected} not in the first results {pages[:8]}"


def test_the_index_loads_when_the_search_opens_not_before(watched) -> None:
    """The 1.4 MB index is fetched when the reader opens the search (overrides/main.html), not at load."""
    w = watched()
    page = w.goto("q1-what-and-why/")
    page.wait_for_timeout(500)
    index = [u for u in w.requests if u.endswith("/search/search_index.json")]
    assert not index, f"fetched at load, before any search: {index}"
    with page.expect_request(lambda r: r.url.endswith("/search/search_index.json")):
        page.click("input.md-search__input")
