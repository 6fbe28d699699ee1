#!/usr/bin/env bash
# Runs the Python tests that share the library between threads against the extension module of
# a ThreadSanitizer build (BUILD, the `tsan` preset configured with HRTEXT_BUILD_PYTHON=ON): the
# package's Python files and that module are staged in BUILD/python, and the interpreter (not
# instrumented) is started with the TSan runtime preloaded, so that a data race in the library,
# as the pipe's threads or the user's run it, stops the run with its report.
#
# usage: tests/tsan/run_python.sh BUILD PYTHON
set -euo pipefail
build=$1
python=$2
repo=$(cd "$(dirname "$0")/../.." && pwd)
stage="$build/python"
rm -rf "$stage"
mkdir -p "$stage"
cp -r "$repo/bindings/python/hrtext" "$stage/"
rm -f "$stage"/hrtext/_core*.so
module=$(ls "$build"/bindings/python/_core*.so)
cp "$module" "$stage/hrtext/"
runtime=$(gcc -print-file-name=libtsan.so)
cd "$repo"
LD_PRELOAD="$runtime" TSAN_OPTIONS="halt_on_error=1 exitcode=66 suppressions=$repo/tests/tsan/python.supp" PYTHONPATH="$stage" \
  "$python" -m pytest -q -p no:cacheprovider --capture=sys tests/python/test_threads.py tests/python/test_corpus.py \
  -k "thread or pipe" -W ignore::DeprecationWarning
