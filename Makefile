# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format messages setup system seed bench audit lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# requirements.lock pins every package (direct and indirect) that the ranges in
# pyproject.toml resolved to; `make lock` renews it.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

# Debian packages (browser, speech, fonts); installs what is missing when run as root.
system:
	@scripts/system-packages

setup: system $(STAMP)
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_portal

run: setup
	@echo ""
	@echo "Portal:  http://$(HOST):$(PORT)/"
	@echo "Admin:   http://$(HOST):$(PORT)/admin/"
	$(MANAGE) runserver $(HOST):$(PORT)

# Two test processes (pytest-xdist), each with its own test database; PYTEST_WORKERS=0 runs
# the suite in this one process (for --pdb, -x and the like).
PYTEST_WORKERS ?= 2
test: system $(STAMP)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Extract UI strings for every language, then fail if a catalogue is incomplete.
messages: $(STAMP)
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=staticfiles \
		--ignore=tests --ignore=bench
	$(MANAGE) check_catalogues --compile

# Production settings under gunicorn, measured with wrk on loopback; see README "Speed".
bench: $(STAMP)
	@command -v wrk >/dev/null 2>&1 || apt-get install -y -qq wrk >/dev/null \
		|| { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } \
		|| { echo "install wrk: apt-get install -y wrk"; exit 1; }
	$(BIN)/python bench/run.py

# Known vulnerabilities in the locked dependency set (needs PyPI's JSON API).
audit: $(STAMP)
	$(BIN)/pip-audit --strict --no-deps --disable-pip -r requirements.lock

lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e ".[dev]"
	.lock-venv/bin/python -m pip freeze --exclude-editable > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
