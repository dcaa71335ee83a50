# Two commands matter (see README): `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EMULATOR := tests/e2e/emulator
TEST_POSTGRES_URL ?= postgresql+asyncpg://postgres@127.0.0.1:5432/test
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15
export TEST_POSTGRES_URL TEST_REDIS_URL

.PHONY: setup run chat test lint e2e-setup clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: setup
	$(BIN)/qorgau run

chat: setup
	$(BIN)/qorgau chat

e2e-setup:
	npm ci --prefix $(EMULATOR) --no-audit --no-fund --loglevel=error

lint: setup
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

test: setup e2e-setup lint
	$(BIN)/qorgau kb check
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) $(EMULATOR)/node_modules .mypy_cache .ruff_cache .pytest_cache
