// Betweenness centrality by Brandes' algorithm over the projection's CSR graph, with networkx's
// sampling of sources and its rescaling (networkx/algorithms/centrality/betweenness.py).
//
// Boost's brandes_betweenness_centrality keeps a predecessor list per node (gigabytes on a
// projection of millions of edges) and follows Boost's own rescaling, not networkx's. Here no
// predecessor is stored: each source walks every edge once outwards, counting shortest
// paths, and once back, gathering dependencies.

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <utility>

#include "hrtext/error.hpp"
#include "network/network_data.hpp"
#include "network/sampling.hpp"

namespace hrtext {
namespace {

// The sum of values[u] over the nodes u in [u, end), a node's adjacent vertices, in four running
// sums: with a single one each addition waits for the one before (the order of the sum changes
// only the last bits).
template <typename AdjacencyIterator>
double gather(AdjacencyIterator u, AdjacencyIterator end, const double* values) {
  double sums[4] = {0, 0, 0, 0};
  for (; end - u >= 4; u += 4) {
    sums[0] += values[u[0]];
    sums[1] += values[u[1]];
    sums[2] += values[u[2]];
    sums[3] += values[u[3]];
  }
  for (; u != end; ++u) sums[0] += values[*u];
  return (sums[0] + sums[1]) + (sums[2] + sums[3]);
}

// One source at a time, its work arrays allocated once and reset only where a source reached.
class Brandes {
 public:
  Brandes(const detail::NetworkData& data, std::optional<EdgeWeight> weight)
      : graph_(data.graph),
        weighted_(weight.has_value()),
        length_(weight ? boost::num_edges(data.graph) : 0),
        sigma_(data.nodes.size(), 0.0),
        coefficient_(data.nodes.size(), 0.0),
        value_(data.nodes.size(), 0.0),
        reached_(weight ? 0 : data.nodes.size(), 0),
        component_size_(weight ? 0 : data.nodes.size(), 0),
        distance_(weight ? data.nodes.size() : 0, kInfinity) {
    // Lengths by edge index, the order of the rows: each source reads them all twice, so they
    // are streamed without a look-up of each half-edge's edge.
    if (weight) {
      for (const auto e : boost::make_iterator_range(boost::edges(graph_))) {
        length_[boost::get(boost::edge_index, graph_, e)] = 1.0 / detail::weight_of(data.edges[graph_[e].edge], *weight);
      }
    }
    order_.reserve(data.nodes.size());
    if (weight) heap_.reserve(data.nodes.size());
  }

  // Adds to `sums` the dependency of `source` on every other node (networkx's
  // _accumulate_basic): the shortest paths from the source through the node, each path to a
  // target counted as its fraction of the shortest paths to that target.
  void add_dependencies(std::size_t source, std::vector<double>& sums) {
    if (weighted_) {
      add_by_distance(source, sums);
    } else {
      add_by_hops(source, sums);
    }
    for (const std::uint32_t v : order_) sigma_[v] = coefficient_[v] = 0;
  }

 private:
  static constexpr double kInfinity = std::numeric_limits<double>::infinity();

  // The sum of values over v's neighbours.
  [[nodiscard]] double gather_around(std::uint32_t v, const std::vector<double>& values) const {
    const auto [begin, end] = boost::adjacent_vertices(v, graph_);
    return gather(begin, end, values.data());
  }

