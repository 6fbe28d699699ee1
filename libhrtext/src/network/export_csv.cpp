// CSV edge and node lists (RFC 4180).

#include <ostream>

#include "network/escaping.hpp"
#include "network/network_data.hpp"

namespace hrtext {

void Network::write_csv_edges(std::ostream& out) const {
  using detail::csv_field;
  const detail::NetworkData& data = *data_;
  out << "source,target,letters,newman,jaccard\r\n";
  for (const NetworkEdge& edge : data.edges) {
    out << csv_field(data.nodes[edge.source].id) << ',' << csv_field(data.nodes[edge.target].id) << ','
        << edge.letters << ',' << detail::format_number(edge.newman) << ',' << detail::format_number(edge.jaccard)
        << "\r\n";
  }
}

void Network::write_csv_nodes(std::ostream& out) const {
  using detail::csv_field;
  out << "id,name,kind,letters,first_date,last_date\r\n";
  for (const NetworkNode& node : data_->nodes) {
    out << csv_field(node.id) << ',' << csv_field(node.name) << ',' << to_string(node.kind) << ',' << node.letters
        << ',' << detail::iso_or_empty(node.first_date) << ',' << detail::iso_or_empty(node.last_date) << "\r\n";
  }
}

}  // namespace hrtext
