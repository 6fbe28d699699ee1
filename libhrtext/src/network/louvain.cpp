// Louvain communities (Blondel et al. 2008) and modularity. Boost 1.74 has neither, so this
// follows networkx's louvain_communities step for step: the same gain formula, moves only for
// a strict gain, passes until one moves no node, and a level kept when it improves modularity
// by more than 1e-7.

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <random>
#include <unordered_map>

#include "hrtext/error.hpp"
#include "network/network_data.hpp"
#include "network/sampling.hpp"

namespace hrtext {
namespace {

// The least modularity gain of a level that counts as progress.
constexpr double kThreshold = 1e-7;

// The graph of one level, as the projection: CSR, each edge in both directions, no self-loops.
using LevelGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                      boost::no_property, std::uint32_t, std::size_t>;

// A weighted graph of one level: nodes are the communities of the level below.
struct Level {
  LevelGraph graph;
  // Per half-edge, by edge index. Kept beside the graph rather than as its edge bundle so that
  // each level fills it in place instead of having Boost copy it in: with the column, 12 bytes
  // a half-edge on the first, largest level.
  std::vector<double> weight;
  std::vector<double> self;    // self-loop weight: the weight inside the community
  std::vector<double> degree;  // weighted degree, a self-loop counting twice

  [[nodiscard]] std::size_t size() const { return self.size(); }
  [[nodiscard]] double weight_of(LevelGraph::edge_descriptor e) const {
    return weight[boost::get(boost::edge_index, graph, e)];
  }
};

Level first_level(const detail::NetworkData& data, EdgeWeight weight) {
  const detail::Projection& projection = data.graph;
  Level level;
  // The projection's rows, already sorted by source, without their edge bundles.
  const auto ends = [&](detail::Projection::edge_descriptor e) {
    return std::pair<std::uint32_t, std::uint32_t>(boost::source(e, projection), boost::target(e, projection));
  };
  const auto [begin, end] = boost::edges(projection);
  level.graph = LevelGraph(boost::edges_are_sorted, boost::make_transform_iterator(begin, ends),
                           boost::make_transform_iterator(end, ends),
                           static_cast<std::uint32_t>(data.nodes.size()), boost::num_edges(projection));
  level.weight.resize(boost::num_edges(projection));
  for (const auto e : boost::make_iterator_range(begin, end)) {
    level.weight[boost::get(boost::edge_index, projection, e)] = detail::weight_of(data.edges[projection[e].edge], weight);
  }
  level.self.assign(data.nodes.size(), 0.0);
  level.degree = detail::node_strengths(data, weight);
  return level;
}

// Sums weights per key, remembering keys in the order first seen. Weights are positive (letters,
// Newman and Jaccard weights, and sums of them), so a sum of 0 marks a key not seen yet.
class Accumulator {
 public:
  explicit Accumulator(std::size_t size) : sum_(size, 0.0) {}
  void add(std::size_t key, double weight) {
    if (sum_[key] == 0.0) keys_.push_back(key);
    sum_[key] += weight;
  }
  [[nodiscard]] const std::vector<std::size_t>& keys() const { return keys_; }
  [[nodiscard]] double operator[](std::size_t key) const { return sum_[key]; }
  void clear() {
    for (const std::size_t key : keys_) sum_[key] = 0.0;
    keys_.clear();
  }

