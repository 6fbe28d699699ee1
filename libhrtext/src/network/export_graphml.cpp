// GraphML, with typed keys so networkx.read_graphml gives back ints, floats and strings.

#include <ostream>

#include "network/escaping.hpp"
#include "network/network_data.hpp"

namespace hrtext {

void Network::write_graphml(std::ostream& out) const {
  using detail::distinct_id;
  using detail::xml_escape;
  const detail::NetworkData& data = *data_;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"n_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
         "  <key id=\"n_kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
         "  <key id=\"n_letters\" for=\"node\" attr.name=\"letters\" attr.type=\"long\"/>\n"
         "  <key id=\"n_first_date\" for=\"node\" attr.name=\"first_date\" attr.type=\"string\"/>\n"
         "  <key id=\"n_last_date\" for=\"node\" attr.name=\"last_date\" attr.type=\"string\"/>\n"
         "  <key id=\"e_letters\" for=\"edge\" attr.name=\"letters\" attr.type=\"long\"/>\n"
         "  <key id=\"e_newman\" for=\"edge\" attr.name=\"newman\" attr.type=\"double\"/>\n"
         "  <key id=\"e_jaccard\" for=\"edge\" attr.name=\"jaccard\" attr.type=\"double\"/>\n"
         "  <graph id=\"hrtext\" edgedefault=\"undirected\">\n";
  for (const NetworkNode& node : data.nodes) {
    out << "    <node id=\"" << xml_escape(distinct_id(node.id)) << "\">"
        << "<data key=\"n_name\">" << xml_escape(node.name) << "</data>"
        << "<data key=\"n_kind\">" << to_string(node.kind) << "</data>"
        << "<data key=\"n_letters\">" << node.letters << "</data>";
    if (node.first_date) out << "<data key=\"n_first_date\">" << node.first_date->to_iso() << "</data>";
    if (node.last_date) out << "<data key=\"n_last_date\">" << node.last_date->to_iso() << "</data>";
    out << "</node>\n";
  }
  for (const NetworkEdge& edge : data.edges) {
    out << "    <edge source=\"" << xml_escape(distinct_id(data.nodes[edge.source].id)) << "\" target=\""
        << xml_escape(distinct_id(data.nodes[edge.target].id)) << "\">"
        << "<data key=\"e_letters\">" << edge.letters << "</data>"
        << "<data key=\"e_newman\">" << detail::format_number(edge.newman) << "</data>"
        << "<data key=\"e_jaccard\">" << detail::format_number(edge.jaccard) << "</data></edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace hrtext
