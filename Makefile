# Two verbs a newcomer needs: `make run` (the main job) and `make test`. Each creates the
# virtualenv and installs what it needs on first use.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test faults lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/.installed ## one full poll of the four sources' bundled replay, with alerts
	$(BIN)/watcher poll --replay

test: $(BIN)/.installed ## the whole test suite (PostgreSQL tests skip with a reason where none runs)
	$(BIN)/pytest

faults: $(BIN)/.installed ## the fault suite: hostile inputs and failures, a table at the end (~15 min)
	$(BIN)/pytest tests/faults -m faults -p no:cacheprovider --timeout 1800 -rN

lint: $(BIN)/.installed ## ruff, mypy (strict on src/watcher), and models vs migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	WATCHER_DATABASE_URL=sqlite:///$(CURDIR)/data/alembic-check.db $(BIN)/alembic upgrade head
	WATCHER_DATABASE_URL=sqlite:///$(CURDIR)/data/alembic-check.db $(BIN)/alembic check

bench: $(BIN)/.installed ## benchmarks that print figures
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) data/alembic-check.db
