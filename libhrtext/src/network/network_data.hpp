#pragma once

// What a Network holds, shared by the stages in this folder.

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "hrtext/network.hpp"

namespace hrtext::detail {

// What a half-edge of the projection carries: the edge of NetworkData::edges it is one end of.
struct HalfEdge {
  std::uint32_t edge;
};

// The one-mode projection as Boost.Graph's compressed sparse row graph. BGL's CSR graph is
// directed only, so the undirected projection holds each edge in both directions: out_edges(u)
// are all of u's edges, by ascending neighbour. CSR rather than an adjacency_list because it is
// built in one linear pass into two flat arrays, where an adjacency_list takes 5 s and several
// times the memory on the benchmark's 18 million edges, and because out_edges() is a range over
// one contiguous row, as fast to walk as a hand-made array. 32-bit vertices and edge bundles
// keep a half-edge at 8 bytes; the edge index stays 64-bit, as 2^32 - 1 edges make twice as
// many half-edges.
using Projection = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, HalfEdge,
                                                      boost::no_property, std::uint32_t, std::size_t>;

struct NetworkData {
  std::vector<NetworkNode> nodes;
  std::vector<NetworkEdge> edges;  // sorted by (source, target)
  std::vector<NetworkLetter> letters;
  std::unordered_map<std::string, std::size_t> index;  // node index by id
  Projection graph;  // a vertex per node, both directions of each edge

  // Fills `index` and `graph` from `nodes` and `edges`.
  void link();
};

[[nodiscard]] inline double weight_of(const NetworkEdge& edge, EdgeWeight weight) {
  switch (weight) {
    case EdgeWeight::kLetters: return static_cast<double>(edge.letters);
    case EdgeWeight::kNewman: return edge.newman;
    case EdgeWeight::kJaccard: return edge.jaccard;
  }
  return 0;
}

// The sum of the weights of each node's edges.
[[nodiscard]] std::vector<double> node_strengths(const NetworkData& data, EdgeWeight weight);

// The node of an id, or throws Error naming it.
[[nodiscard]] std::size_t node_of(const NetworkData& data, std::string_view id);

}  // namespace hrtext::detail
