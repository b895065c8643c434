"""This site's own rules, apart from the engine: the budget of a question page's first answer
(``first_answer``), the resources a built page loads (``resources``), and the browser that opens
the local site (``browser``: Debian's Chromium and its flags, shared by the browser suite and the
review scripts)."""

import pytest


def report(problems: list[str]) -> None:
    """Fail the test with every problem found, one per line (an author fixes them all in one go)."""
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
