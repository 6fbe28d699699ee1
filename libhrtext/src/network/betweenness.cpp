// Betweenness centrality by Brandes' algorithm, from Boost.Graph.

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include "network/network_data.hpp"

namespace hrtext {
namespace {

struct GraphEdge {
  double distance = 1;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, GraphEdge>;

// Vertex i is node i. Edge distances are 1 / weight when `weight` is given, else 1.
Graph make_graph(const detail::NetworkData& data, std::optional<EdgeWeight> weight) {
  Graph graph(data.nodes.size());
  for (const NetworkEdge& edge : data.edges) {
    const double distance = weight ? 1.0 / detail::weight_of(edge, *weight) : 1.0;
    boost::add_edge(edge.source, edge.target, GraphEdge{distance}, graph);
  }
  return graph;
}

}  // namespace

std::vector<double> Network::betweenness(std::optional<EdgeWeight> weight, bool normalized) const {
  const std::size_t n = data_->nodes.size();
  std::vector<double> centrality(n, 0.0);
  if (n == 0) return centrality;
  const Graph graph = make_graph(*data_, weight);
  const auto centrality_map =
      boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, graph));
  // On an undirected graph Boost halves the sums, so each pair counts once as in networkx.
  if (weight) {
    boost::brandes_betweenness_centrality(
        graph, boost::centrality_map(centrality_map).weight_map(boost::get(&GraphEdge::distance, graph)));
  } else {
    boost::brandes_betweenness_centrality(graph, boost::centrality_map(centrality_map));
  }
  if (normalized && n > 2) {
    const double scale = 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& value : centrality) value *= scale;
  }
  return centrality;
}

}  // namespace hrtext
