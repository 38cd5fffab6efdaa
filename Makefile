# lettertrace: `make run` and `make test` do all set-up on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus/dev
DB ?= lettertrace.db
STAMP := $(VENV)/.installed

.PHONY: run test setup lint clean eval

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The Spark extra (pyspark, pyarrow) where Java 17+ runs, so that tests/test_spark.py runs; a headless JRE
# from apt-get where it can be had; elsewhere the Spark tests are skipped with the reason.
SPARK_STAMP := $(VENV)/.spark-installed
JAVA17 = java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'

$(SPARK_STAMP): $(STAMP)
	@$(JAVA17) || (apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null) || true
	@if $(JAVA17); then $(BIN)/python -m pip install --quiet -e '.[spark]' && touch $@; \
	else echo "no Java 17+: the Spark tests will be skipped"; fi

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/lettertrace ingest $(CORPUS) --db $(DB)
	$(BIN)/lettertrace documents --db $(DB)
	$(BIN)/lettertrace letters --db $(DB)
	@echo ""
	@echo "Browse this register in the web UI:  $(BIN)/lettertrace serve --db $(DB)   (then open http://127.0.0.1:8000)"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

test: $(STAMP) $(SPARK_STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "chromium not installed: browser tests will be skipped"
	$(BIN)/python -m pytest

eval: $(STAMP)
	../shared/eval/run.sh $(CORPUS)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
