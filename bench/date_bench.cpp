// The date pass: candidate scan, grammar, resolution, document date.

#include <benchmark/benchmark.h>

#include "corpus.hpp"
#include "hrtext/dates.hpp"
#include "hrtext/document.hpp"

namespace {

using hrtext::bench::letters_corpus;
using hrtext::bench::shared_corpus;

void extract_dates(benchmark::State& state, const std::string& text) {
  if (text.empty()) {
    state.SkipWithError("corpus not present (../shared/corpus/dev)");
    return;
  }
  const auto extractor = hrtext::DateExtractor::compile();
  const hrtext::Document doc = hrtext::Document::from_utf8(text);
  (void)doc.paragraphs();  // computed once per document, outside the timing
  std::size_t mentions = 0;
  for (auto _ : state) {
    mentions = extractor.extract(doc).dates.size();
    benchmark::DoNotOptimize(mentions);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.size_bytes()));
  state.counters["mentions"] = static_cast<double>(mentions);
}

void BM_CompileDates(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(hrtext::DateExtractor::compile());
}
void BM_ExtractDates_Letters(benchmark::State& state) { extract_dates(state, letters_corpus()); }
void BM_ExtractDates_SharedDocuments(benchmark::State& state) { extract_dates(state, shared_corpus()); }

BENCHMARK(BM_CompileDates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractDates_Letters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractDates_SharedDocuments)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
