# hrtext: `make demo` runs the main job on the bundled example letters, `make test` builds and
# runs every test. Both install what is missing first (`make deps`: Debian packages with
# apt-get when run as root, Python packages with pip into .venv).

SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
DEMO_DIR := build/demo

APT_PACKAGES := build-essential cmake ninja-build ccache pkg-config python3-dev python3-venv \
	libicu-dev libre2-dev libzip-dev libpugixml-dev libboost-graph-dev nlohmann-json3-dev \
	libgtest-dev libgmock-dev libbenchmark-dev graphviz chromium nodejs clang libclang-rt-14-dev

.PHONY: help deps apt-deps python-deps build python test test-cpp test-python test-poppler test-tsan fuzz demo bench compare clean

help:
	@echo "make demo    analyse the example letters (examples/letters), print what was found and their coalitions"
	@echo "make test    run each fuzz target for 5 s, build (Debug, ASan/UBSan), run ctest, install the Python package, run pytest"
	@echo "make bench   build (Release) and run the Google Benchmark programs"
	@echo "make test-poppler  build the C++ library with its PDF back end (Poppler, GPL) and run its reader tests"
	@echo "make fuzz FUZZ_SECONDS=N [FUZZ_TARGETS=\"fuzz_analyze ...\"]  build the libFuzzer targets (clang) and run each (or those named) for N seconds (default 60)"
	@echo "make test-tsan  build with ThreadSanitizer and run the tests that share the library between threads"
	@echo "make compare dates: hrtext against dateparser and datefinder (installs them)"
	@echo "make deps    install the missing Debian and Python packages (idempotent)"
	@echo "make clean   remove build/ and .venv/"

deps: apt-deps python-deps

apt-deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "make deps: missing Debian packages:$$missing"; \
	    echo "make deps: run as root, or: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	  echo "make deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

python-deps: $(VENV)/.deps-stamp

$(VENV)/.deps-stamp: requirements-dev.txt | apt-deps
	test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install -q --upgrade pip
	$(VPY) -m pip install -q -r requirements-dev.txt
	touch $@

build: deps
	cmake --preset dev
	cmake --build --preset dev

python: deps
	$(VPY) -m pip install -q --no-build-isolation .

test-cpp: build
	ctest --preset dev

test-python: python
	$(VPY) -m pytest

# Every libFuzzer target of fuzz/ (clang, ASan, UBSan), built apart and run FUZZ_SECONDS each
# from seeds of the example letters; `make test` runs each for a few seconds.
FUZZ_SECONDS ?= 60
fuzz: apt-deps
	cmake --preset fuzz
	cmake --build --preset fuzz
	fuzz/run.sh build/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The fuzz targets briefly, then ctest, then pytest: the output ends with both runners' summary lines.
test:
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=5
	$(MAKE) --no-print-directory test-cpp test-python

# The tests that share one Analyzer, extractor, Document or HTML parser between threads, built
# with ThreadSanitizer (a build of its own: not in `make test`; run it before a release): the
# C++ threaded tests, then the Python ones (pipe's threads, threads of the user's own, one
# Network queried at once) against the extension module built with TSan.
test-tsan: python-deps
	cmake --preset tsan -DHRTEXT_BUILD_PYTHON=ON -DPython_EXECUTABLE=$(abspath $(VPY)) \
	  -Dpybind11_DIR=$$($(VPY) -m pybind11 --cmakedir)
	cmake --build --preset tsan
	TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build/tsan --output-on-failure -R 'Thread'
	tests/tsan/run_python.sh build/tsan $(VPY)

# The C++ library with the PDF back end its builder may choose (Poppler, GPL: off by default,
# and so not in `make test` or CI), built apart and its reader tests run; run it before a release.
test-poppler: APT_PACKAGES += libpoppler-cpp-dev
test-poppler: apt-deps
	cmake -S . -B build/poppler -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_COMPILE_WARNING_AS_ERROR=ON \
	  -DHRTEXT_WITH_POPPLER=ON -DHRTEXT_BUILD_BENCH=OFF
	cmake --build build/poppler --target document_tests
	build/poppler/tests/document_tests

demo: python
	@mkdir -p $(DEMO_DIR)
	$(VENV)/bin/hrtext analyze examples/letters --format jsonl > $(DEMO_DIR)/records.jsonl
	$(VPY) examples/demo_summary.py $(DEMO_DIR)/records.jsonl
	@echo
	$(VENV)/bin/hrtext network examples/letters -o $(DEMO_DIR)/coalitions.graphml --html $(DEMO_DIR)/coalitions.html

# The text passes: the median of three repetitions each (this shared VM swings between runs).
# The network benchmark builds a 100,000-letter projection and runs each metric once.
BENCH_REPEATED := document_bench entity_bench date_bench citation_bench signatory_bench reader_bench
BENCH_FLAGS := --benchmark_repetitions=3 --benchmark_report_aggregates_only=true

bench: deps
	cmake --preset release
	cmake --build --preset release
	for b in $(BENCH_REPEATED); do ./build/release/bench/$$b $(BENCH_FLAGS) || exit 1; done
	./build/release/bench/network_bench

clean:
	rm -rf build $(VENV)

# dateparser and datefinder against hrtext on the gold sets and on date-free text (the two are
# installed for this comparison only; the library does not need them).
compare: python
	$(VPY) -m pip install -q -r bench/compare/requirements.txt
	@mkdir -p build
	$(VPY) bench/compare/date_free_corpus.py build/date-free.txt --check
	$(VPY) bench/compare/compare_dates.py --date-free build/date-free.txt --markdown
