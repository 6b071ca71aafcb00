# eventwire: `make run` codes the bundled example; `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
EXAMPLE := src/eventwire/examples/harbor_talks.txt

.PHONY: install run test lint bench clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(PIP) install --require-hashes -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/eventwire code $(EXAMPLE) --db eventwire.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

bench: $(STAMP)
	$(BIN)/python bench/bench_code.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_api.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache eventwire.duckdb