 private:
  std::vector<double> sum_;
  std::vector<std::size_t> keys_;
};

// Moves nodes to the neighbouring community of best gain until a pass moves none. Returns the
// community of each node, numbered from 0 in order of first node, and whether any moved.
std::pair<std::vector<std::size_t>, bool> move_nodes(const Level& level, double m, double resolution,
                                                     std::mt19937_64& random) {
  const std::size_t n = level.size();
  std::vector<std::size_t> community(n);
  std::iota(community.begin(), community.end(), std::size_t{0});
  std::vector<double> total = level.degree;  // Σ degree of each community
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  detail::shuffle_last(order, order.size(), random);

  Accumulator to_community(n);
  bool improved = false;
  for (bool moved = true; moved;) {
    moved = false;
    for (const std::size_t u : order) {
      for (const auto e : boost::make_iterator_range(boost::out_edges(static_cast<std::uint32_t>(u), level.graph))) {
        to_community.add(community[boost::target(e, level.graph)], level.weight_of(e));
      }
      const double k = level.degree[u];
      const std::size_t own = community[u];
      total[own] -= k;
      const double remove_cost = -to_community[own] / m + resolution * total[own] * k / (2 * m * m);
      double best_gain = 0;
      std::size_t best = own;
      for (const std::size_t c : to_community.keys()) {
        const double gain = remove_cost + to_community[c] / m - resolution * total[c] * k / (2 * m * m);
        if (gain > best_gain) {
          best_gain = gain;
          best = c;
        }
      }
      total[best] += k;
      if (best != own) {
        community[u] = best;
        moved = true;
        improved = true;
      }
      to_community.clear();
    }
  }

  std::vector<std::size_t> renumbered(n, n);
  std::size_t next = 0;
  for (std::size_t& c : community) {
    if (renumbered[c] == n) renumbered[c] = next++;
    c = renumbered[c];
  }
  return {std::move(community), improved};
}

double level_modularity(const Level& level, const std::vector<std::size_t>& community, double m,
                        double resolution) {
  std::vector<double> inside(level.size(), 0.0);
  std::vector<double> total(level.size(), 0.0);
  for (std::uint32_t u = 0; u < level.size(); ++u) {
    inside[community[u]] += level.self[u];
    total[community[u]] += level.degree[u];
    for (const auto e : boost::make_iterator_range(boost::out_edges(u, level.graph))) {
      // Seen from both ends.
      if (community[boost::target(e, level.graph)] == community[u]) inside[community[u]] += level.weight_of(e) / 2;
    }
  }
  double q = 0;
  for (std::size_t c = 0; c < level.size(); ++c) {
    q += inside[c] / m - resolution * (total[c] / (2 * m)) * (total[c] / (2 * m));
  }
  return q;
}

Level aggregate(const Level& level, const std::vector<std::size_t>& community, std::size_t count) {
  std::vector<std::vector<std::uint32_t>> members(count);
  for (std::uint32_t u = 0; u < level.size(); ++u) members[community[u]].push_back(u);
  Level next;
  next.self.assign(count, 0.0);
  next.degree.assign(count, 0.0);
  // Rows in order of community, so the edges come sorted by source for Boost.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
  Accumulator to_community(count);
  for (std::size_t c = 0; c < count; ++c) {
    for (const std::uint32_t u : members[c]) {
      next.self[c] += level.self[u];
      next.degree[c] += level.degree[u];
      for (const auto e : boost::make_iterator_range(boost::out_edges(u, level.graph))) {
        const std::size_t d = community[boost::target(e, level.graph)];
        if (d == c) {
          next.self[c] += level.weight_of(e) / 2;
        } else {
          to_community.add(d, level.weight_of(e));
        }
      }
    }
    for (const std::size_t d : to_community.keys()) {
      ends.emplace_back(static_cast<std::uint32_t>(c), static_cast<std::uint32_t>(d));
      next.weight.push_back(to_community[d]);
    }
    to_community.clear();
  }
  next.graph = LevelGraph(boost::edges_are_sorted, ends.begin(), ends.end(), static_cast<std::uint32_t>(count),
                          ends.size());
  return next;
}

// Labels 0 for the largest community, then by size, ties to the one with the lower first node.
std::size_t number_by_size(std::vector<std::size_t>& community) {
  std::vector<std::size_t> size;
  std::vector<std::size_t> first_node;
  for (std::size_t u = 0; u < community.size(); ++u) {
    if (community[u] >= size.size()) {
      size.resize(community[u] + 1, 0);
      first_node.resize(community[u] + 1, u);
    }
    if (size[community[u]]++ == 0) first_node[community[u]] = u;
  }
  std::vector<std::size_t> order(size.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return size[a] != size[b] ? size[a] > size[b] : first_node[a] < first_node[b];
  });
  std::vector<std::size_t> label(size.size());
  for (std::size_t i = 0; i < order.size(); ++i) label[order[i]] = i;
  for (std::size_t& c : community) c = label[c];
  return size.size();
}

}  // namespace

namespace {

// Modularity's resolution weighs the expected ties: positive and finite, or the partition means
// nothing (a negative one rewards putting every node in one community with a modularity above 1).
void check_resolution(double resolution) {
  if (!std::isfinite(resolution) || resolution <= 0) {
    throw Error("the resolution must be a positive, finite number, not " + std::to_string(resolution));
  }
}

}  // namespace

Communities Network::louvain(const LouvainOptions& options) const {
  check_resolution(options.resolution);
  const std::size_t n = data_->nodes.size();
  Communities result{std::vector<std::size_t>(n), n, 0.0};
  std::iota(result.community.begin(), result.community.end(), std::size_t{0});
  Level level = first_level(*data_, options.weight);
  double m = 0;
  for (const double k : level.degree) m += k;
  m /= 2;
  if (m <= 0) return result;

  std::mt19937_64 random(options.seed);
  std::vector<std::size_t> singletons(n);
  std::iota(singletons.begin(), singletons.end(), std::size_t{0});
  double q = level_modularity(level, singletons, m, options.resolution);
  for (;;) {
    auto [community, improved] = move_nodes(level, m, options.resolution, random);
    if (!improved) break;
    for (std::size_t& c : result.community) c = community[c];
    const double next_q = level_modularity(level, community, m, options.resolution);
    if (next_q - q <= kThreshold) break;
    q = next_q;
    const std::size_t count = *std::max_element(community.begin(), community.end()) + 1;
    level = aggregate(level, community, count);
  }
  result.count = number_by_size(result.community);
  result.modularity = modularity(result.community, options.weight, options.resolution);
  return result;
}

double Network::modularity(std::span<const std::size_t> community, EdgeWeight weight, double resolution) const {
  check_resolution(resolution);
  const detail::NetworkData& data = *data_;
  if (community.size() != data.nodes.size()) {
    throw Error("a partition of " + std::to_string(community.size()) + " labels for a network of " +
                std::to_string(data.nodes.size()) + " nodes");
  }
  std::unordered_map<std::size_t, std::size_t> dense;
  std::vector<std::size_t> label(community.size());
  for (std::size_t u = 0; u < community.size(); ++u) {
    label[u] = dense.try_emplace(community[u], dense.size()).first->second;
  }
  std::vector<double> inside(dense.size(), 0.0);
  std::vector<double> total(dense.size(), 0.0);
  double m = 0;
  for (const NetworkEdge& edge : data.edges) {
    const double w = detail::weight_of(edge, weight);
    m += w;
    total[label[edge.source]] += w;
    total[label[edge.target]] += w;
    if (label[edge.source] == label[edge.target]) inside[label[edge.source]] += w;
  }
  if (m <= 0) return 0;
  double q = 0;
  for (std::size_t c = 0; c < dense.size(); ++c) {
    q += inside[c] / m - resolution * (total[c] / (2 * m)) * (total[c] / (2 * m));
  }
  return q;
}

}  // namespace hrtext
