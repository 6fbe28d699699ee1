// The citation pass: instruments and articles, document symbols, resolutions.

#include <benchmark/benchmark.h>

#include "corpus.hpp"
#include "extraction.hpp"
#include "hrtext/citations.hpp"
#include "hrtext/document.hpp"

namespace {

using hrtext::bench::letters_corpus;
using hrtext::bench::shared_corpus;

void extract_citations(benchmark::State& state, const std::string& text) {
  const auto extractor = hrtext::CitationExtractor::compile();
  hrtext::bench::time_extraction(state, text, [&](const hrtext::Document& doc) { return extractor.extract(doc).size(); });
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
