#!/usr/bin/env bash
# Runs every libFuzzer target of the `fuzz` build for SECONDS each, from seeds made of the
# example letters and the gazetteers, with the dictionary beside this script; the corpus each
# grows is kept in BUILD/corpus/NAME for the next run. Any crash, leak, sanitizer report or
# broken check stops with the finding saved as BUILD/findings/NAME/crash-*: make it a test.
#
# usage: fuzz/run.sh BUILD SECONDS [TARGET...]   (every target when none is named)
set -euo pipefail
build=$1
seconds=$2
shift 2
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_document fuzz_analyze fuzz_read_input fuzz_pdf_pages fuzz_gazetteer fuzz_network)
fi
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/text" "$seeds/read_input" "$seeds/gazetteer" "$seeds/network"
# Text: the example letters (several languages and layouts) and the test letter.
cp "$repo"/examples/letters/*.txt "$repo"/tests/data/*.txt "$seeds/text/"
# Readers: the first byte names the format (0 told by content, 1 web page, 2 Markdown, 3 text).
n=0
for letter in "$seeds"/text/*.txt; do
  printf '\x01<!DOCTYPE html><main><p>' > "$seeds/read_input/page-$n"
  sed 's/^/<li>/' "$letter" >> "$seeds/read_input/page-$n"
  { printf '\x02'; sed 's/^/- /' "$letter"; } > "$seeds/read_input/markdown-$n"
  { printf '\x00'; cat "$letter"; } > "$seeds/read_input/text-$n"
  n=$((n + 1))
done
cp "$repo"/libhrtext/data/*.tsv "$seeds/gazetteer/"
# The example letters' signers, a letter a line.
awk -F'\t' 'NR > 1 { line[$1] = line[$1] "\t" $3 } END { for (file in line) print substr(line[file], 2) }' \
  "$repo/examples/signatories.tsv" > "$seeds/network/signatories"
printf '2019-01-30\tamnesty-international:Amnesty International\tFIDH\tCHN:China\n2020\tFIDH\tHRW\n' \
  > "$seeds/network/letters"
declare -A seed_of=([fuzz_document]=text [fuzz_analyze]=text [fuzz_read_input]=read_input
                    [fuzz_pdf_pages]=text [fuzz_gazetteer]=gazetteer [fuzz_network]=network)
for name in "${targets[@]}"; do
  if [ -z "${seed_of[$name]+set}" ]; then
    echo "fuzz: no target named $name (known: ${!seed_of[*]})" >&2
    exit 2
  fi
  corpus="$build/corpus/$name"
  findings="$build/findings/$name"
  mkdir -p "$corpus" "$findings"
  log="$build/$name.log"
  set +e
  "$build/fuzz/$name" "$corpus" "$seeds/${seed_of[$name]}" -dict="$here/hrtext.dict" -max_total_time="$seconds" \
    -max_len=65536 -timeout=20 -rss_limit_mb=4096 -artifact_prefix="$findings/" -print_final_stats=1 > "$log" 2>&1
  status=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  echo "fuzz: $name: $runs runs in ${seconds}s, corpus $(ls "$corpus" | wc -l) inputs"
  if [ "$status" -ne 0 ]; then
    tail -40 "$log" >&2
    echo "fuzz: $name failed (exit $status); the input is in $findings, the log in $log" >&2
    exit 1
  fi
done
echo "fuzz: ${targets[*]}: each ran ${seconds}s with no finding"
