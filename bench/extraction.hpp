#pragma once

// Timing one extraction pass on a document built beforehand: what every extractor's benchmark
// measures the same way.

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "hrtext/document.hpp"

namespace hrtext::bench {

// Times `extract(document)` on `text` made a Document once (with its paragraphs, outside the
// timing); `extract` returns the number of mentions found, reported as a counter with the
// bytes per second. An empty text (a corpus that is absent) skips the benchmark.
template <typename Extract>
void time_extraction(benchmark::State& state, const std::string& text, Extract extract) {
  if (text.empty()) {
    state.SkipWithError("corpus not present (../shared/corpus/dev)");
    return;
  }
  const Document doc = Document::from_utf8(text);
  (void)doc.paragraphs();
  std::size_t mentions = 0;
  for (auto _ : state) {
    mentions = extract(doc);
    benchmark::DoNotOptimize(mentions);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.size_bytes()));
  state.counters["mentions"] = static_cast<double>(mentions);
}

}  // namespace hrtext::bench
