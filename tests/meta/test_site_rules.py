"""This site's own rules (tests/test_pages.py, test_build.py, test_snippets.py) run against the fixture
site: the intact fixture passes them, each defect fails the rule it breaks, clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_site import FIXTURE, PROOF_INPUTS, RUNS, add_hooks, append, replace, rules, says, write

pytestmark = pytest.mark.proof_inputs(*PROOF_INPUTS)
PAGE = "docs/index.md"


def exceed_the_first_answer_budget(site: Path) -> None:
    """A second program above the first heading, and prose over both word budgets."""
    replace(
        site,
        PAGE,
        "## More",
        'A second program.\n\n```python title="again.py"\n--8<-- "snippets/demo/hello.py"\n```\n\n## More',
    )
    replace(site, PAGE, "A child process prints a greeting.", "word " * 301)


def link_no_page_from_llms_txt(site: Path) -> None:
    replace(site, "mkdocs.yml", 'sections: {Pages: ["*.md"]}', 'sections: {Pages: ["other*.md"]}')


def drop_the_site_url(site: Path) -> None:
    config = site / "mkdocs.yml"
    kept = [line for line in config.read_text().splitlines() if not line.startswith(("site_url:", "plugins:"))]
    config.write_text("\n".join(kept) + "\n")


def embed_a_missing_snippet(site: Path) -> None:
    replace(site, PAGE, "snippets/demo/hello.py", "snippets/demo/gone.py")


def type_python_on_the_page(site: Path) -> None:
    append(site, PAGE, '\n```python\nprint("typed on the page")\n```\n')


def add_a_fragment(site: Path, code: str) -> None:
    append(site, PAGE, f'\n```python title="Not run: only the call"\n{code}\n```\n')


def add_an_orphan_and_unordered_output(site: Path) -> None:
    write(site, "snippets/demo/orphan.py", 'print("nobody embeds me")\n')
    write(site, "snippets/demo/examples.toml", '["hello.py"]\norder = "any"\n')


def load_a_script_from_a_cdn(site: Path) -> None:
    append(site, PAGE, '\n<script src="https://cdn.example.com/x.js"></script>\n')


def show_a_free_threaded_output(site: Path, in_a_tab: bool) -> None:
    write(site, "snippets/demo/hello.py313t.out", "GIL enabled: False\n")
    block = '```text title="Output"\n--8<-- "snippets/demo/hello.py313t.out"\n```\n'
    append(
        site,
        PAGE,
        "\n" + ('=== "3.13t"\n\n' + "".join(f"    {line}\n" for line in block.splitlines()) if in_a_tab else block),
    )


def test_intact_fixture_passes_every_rule(pytester: pytest.Pytester, site: Path) -> None:
    """The control: without a defect the fixture passes, so each failure below is the defect's."""
    add_hooks(site)
    result = rules(pytester, "-rs")
    result.assert_outcomes(passed=RUNS + 15, skipped=3)  # 8 page rules, 6 build rules, 1 lint; 3 empty sets
    result.stdout.fnmatch_lines(["*got empty parameter set*(inline_snippet)*"])


def test_the_build_needs_this_sites_hooks(pytester: pytest.Pytester, site: Path) -> None:
    """Why add_hooks: without them the "Output checked" line, the title links and the compile hint are missing."""
    result = rules(pytester, "-k", "builds or titles or compile_hint", tests=("test_build.py",))
    result.assert_outcomes(failed=3)
    says(result,
        "1 embedded examples, but 0 'Output checked ...' lines (hooks/provenance.py)",
        "is not Material's file with '//# allFunctionsCalledOnLoad' in front",
    )  # fmt: skip


def test_first_answer_over_budget_fails(pytester: pytest.Pytester, site: Path) -> None:
    exceed_the_first_answer_budget(site)
    result = rules(pytester, "-k", "first_answers")
    result.assert_outcomes(failed=1)
    says(result,
        "docs/index.md: the first answer (above the first '## ' heading, line 21) has 304 words of prose; "
        "the budget is 300",
        "shows 2 programs; it must show exactly 1",
        "the 'answer' section has 301 words; the home page shows at most 60",
    )  # fmt: skip


