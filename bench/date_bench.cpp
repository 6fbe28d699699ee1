// The date pass: candidate scan, grammar, resolution, document date.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>

#include "corpus.hpp"
#include "extraction.hpp"
#include "hrtext/dates.hpp"
#include "hrtext/document.hpp"

namespace {

using hrtext::bench::letters_corpus;
using hrtext::bench::shared_corpus;

void extract_dates(benchmark::State& state, const std::string& text) {
  const auto extractor = hrtext::DateExtractor::compile();
  hrtext::bench::time_extraction(state, text,
                                 [&](const hrtext::Document& doc) { return extractor.extract(doc).dates.size(); });
}

void BM_CompileDates(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(hrtext::DateExtractor::compile());
}
void BM_ExtractDates_Letters(benchmark::State& state) { extract_dates(state, letters_corpus()); }
void BM_ExtractDates_SharedDocuments(benchmark::State& state) { extract_dates(state, shared_corpus()); }
// The letters with their line breaks made spaces: one line of 8 MiB, where every date is in the
// document's "header" and its line is read around it (within a bounded reach: issue #19).
void BM_ExtractDates_OneLine(benchmark::State& state) {
  std::string text = letters_corpus();
  std::replace(text.begin(), text.end(), '\n', ' ');
  extract_dates(state, text);
}

BENCHMARK(BM_CompileDates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractDates_Letters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractDates_SharedDocuments)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractDates_OneLine)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
