# Every target that needs Python creates .venv/ first (see the $(VENV_STAMP) rule).
# SPEC: where the Intercom OpenAPI description comes from (URL or local path).
# Empty means the pinned upstream URL in openapi/source.json; on a machine with
# the shared copies beside the checkout (CI, offline), the local copy is used.

PYTHON_BOOT ?= python3
VENV        := .venv
PY          := $(VENV)/bin/python
VENV_STAMP  := $(VENV)/.installed
LOCAL_SPEC  := ../shared/openapi/intercom-preview.yaml
SPEC        ?= $(if $(wildcard $(LOCAL_SPEC)),$(LOCAL_SPEC),)
SPEC_ARG    := $(if $(SPEC),--spec $(SPEC),)
MOCK_DIR    := codegen/prism
# pytest-xdist workers: two more than the cores, since some tests wait (Redis windows, Prism, job polls,
# loopback servers) rather than compute (measured on 2 cores, 2026-12-07, alternating: 4 workers 102.8 s
# and 115.5 s, 3 workers 115.4 s and 124.1 s).
TEST_WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 2 )))
# The tests' scratch files (three regenerated packages, vendored copies, a venv with the wheel: ~20,000
# small files) go to a RAM disk when the machine has one with 2 GB free: creating them on this machine's
# ext4 disk cost ~12 s of CPU per run, ten times as much as on tmpfs. TEST_TMPDIR=/path picks another place.
TEST_TMPDIR ?= $(shell [ -d /dev/shm ] && [ -w /dev/shm ] && \
	[ "$$(df -Pk /dev/shm 2>/dev/null | awk 'NR==2 {print $$4}')" -gt 2000000 ] 2>/dev/null && echo /dev/shm)

export PIP_DISABLE_PIP_VERSION_CHECK := 1
# Python caches compiled modules in __pycache__/ (git-ignored). A machine that turns this off
# (PYTHONDONTWRITEBYTECODE) recompiles the ~1,300 modules of the package in every test worker and
# subprocess: that doubled the suite's collection time here.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: help venv redis-server spec regenerate update-spec test lint typecheck demo mock bench wheel clean

help:
	@echo "make demo        run examples/quickstart.py (FakeIntercom unless INTERCOM_ACCESS_TOKEN is set)"
	@echo "make test        run every test (lint, types, regeneration check, unit, contract)"
	@echo "make regenerate  fetch + normalise the pinned spec and regenerate intercom_client/generated/"
	@echo "make update-spec SPEC=URL_OR_PATH [COMMIT=sha DATE=yyyy-mm-dd]  move to a new spec: regenerate, summary in CHANGELOG.md, pin"
	@echo "make mock        run the Prism mock of Intercom (normalised spec) in the foreground on 127.0.0.1"
	@echo "make bench       run the benchmark suite (results in benchmarks/results/)"
	@echo "make wheel       build the wheel and sdist into dist/"

venv: $(VENV_STAMP)

$(VENV_STAMP): pyproject.toml
	$(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(VENV_STAMP)

# The tests and the benchmark run a real redis-server on 127.0.0.1 (tests/redis_server.py): install
# Debian's package when there is none (needs root and apt, as on CI); REDIS_SERVER=/path uses another.
redis-server:
	@if [ -n "$$REDIS_SERVER" ] || command -v redis-server >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "installing redis-server (Debian package) for the tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null; \
	else echo "redis-server is missing: install it (e.g. apt-get install redis-server) or set REDIS_SERVER" >&2; exit 1; fi

spec: $(VENV_STAMP)
	$(PY) -m codegen.fetch $(SPEC_ARG) --out openapi/spec/intercom.yaml

regenerate: $(VENV_STAMP)
	$(PY) -m codegen.regenerate $(SPEC_ARG) --out intercom_client/generated --docs docs/api.md

# The maintainer's loop for a new spec (codegen/update_spec.py): fetch SPEC, regenerate, write what changed for
# users (breaking first, the release it calls for) into CHANGELOG.md, update openapi/source.json, print what to
# review. OLD_SPEC is the pinned spec as a local file (the shared copy by default).
OLD_SPEC ?= $(LOCAL_SPEC)
update-spec: $(VENV_STAMP)
	@test -n "$(SPEC)" -a "$(SPEC)" != "$(LOCAL_SPEC)" || { echo "make update-spec SPEC=URL_OR_PATH: name the new spec" >&2; exit 1; }
	$(PY) -m codegen.update_spec --spec $(SPEC) --old-spec $(OLD_SPEC) $(if $(COMMIT),--commit $(COMMIT)) $(if $(DATE),--date $(DATE)) $(if $(DEFAULT_VERSION),--default-version $(DEFAULT_VERSION))

# lint-imports: the import contracts of pyproject.toml ([tool.importlinter]; CONTRIBUTING.md, Layers)
lint: $(VENV_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache --no-logo
	$(VENV)/bin/ruff format --check intercom_client codegen tests examples benchmarks --exclude intercom_client/generated

typecheck: $(VENV_STAMP)
	$(VENV)/bin/mypy

test: $(VENV_STAMP) redis-server lint typecheck
	$(if $(TEST_TMPDIR),TMPDIR="$(TEST_TMPDIR)") INTERCOM_SPEC="$(SPEC)" $(PY) -m pytest -n $(TEST_WORKERS) --durations=10

demo: $(VENV_STAMP)
	INTERCOM_SPEC="$(SPEC)" $(PY) examples/quickstart.py $(ARGS)

mock: $(VENV_STAMP)
	@$(PY) -m codegen.mock --normalise $(SPEC_ARG)

bench: $(VENV_STAMP) redis-server
	$(PY) -m pip install --quiet -e ".[dev,bench]"
	INTERCOM_SPEC="$(SPEC)" $(PY) -m benchmarks.run

wheel: $(VENV_STAMP)
	$(PY) -m build --outdir dist .

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache $(MOCK_DIR)/node_modules openapi/spec
