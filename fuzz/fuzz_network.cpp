// The co-signatory network built from any letters (a line a letter, its signers a tab apart; a
// signer's first byte gives its kind, an "id:" before a colon its id; a line that starts with
// an ISO date is dated), its metrics, and every export: JSON that parses, XML that parses.

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.hpp"
#include "hrtext/error.hpp"
#include "hrtext/network.hpp"

namespace {

std::vector<hrtext::SignedLetter> letters_of(std::string_view bytes) {
  constexpr hrtext::EntityKind kKinds[] = {hrtext::EntityKind::kNgo, hrtext::EntityKind::kState,
                                           hrtext::EntityKind::kIgo, hrtext::EntityKind::kUnBody,
                                           hrtext::EntityKind::kPerson};
  std::vector<hrtext::SignedLetter> letters;
  for (std::size_t start = 0; start < bytes.size();) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    start = end + 1;
    hrtext::SignedLetter letter;
    letter.letter = "#" + std::to_string(letters.size());
    if (line.size() >= 10) {
      try {
        letter.date = hrtext::PartialDate::parse_iso(line.substr(0, 10));
        line.remove_prefix(10);
      } catch (const hrtext::Error&) {
        // not a date: the line is all signers
      }
    }
    for (std::size_t at = 0; at < line.size();) {
      std::size_t tab = line.find('\t', at);
      if (tab == std::string_view::npos) tab = line.size();
      const std::string_view field = line.substr(at, tab - at);
      at = tab + 1;
      if (field.empty()) continue;
      hrtext::Signer signer;
      signer.kind = kKinds[static_cast<unsigned char>(field[0]) % std::size(kKinds)];
      const std::size_t colon = field.find(':');
      if (colon != std::string_view::npos) signer.id = std::string(field.substr(0, colon));
      signer.name = std::string(colon == std::string_view::npos ? field : field.substr(colon + 1));
      letter.signers.push_back(std::move(signer));
    }
    letters.push_back(std::move(letter));
  }
  return letters;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Letters of hundreds of signers make networks of their squares: keep runs fast.
  if (size > 4096) return 0;
  const hrtext::Network network =
      hrtext::Network::build(letters_of(std::string_view(reinterpret_cast<const char*>(data), size)));
  (void)network.degree();
  (void)network.betweenness();
  (void)network.pagerank();
  (void)network.clustering();
  (void)network.louvain();
  (void)network.backbone(0.05);
  // Its parts rebuild it (as a pickled network comes back), and nothing else does.
  const hrtext::Network copy = hrtext::Network::from_parts(network.nodes(), network.edges(), network.letters());
  HRTEXT_FUZZ_CHECK(copy.edge_count() == network.edge_count() && copy.degree() == network.degree());
  if (network.node_count() > 1) {
    std::vector<hrtext::NetworkNode> twins = network.nodes();
    twins[1].id = twins[0].id;
    bool refused = false;
    try {
      (void)hrtext::Network::from_parts(std::move(twins), network.edges(), network.letters());
    } catch (const hrtext::ParseError&) {
      refused = true;
    }
    HRTEXT_FUZZ_CHECK(refused);
  }
  std::ostringstream json;
  network.write_json(json);
  HRTEXT_FUZZ_CHECK(!nlohmann::json::parse(json.str(), nullptr, false).is_discarded());
  for (const bool gexf : {false, true}) {
    std::ostringstream xml;
    if (gexf) {
      network.write_gexf(xml);
    } else {
      network.write_graphml(xml);
    }
    const std::string text = xml.str();
    pugi::xml_document parsed;
    HRTEXT_FUZZ_CHECK(parsed.load_buffer(text.data(), text.size()));
  }
  std::ostringstream other;
  network.write_dot(other);
  network.write_csv_edges(other);
  network.write_csv_nodes(other);
  return 0;
}
