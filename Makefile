# marsad: `make demo` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: demo test test-fast lint format system-deps clean model eval bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

# The dev install adds the benchmarks package (benchmarks/: `marsad bench`, `marsad loadtest`),
# which is never part of the marsad wheel.
$(DEV_STAMP): pyproject.toml benchmarks/pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]' -e ./benchmarks
	touch $@ $(STAMP)

## demo: install marsad and digest the bundled example; writes out/report.html
demo: $(STAMP)
	$(BIN)/marsad digest examples/kazakhstan-2022
	$(BIN)/marsad digest examples/kazakhstan-2022 --format html --output out/report.html

## system-deps: Debian packages the test suite needs (PostgreSQL, Chromium)
system-deps:
	bash scripts/install-system-deps.sh

## test: install with dev extras and system packages, lint, then run the whole test suite
test: $(DEV_STAMP) system-deps
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest

## test-fast: the everyday loop: lint and the unit tests, without services, browsers, Dask or data sets
test-fast: $(DEV_STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest -q -x -m "not (slow or browser or postgres or crash or dask)"

lint: $(DEV_STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

format: $(DEV_STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

## model: train the supervised summarizer on EASC Topic1-100 (../shared/data/easc) and write
## src/marsad/summarize/models/supervised.json (a JSON model: weights, scaling, CV results)
model: $(DEV_STAMP)
	$(BIN)/python -m marsad.eval.train

## eval: summary quality (EASC ROUGE, held-out and all topics; ANT pyramids) into out/eval/
eval: $(DEV_STAMP)
	mkdir -p out/eval
	COLUMNS=200 $(BIN)/marsad eval summarize --dataset easc --split held-out | tee out/eval/summaries-easc-held-out.txt
	COLUMNS=200 $(BIN)/marsad eval summarize --dataset easc --split all | tee out/eval/summaries-easc-all.txt
	COLUMNS=200 $(BIN)/marsad eval summarize --dataset ant | tee out/eval/summaries-ant.txt
	COLUMNS=200 $(BIN)/marsad eval summarize --dataset ant-auto | tee out/eval/summaries-ant-auto.txt

## bench: speed and memory (docs/benchmarks.md): the whole digest at 1k-100k articles on each
## engine, then deduplication and clustering against their all-pairs baselines, into out/bench/
bench: $(DEV_STAMP)
	$(BIN)/pip install --quiet -e './benchmarks[plots]'
	mkdir -p out/bench
	COLUMNS=200 $(BIN)/marsad bench digest | tee out/bench/digest.txt
	COLUMNS=200 $(BIN)/marsad bench stories | tee out/bench/stories.txt

clean:
	rm -rf $(VENV) out build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
