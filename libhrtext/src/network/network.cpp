// The Network object: its data, accessors and lookups.

#include <limits>
#include <utility>

#include "hrtext/error.hpp"
#include "network/network_data.hpp"

namespace hrtext {
namespace detail {

void NetworkData::link() {
  if (nodes.size() > std::numeric_limits<std::uint32_t>::max() ||
      edges.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw LimitError("a network is limited to 2^32 - 1 nodes and edges; this one has " +
                     std::to_string(nodes.size()) + " nodes and " + std::to_string(edges.size()) +
                     " edges");
  }
  index.clear();
  index.reserve(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) index.emplace(nodes[i].id, i);

  offsets.assign(nodes.size() + 1, 0);
  for (const NetworkEdge& edge : edges) {
    ++offsets[edge.source + 1];
    ++offsets[edge.target + 1];
  }
  for (std::size_t i = 1; i < offsets.size(); ++i) offsets[i] += offsets[i - 1];
  adjacency.resize(2 * edges.size());
  std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
  // Edges in (source, target) order leave every row sorted by neighbour.
  for (std::size_t e = 0; e < edges.size(); ++e) {
    const auto index32 = static_cast<std::uint32_t>(e);
    adjacency[next[edges[e].source]++] = {edges[e].target, index32};
    adjacency[next[edges[e].target]++] = {edges[e].source, index32};
  }
}

std::vector<double> node_strengths(const NetworkData& data, EdgeWeight weight) {
  std::vector<double> strength(data.nodes.size(), 0.0);
  for (const NetworkEdge& edge : data.edges) {
    const double w = weight_of(edge, weight);
    strength[edge.source] += w;
    strength[edge.target] += w;
  }
  return strength;
}

std::size_t node_of(const NetworkData& data, std::string_view id) {
  const auto found = data.index.find(std::string(id));
  if (found == data.index.end()) throw Error("no organisation with id \"" + std::string(id) + "\" in the network");
  return found->second;
}

}  // namespace detail

Network::Network(std::unique_ptr<detail::NetworkData> data) : data_(std::move(data)) {}
Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;
Network::~Network() = default;

std::size_t Network::node_count() const noexcept { return data_->nodes.size(); }
std::size_t Network::edge_count() const noexcept { return data_->edges.size(); }
const std::vector<NetworkNode>& Network::nodes() const noexcept { return data_->nodes; }
const std::vector<NetworkEdge>& Network::edges() const noexcept { return data_->edges; }
const std::vector<NetworkLetter>& Network::letters() const noexcept { return data_->letters; }
std::size_t Network::index_of(std::string_view id) const { return detail::node_of(*data_, id); }

}  // namespace hrtext
