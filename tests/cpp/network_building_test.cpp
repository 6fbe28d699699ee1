#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "hrtext/error.hpp"
#include "hrtext/network.hpp"

namespace hrtext {
namespace {

Signer ngo(const std::string& id, const std::string& name = "") { return {EntityKind::kNgo, id, name.empty() ? id : name}; }
Signer unresolved(const std::string& name) { return {EntityKind::kNgo, std::nullopt, name}; }
Signer person(const std::string& name) { return {EntityKind::kPerson, std::nullopt, name}; }

const NetworkEdge& edge_between(const Network& network, const std::string& a, const std::string& b) {
  const std::size_t u = network.index_of(a);
  const std::size_t v = network.index_of(b);
  for (const NetworkEdge& edge : network.edges()) {
    if ((edge.source == u && edge.target == v) || (edge.source == v && edge.target == u)) return edge;
  }
  throw std::runtime_error("no edge " + a + " -- " + b);
}

bool has_edge(const Network& network, const std::string& a, const std::string& b) {
  try {
    static_cast<void>(edge_between(network, a, b));
    return true;
  } catch (const std::runtime_error&) {
    return false;
  }
}

// L1: A B C; L2: A B; L3: B C D and a person.
std::vector<SignedLetter> three_letters() {
  return {{"L1", PartialDate{2019, 3, 30}, {ngo("a"), ngo("b"), ngo("c")}},
          {"L2", PartialDate{2019, 0, 0}, {ngo("a"), ngo("b")}},
          {"L3", PartialDate{2020, 1, 1}, {ngo("b"), ngo("c"), ngo("d"), person("Jane Doe")}}};
}

TEST(NetworkBuilding, CountsNewmanAndJaccardWeightsOfThreeLetters) {
  const auto letters = three_letters();
  const Network network = Network::build(letters);
  ASSERT_EQ(network.node_count(), 4U);
  ASSERT_EQ(network.edge_count(), 5U);
  EXPECT_FALSE(has_edge(network, "a", "d"));

  const NetworkEdge& ab = edge_between(network, "a", "b");
  EXPECT_EQ(ab.letters, 2U);
  EXPECT_DOUBLE_EQ(ab.newman, 0.5 + 1.0);
  EXPECT_DOUBLE_EQ(ab.jaccard, 2.0 / 3.0);
  const NetworkEdge& ac = edge_between(network, "a", "c");
  EXPECT_EQ(ac.letters, 1U);
  EXPECT_DOUBLE_EQ(ac.newman, 0.5);
  EXPECT_DOUBLE_EQ(ac.jaccard, 1.0 / 3.0);
  const NetworkEdge& bc = edge_between(network, "b", "c");
  EXPECT_EQ(bc.letters, 2U);
  EXPECT_DOUBLE_EQ(bc.newman, 1.0);
  EXPECT_DOUBLE_EQ(bc.jaccard, 2.0 / 3.0);
  const NetworkEdge& bd = edge_between(network, "b", "d");
  EXPECT_DOUBLE_EQ(bd.newman, 0.5);
  EXPECT_DOUBLE_EQ(bd.jaccard, 1.0 / 3.0);
  const NetworkEdge& cd = edge_between(network, "c", "d");
  EXPECT_DOUBLE_EQ(cd.newman, 0.5);
  EXPECT_DOUBLE_EQ(cd.jaccard, 1.0 / 2.0);

  // Newman's weights share one unit per letter among its co-signers: a node's Newman strength
  // is the number of letters it signed with someone else.
  const std::vector<double> newman = network.strength(EdgeWeight::kNewman);
  EXPECT_DOUBLE_EQ(newman[network.index_of("a")], 2.0);
  EXPECT_DOUBLE_EQ(newman[network.index_of("b")], 3.0);
  EXPECT_DOUBLE_EQ(newman[network.index_of("c")], 2.0);
  EXPECT_DOUBLE_EQ(newman[network.index_of("d")], 1.0);
}

TEST(NetworkBuilding, EdgesAreSortedWithSourceBelowTarget) {
  const auto letters = three_letters();
  const Network network = Network::build(letters);
  for (std::size_t i = 0; i < network.edge_count(); ++i) {
    const NetworkEdge& edge = network.edges()[i];
    EXPECT_LT(edge.source, edge.target);
    if (i > 0) {
      const NetworkEdge& before = network.edges()[i - 1];
      EXPECT_TRUE(before.source < edge.source || (before.source == edge.source && before.target < edge.target));
    }
  }
}

TEST(NetworkBuilding, KeepsPersonsOutAndCountsThemPerLetter) {
  const std::vector<SignedLetter> letters = {
      {"L", std::nullopt, {ngo("a"), person("Jane Doe"), person("jane  doe"), person("John Roe"), ngo("b")}}};
  const Network network = Network::build(letters);
  EXPECT_EQ(network.node_count(), 2U);
  EXPECT_EQ(network.edge_count(), 1U);
  ASSERT_EQ(network.letters().size(), 1U);
  EXPECT_EQ(network.letters()[0].persons, 2U);
  EXPECT_EQ(network.letters()[0].organisations, (std::vector<std::size_t>{0, 1}));
}

TEST(NetworkBuilding, CountsASignerRepeatedInOneLetterOnce) {
  const std::vector<SignedLetter> letters = {{"L", std::nullopt, {ngo("a"), ngo("b"), ngo("a", "A again")}}};
  const Network network = Network::build(letters);
  ASSERT_EQ(network.node_count(), 2U);
  EXPECT_EQ(network.nodes()[0].letters, 1U);
  EXPECT_EQ(network.nodes()[0].name, "a");
  ASSERT_EQ(network.edge_count(), 1U);
  EXPECT_EQ(network.edges()[0].letters, 1U);
  EXPECT_DOUBLE_EQ(network.edges()[0].newman, 1.0);
}

TEST(NetworkBuilding, KeysUnresolvedSignersByTheirLowerCasedNameWithSpacesFolded) {
  const std::vector<SignedLetter> letters = {
      {"L1", std::nullopt, {unresolved("Friends  of the\tEarth "), unresolved("S\xC5\x92UR Network")}},
      {"L2", std::nullopt, {unresolved("friends of the earth"), unresolved("s\xC5\x93ur network")}},
      {"L3", std::nullopt, {unresolved(" Friends of the Earth")}}};
  const Network network = Network::build(letters);
  ASSERT_EQ(network.node_count(), 2U);
  EXPECT_EQ(network.nodes()[0].id, "friends of the earth");
  EXPECT_EQ(network.nodes()[0].letters, 3U);
  EXPECT_EQ(network.nodes()[1].id, "s\xC5\x93ur network");
  EXPECT_EQ(network.edges()[0].letters, 2U);
}

TEST(NetworkBuilding, ASignerWithABlankNameAndNoIdIsNoNode) {  // found by fuzz_network
  const Network network = Network::build(std::vector<SignedLetter>{
      {"L1", std::nullopt, {unresolved(" \t "), unresolved(""), ngo("a"), ngo("b"), {EntityKind::kNgo, "", "X  Y"}}}});
  EXPECT_EQ(network.node_count(), 3u);  // a, b, and "x y": an empty id is no id
  EXPECT_EQ(network.index_of("x y"), 2u);
  EXPECT_EQ(network.edge_count(), 3u);
}

TEST(NetworkBuilding, NamesANodeByItsMostFrequentNameTiesToTheFirst) {
  const std::vector<SignedLetter> letters = {
      {"L1", std::nullopt, {ngo("amnesty", "AI"), ngo("x", "X one")}},
      {"L2", std::nullopt, {ngo("amnesty", "Amnesty International"), ngo("x", "X two")}},
      {"L3", std::nullopt, {ngo("amnesty", "Amnesty International")}}};
  const Network network = Network::build(letters);
  EXPECT_EQ(network.nodes()[network.index_of("amnesty")].name, "Amnesty International");
  EXPECT_EQ(network.nodes()[network.index_of("x")].name, "X one");
}

TEST(NetworkBuilding, RecordsKindLettersAndFirstAndLastDates) {
  auto letters = three_letters();
  letters[0].signers.push_back({EntityKind::kState, std::string("NOR"), "Norway"});
  letters.push_back({"L4", std::nullopt, {ngo("b")}});
  const Network network = Network::build(letters);
  const NetworkNode& b = network.nodes()[network.index_of("b")];
  EXPECT_EQ(b.letters, 4U);
  EXPECT_EQ(b.kind, EntityKind::kNgo);
  ASSERT_TRUE(b.first_date && b.last_date);
  EXPECT_EQ(b.first_date->to_iso(), "2019");  // a year alone orders before its months
  EXPECT_EQ(b.last_date->to_iso(), "2020-01-01");
  EXPECT_EQ(network.nodes()[network.index_of("NOR")].kind, EntityKind::kState);
  EXPECT_EQ(network.nodes()[network.index_of("d")].first_date->to_iso(), "2020-01-01");
}

TEST(NetworkBuilding, KeepsTheLettersOfATimeWindow) {
  std::vector<SignedLetter> letters = {
      {"2018-05", PartialDate{2018, 5, 0}, {ngo("a"), ngo("b")}},
      {"2019", PartialDate{2019, 0, 0}, {ngo("a"), ngo("c")}},
      {"2019-03-30", PartialDate{2019, 3, 30}, {ngo("a"), ngo("d")}},
      {"2020-01-01", PartialDate{2020, 1, 1}, {ngo("a"), ngo("e")}},
      {"undated", std::nullopt, {ngo("a"), ngo("f")}}};
  const auto kept = [&](const NetworkOptions& options) {
    std::vector<std::string> names;
    const Network network = Network::build(letters, options);
    for (const NetworkLetter& letter : network.letters()) names.push_back(letter.letter);
    return names;
  };
  EXPECT_EQ(kept({}).size(), 5U);
  EXPECT_EQ(kept({.since = PartialDate{2019, 0, 0}, .until = PartialDate{2019, 0, 0}}),
            (std::vector<std::string>{"2019", "2019-03-30"}));
  EXPECT_EQ(kept({.since = PartialDate{2019, 6, 0}}), (std::vector<std::string>{"2020-01-01"}));
  EXPECT_EQ(kept({.until = PartialDate{2019, 3, 30}}), (std::vector<std::string>{"2018-05", "2019-03-30"}));
  EXPECT_EQ(kept({.since = PartialDate{2018, 5, 31}, .until = PartialDate{2020, 1, 1}}),
            (std::vector<std::string>{"2019", "2019-03-30", "2020-01-01"}));

  const Network window = Network::build(letters, {.since = PartialDate{2019, 0, 0}, .until = PartialDate{2019, 0, 0}});
  EXPECT_EQ(window.node_count(), 3U);  // a, c, d
  EXPECT_EQ(window.nodes()[window.index_of("a")].letters, 2U);
  EXPECT_THROW(static_cast<void>(window.index_of("b")), Error);
}

TEST(NetworkBuilding, RejectsAWindowThatEndsBeforeItStartsAndAMinimumWeightThatIsNoNumber) {
  const auto letters = three_letters();
  const PartialDate new_year{2020, 0, 0};
  const PartialDate new_years_eve{2019, 12, 31};
  const PartialDate year{2019, 0, 0};
  EXPECT_THROW(static_cast<void>(Network::build(letters, {.since = new_year, .until = new_years_eve})), Error);
  EXPECT_NO_THROW(static_cast<void>(Network::build(letters, {.since = new_years_eve, .until = year})));
  EXPECT_THROW(static_cast<void>(Network::build(letters, {.min_weight = std::nan("")})), Error);
}

TEST(NetworkBuilding, DropsEdgesBelowTheMinimumWeightButKeepsTheirNodes) {
  const auto letters = three_letters();
  const Network network = Network::build(letters, {.min_weight = 2});
  EXPECT_EQ(network.node_count(), 4U);
  ASSERT_EQ(network.edge_count(), 2U);
  EXPECT_TRUE(has_edge(network, "a", "b"));
  EXPECT_TRUE(has_edge(network, "b", "c"));
  EXPECT_EQ(network.degree()[network.index_of("d")], 0U);
}

TEST(NetworkBuilding, BuildsFromAnalyses) {
  std::vector<Analysis> analyses(2);
  analyses[0].source = "letter.txt";
  analyses[0].document_date = PartialDate{2021, 2, 0};
  Signatory signatory;
  signatory.kind = EntityKind::kNgo;
  signatory.id = "hrw";
  signatory.name = "Human Rights Watch";
  analyses[0].signatories.push_back(signatory);
  signatory.id.reset();
  signatory.name = "Local  Group";
  analyses[0].signatories.push_back(signatory);
  signatory.kind = EntityKind::kPerson;
  signatory.name = "A Person";
  analyses[0].signatories.push_back(signatory);
  analyses[1].signatories = {analyses[0].signatories[0]};

  const Network network = Network::build(analyses);
  ASSERT_EQ(network.letters().size(), 2U);
  EXPECT_EQ(network.letters()[0].letter, "letter.txt");
  EXPECT_EQ(network.letters()[0].persons, 1U);
  EXPECT_EQ(network.letters()[1].letter, "#1");
  EXPECT_EQ(network.node_count(), 2U);
  EXPECT_EQ(network.nodes()[network.index_of("hrw")].letters, 2U);
  EXPECT_EQ(network.nodes()[network.index_of("local group")].name, "Local  Group");
  EXPECT_EQ(network.nodes()[network.index_of("hrw")].last_date->to_iso(), "2021-02");

  const Network windowed = Network::build(analyses, {.since = PartialDate{2021, 0, 0}});
  EXPECT_EQ(windowed.letters().size(), 1U);
}

TEST(NetworkBuilding, NamesTheIdThatIsNotThere) {
  const auto letters = three_letters();
  const Network network = Network::build(letters);
  try {
    static_cast<void>(network.index_of("amnesty-international"));
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("\"amnesty-international\""), std::string::npos) << error.what();
  }
  EXPECT_THROW(static_cast<void>(network.closest_partners("zzz", 3)), Error);
}

TEST(NetworkBuilding, ALetterWithMoreSignersThanTheBoundTiesNoneOfThem) {
  std::vector<Signer> petition;
  for (int k = 0; k < 40; ++k) {
    std::string id = "p";  // piece by piece: GCC 12 -O3 sees a false overlap in "p" + string
    id += std::to_string(k);
    petition.push_back(ngo(id));
  }
  petition.push_back(ngo("a"));
  std::vector<SignedLetter> letters = three_letters();
  letters.push_back({"petition", PartialDate{2020, 5, 1}, petition});
  NetworkOptions options;
  options.max_letter_signers = 40;  // the petition has 41
  const Network bounded = Network::build(letters, options);
  EXPECT_EQ(bounded.edge_count(), 5u);  // the three letters' ties alone
  EXPECT_FALSE(bounded.letters().back().tied);
  EXPECT_TRUE(bounded.letters().front().tied);
  EXPECT_EQ(bounded.letters().back().organisations.size(), 41u);
  EXPECT_EQ(bounded.nodes()[bounded.index_of("p7")].letters, 1u);  // still signed it
  EXPECT_EQ(bounded.nodes()[bounded.index_of("a")].letters, 3u);
  EXPECT_EQ(edge_between(bounded, "a", "b").letters, 2u);  // not a third time
  options.max_letter_signers = 41;
  EXPECT_EQ(Network::build(letters, options).edge_count(), 5u + 41u * 40u / 2u - 0u);
  EXPECT_TRUE(Network::build(letters).letters().back().tied);  // the default bound is far higher
}

TEST(NetworkBuilding, ComesBackWholeFromItsParts) {
  NetworkOptions options;
  options.min_weight = 2;  // a filtered network: its letters hold ties its edges no longer do
  const Network built = Network::build(three_letters(), options);
  const Network copy = Network::from_parts(built.nodes(), built.edges(), built.letters());
  ASSERT_EQ(copy.node_count(), 4u);
  ASSERT_EQ(copy.edge_count(), 2u);  // a-b and b-c, each co-signed twice
  EXPECT_EQ(copy.edges()[0].letters, 2u);
  EXPECT_DOUBLE_EQ(copy.edges()[1].newman, built.edges()[1].newman);
  EXPECT_EQ(copy.index_of("d"), built.index_of("d"));
  EXPECT_EQ(copy.letters()[2].persons, 1u);
  EXPECT_EQ(copy.degree(), built.degree());
  EXPECT_EQ(copy.components(), built.components());
}

TEST(NetworkBuilding, RefusesPartsThatDoNotFitTogether) {
  const Network built = Network::build(three_letters());
  const auto refused = [](std::vector<NetworkNode> nodes, std::vector<NetworkEdge> edges,
                          std::vector<NetworkLetter> letters, const std::string& fault) {
    try {
      static_cast<void>(Network::from_parts(std::move(nodes), std::move(edges), std::move(letters)));
      ADD_FAILURE() << "accepted parts with " << fault;
    } catch (const ParseError& error) {
      EXPECT_NE(std::string(error.what()).find(fault), std::string::npos) << error.what();
    }
  };
  std::vector<NetworkNode> twins = built.nodes();
  twins[1].id = twins[0].id;
  refused(twins, built.edges(), built.letters(), "share an id");
  std::vector<NetworkNode> unnamed = built.nodes();
  unnamed[2].id.clear();
  refused(unnamed, built.edges(), built.letters(), "empty id");
  std::vector<NetworkEdge> beyond = built.edges();
  beyond.back().target = 9;
  refused(built.nodes(), beyond, built.letters(), "(source < target < nodes)");
  std::vector<NetworkEdge> reversed(built.edges().rbegin(), built.edges().rend());
  refused(built.nodes(), reversed, built.letters(), "out of (source, target) order");
  std::vector<NetworkLetter> stray = built.letters();
  stray[0].organisations.push_back(7);
  refused(built.nodes(), built.edges(), stray, "letter \"L1\"");
}

TEST(NetworkBuilding, AnEmptyCorpusGivesAnEmptyNetwork) {
  const Network network = Network::build(std::span<const SignedLetter>());
  EXPECT_EQ(network.node_count(), 0U);
  EXPECT_EQ(network.edge_count(), 0U);
  EXPECT_TRUE(network.degree().empty());
  EXPECT_TRUE(network.strength().empty());
  EXPECT_TRUE(network.betweenness().empty());
  EXPECT_TRUE(network.betweenness({.weight = EdgeWeight::kNewman, .normalized = true}).empty());
  EXPECT_TRUE(network.pagerank().empty());
  EXPECT_TRUE(network.clustering().empty());
  EXPECT_TRUE(network.components().empty());
  const Communities communities = network.louvain();
  EXPECT_TRUE(communities.community.empty());
  EXPECT_EQ(communities.count, 0U);
  EXPECT_EQ(communities.modularity, 0.0);
  EXPECT_EQ(network.backbone(0.05).node_count(), 0U);
  EXPECT_TRUE(network.coalitions().empty());
  EXPECT_TRUE(compare_periods(network, network).empty());
}

}  // namespace
}  // namespace hrtext
