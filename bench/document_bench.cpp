// The document model: validation, normalised view, offset index, segmentation.

#include <benchmark/benchmark.h>

#include <random>

#include "corpus.hpp"
#include "document/normalizer.hpp"
#include "document/utf8.hpp"
#include "hrtext/document.hpp"

namespace {

using hrtext::bench::letters_corpus;

void BM_ValidateUtf8(benchmark::State& state) {
  const std::string& text = letters_corpus();
  for (auto _ : state) {
    benchmark::DoNotOptimize(hrtext::detail::validate_utf8(text, false));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ValidateUtf8)->Unit(benchmark::kMillisecond);

void BM_NormalizedView(benchmark::State& state) {
  const std::string& text = letters_corpus();
  for (auto _ : state) {
    benchmark::DoNotOptimize(hrtext::NormalizedViewBuilder::build(text));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizedView)->Unit(benchmark::kMillisecond);

// Everything Document::from_utf8 does: validation, code point index, normalised view.
void BM_DocumentFromUtf8(benchmark::State& state) {
  const std::string& text = letters_corpus();
  for (auto _ : state) {
    benchmark::DoNotOptimize(hrtext::Document::from_utf8(text));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_DocumentFromUtf8)->Unit(benchmark::kMillisecond);

void BM_Sentences(benchmark::State& state) {
  const std::string& text = letters_corpus();
  for (auto _ : state) {
    state.PauseTiming();
    const hrtext::Document doc = hrtext::Document::from_utf8(text);
    state.ResumeTiming();
    benchmark::DoNotOptimize(doc.sentences().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Sentences)->Unit(benchmark::kMillisecond);

// Random code point -> byte -> code point lookups on the whole corpus.
void BM_OffsetConversion(benchmark::State& state) {
  const hrtext::Document doc = hrtext::Document::from_utf8(letters_corpus());
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<std::size_t> pick(0, doc.size_code_points());
  for (auto _ : state) {
    const std::size_t code_point = pick(rng);
    benchmark::DoNotOptimize(doc.to_code_point(doc.to_byte(code_point)));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_OffsetConversion);

}  // namespace

BENCHMARK_MAIN();
