// The entity pass: compiling the default gazetteers, and extracting from a large corpus.

#include <benchmark/benchmark.h>

#include "corpus.hpp"
#include "extraction.hpp"
#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"

namespace {

using hrtext::bench::letters_corpus;
using hrtext::bench::shared_corpus;
using hrtext::bench::un_languages_corpus;

void BM_CompileDefaultGazetteers(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(hrtext::EntityExtractor::compile());
  }
  const auto extractor = hrtext::EntityExtractor::compile();
  state.counters["entities"] = static_cast<double>(extractor.entity_count());
  state.counters["forms"] = static_cast<double>(extractor.form_count());
}
BENCHMARK(BM_CompileDefaultGazetteers)->Unit(benchmark::kMillisecond);

// The extraction alone, on a document built beforehand.
void extract_entities(benchmark::State& state, const std::string& text) {
  const auto extractor = hrtext::EntityExtractor::compile();
  hrtext::bench::time_extraction(state, text, [&](const hrtext::Document& doc) { return extractor.extract(doc).size(); });
}

// What a caller pays per document: building the Document and extracting its entities.
void document_and_entities(benchmark::State& state, const std::string& text) {
  if (text.empty()) {
    state.SkipWithError("corpus not present (../shared/corpus/dev)");
    return;
  }
  const auto extractor = hrtext::EntityExtractor::compile();
  for (auto _ : state) {
    const hrtext::Document doc = hrtext::Document::from_utf8(text);
    benchmark::DoNotOptimize(extractor.extract(doc).size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_ExtractEntities_Letters(benchmark::State& state) { extract_entities(state, letters_corpus()); }
void BM_ExtractEntities_SharedDocuments(benchmark::State& state) { extract_entities(state, shared_corpus()); }
void BM_ExtractEntities_UnLanguages(benchmark::State& state) { extract_entities(state, un_languages_corpus()); }
void BM_DocumentAndEntities_Letters(benchmark::State& state) { document_and_entities(state, letters_corpus()); }
void BM_DocumentAndEntities_SharedDocuments(benchmark::State& state) {
  document_and_entities(state, shared_corpus());
}
BENCHMARK(BM_ExtractEntities_Letters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractEntities_SharedDocuments)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractEntities_UnLanguages)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DocumentAndEntities_Letters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DocumentAndEntities_SharedDocuments)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
