// GEXF 1.3, for Gephi: the node name as label, letters co-signed as the edge weight.

#include <ostream>

#include "network/escaping.hpp"
#include "network/network_data.hpp"

namespace hrtext {

void Network::write_gexf(std::ostream& out) const {
  using detail::distinct_id;
  using detail::xml_escape;
  const detail::NetworkData& data = *data_;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta><creator>hrtext</creator></meta>\n"
         "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
         "      <attribute id=\"letters\" title=\"letters\" type=\"long\"/>\n"
         "      <attribute id=\"first_date\" title=\"first_date\" type=\"string\"/>\n"
         "      <attribute id=\"last_date\" title=\"last_date\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"letters\" title=\"letters\" type=\"long\"/>\n"
         "      <attribute id=\"newman\" title=\"newman\" type=\"double\"/>\n"
         "      <attribute id=\"jaccard\" title=\"jaccard\" type=\"double\"/>\n"
         "    </attributes>\n"
         "    <nodes>\n";
  for (const NetworkNode& node : data.nodes) {
    out << "      <node id=\"" << xml_escape(distinct_id(node.id)) << "\" label=\"" << xml_escape(node.name) << "\"><attvalues>"
        << "<attvalue for=\"kind\" value=\"" << to_string(node.kind) << "\"/>"
        << "<attvalue for=\"letters\" value=\"" << node.letters << "\"/>";
    if (node.first_date) out << "<attvalue for=\"first_date\" value=\"" << node.first_date->to_iso() << "\"/>";
    if (node.last_date) out << "<attvalue for=\"last_date\" value=\"" << node.last_date->to_iso() << "\"/>";
    out << "</attvalues></node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (std::size_t e = 0; e < data.edges.size(); ++e) {
    const NetworkEdge& edge = data.edges[e];
    out << "      <edge id=\"" << e << "\" source=\"" << xml_escape(distinct_id(data.nodes[edge.source].id)) << "\" target=\""
        << xml_escape(distinct_id(data.nodes[edge.target].id)) << "\" weight=\"" << edge.letters << "\"><attvalues>"
        << "<attvalue for=\"letters\" value=\"" << edge.letters << "\"/>"
        << "<attvalue for=\"newman\" value=\"" << detail::format_number(edge.newman) << "\"/>"
        << "<attvalue for=\"jaccard\" value=\"" << detail::format_number(edge.jaccard) << "\"/>"
        << "</attvalues></edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace hrtext
