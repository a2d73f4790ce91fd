# crossroads: `make demo` sets everything up and processes examples/; `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= crossroads.duckdb

.PHONY: demo test install dev lint typecheck bench clean

install: $(VENV)/.runtime
dev: $(VENV)/.dev

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# Every dependency, the spaCy model among them, is pinned by hash in the locks.
$(VENV)/.runtime: $(VENV)/bin/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.lock
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

# Benchmarks compare against tools the product does not need (textacy); they read ../shared/data.
$(VENV)/.bench: $(VENV)/.dev requirements-bench.lock
	$(BIN)/pip install --quiet --require-hashes -r requirements-bench.lock
	touch $@

bench: $(VENV)/.bench
	$(BIN)/python benchmarks/bench_extraction.py --data ../shared/data/extraction --rounds 3
	$(BIN)/python benchmarks/bench_statements.py --articles 300
	$(BIN)/python benchmarks/bench_textacy_quotes.py --split test
	$(BIN)/python benchmarks/bench_actors.py --articles 200 --repeat 3
	$(BIN)/python benchmarks/bench_events.py --articles 200
	$(BIN)/python benchmarks/bench_pipeline.py --pages 120 --articles 200 --rounds 3
	$(BIN)/python benchmarks/bench_stages.py --articles 200
	$(BIN)/python benchmarks/bench_parse.py --articles 60 --rounds 6

demo: install
	$(BIN)/crossroads process examples --db $(DB) --jsonl demo.jsonl
	$(BIN)/crossroads stats --db $(DB)

test: dev
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: dev
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: dev
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) $(DB).wal demo.jsonl
