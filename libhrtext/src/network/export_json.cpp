// JSON in networkx's node-link shape.

#include <nlohmann/json.hpp>

#include <ostream>

#include "network/network_data.hpp"

namespace hrtext {

void Network::write_json(std::ostream& out) const {
  const detail::NetworkData& data = *data_;
  nlohmann::json nodes = nlohmann::json::array();
  for (const NetworkNode& node : data.nodes) {
    nlohmann::json item = {{"id", node.id}, {"name", node.name}, {"kind", to_string(node.kind)},
                           {"letters", node.letters}};
    if (node.first_date) item["first_date"] = node.first_date->to_iso();
    if (node.last_date) item["last_date"] = node.last_date->to_iso();
    nodes.push_back(std::move(item));
  }
  nlohmann::json links = nlohmann::json::array();
  for (const NetworkEdge& edge : data.edges) {
    links.push_back({{"source", data.nodes[edge.source].id},
                     {"target", data.nodes[edge.target].id},
                     {"letters", edge.letters},
                     {"newman", edge.newman},
                     {"jaccard", edge.jaccard}});
  }
  const nlohmann::json document = {{"directed", false},
                                   {"multigraph", false},
                                   {"graph", nlohmann::json::object()},
                                   {"nodes", std::move(nodes)},
                                   {"links", std::move(links)}};
  // Ill-formed UTF-8 in a name becomes U+FFFD rather than an exception half-way through a file.
  out << document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace hrtext
