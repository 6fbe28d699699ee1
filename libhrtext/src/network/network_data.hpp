#pragma once

// What a Network holds, shared by the stages in this folder.

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "hrtext/network.hpp"

namespace hrtext::detail {

// One end of an edge as seen from a node.
struct HalfEdge {
  std::uint32_t neighbour;
  std::uint32_t edge;  // index into NetworkData::edges
};

struct NetworkData {
  std::vector<NetworkNode> nodes;
  std::vector<NetworkEdge> edges;  // sorted by (source, target)
  std::vector<NetworkLetter> letters;
  std::unordered_map<std::string, std::size_t> index;  // node index by id
  // Adjacency in compressed rows: the half-edges of node u are adjacency[offsets[u],
  // offsets[u + 1]), by ascending neighbour. The metrics walk this rather than a Boost
  // adjacency_list, which takes 5 s to build on the benchmark's 18 million edges and several
  // times the memory.
  std::vector<std::size_t> offsets;
  std::vector<HalfEdge> adjacency;

  // Fills `index`, `offsets` and `adjacency` from `nodes` and `edges`.
  void link();

  [[nodiscard]] std::size_t degree(std::size_t node) const { return offsets[node + 1] - offsets[node]; }
  [[nodiscard]] const HalfEdge* begin(std::size_t node) const { return adjacency.data() + offsets[node]; }
  [[nodiscard]] const HalfEdge* end(std::size_t node) const { return adjacency.data() + offsets[node + 1]; }
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
