# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PORT   ?= 8000
BIN    := $(VENV)/bin

.PHONY: run test lint typecheck bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime ## serve the API with gunicorn on $(PORT)
	PORT=$(PORT) $(BIN)/gunicorn service.wsgi:app -c gunicorn.conf.py

test: $(VENV)/.dev ## lint, type-check and run every test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

typecheck: $(VENV)/.dev
	$(BIN)/mypy

bench: $(VENV)/.dev ## accuracy and speed benchmarks (see bench/README.md), time against text shape, then the long load and memory tests
	$(BIN)/pip install --quiet --require-hashes -r bench/requirements.txt
	$(BIN)/python -m bench
	$(BIN)/python -m bench.shapes
	$(BIN)/pytest -m slow tests/reliability

lock: ## recompile the pinned, hashed requirement files
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile -q --generate-hashes --strip-extras --allow-unsafe --no-emit-find-links --no-emit-index-url -o requirements.txt requirements.in
	$(BIN)/pip-compile -q --generate-hashes --strip-extras --allow-unsafe --no-emit-find-links --no-emit-index-url -o requirements-dev.txt requirements-dev.in

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