  // Breadth-first, a level at a time. A node's neighbours lie one level nearer, on its level
  // or one farther. So when sigma_ and coefficient_ are written only once a level is done, a
  // node's paths are the plain sum of sigma_ over its neighbours (only the nearer level has
  // any yet) and its dependency the plain sum of coefficient_ (only the farther level has any,
  // going back): no test per edge. Two levels need no sum: the source's neighbours have one
  // path each, and the farthest level has no successor. On a projection, whose hubs are
  // neighbours of most sources and whose diameter is small, they hold many of the edges.
  void add_by_hops(std::size_t source, std::vector<double>& sums) {
    order_.assign(1, static_cast<std::uint32_t>(source));
    reached_[source] = 1;
    levels_.assign(1, 0);
    // Once the whole component is reached no edge can reach more. Its size is known after
    // the first source in it.
    const std::size_t component = component_size_[source];
    for (std::size_t begin = 0; begin < order_.size();) {
      const std::size_t end = order_.size();
      const bool near = levels_.size() <= 2;  // the source or its neighbours
      for (std::size_t at = begin; at < end; ++at) {
        const std::uint32_t v = order_[at];
        if (order_.size() != component) {
          for (const std::uint32_t u : boost::make_iterator_range(boost::adjacent_vertices(v, graph_))) {
            if (reached_[u] == 0) {
              reached_[u] = 1;
              order_.push_back(u);
            }
          }
        }
        value_[v] = near ? 1.0 : gather_around(v, sigma_);
      }
      for (std::size_t at = begin; at < end; ++at) sigma_[order_[at]] = value_[order_[at]];
      levels_.push_back(end);
      begin = end;
    }
    const std::size_t farthest = levels_.size() - 2;
    for (std::size_t level = farthest + 1; level-- > 0;) {
      const std::size_t begin = levels_[level];
      const std::size_t end = levels_[level + 1];
      for (std::size_t at = begin; at < end; ++at) {
        const std::uint32_t w = order_[at];
        value_[w] = level == farthest ? 0.0 : sigma_[w] * gather_around(w, coefficient_);
        if (w != source) sums[w] += value_[w];
      }
      for (std::size_t at = begin; at < end; ++at) {
        const std::uint32_t w = order_[at];
        coefficient_[w] = (1 + value_[w]) / sigma_[w];
      }
    }
    for (const std::uint32_t v : order_) {
      reached_[v] = 0;
      component_size_[v] = static_cast<std::uint32_t>(order_.size());
    }
  }

  // Dijkstra on a binary heap with stale entries skipped, as networkx's; order_ is the order
  // settled. u precedes w on a shortest path when dist(u) + length(u, w) == dist(w), the very
  // sum and comparison networkx makes, so the same paths count. Such a u is nearer, so settled
  // before w: every node still in the heap is at least as far as the one leaving it. An entry
  // is stale when farther than its node's distance; a node is pushed only when its distance
  // strictly falls, so one entry per node is not.
  void add_by_distance(std::size_t source, std::vector<double>& sums) {
    order_.clear();
    heap_.clear();
    distance_[source] = 0;
    heap_.emplace_back(0.0, static_cast<std::uint32_t>(source));
    while (!heap_.empty()) {
      std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
      const auto [d, v] = heap_.back();
      heap_.pop_back();
      if (d > distance_[v]) continue;
      double paths = 0;
      for (const auto e : boost::make_iterator_range(boost::out_edges(v, graph_))) {
        const std::uint32_t u = boost::target(e, graph_);
        const double length = length_[boost::get(boost::edge_index, graph_, e)];
        const double through_v = d + length;
        if (distance_[u] + length == d && distance_[u] < d) {
          paths += sigma_[u];
        } else if (through_v < distance_[u]) {
          distance_[u] = through_v;
          heap_.emplace_back(through_v, u);
          std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
        }
      }
      sigma_[v] = order_.empty() ? 1.0 : paths;
      order_.push_back(v);
    }
    // Farthest first, each node's dependency gathered from its successors, farther and so done:
    // delta(w) = sigma(w) * sum over successors u of (1 + delta(u)) / sigma(u).
    for (std::size_t at = order_.size(); at-- > 0;) {
      const std::uint32_t w = order_[at];
      double through = 0;
      for (const auto e : boost::make_iterator_range(boost::out_edges(w, graph_))) {
        const std::uint32_t u = boost::target(e, graph_);
        const double length = length_[boost::get(boost::edge_index, graph_, e)];
        if (distance_[w] + length == distance_[u] && distance_[w] < distance_[u]) through += coefficient_[u];
      }
      const double delta = sigma_[w] * through;
      coefficient_[w] = (1 + delta) / sigma_[w];
      if (w != source) sums[w] += delta;
    }
    for (const std::uint32_t v : order_) distance_[v] = kInfinity;
  }

