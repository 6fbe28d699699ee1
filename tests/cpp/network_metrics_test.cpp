#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "hrtext/error.hpp"
#include "hrtext/network.hpp"
#include "network/triangles.hpp"

namespace hrtext {
namespace {

// Each pair is a letter signed by the two organisations; a repeated pair weighs more. A name
// alone is a letter signed by it alone: a node without edges.
struct Pair {
  std::string a;
  std::string b;
};

// "a3": a node id. (Built by appending: GCC 12 at -O3 warns wrongly on "a" + std::string.)
std::string numbered(char prefix, std::size_t number) {
  std::string id(1, prefix);
  id += std::to_string(number);
  return id;
}

Network network_of(const std::vector<Pair>& pairs, const std::vector<std::string>& alone = {}) {
  std::vector<SignedLetter> letters;
  for (const Pair& pair : pairs) {
    letters.push_back({pair.a + "+" + pair.b, std::nullopt,
                       {{EntityKind::kNgo, pair.a, pair.a}, {EntityKind::kNgo, pair.b, pair.b}}});
  }
  for (const std::string& id : alone) letters.push_back({id, std::nullopt, {{EntityKind::kNgo, id, id}}});
  return Network::build(letters);
}

template <typename T>
std::map<std::string, T> by_id(const Network& network, const std::vector<T>& values) {
  std::map<std::string, T> result;
  for (std::size_t i = 0; i < values.size(); ++i) result[network.nodes()[i].id] = values[i];
  return result;
}

Network path_abcd() { return network_of({{"a", "b"}, {"b", "c"}, {"c", "d"}}); }
Network star_of_4() { return network_of({{"c", "l1"}, {"c", "l2"}, {"c", "l3"}, {"c", "l4"}}); }
Network two_triangles_and_a_bridge() {
  return network_of({{"t0", "t1"}, {"t1", "t2"}, {"t0", "t2"}, {"t2", "u0"}, {"u0", "u1"}, {"u1", "u2"}, {"u0", "u2"}});
}
// Two cliques of five joined by the edge a0 -- b0.
Network two_cliques() {
  std::vector<Pair> pairs;
  for (const char* side : {"a", "b"}) {
    for (int i = 0; i < 5; ++i) {
      for (int j = i + 1; j < 5; ++j) pairs.push_back({side + std::to_string(i), side + std::to_string(j)});
    }
  }
  pairs.push_back({"a0", "b0"});
  return network_of(pairs);
}

TEST(NetworkMetrics, DegreeAndStrength) {
  const Network network = network_of({{"a", "b"}, {"a", "b"}, {"a", "c"}}, {"z"});
  EXPECT_EQ(by_id(network, network.degree()), (std::map<std::string, std::size_t>{{"a", 2}, {"b", 1}, {"c", 1}, {"z", 0}}));
  EXPECT_EQ(by_id(network, network.strength()),
            (std::map<std::string, double>{{"a", 3}, {"b", 2}, {"c", 1}, {"z", 0}}));
  EXPECT_EQ(by_id(network, network.strength(EdgeWeight::kNewman)),
            (std::map<std::string, double>{{"a", 3}, {"b", 2}, {"c", 1}, {"z", 0}}));
  // a and b: 2 letters together of 3 signed by either; a and c: 1 of 3.
  const auto jaccard = by_id(network, network.strength(EdgeWeight::kJaccard));
  EXPECT_DOUBLE_EQ(jaccard.at("a"), 2.0 / 3.0 + 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(jaccard.at("b"), 2.0 / 3.0);
}

TEST(NetworkMetrics, BetweennessOfAPath) {
  const Network network = path_abcd();
  EXPECT_EQ(by_id(network, network.betweenness()),
            (std::map<std::string, double>{{"a", 0}, {"b", 2}, {"c", 2}, {"d", 0}}));
  const auto normalized = by_id(network, network.betweenness({.normalized = true}));
  EXPECT_DOUBLE_EQ(normalized.at("b"), 2.0 / 3.0);  // 2 / ((n - 1)(n - 2) / 2)
  EXPECT_DOUBLE_EQ(normalized.at("a"), 0.0);
}

TEST(NetworkMetrics, BetweennessOfAStar) {
  const Network network = star_of_4();
  const auto centrality = by_id(network, network.betweenness());
  EXPECT_DOUBLE_EQ(centrality.at("c"), 6.0);  // every pair of the four leaves
  EXPECT_DOUBLE_EQ(centrality.at("l1"), 0.0);
  EXPECT_DOUBLE_EQ(by_id(network, network.betweenness({.normalized = true})).at("c"), 1.0);
}

TEST(NetworkMetrics, BetweennessOfTwoTrianglesJoinedByABridge) {
  const Network network = two_triangles_and_a_bridge();
  const auto centrality = by_id(network, network.betweenness());
  EXPECT_DOUBLE_EQ(centrality.at("t2"), 6.0);  // t0, t1 to u0, u1, u2
  EXPECT_DOUBLE_EQ(centrality.at("u0"), 6.0);
  EXPECT_DOUBLE_EQ(centrality.at("t0"), 0.0);
  EXPECT_DOUBLE_EQ(centrality.at("u2"), 0.0);
}

TEST(NetworkMetrics, WeightedBetweennessGoesAlongHeavyEdges) {
  // A square whose a-b-c side is ten letters heavy: distance 0.1 per heavy edge, 1 per light.
  std::vector<Pair> pairs;
  for (int i = 0; i < 10; ++i) {
    pairs.push_back({"a", "b"});
    pairs.push_back({"b", "c"});
  }
  pairs.push_back({"c", "d"});
  pairs.push_back({"d", "a"});
  const Network network = network_of(pairs);
  EXPECT_EQ(by_id(network, network.betweenness()),
            (std::map<std::string, double>{{"a", 0.5}, {"b", 0.5}, {"c", 0.5}, {"d", 0.5}}));
  // a to c goes through b alone; b to d has two paths of 1.1, through a and through c.
  EXPECT_EQ(by_id(network, network.betweenness({.weight = EdgeWeight::kLetters})),
            (std::map<std::string, double>{{"a", 0.5}, {"b", 1.0}, {"c", 0.5}, {"d", 0.0}}));
}

// A graph of n nodes, each pair an edge with probability `density`, from a fixed seed.
Network random_network(std::size_t n, double density, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::vector<Pair> pairs;
  for (std::size_t u = 0; u < n; ++u) {
    for (std::size_t v = u + 1; v < n; ++v) {
      if (static_cast<double>(random() % 1000) < density * 1000) pairs.push_back({std::to_string(u), std::to_string(v)});
    }
  }
  return network_of(pairs);
}

TEST(NetworkMetrics, SampledBetweennessFromEverySourceIsExact) {
  const Network network = random_network(40, 0.15, 3);
  const std::size_t n = network.node_count();
  EXPECT_EQ(network.betweenness({.samples = n}), network.betweenness());
  EXPECT_EQ(network.betweenness({.normalized = true, .samples = n, .seed = 9}), network.betweenness({.normalized = true}));
  EXPECT_EQ(network.betweenness({.weight = EdgeWeight::kNewman, .samples = n}),
            network.betweenness({.weight = EdgeWeight::kNewman}));
}

TEST(NetworkMetrics, SampledBetweennessOfAStarIsExactForEveryDraw) {
  // The centre lies on every path between leaves, and each source sees the same share of
  // them, so scaling up any draw restores 6 pairs (1 normalised).
  const Network network = star_of_4();
  for (const std::size_t samples : {2U, 3U, 4U}) {
    for (const std::uint64_t seed : {1U, 2U, 3U, 4U, 5U}) {
      const auto centrality = by_id(network, network.betweenness({.samples = samples, .seed = seed}));
      EXPECT_DOUBLE_EQ(centrality.at("c"), 6.0) << samples << " samples, seed " << seed;
      EXPECT_EQ(centrality.at("l1"), 0.0);
      const auto normalized = by_id(network, network.betweenness({.normalized = true, .samples = samples, .seed = seed}));
      EXPECT_DOUBLE_EQ(normalized.at("c"), 1.0) << samples << " samples, seed " << seed;
    }
  }
}

TEST(NetworkMetrics, SampledBetweennessIsDeterministicForASeed) {
  const Network network = random_network(30, 0.1, 4);
  const BetweennessOptions seven{.samples = 5, .seed = 7};
  EXPECT_EQ(network.betweenness(seven), network.betweenness(seven));
  // Sources drawn differently see different paths of a sparse random graph.
  EXPECT_NE(network.betweenness(seven), network.betweenness({.samples = 5, .seed = 8}));
  const BetweennessOptions weighted{.weight = EdgeWeight::kLetters, .samples = 5, .seed = 7};
  EXPECT_EQ(network.betweenness(weighted), network.betweenness(weighted));
}

TEST(NetworkMetrics, SampledBetweennessEstimatesTheExactOne) {
  const Network network = random_network(60, 0.08, 11);
  const std::vector<double> exact = network.betweenness();
  constexpr int kSeeds = 50;
  std::vector<double> mean(exact.size(), 0.0);
  for (std::uint64_t seed = 1; seed <= kSeeds; ++seed) {
    const std::vector<double> estimate = network.betweenness({.samples = 15, .seed = seed});
    for (std::size_t u = 0; u < mean.size(); ++u) mean[u] += estimate[u] / kSeeds;
  }
  std::vector<std::size_t> top(exact.size());
  std::iota(top.begin(), top.end(), std::size_t{0});
  std::sort(top.begin(), top.end(), [&](std::size_t a, std::size_t b) { return exact[a] > exact[b]; });
  for (std::size_t i = 0; i < 5; ++i) {
    const std::size_t u = top[i];
    EXPECT_NEAR(mean[u], exact[u], 0.1 * exact[u]) << "node " << network.nodes()[u].id;
  }
}

TEST(NetworkMetrics, OneSampledSourceHasNoEstimateForItself) {
  // As networkx: a drawn source is never its own intermediate, and with one source nothing
  // is left to scale from.
  const std::vector<double> centrality = path_abcd().betweenness({.samples = 1});
  EXPECT_EQ(std::count_if(centrality.begin(), centrality.end(), [](double c) { return std::isnan(c); }), 1);
}

TEST(NetworkMetrics, BetweennessRejectsNoSamplesAndMoreSamplesThanNodes) {
  const Network network = path_abcd();
  EXPECT_THROW(static_cast<void>(network.betweenness({.samples = 0})), Error);
  EXPECT_THROW(static_cast<void>(network.betweenness({.samples = 5})), Error);
  EXPECT_THROW(static_cast<void>(network_of({}).betweenness({.samples = 1})), Error);
  EXPECT_EQ(network.betweenness({.samples = 4}), network.betweenness());
}

TEST(NetworkMetrics, PageRankOfARegularGraphIsUniform) {
  const Network network = network_of({{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "a"}});
  for (const double rank : network.pagerank()) EXPECT_NEAR(rank, 0.25, 1e-12);
}

TEST(NetworkMetrics, PageRankOfAStarHasItsClosedForm) {
  const Network network = network_of({{"c", "l1"}, {"c", "l2"}, {"c", "l3"}});
  const double d = 0.85;
  const double centre = (1 + 3 * d) / (4 * (1 + d));
  const auto rank = by_id(network, network.pagerank());
  EXPECT_NEAR(rank.at("c"), centre, 1e-10);
  EXPECT_NEAR(rank.at("l1"), (1 - centre) / 3, 1e-10);
}

TEST(NetworkMetrics, PageRankSpreadsDanglingNodesUniformly) {
  const Network network = network_of({{"a", "b"}}, {"z"});
  const double d = 0.85;
  const double alone = (1 - d) / (3 - d);  // z = (1 - d) / 3 + d z / 3
  const auto rank = by_id(network, network.pagerank());
  EXPECT_NEAR(rank.at("z"), alone, 1e-10);
  EXPECT_NEAR(rank.at("a"), (1 - alone) / 2, 1e-10);
}

TEST(NetworkMetrics, WeightedPageRank) {
  // Path a - b - c with weights 1 and 3: b sends a quarter of its rank to a, three to c.
  const Network network = network_of({{"a", "b"}, {"b", "c"}, {"b", "c"}, {"b", "c"}});
  const double d = 0.85;
  const double t = (1 - d) / 3;
  const double b = t * (1 + 2 * d) / (1 - d * d);
  const auto rank = by_id(network, network.pagerank(EdgeWeight::kLetters));
  EXPECT_NEAR(rank.at("b"), b, 1e-10);
  EXPECT_NEAR(rank.at("a"), t + d * b / 4, 1e-10);
  EXPECT_NEAR(rank.at("c"), t + 3 * d * b / 4, 1e-10);
}

TEST(NetworkMetrics, PageRankThatCannotConvergeInTimeIsAnError) {
  EXPECT_THROW(static_cast<void>(star_of_4().pagerank(EdgeWeight::kLetters, 0.85, 1e-12, 2)), Error);
}

TEST(NetworkMetrics, PageRankRejectsADampingOutOfRangeAndATolerancePastZero) {
  EXPECT_THROW(static_cast<void>(star_of_4().pagerank(EdgeWeight::kLetters, 1.5)), Error);
  EXPECT_THROW(static_cast<void>(star_of_4().pagerank(EdgeWeight::kLetters, 0.85, 0)), Error);
  // Damping 0 is the uniform teleport alone.
  for (const double rank : star_of_4().pagerank(EdgeWeight::kLetters, 0.0)) EXPECT_DOUBLE_EQ(rank, 0.2);
}

TEST(NetworkMetrics, Clustering) {
  const Network network = two_triangles_and_a_bridge();
  const auto coefficient = by_id(network, network.clustering());
  EXPECT_DOUBLE_EQ(coefficient.at("t0"), 1.0);
  EXPECT_DOUBLE_EQ(coefficient.at("t2"), 1.0 / 3.0);  // neighbours t0, t1, u0: one edge of three
  EXPECT_DOUBLE_EQ(coefficient.at("u0"), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(coefficient.at("u1"), 1.0);
  for (const double c : star_of_4().clustering()) EXPECT_EQ(c, 0.0);
  const Network clique = two_cliques();
  const auto in_cliques = by_id(clique, clique.clustering());
  EXPECT_DOUBLE_EQ(in_cliques.at("a1"), 1.0);
  EXPECT_DOUBLE_EQ(in_cliques.at("a0"), 6.0 / 10.0);  // neighbours a1..a4 and b0
}

// Both ways of counting triangles against a count of every triple, on random graphs from
// sparse to dense.
TEST(NetworkMetrics, TriangleCountsAgreeWithEveryTriple) {
  std::mt19937_64 random(5);
  for (int round = 0; round < 30; ++round) {
    const std::size_t n = 1 + random() % 90;
    const double density = static_cast<double>(random() % 100) / 100.0;
    detail::NetworkData data;
    data.nodes.resize(n);
    for (std::size_t u = 0; u < n; ++u) data.nodes[u].id = std::to_string(u);
    std::set<std::pair<std::size_t, std::size_t>> edges;
    for (std::uint32_t u = 0; u < n; ++u) {
      for (std::uint32_t v = u + 1; v < n; ++v) {
        if (static_cast<double>(random() % 1000) < density * 1000) {
          data.edges.push_back({u, v, 1, 1.0, 1.0});
          edges.emplace(u, v);
        }
      }
    }
    data.link();
    std::vector<std::uint64_t> expected(n, 0);
    for (std::size_t a = 0; a < n; ++a) {
      for (std::size_t b = a + 1; b < n; ++b) {
        for (std::size_t c = b + 1; c < n && edges.contains({a, b}); ++c) {
          if (edges.contains({a, c}) && edges.contains({b, c})) {
            ++expected[a];
            ++expected[b];
            ++expected[c];
          }
        }
      }
    }
    EXPECT_EQ(detail::triangles_by_marks(data), expected) << "round " << round;
    EXPECT_EQ(detail::triangles_by_bitsets(data), expected) << "round " << round;
    EXPECT_EQ(detail::triangles(data), expected) << "round " << round;
  }
}

TEST(NetworkMetrics, ConnectedComponentsInOrderOfTheirFirstNode) {
  const Network network = network_of({{"a", "b"}, {"c", "d"}, {"b", "e"}}, {"z"});
  EXPECT_EQ(by_id(network, network.components()),
            (std::map<std::string, std::size_t>{{"a", 0}, {"b", 0}, {"c", 1}, {"d", 1}, {"e", 0}, {"z", 2}}));
}

TEST(NetworkCommunities, LouvainFindsTwoCliquesJoinedByAnEdge) {
  const Network network = two_cliques();
  for (const std::uint64_t seed : {1U, 2U, 3U, 42U}) {
    const Communities communities = network.louvain({.seed = seed});
    ASSERT_EQ(communities.count, 2U);
    const auto community = by_id(network, communities.community);
    for (int i = 0; i < 5; ++i) {
      EXPECT_EQ(community.at(numbered('a', i)), 0U);  // the community of the first node
      EXPECT_EQ(community.at(numbered('b', i)), 1U);
    }
    // 21 edges; each clique: 10 inside, degree sum 21.
    EXPECT_NEAR(communities.modularity, 2 * (10.0 / 21 - 0.25), 1e-12);
  }
}

TEST(NetworkCommunities, AResolutionThatIsNotPositiveAndFiniteIsAnError) {
  const Network network = two_cliques();
  for (const double resolution : {0.0, -1.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
    EXPECT_THROW((void)network.louvain({.resolution = resolution}), Error) << resolution;
    const std::vector<std::size_t> one(network.node_count(), 0);
    EXPECT_THROW((void)network.modularity(one, EdgeWeight::kLetters, resolution), Error) << resolution;
  }
  EXPECT_NO_THROW((void)network.louvain({.resolution = 0.5}));
}

TEST(NetworkCommunities, LouvainIsDeterministicForASeed) {
  // A ring of ten triangles, where the visiting order changes which triangles merge.
  std::vector<Pair> pairs;
  for (int i = 0; i < 10; ++i) {
    const std::string x = numbered('x', i);
    const std::string y = numbered('y', i);
    const std::string z = numbered('z', i);
    pairs.insert(pairs.end(), {{x, y}, {y, z}, {x, z}, {z, numbered('x', (i + 1) % 10)}});
  }
  const Network network = network_of(pairs);
  const Communities first = network.louvain({.seed = 7});
  const Communities again = network.louvain({.seed = 7});
  EXPECT_EQ(first.community, again.community);
  EXPECT_EQ(first.modularity, again.modularity);
  EXPECT_NEAR(first.modularity, network.modularity(first.community), 1e-12);
  EXPECT_GT(first.modularity, 0.5);
}

TEST(NetworkCommunities, ModularityOfAPartition) {
  const Network network = two_cliques();
  std::vector<std::size_t> halves(network.node_count());
  for (std::size_t u = 0; u < halves.size(); ++u) halves[u] = network.nodes()[u].id[0] == 'a' ? 7 : 42;
  EXPECT_NEAR(network.modularity(halves), 2 * (10.0 / 21 - 0.25), 1e-12);
  const std::vector<std::size_t> one(network.node_count(), 0);
  EXPECT_NEAR(network.modularity(one), 0.0, 1e-12);
  // With resolution 0.5 the penalty for degree sums halves.
  EXPECT_NEAR(network.modularity(halves, EdgeWeight::kLetters, 0.5), 2 * (10.0 / 21 - 0.125), 1e-12);
  EXPECT_THROW(static_cast<void>(network.modularity(std::vector<std::size_t>{0, 1})), Error);
  EXPECT_EQ(network_of({}, {"z", "y"}).modularity(std::vector<std::size_t>{0, 1}), 0.0);
}

TEST(NetworkBackbone, DisparityFilterKeepsTheHeavyEdgeOfAStar) {
  std::vector<Pair> pairs(10, Pair{"c", "heavy"});
  for (const char* leaf : {"l1", "l2", "l3", "l4"}) pairs.push_back({"c", leaf});
  const Network network = network_of(pairs);
  // At c (degree 5, strength 14): heavy (4/14)^4 = 0.0067, light (13/14)^4 = 0.74; the leaves,
  // of degree 1, find nothing significant.
  const Network backbone = network.backbone(0.05);
  EXPECT_EQ(backbone.node_count(), network.node_count());
  ASSERT_EQ(backbone.edge_count(), 1U);
  EXPECT_EQ(backbone.nodes()[backbone.edges()[0].source].id, "c");
  EXPECT_EQ(backbone.nodes()[backbone.edges()[0].target].id, "heavy");
  EXPECT_EQ(backbone.edges()[0].letters, 10U);
  EXPECT_EQ(backbone.degree()[backbone.index_of("l1")], 0U);
  EXPECT_EQ(network.backbone(0.8).edge_count(), 5U);
  EXPECT_THROW(static_cast<void>(network.backbone(0)), Error);
  EXPECT_THROW(static_cast<void>(network.backbone(1.5)), Error);
}

TEST(NetworkQuestions, CoalitionsAndTheirCore) {
  std::vector<Pair> pairs;
  for (int i = 0; i < 5; ++i) {
    for (int j = i + 1; j < 5; ++j) {
      pairs.push_back({numbered('a', i), numbered('a', j)});
      pairs.push_back({numbered('b', i), numbered('b', j)});
    }
  }
  pairs.push_back({"a3", "a4"});
  const Network network = network_of(pairs, {"alone"});
  const std::vector<Coalition> coalitions = network.coalitions({.core_size = 3});
  ASSERT_EQ(coalitions.size(), 2U);  // "alone" is a community of one
  std::vector<std::string> core;
  for (const std::size_t u : coalitions[0].core) core.push_back(network.nodes()[u].id);
  EXPECT_EQ(core, (std::vector<std::string>{"a3", "a4", "a0"}));
  EXPECT_EQ(coalitions[0].members.size(), 5U);
  EXPECT_EQ(coalitions[1].members.size(), 5U);
  EXPECT_EQ(network.coalitions({.min_size = 1}).size(), 3U);
}

TEST(NetworkQuestions, ClosestPartnersByWeightThenLetters) {
  const Network network = network_of({{"a", "b"}, {"a", "c"}, {"a", "c"}, {"a", "d"}, {"a", "e"}, {"b", "c"}});
  std::vector<std::pair<std::string, double>> partners;
  for (const Partner& p : network.closest_partners("a", 3)) partners.emplace_back(network.nodes()[p.node].id, p.weight);
  EXPECT_EQ(partners, (std::vector<std::pair<std::string, double>>{{"c", 2}, {"b", 1}, {"d", 1}}));
  EXPECT_EQ(network.closest_partners("a", 10).size(), 4U);
  EXPECT_TRUE(network.closest_partners("a", 0).empty());
}

TEST(NetworkQuestions, BridgesBetweenTwoCoalitions) {
  const Network network = two_cliques();
  const Communities communities = network.louvain();
  for (const BridgeRanking ranking : {BridgeRanking::kBetweenness, BridgeRanking::kWeight}) {
    const std::vector<Bridge> bridges = network.bridges(communities, 0, 1, ranking);
    ASSERT_EQ(bridges.size(), 2U);
    EXPECT_EQ(network.nodes()[bridges[0].node].id, "a0");
    EXPECT_EQ(network.nodes()[bridges[1].node].id, "b0");
    EXPECT_EQ(bridges[0].weight_to_a, 4.0);
    EXPECT_EQ(bridges[0].weight_to_b, 1.0);
    if (ranking == BridgeRanking::kBetweenness) {
      EXPECT_EQ(bridges[0].betweenness, 20.0);  // a1..a4 to b0..b4
    }
  }
  EXPECT_THROW(static_cast<void>(network.bridges(communities, 0, 2)), Error);
  EXPECT_THROW(static_cast<void>(network.bridges(communities, 1, 1)), Error);
  EXPECT_THROW(static_cast<void>(network.bridges(Communities{}, 0, 1)), Error);
}

TEST(NetworkQuestions, ComparePeriodsMatchesCoalitionsAndListsWhoJoinedAndLeft) {
  std::vector<SignedLetter> letters;
  const auto clique = [&](const std::vector<std::string>& ids, int year) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
      for (std::size_t j = i + 1; j < ids.size(); ++j) {
        letters.push_back({"", PartialDate{year, 0, 0},
                           {{EntityKind::kNgo, ids[i], ids[i]}, {EntityKind::kNgo, ids[j], ids[j]}}});
      }
    }
  };
  clique({"a0", "a1", "a2", "a3", "a4"}, 2019);
  clique({"b0", "b1", "b2"}, 2019);
  clique({"a0", "a1", "a2", "a3", "c1"}, 2020);
  clique({"d0", "d1", "d2"}, 2020);
  const Network earlier = Network::build(letters, {.since = PartialDate{2019, 0, 0}, .until = PartialDate{2019, 0, 0}});
  const Network later = Network::build(letters, {.since = PartialDate{2020, 0, 0}, .until = PartialDate{2020, 0, 0}});
  const std::vector<CoalitionChange> changes = compare_periods(earlier, later);
  ASSERT_EQ(changes.size(), 2U);
  ASSERT_TRUE(changes[0].earlier);
  EXPECT_EQ(*changes[0].earlier, 0U);
  EXPECT_DOUBLE_EQ(changes[0].jaccard, 4.0 / 6.0);
  EXPECT_EQ(changes[0].joined, (std::vector<std::string>{"c1"}));
  EXPECT_EQ(changes[0].left, (std::vector<std::string>{"a4"}));
  EXPECT_FALSE(changes[1].earlier);  // d0, d1, d2 are new
  EXPECT_EQ(changes[1].joined.size(), 3U);
  EXPECT_TRUE(changes[1].left.empty());
}

}  // namespace
}  // namespace hrtext
