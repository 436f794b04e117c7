# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
# Front-end libraries from npm (package-lock.json pins them; Leaflet itself comes from PyPI).
NODE_STAMP := node_modules/.installed-$(shell cat package-lock.json | cksum | cut -d' ' -f1)
MANAGE := $(BIN)/python manage.py
# What WeasyPrint (the sheets' PDFs, printing/) needs from Debian: Pango, HarfBuzz's subsetter
# and the fonts of the print stylesheet (docs/printing.md).
PRINT_PACKAGES = libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-liberation
PYTEST_ARGS ?=
# `make run PORT=8080`: the port of the demo server.
PORT ?= 8000
# `make test` runs the whole suite in parallel (pytest-xdist), one worker per core; each test module
# (and the browser tests' package) runs whole in one worker, so that a fixture it shares is built
# once (tests/conftest.py), the heavy ones first. PYTEST_WORKERS=0: one process.
PYTEST_WORKERS ?= auto

.PHONY: help install print-libraries messages translations migrate demo run test test-pg test-browser lint format clean bench relevance

help:
	@echo "make run    - install, migrate, load the demo and serve the site on http://127.0.0.1:$(PORT) (PORT=8080 for another port)"
	@echo "make test   - install and run the whole test suite"
	@echo "make lint | format | migrate | demo | messages | translations | test-browser | bench | relevance"

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -q && apt-get install -y -q python3-venv && $(PYTHON) -m venv $(VENV); \
	  else echo "python3-venv manque : sudo apt-get install python3-venv"; exit 1; fi; }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	@rm -f $(VENV)/.installed-*
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get install -y -q nodejs npm || { apt-get update -q && apt-get install -y -q nodejs npm; }; \
	  else echo "npm manque : sudo apt-get install nodejs npm"; exit 1; fi; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

print-libraries: $(STAMP)
	@$(BIN)/python -c "import weasyprint" 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get install -y -q $(PRINT_PACKAGES) || { apt-get update -q && apt-get install -y -q $(PRINT_PACKAGES); }; \
	  else echo "il manque : sudo apt-get install $(PRINT_PACKAGES)"; exit 1; fi; }

install: $(STAMP) $(NODE_STAMP) print-libraries

messages: install
	$(MANAGE) compile_translations

# Developers only (needs GNU gettext: apt-get install gettext): refresh the .po files from the
# code and list what is left to translate; see docs/development.md, "Translations".
translations: install
	$(MANAGE) update_translations

migrate: messages
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

run: demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: messages
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

test-browser: messages
	$(BIN)/pytest -m browser $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-logo
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

# The demo's relevance set (docs/search.md, "Relevance"): P@3 and MRR on SQLite, then on PostgreSQL
# (RELEVANCE_DATABASE_URL, role with CREATEDB), each on its database backend and on osmem.
RELEVANCE_DATABASE_URL ?= postgres://reseau:reseau@127.0.0.1:5432/reseau
RELEVANCE_TESTS = -q -p no:randomly -s tests/demo_site/test_search_relevance.py
relevance: messages
	env -u DATABASE_URL $(BIN)/pytest $(RELEVANCE_TESTS) $(PYTEST_ARGS)
	DATABASE_URL=$(RELEVANCE_DATABASE_URL) $(BIN)/pytest --create-db $(RELEVANCE_TESTS) $(PYTEST_ARGS)

# Network-scale benchmark (docs/performance.md): PostgreSQL database reseau_bench (created on
# 127.0.0.1:5432 if missing), wrk, nginx and its cache-purge module from Debian.
# BENCH_ARGS="--baseline REF" for the A/B, "--sqlite --scale 0.05" for a quick look;
# BENCH_SERVERS=2 also measures one application server against two (docs/scaling.md); results in
# bench/results/.
BENCH_PACKAGES = wrk nginx libnginx-mod-http-cache-purge
bench: messages
	@command -v wrk >/dev/null && command -v nginx >/dev/null && ls /etc/nginx/modules-enabled/*cache-purge* >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get install -y -q $(BENCH_PACKAGES) || { apt-get update -q && apt-get install -y -q $(BENCH_PACKAGES); }; \
	  else echo "il manque : sudo apt-get install $(BENCH_PACKAGES)"; exit 1; fi; }
	$(BIN)/python -m bench.run $(BENCH_ARGS)

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media private_media static_collected
