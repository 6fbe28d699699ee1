// Degree, strength, PageRank, clustering and connected components.

// disjoint_sets before any Boost.Graph header: its unqualified get() must see boost::get and not
// a boost::detail::get that Boost.Graph declares.
#include <boost/pending/disjoint_sets.hpp>
#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <cmath>

#include "hrtext/error.hpp"
#include "network/network_data.hpp"
#include "network/triangles.hpp"

namespace hrtext {

std::vector<std::size_t> Network::degree() const {
  std::vector<std::size_t> degrees(data_->nodes.size());
  for (std::size_t u = 0; u < degrees.size(); ++u) {
    degrees[u] = boost::out_degree(static_cast<std::uint32_t>(u), data_->graph);
  }
  return degrees;
}

std::vector<double> Network::strength(EdgeWeight weight) const { return detail::node_strengths(*data_, weight); }

std::vector<double> Network::pagerank(EdgeWeight weight, double damping, double tolerance,
                                      std::size_t max_iterations) const {
  if (!(damping >= 0 && damping <= 1)) {
    throw Error("PageRank's damping must be in [0, 1], not " + std::to_string(damping));
  }
  if (!(tolerance > 0)) throw Error("PageRank's tolerance must be positive, not " + std::to_string(tolerance));
  const detail::NetworkData& data = *data_;
  const std::size_t n = data.nodes.size();
  if (n == 0) return {};
  const detail::Projection& graph = data.graph;
  // The weight of each half-edge by its edge index, the order of the rows, so the inner loop
  // reads memory in order rather than looking up each edge.
  std::vector<double> half_weight(boost::num_edges(graph));
  for (const auto e : boost::make_iterator_range(boost::edges(graph))) {
    half_weight[boost::get(boost::edge_index, graph, e)] = detail::weight_of(data.edges[graph[e].edge], weight);
  }
  const std::vector<double> strength = detail::node_strengths(data, weight);

  const double uniform = 1.0 / static_cast<double>(n);
  std::vector<double> rank(n, uniform);
  std::vector<double> next(n);
  std::vector<double> spread(n);  // rank[u] / strength[u]: what u sends along each unit of weight
  for (std::size_t iteration = 0; iteration < max_iterations; ++iteration) {
    double dangling = 0;
    for (std::size_t u = 0; u < n; ++u) {
      if (strength[u] == 0) {
        dangling += rank[u];
        spread[u] = 0;
      } else {
        spread[u] = rank[u] / strength[u];
      }
    }
    const double base = damping * dangling * uniform + (1 - damping) * uniform;
    double change = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
      double in = 0;
      for (const auto e : boost::make_iterator_range(boost::out_edges(v, graph))) {
        in += half_weight[boost::get(boost::edge_index, graph, e)] * spread[boost::target(e, graph)];
      }
      next[v] = damping * in + base;
      change += std::fabs(next[v] - rank[v]);
    }
    rank.swap(next);
    if (change < static_cast<double>(n) * tolerance) return rank;
  }
  throw Error("PageRank did not converge within " + std::to_string(max_iterations) + " iterations (tolerance " +
              std::to_string(tolerance) + ")");
}

std::vector<double> Network::clustering() const {
  const detail::NetworkData& data = *data_;
  const std::vector<std::uint64_t> triangles = detail::triangles(data);
  std::vector<double> coefficient(data.nodes.size(), 0.0);
  for (std::size_t u = 0; u < coefficient.size(); ++u) {
    const auto k = static_cast<double>(boost::out_degree(static_cast<std::uint32_t>(u), data.graph));
    if (k >= 2) coefficient[u] = 2.0 * static_cast<double>(triangles[u]) / (k * (k - 1));
  }
  return coefficient;
}

std::vector<std::size_t> Network::components() const {
  const std::size_t n = data_->nodes.size();
  // Union-find over the edge list: linear, where boost::connected_components would first need
  // an adjacency_list, whose construction takes seconds on a projection of millions of edges.
  std::vector<std::size_t> rank(n);
  std::vector<std::size_t> parent(n);
  boost::disjoint_sets<std::size_t*, std::size_t*> sets(rank.data(), parent.data());
  for (std::size_t u = 0; u < n; ++u) sets.make_set(u);
  for (const NetworkEdge& edge : data_->edges) sets.union_set(edge.source, edge.target);
  std::vector<std::size_t> label(n, n);
  std::vector<std::size_t> component(n);
  std::size_t count = 0;
  for (std::size_t u = 0; u < n; ++u) {
    std::size_t& root_label = label[sets.find_set(u)];
    if (root_label == n) root_label = count++;
    component[u] = root_label;
  }
  return component;
}

}  // namespace hrtext