  const detail::Projection& graph_;
  bool weighted_;
  std::vector<double> length_;            // weighted: 1 / weight per half-edge, by edge index
  std::vector<double> sigma_;             // shortest paths from the source
  std::vector<double> coefficient_;       // (1 + delta) / sigma, once a node's delta is known
  std::vector<double> value_;             // unweighted: sigma or delta until its level is done
  std::vector<std::uint8_t> reached_;     // unweighted
  // Unweighted: the size of each node's component, 0 until a source in it is done.
  std::vector<std::uint32_t> component_size_;
  std::vector<double> distance_;  // weighted: from the source, tentative until settled
  std::vector<std::uint32_t> order_;
  std::vector<std::size_t> levels_;  // unweighted: where each level starts in order_, and the end
  std::vector<std::pair<double, std::uint32_t>> heap_;
};

// networkx's _rescale for an undirected graph without endpoints. The sums count each pair
// from both ends, once per source. Exact, a pair counts once: halved, or divided by the
// (n - 1)(n - 2) ordered pairs when normalised. Sampled, each node's sum is scaled as if from
// all n - 1 other sources, having seen `samples` of them, or samples - 1 for a drawn node.
void rescale(std::vector<double>& sums, bool normalized, std::optional<std::size_t> samples,
             const std::vector<bool>& drawn) {
  const std::size_t n = sums.size();
  if (n < 3) return;  // no node lies between two others: every sum is 0
  const auto others = static_cast<double>(n - 1);
  // The scale of a node whose sum comes from `sources` sources.
  const auto scale = [&](double sources) { return normalized ? 1.0 / (sources * (others - 1)) : others / (sources * 2); };
  if (!samples) {
    const double all = scale(others);
    for (double& sum : sums) sum *= all;
    return;
  }
  const auto k = static_cast<double>(*samples);
  const double not_drawn = scale(k);
  const double drawn_scale = *samples > 1 ? scale(k - 1) : std::numeric_limits<double>::quiet_NaN();
  for (std::size_t v = 0; v < n; ++v) sums[v] *= drawn[v] ? drawn_scale : not_drawn;
}

}  // namespace

std::vector<double> Network::betweenness(const BetweennessOptions& options) const {
  const detail::NetworkData& data = *data_;
  const std::size_t n = data.nodes.size();
  std::optional<std::size_t> samples = options.samples;
  if (samples) {
    if (*samples == 0) throw Error("betweenness needs at least one sampled source, got 0");
    if (*samples > n) {
      throw Error("betweenness cannot sample " + std::to_string(*samples) + " sources from a network of " +
                  std::to_string(n) + " organisations");
    }
    if (*samples == n) samples.reset();  // every node a source: exact, as networkx does
  }

  std::vector<std::size_t> sources(n);
  std::iota(sources.begin(), sources.end(), std::size_t{0});
  std::vector<bool> drawn;
  if (samples) {
    std::mt19937_64 random(options.seed);
    detail::shuffle_last(sources, *samples, random);
    sources.erase(sources.begin(), sources.end() - static_cast<std::ptrdiff_t>(*samples));
    drawn.assign(n, false);
    for (const std::size_t s : sources) drawn[s] = true;
  }

  std::vector<double> sums(n, 0.0);
  Brandes brandes(data, options.weight);
  for (const std::size_t s : sources) brandes.add_dependencies(s, sums);
  rescale(sums, options.normalized, samples, drawn);
  return sums;
}

}  // namespace hrtext