def test_a_site_without_its_url_or_with_a_page_missing_from_llms_txt_is_not_findable(
    pytester: pytest.Pytester, site: Path
) -> None:
    link_no_page_from_llms_txt(site)
    result = rules(pytester, "-k", "findable")
    result.assert_outcomes(failed=1)
    says(result, "llms.txt: docs/index.md is not linked (http://127.0.0.1:8000/index.md)")
    drop_the_site_url(site)
    result = rules(pytester, "-k", "findable")
    result.assert_outcomes(failed=1)
    says(result, "mkdocs.yml sets no site_url: the sitemap would list no page")


def test_missing_snippet_file_fails_the_accounting_and_the_build(pytester: pytest.Pytester, site: Path) -> None:
    add_hooks(site)
    embed_a_missing_snippet(site)
    result = rules(pytester, "-k", "proven or on_a_page or builds")
    result.assert_outcomes(failed=2, errors=1)  # the build fails in the fixture built_site
    says(result, "docs/index.md:3: embeds snippets/demo/gone.py, which does not exist",
                                      "snippets/demo/hello.py is used by no page", "mkdocs build --strict failed",
                                      "snippets/demo/gone.py")  # fmt: skip


def test_unmarked_inline_python_block_fails(pytester: pytest.Pytester, site: Path) -> None:
    type_python_on_the_page(site)
    result = rules(pytester, "-k", "proven")
    result.assert_outcomes(failed=1)
    says(result, "docs/index.md:17: python block written on the page")


def test_marked_fragment_passes_but_is_linted(pytester: pytest.Pytester, site: Path) -> None:
    add_a_fragment(site, "p = Process(target=work)")
    rules(pytester, "-k", "proven or fragment").assert_outcomes(passed=2)
    replace(site, PAGE, "p = Process(target=work)", "p = Process(target=work")
    result = rules(pytester, "-k", "fragment")
    result.assert_outcomes(failed=1)
    says(result, "ruff failed")


def test_unused_snippet_and_unlabelled_unordered_output_fail(pytester: pytest.Pytester, site: Path) -> None:
    add_an_orphan_and_unordered_output(site)
    result = rules(pytester, "-k", "on_a_page or labelled")
    result.assert_outcomes(failed=2)
    says(
        result,
        "snippets/demo/orphan.py is used by no page",
        'docs/index.md:7: snippets/demo/hello.out is compared in any order; title it "Output (order may vary)"',
    )


def test_page_loading_an_outside_resource_fails(pytester: pytest.Pytester, site: Path) -> None:
    add_hooks(site)
    load_a_script_from_a_cdn(site)
    result = rules(pytester, "-k", "builds")
    result.assert_outcomes(failed=1)
    says(result, "index.html: loads https://cdn.example.com/x.js")


def test_a_free_threaded_output_must_sit_in_a_tab_naming_its_build(pytester: pytest.Pytester, site: Path) -> None:
    show_a_free_threaded_output(site, in_a_tab=False)
    result = rules(pytester, "-k", "labelled")
    result.assert_outcomes(failed=1)
    says(result, "snippets/demo/hello.py313t.out must sit in a content tab naming Python 3.13t")
    write(site, PAGE, (FIXTURE / PAGE).read_text())
    show_a_free_threaded_output(site, in_a_tab=True)
    rules(pytester, "-k", "labelled").assert_outcomes(passed=1)


def test_a_program_that_imports_a_package_needs_its_pip_install_line(pytester: pytest.Pytester, site: Path) -> None:
    """numpy, listed in snippets/requirements.in, imported without a `pip install` line above the program;
    then a package the requirements do not list; then both fixed."""
    write(site, "snippets/requirements.in", "numpy\n")
    hello = site / "snippets/demo/hello.py"
    write(site, "snippets/demo/hello.py", "import numpy\n" + hello.read_text(encoding="utf-8"))
    result = rules(pytester, "-k", "pip_install")
    result.assert_outcomes(failed=1)
    says(result, "docs/index.md:3: snippets/demo/hello.py imports numpy: show `pip install numpy` in a ```bash block")
    replace(site, "snippets/demo/hello.py", "import numpy", "import numpy\nimport requests")
    replace(site, PAGE, '```python title="hello.py"', '```bash\npip install numpy\n```\n\n```python title="hello.py"')
    result = rules(pytester, "-k", "pip_install")
    result.assert_outcomes(failed=1)
    says(result, "imports requests, which snippets/requirements.in does not list (the tests cannot install it)")
    write(site, "snippets/requirements.in", "numpy\nrequests\n")
    replace(site, PAGE, "pip install numpy", "pip install numpy requests")
    rules(pytester, "-k", "pip_install").assert_outcomes(passed=1)
