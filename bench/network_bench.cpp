// The co-signatory network of a synthetic corpus the size the issue sets: 100,000 letters of 40
// signatories each, drawn from 20,000 organisations with Zipf weights (s = 1), so a few hubs
// sign most letters and most organisations sign a handful. Items are letters for the build and
// edges for the metrics (every metric walks each edge at least once).

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "hrtext/network.hpp"

namespace {

constexpr std::size_t kLetters = 100'000;
constexpr std::size_t kSignatories = 40;
constexpr std::size_t kOrganisations = 20'000;

std::vector<hrtext::SignedLetter> make_corpus(std::size_t letters) {
  std::vector<double> cumulative(kOrganisations);
  double sum = 0;
  for (std::size_t i = 0; i < kOrganisations; ++i) cumulative[i] = sum += 1.0 / static_cast<double>(i + 1);
  std::mt19937_64 random(20'260'601);
  std::uniform_real_distribution<double> uniform(0.0, sum);
  std::vector<hrtext::SignedLetter> corpus(letters);
  std::vector<std::size_t> drawn;
  for (std::size_t l = 0; l < letters; ++l) {
    hrtext::SignedLetter& letter = corpus[l];
    letter.letter = "letter-" + std::to_string(l);
    letter.date = hrtext::PartialDate{2015 + static_cast<int>(l % 10), 1 + static_cast<int>(l % 12), 0};
    drawn.clear();
    while (drawn.size() < kSignatories) {
      const auto organisation = static_cast<std::size_t>(
          std::upper_bound(cumulative.begin(), cumulative.end(), uniform(random)) - cumulative.begin());
      if (organisation >= kOrganisations || std::find(drawn.begin(), drawn.end(), organisation) != drawn.end()) continue;
      drawn.push_back(organisation);
    }
    for (const std::size_t organisation : drawn) {
      letter.signers.push_back({hrtext::EntityKind::kNgo, "org-" + std::to_string(organisation),
                                "Org " + std::to_string(organisation)});
    }
  }
  return corpus;
}

const std::vector<hrtext::SignedLetter>& corpus() {
  static const std::vector<hrtext::SignedLetter> letters = make_corpus(kLetters);
  return letters;
}

const hrtext::Network& network() {
  static const hrtext::Network built = hrtext::Network::build(corpus());
  return built;
}

void report_network(benchmark::State& state, const hrtext::Network& network) {
  state.counters["nodes"] = static_cast<double>(network.node_count());
  state.counters["edges"] = static_cast<double>(network.edge_count());
}

void BM_BuildProjection(benchmark::State& state) {
  const auto& letters = corpus();
  for (auto _ : state) {
    const hrtext::Network built = hrtext::Network::build(letters);
    benchmark::DoNotOptimize(built.edge_count());
    state.PauseTiming();
    report_network(state, built);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * letters.size()));
}

// Times one metric on the whole network, edges per second.
template <typename Metric>
void time_metric(benchmark::State& state, Metric metric) {
  const hrtext::Network& built = network();
  for (auto _ : state) benchmark::DoNotOptimize(metric(built));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * built.edge_count()));
  report_network(state, built);
}

void BM_Degree(benchmark::State& state) { time_metric(state, [](const auto& n) { return n.degree(); }); }
void BM_Strength(benchmark::State& state) {
  time_metric(state, [](const auto& n) { return n.strength(hrtext::EdgeWeight::kNewman); });
}
void BM_PageRank(benchmark::State& state) {
  time_metric(state, [](const auto& n) { return n.pagerank(hrtext::EdgeWeight::kNewman); });
}
void BM_Clustering(benchmark::State& state) { time_metric(state, [](const auto& n) { return n.clustering(); }); }
void BM_Components(benchmark::State& state) { time_metric(state, [](const auto& n) { return n.components(); }); }
void BM_Louvain(benchmark::State& state) {
  hrtext::Communities communities;
  time_metric(state, [&](const auto& n) {
    communities = n.louvain({.weight = hrtext::EdgeWeight::kNewman});
    return communities.count;
  });
  state.counters["communities"] = static_cast<double>(communities.count);
  state.counters["modularity"] = communities.modularity;
}
void BM_Backbone(benchmark::State& state) {
  time_metric(state, [](const auto& n) { return n.backbone(0.05, hrtext::EdgeWeight::kNewman).edge_count(); });
}

// Exact Brandes is O(nodes x edges): on the whole projection it takes some ten minutes, so it
// is timed on the networks of the first state.range(0) letters, whose growth shows the trend.
void BM_Betweenness(benchmark::State& state) {
  const auto count = static_cast<std::size_t>(state.range(0));
  const hrtext::Network part = hrtext::Network::build(std::span(corpus()).first(count));
  for (auto _ : state) benchmark::DoNotOptimize(part.betweenness());
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * part.edge_count()));
  report_network(state, part);
}

// The estimate from this many sources is what the whole projection can afford: each source
// walks every edge twice.
constexpr std::size_t kBetweennessSamples = 64;

void BM_SampledBetweenness(benchmark::State& state) {
  time_metric(state, [](const auto& n) { return n.betweenness({.samples = kBetweennessSamples}); });
}

// Every metric the command line's summary shows, betweenness estimated from 64 sources (the
// summary takes 1,000 beyond 1,000 nodes: about 30 s more on this projection).
void BM_AllMetrics(benchmark::State& state) {
  time_metric(state, [](const auto& n) {
    const auto weight = hrtext::EdgeWeight::kNewman;
    return n.degree().size() + n.strength(weight).size() + n.betweenness({.samples = kBetweennessSamples}).size() +
           n.pagerank(weight).size() + n.clustering().size() + n.components().size() +
           n.louvain({.weight = weight}).count + n.backbone(0.05, weight).edge_count();
  });
}

BENCHMARK(BM_BuildProjection)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Degree)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Strength)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PageRank)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Clustering)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Components)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Louvain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Backbone)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Betweenness)->Unit(benchmark::kMillisecond)->Arg(100)->Arg(300)->Arg(1000)->Iterations(1);
BENCHMARK(BM_SampledBetweenness)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_AllMetrics)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
