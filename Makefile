# Two commands take a fresh machine to a working site: `make serve` and `make test`.
# Both create .venv from the pinned requirements.txt the first time.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-requirements

.PHONY: serve test update matrix clean

serve: $(STAMP)  ## the site on http://127.0.0.1:8000, rebuilt when a page or snippet changes
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000 --watch snippets

test: $(STAMP)  ## strict site build + every doc test
	$(PY) -m pytest

update: $(STAMP)  ## rewrite every expected output from real runs (then review the git diff)
	$(PY) -m pytest --update-examples

matrix: $(STAMP)  ## every snippet x start method x Python 3.9-3.13 (pyenv); writes snippets/proven.json
	time $(PY) -m pytest tests/test_docs.py -k snippet_output --python all $(ARGS)

$(STAMP): requirements.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

clean:
	rm -rf $(VENV) site .cache .pytest_cache
