// The signatory pass and the whole analysis, letter by letter: a pipeline over many joint
// letters analyses each on its own.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

#include "corpus.hpp"
#include "hrtext/analyzer.hpp"
#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/signatories.hpp"

namespace {

std::int64_t total_bytes(const std::vector<std::string>& texts) {
  std::int64_t bytes = 0;
  for (const std::string& text : texts) bytes += static_cast<std::int64_t>(text.size());
  return bytes;
}

// SignatoryExtractor::extract on each letter, the Documents built beforehand.
void BM_FindSignatories_Letters(benchmark::State& state) {
  const std::vector<std::string>& texts = hrtext::bench::letters();
  std::vector<hrtext::Document> documents;
  for (const std::string& text : texts) documents.push_back(hrtext::Document::from_utf8(text));
  const auto entities = hrtext::EntityExtractor::compile();
  const auto extractor = hrtext::SignatoryExtractor::compile();
  std::size_t signatories = 0;
  for (auto _ : state) {
    signatories = 0;
    for (const hrtext::Document& document : documents) {
      signatories += extractor.extract(document, entities).signatories.size();
    }
    benchmark::DoNotOptimize(signatories);
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(texts));
  state.counters["signatories"] = static_cast<double>(signatories);
}
BENCHMARK(BM_FindSignatories_Letters)->Unit(benchmark::kMillisecond);

// Analyzer::analyze on each letter: the Document and every layer.
void BM_Analyze_Letters(benchmark::State& state) {
  const std::vector<std::string>& texts = hrtext::bench::letters();
  const hrtext::Analyzer analyzer;
  for (auto _ : state) {
    for (const std::string& text : texts) benchmark::DoNotOptimize(analyzer.analyze(text).signatories.size());
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(texts));
  state.counters["letters"] = static_cast<double>(texts.size());
}
BENCHMARK(BM_Analyze_Letters)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
