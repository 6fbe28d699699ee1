// Graphviz DOT: an undirected graph, letters co-signed as the layout weight.

#include <ostream>

#include "network/escaping.hpp"
#include "network/network_data.hpp"

namespace hrtext {

void Network::write_dot(std::ostream& out) const {
  using detail::distinct_id;
  using detail::dot_quote;
  const detail::NetworkData& data = *data_;
  out << "graph hrtext {\n";
  for (const NetworkNode& node : data.nodes) {
    out << "  " << dot_quote(distinct_id(node.id)) << " [label=" << dot_quote(node.name) << ", kind=\"" << to_string(node.kind)
        << "\", letters=" << node.letters;
    if (node.first_date) out << ", first_date=\"" << node.first_date->to_iso() << '"';
    if (node.last_date) out << ", last_date=\"" << node.last_date->to_iso() << '"';
    out << "];\n";
  }
  for (const NetworkEdge& edge : data.edges) {
    out << "  " << dot_quote(distinct_id(data.nodes[edge.source].id)) << " -- " << dot_quote(distinct_id(data.nodes[edge.target].id))
        << " [weight=" << edge.letters << ", letters=" << edge.letters
        << ", newman=" << detail::format_number(edge.newman) << ", jaccard=" << detail::format_number(edge.jaccard)
        << "];\n";
  }
  out << "}\n";
}

}  // namespace hrtext
