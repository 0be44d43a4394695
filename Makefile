# quotes - the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
UD_DIR ?= ../shared/ud-german
STAMP  := $(VENV)/.installed

.PHONY: run test browser install parser stance speakers lint fuzz bench evaluate clean-cache

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# torch first, pinned: a CPU build of exactly this version is served here; stanza needs it.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev,dask,tables,png]'
	touch $(STAMP)

install: $(STAMP)

## Main job: install what is missing, then report on the seed articles.
run: $(STAMP)
	$(BIN)/quotes report seeds/ --speaker Netanjahu --affiliation Hamas --quotes
	$(BIN)/quotes report seeds/ --format json --output out/seeds-report.json
	$(BIN)/quotes report seeds/ --format html --output out/seeds-report.html
	$(BIN)/quotes report seeds/

# Headless Chromium for the HTML report test: installed where possible, else that test skips.
browser:
	@command -v chromium >/dev/null 2>&1 || (command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] \
	  && (apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q >/dev/null 2>&1 \
	  && apt-get install -y -q chromium >/dev/null 2>&1))) \
	  || echo "chromium not available: the HTML screenshot test will skip"

## Tests (what CI runs).
test: $(STAMP) browser
	$(BIN)/python -m pytest -q --durations=10

## Train the German Stanza models from UD files (about one hour on 2 cores).
parser: $(STAMP)
	$(BIN)/python scripts/train_models.py --ud-dir $(UD_DIR) --out quotes/models/de

## Retrain the shipped stance model on the shipped annotations and, where present, the real
## gold quotes of $(REALDEV)/gold.jsonl (`make stance REALDEV=none` trains on ours only).
REALDEV  ?= ../shared/realdev
speakers: $(STAMP)
	# the learned speaker layer: trained on realdev a-c + data/annotations, never on realdev d-e
	$(BIN)/python scripts/train_speakers.py --realdev $(REALDEV) --save

stance: $(STAMP)
	# `quotes train` never writes into the package: train to out/, then copy deliberately.
	$(BIN)/quotes train --no-shipped --annotations data/annotations \
	  $(if $(wildcard $(REALDEV)/gold.jsonl),--annotations $(REALDEV)/gold.jsonl) \
	  --eval data/heldout/annotations.jsonl --output out/stance.npz
	cp out/stance.npz quotes/data/stance.npz

## Extraction and stance figures: real text first (realdev dev part a-c, held-out part d-e, WikiNews
## dev with its authors' scorer), then the seeds and the synthetic dev and held-out articles.
WIKINEWS ?= ../shared/wikinews-dev
evaluate: $(STAMP)
	@echo "== realdev a-c (development part)"
	$(BIN)/quotes evaluate $(REALDEV)/gold.jsonl --docs $(REALDEV)/docs --doc-pattern 'a*' --doc-pattern 'b*' --doc-pattern 'c*'
	@echo "== realdev d-e (held-out part, never tuned on)"
	$(BIN)/quotes evaluate $(REALDEV)/gold.jsonl --docs $(REALDEV)/docs --doc-pattern 'd*' --doc-pattern 'e*'
	@echo "== realdev all"
	$(BIN)/quotes evaluate $(REALDEV)/gold.jsonl --docs $(REALDEV)/docs
	@echo "== WikiNews dev (authors' metric; Direct, Indirect, IndirectFreeIndirect; its convention: nested quotes too)"
	mkdir -p out
	QUOTES_CONFIG=conventions/wikinews.toml $(BIN)/quotes extract $(WIKINEWS)/txt --format jsonl -o out/wikinews-dev.jsonl
	$(BIN)/python $(WIKINEWS)/score_wikinews.py out/wikinews-dev.jsonl
	@echo "== seeds"
	$(BIN)/quotes evaluate data/annotations/seeds.jsonl --docs seeds/
	@echo "== synthetic dev articles"
	$(BIN)/quotes evaluate data/annotations/articles-dev.jsonl --docs data/articles/dev/
	@echo "== synthetic held-out articles"
	$(BIN)/quotes evaluate data/heldout/annotations.jsonl --docs data/heldout/articles/

lint: $(STAMP)
	$(BIN)/ruff check quotes tests scripts bench

## Long property-based run of the extractor (>= 10,000 new random examples; `make test` runs a fixed few).
fuzz: $(STAMP)
	QUOTES_FUZZ_EXAMPLES=10000 QUOTES_FUZZ_RANDOM=1 $(BIN)/python -m pytest -q tests/test_fuzz.py

## Speed and memory benchmark; writes bench/results.json.
bench: $(STAMP)
	$(BIN)/python bench/bench.py --output bench/results.json

clean-cache: $(STAMP)
	$(BIN)/quotes cache clear
