// The citation pass: instruments and articles, document symbols, resolutions.

#include <benchmark/benchmark.h>

#include "corpus.hpp"
#include "hrtext/citations.hpp"
#include "hrtext/document.hpp"

namespace {

using hrtext::bench::letters_corpus;
using hrtext::bench::shared_corpus;

void extract_citations(benchmark::State& state, const std::string& text) {
  if (text.empty()) {
    state.SkipWithError("corpus not present (../shared/corpus/dev)");
    return;
  }
  const auto extractor = hrtext::CitationExtractor::compile();
  const hrtext::Document doc = hrtext::Document::from_utf8(text);
  (void)doc.paragraphs();  // computed once per document, outside the timing
  std::size_t mentions = 0;
  for (auto _ : state) {
    mentions = extractor.extract(doc).size();
    benchmark::DoNotOptimize(mentions);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.size_bytes()));
  state.counters["mentions"] = static_cast<double>(mentions);
}

void BM_CompileCitations(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(hrtext::CitationExtractor::compile());
}
void BM_ExtractCitations_Letters(benchmark::State& state) { extract_citations(state, letters_corpus()); }
void BM_ExtractCitations_SharedDocuments(benchmark::State& state) { extract_citations(state, shared_corpus()); }

BENCHMARK(BM_CompileCitations)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractCitations_Letters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractCitations_SharedDocuments)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
