# eventwire: `make run` codes the bundled example; `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
# The lock pins every package, extras' packages too, by hash; --no-deps installs exactly
# those and resolves nothing (a resolved extra once pulled a newer lxml than the lock's).
# With a wheelhouse from `make wheels`, the install needs no network at all.
WHEELS := wheels
FROM := $(if $(wildcard $(WHEELS)/*.whl),--no-index --find-links $(WHEELS))
EXAMPLE := src/eventwire/examples/harbor_talks.txt

.PHONY: install wheels run test lint bench evaluate clean vendor-web

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(PIP) install --require-hashes --no-deps $(FROM) -r requirements.lock
	$(BIN)/python -m pip check
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# Every locked package as a file, for installs on machines with no network.
wheels:
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(PIP) download --require-hashes --no-deps --only-binary :all: -d $(WHEELS) -r requirements.lock

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
	$(BIN)/python bench/bench_cluster.py

# Every file of the development gold (../shared/gold/dev), every measure, one table.
evaluate: $(STAMP)
	@$(BIN)/python bench/dev_scores.py

# The actor dictionaries converted from the Phoenix (PETRARCH2) files, MIT: people with
# the dates of their offices, international bodies, armed groups, agent nouns.
PHOENIX ?= ../shared/reference/phoenix
phoenix: $(STAMP)
	$(BIN)/python -m eventwire.actors.phoenix $(PHOENIX)

# The web page's map libraries and border data, fetched with npm pack at their pinned
# versions into src/eventwire/web/vendor/ (see its README.md). Needs npm and the network.
vendor-web: $(STAMP)
	$(BIN)/python tools/vendor_web.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache eventwire.duckdb
