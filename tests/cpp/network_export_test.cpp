#include <gtest/gtest.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "hrtext/error.hpp"
#include "hrtext/network.hpp"

namespace hrtext {
namespace {

using boost::property_tree::ptree;

// A & B <"Sœur"> with a control character, and an apostrophe in an id.
const std::string kAwkwardName = "A & B <\"S\xC5\x93ur\"> \x01";
const std::string kAwkwardNameInXml = "A & B <\"S\xC5\x93ur\"> \xEF\xBF\xBD";

Network sample() {
  const Signer awkward{EntityKind::kNgo, "o'brien-fund", kAwkwardName};
  const Signer hrw{EntityKind::kNgo, "hrw", "Human Rights Watch"};
  const Signer norway{EntityKind::kState, "NOR", "Norway"};
  const Signer unresolved{EntityKind::kNgo, std::nullopt, "Comma, \"Quoted\" Group"};
  const std::vector<SignedLetter> letters = {{"L1", PartialDate{2019, 3, 0}, {awkward, hrw}},
                                             {"L2", std::nullopt, {norway, hrw}},
                                             {"L3", PartialDate{2020, 0, 0}, {awkward, hrw, unresolved}}};
  return Network::build(letters);
}

template <typename Write>
std::string written(Write write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

ptree parse_xml(const std::string& text) {
  std::istringstream in(text);
  ptree tree;
  boost::property_tree::read_xml(in, tree);
  return tree;
}

std::size_t count_children(const ptree& parent, const std::string& name) {
  std::size_t n = 0;
  for (const auto& [key, child] : parent) n += key == name ? 1 : 0;
  return n;
}

TEST(NetworkExport, GraphmlIsWellFormedWithTypedKeysAndEscapedNames) {
  const Network network = sample();
  const std::string text = written([&](std::ostream& out) { network.write_graphml(out); });
  EXPECT_EQ(text.find('\x01'), std::string::npos);
  const ptree tree = parse_xml(text);
  const ptree& graphml = tree.get_child("graphml");
  EXPECT_EQ(count_children(graphml, "key"), 8U);
  for (const auto& [tag, key] : graphml) {
    if (tag == "key") {
      EXPECT_FALSE(key.get<std::string>(ptree::path_type("<xmlattr>/attr.type", '/')).empty());
    }
  }
  const ptree& graph = graphml.get_child("graph");
  EXPECT_EQ(graph.get<std::string>("<xmlattr>.edgedefault"), "undirected");
  EXPECT_EQ(count_children(graph, "node"), network.node_count());
  EXPECT_EQ(count_children(graph, "edge"), network.edge_count());
  bool found = false;
  for (const auto& [tag, node] : graph) {
    if (tag != "node" || node.get<std::string>("<xmlattr>.id") != "o'brien-fund") continue;
    found = true;
    for (const auto& [data_tag, data] : node) {
      if (data_tag == "data" && data.get<std::string>("<xmlattr>.key") == "n_name") {
        EXPECT_EQ(data.get_value<std::string>(), kAwkwardNameInXml);
      }
    }
  }
  EXPECT_TRUE(found);
}

TEST(NetworkExport, GexfIsWellFormedWithAttributeValues) {
  const Network network = sample();
  const ptree tree = parse_xml(written([&](std::ostream& out) { network.write_gexf(out); }));
  const ptree& gexf = tree.get_child("gexf");
  EXPECT_EQ(gexf.get<std::string>("<xmlattr>.version"), "1.3");
  EXPECT_EQ(gexf.get<std::string>("<xmlattr>.xmlns"), "http://gexf.net/1.3");
  const ptree& graph = gexf.get_child("graph");
  EXPECT_EQ(count_children(graph.get_child("nodes"), "node"), network.node_count());
  EXPECT_EQ(count_children(graph.get_child("edges"), "edge"), network.edge_count());
  const ptree& first = graph.get_child("nodes").front().second;
  EXPECT_EQ(first.get<std::string>("<xmlattr>.label"), kAwkwardNameInXml);
  EXPECT_EQ(count_children(first.get_child("attvalues"), "attvalue"), 4U);  // kind, letters, dates
  const ptree& edge = graph.get_child("edges").front().second;
  EXPECT_EQ(edge.get<std::string>("<xmlattr>.weight"), "2");
}

TEST(NetworkExport, XmlEscapingKeepsLineBreaksAndReplacesWhatXmlForbids) {
  const std::vector<SignedLetter> letters = {
      {"L", std::nullopt, {{EntityKind::kNgo, "x", "line\none\ttab \xEF\xBF\xBE bad\xFF end"}, {EntityKind::kNgo, "y", "y"}}}};
  const Network network = Network::build(letters);
  const std::string text = written([&](std::ostream& out) { network.write_gexf(out); });
  const ptree tree = parse_xml(text);
  const ptree& node = tree.get_child("gexf.graph.nodes").front().second;
  EXPECT_EQ(node.get<std::string>("<xmlattr>.label"), "line\none\ttab \xEF\xBF\xBD bad\xEF\xBF\xBD end");
}

TEST(NetworkExport, IdsThatXmlCannotHoldStayApart) {
  // Ids from records may hold anything: two that differ only where XML and DOT hold no
  // character, or in a byte that is no UTF-8, are two nodes in every export.
  const std::vector<SignedLetter> letters = {{"L", std::nullopt,
                                              {{EntityKind::kNgo, "a\x01", "A"},
                                               {EntityKind::kNgo, "a\x02", "A"},
                                               {EntityKind::kNgo, "a\\u{0001}", "A"},
                                               {EntityKind::kNgo, "a\xFF", "A"},
                                               {EntityKind::kNgo, "a\xFE", "A"}}}};
  const Network network = Network::build(letters);
  ASSERT_EQ(network.node_count(), 5U);
  const ptree graphml = parse_xml(written([&](std::ostream& out) { network.write_graphml(out); }));
  std::set<std::string> ids;
  for (const auto& [key, node] : graphml.get_child("graphml.graph")) {
    if (key == "node") ids.insert(node.get<std::string>("<xmlattr>.id"));
  }
  EXPECT_EQ(ids, (std::set<std::string>{"a\\u{0001}", "a\\u{0002}", "a\\\\u{0001}", "a\\x{FF}", "a\\x{FE}"}));
  const std::string dot = written([&](std::ostream& out) { network.write_dot(out); });
  EXPECT_NE(dot.find("\"a\\\\u{0001}\" [label"), std::string::npos) << dot;
  EXPECT_NE(dot.find("\"a\\\\\\\\u{0001}\" [label"), std::string::npos) << dot;
}

TEST(NetworkExport, DotQuotesIdsAndNames) {
  const Network network = sample();
  const std::string text = written([&](std::ostream& out) { network.write_dot(out); });
  EXPECT_EQ(text.rfind("graph hrtext {\n", 0), 0U);
  EXPECT_NE(text.find("[label=\"A & B <\\\"S\xC5\x93ur\\\"> \xEF\xBF\xBD\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"o'brien-fund\" -- \"hrw\" [weight=2, letters=2, newman=1.5"), std::string::npos) << text;
  std::size_t edges = 0;
  for (std::size_t at = text.find(" -- "); at != std::string::npos; at = text.find(" -- ", at + 1)) ++edges;
  EXPECT_EQ(edges, network.edge_count());
  EXPECT_EQ(text.substr(text.size() - 2), "}\n");
}

TEST(NetworkExport, JsonHasTheNodeLinkShapeOfNetworkx) {
  const Network network = sample();
  const nlohmann::json json = nlohmann::json::parse(written([&](std::ostream& out) { network.write_json(out); }));
  EXPECT_EQ(json["directed"], false);
  EXPECT_EQ(json["multigraph"], false);
  EXPECT_TRUE(json["graph"].is_object());
  ASSERT_EQ(json["nodes"].size(), network.node_count());
  ASSERT_EQ(json["links"].size(), network.edge_count());
  EXPECT_EQ(json["nodes"][0]["id"], "o'brien-fund");
  EXPECT_EQ(json["nodes"][0]["name"], kAwkwardName);
  EXPECT_EQ(json["nodes"][0]["first_date"], "2019-03");
  EXPECT_FALSE(json["nodes"][2].contains("first_date"));  // Norway signed only the undated letter
  EXPECT_EQ(json["links"][0]["source"], "o'brien-fund");
  EXPECT_EQ(json["links"][0]["target"], "hrw");
  EXPECT_EQ(json["links"][0]["letters"], 2);
  EXPECT_EQ(json["links"][0]["newman"], 1.5);
}

TEST(NetworkExport, CsvQuotesFieldsAsRfc4180) {
  const Network network = sample();
  const std::string nodes = written([&](std::ostream& out) { network.write_csv_nodes(out); });
  EXPECT_EQ(nodes.rfind("id,name,kind,letters,first_date,last_date\r\n", 0), 0U);
  EXPECT_NE(nodes.find("\r\nhrw,Human Rights Watch,ngo,3,2019-03,2020\r\n"), std::string::npos) << nodes;
  EXPECT_NE(nodes.find("\r\nNOR,Norway,state,1,,\r\n"), std::string::npos) << nodes;
  EXPECT_NE(nodes.find("\r\n\"comma, \"\"quoted\"\" group\",\"Comma, \"\"Quoted\"\" Group\",ngo,1,2020,2020\r\n"),
            std::string::npos)
      << nodes;
  const std::string edges = written([&](std::ostream& out) { network.write_csv_edges(out); });
  EXPECT_EQ(edges.rfind("source,target,letters,newman,jaccard\r\n", 0), 0U);
  EXPECT_NE(edges.find("\r\no'brien-fund,hrw,2,1.5,0.6666666666666666\r\n"), std::string::npos) << edges;
  std::size_t lines = 0;
  for (std::size_t at = edges.find("\r\n"); at != std::string::npos; at = edges.find("\r\n", at + 1)) ++lines;
  EXPECT_EQ(lines, network.edge_count() + 1);
}

// Names come from letters: one that a spreadsheet would run as a formula stays text.
TEST(NetworkExport, CsvKeepsFormulasFromSpreadsheets) {
  const Signer formula{EntityKind::kNgo, "=hyperlink", "=HYPERLINK(\"http://x\",\"Click\")"};
  const Signer plus{EntityKind::kNgo, "plus", "+33 Solidarity"};
  const Signer hrw{EntityKind::kNgo, "hrw", "Human Rights Watch"};
  const Network network = Network::build(std::vector<SignedLetter>{{"L1", std::nullopt, {formula, plus, hrw}}});
  const std::string nodes = written([&](std::ostream& out) { network.write_csv_nodes(out); });
  EXPECT_NE(nodes.find("\r\n\"'=hyperlink\",\"'=HYPERLINK(\"\"http://x\"\",\"\"Click\"\")\",ngo,"), std::string::npos) << nodes;
  EXPECT_NE(nodes.find("\r\nplus,\"'+33 Solidarity\",ngo,"), std::string::npos) << nodes;
  EXPECT_NE(nodes.find("\r\nhrw,Human Rights Watch,ngo,"), std::string::npos) << nodes;
  const std::string edges = written([&](std::ostream& out) { network.write_csv_edges(out); });
  EXPECT_NE(edges.find("\"'=hyperlink\""), std::string::npos) << edges;
}

class NetworkSave : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = std::filesystem::temp_directory_path() /
                 ("hrtext-network-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(directory_);
  }
  void TearDown() override { std::filesystem::remove_all(directory_); }
  static std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
  }
  std::filesystem::path directory_;
};

TEST_F(NetworkSave, ChoosesTheFormatByExtension) {
  const Network network = sample();
  const std::vector<std::pair<std::string, NetworkFormat>> files = {
      {"n.graphml", NetworkFormat::kGraphml}, {"n.GEXF", NetworkFormat::kGexf}, {"n.dot", NetworkFormat::kDot},
      {"n.json", NetworkFormat::kJson}, {"n.csv", NetworkFormat::kCsv}};
  for (const auto& [name, format] : files) {
    network.save((directory_ / name).string());
    EXPECT_EQ(read(directory_ / name), written([&](std::ostream& out) { network.write(out, format); })) << name;
  }
  EXPECT_EQ(read(directory_ / "n.nodes.csv"), written([&](std::ostream& out) { network.write_csv_nodes(out); }));
  // Each was written beside its place and renamed: no partial file stays.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(directory_), std::filesystem::directory_iterator()), 6);
}

TEST_F(NetworkSave, AFailedWriteLeavesNoPartialFile) {
  const Network network = sample();
  // A directory stands where the file should go: the rename fails, and nothing is left behind.
  std::filesystem::create_directories(directory_ / "n.graphml" / "inside");
  EXPECT_THROW(network.save((directory_ / "n.graphml").string()), IoError);
  EXPECT_TRUE(std::filesystem::is_directory(directory_ / "n.graphml" / "inside"));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(directory_), std::filesystem::directory_iterator()), 1);
}

TEST_F(NetworkSave, RejectsAnUnknownExtensionAndAnUnwritablePath) {
  const Network network = sample();
  try {
    network.save((directory_ / "n.txt").string());
    FAIL() << "no error";
  } catch (const IoError&) {
    FAIL() << "an unknown extension is no I/O error";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find(".txt"), std::string::npos) << error.what();
  }
  EXPECT_THROW(network.save((directory_ / "n").string()), Error);
  EXPECT_FALSE(std::filesystem::exists(directory_ / "n.txt"));
  try {
    network.save((directory_ / "missing" / "n.graphml").string());
    FAIL() << "no error";
  } catch (const IoError& error) {
    EXPECT_NE(std::string(error.what()).find("missing"), std::string::npos) << error.what();
  }
}

TEST(NetworkExport, AnEmptyNetworkExportsEmptyDocuments) {
  const Network network = Network::build(std::span<const SignedLetter>());
  EXPECT_EQ(count_children(parse_xml(written([&](std::ostream& out) { network.write_graphml(out); }))
                               .get_child("graphml.graph"),
                           "node"),
            0U);
  EXPECT_NO_THROW(parse_xml(written([&](std::ostream& out) { network.write_gexf(out); })));
  const nlohmann::json json = nlohmann::json::parse(written([&](std::ostream& out) { network.write_json(out); }));
  EXPECT_TRUE(json["nodes"].empty());
  EXPECT_EQ(written([&](std::ostream& out) { network.write_csv_edges(out); }), "source,target,letters,newman,jaccard\r\n");
}

}  // namespace
}  // namespace hrtext
