# factx developer tasks. `make install` sets up .venv; every other target uses it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EVAL_DATA ?= ../shared/eval-dev
BENCH_DATA ?= ../shared/eval-dev/bbc-news/bbc

.PHONY: install system-packages run test lint golden eval sweep bench clean

install: $(BIN)/factx

$(BIN)/factx: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	@touch $@

run: install
	$(BIN)/factx extract seeds/

test: install system-packages lint
	$(BIN)/pytest -q

# Debian packages the tests use: jq and tmux (the README's recipes, the terminal test) and
# chromium (the report's browser test; Playwright's own browser download cannot work here).
system-packages:
	@command -v jq >/dev/null && command -v tmux >/dev/null && command -v chromium >/dev/null \
	  || (apt-get update -qq && apt-get install -y -qq jq tmux chromium >/dev/null) \
	  || echo "make: could not apt-get install jq tmux chromium; the tests that need them will say so"

lint: install
	$(BIN)/ruff check factx tests
	$(BIN)/ruff format --check factx tests
	$(BIN)/mypy factx

# Rewrites the golden fact files; read every changed fact against the article before committing.
golden: install
	$(BIN)/factx check seeds/ --golden tests/golden/seeds --type date,money,percent,quantity --update
	@git diff --stat -- tests/golden || true

eval: install
	$(BIN)/python -m factx.evaluation --data $(EVAL_DATA)

# Every development text through factx: no internal error, valid output, true offsets.
sweep: install
	$(BIN)/python -m factx.evaluation.sweep --data $(EVAL_DATA)

bench: install
	$(BIN)/python -m factx.bench --data $(BENCH_DATA)
	$(BIN)/python -m factx.bench_scale --data $(BENCH_DATA)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
