// The backbone of the disparity filter (Serrano, Boguñá and Vespignani, PNAS 106, 2009).

#include <cmath>

#include "hrtext/error.hpp"
#include "network/network_data.hpp"

namespace hrtext {

Network Network::backbone(double alpha, EdgeWeight weight) const {
  if (!(alpha > 0 && alpha <= 1)) {
    throw Error("the disparity filter's alpha must be in (0, 1], not " + std::to_string(alpha));
  }
  const detail::NetworkData& data = *data_;
  const std::vector<double> strength = detail::node_strengths(data, weight);
  // The probability, under a null model of uniform random weights at node u, of an edge at
  // least as heavy as w: (1 - w / s)^(k - 1).
  const auto significant_at = [&](std::size_t u, double w) {
    const std::size_t k = boost::out_degree(static_cast<std::uint32_t>(u), data.graph);
    if (k < 2) return false;
    return std::pow(1.0 - w / strength[u], static_cast<double>(k - 1)) < alpha;
  };
  auto result = std::make_unique<detail::NetworkData>();
  result->nodes = data.nodes;
  result->letters = data.letters;
  for (const NetworkEdge& edge : data.edges) {
    const double w = detail::weight_of(edge, weight);
    if (significant_at(edge.source, w) || significant_at(edge.target, w)) result->edges.push_back(edge);
  }
  result->link();
  return Network(std::move(result));
}

}  // namespace hrtext
