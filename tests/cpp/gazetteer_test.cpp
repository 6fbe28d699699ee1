#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "gazetteer/cldr_names.hpp"
#include "gazetteer/instruments.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/error.hpp"

namespace hrtext {
namespace {

const GazetteerEntry* find_id(const std::vector<GazetteerEntry>& entries, std::string_view id) {
  const auto it = std::find_if(entries.begin(), entries.end(), [&](const GazetteerEntry& e) { return e.id == id; });
  return it == entries.end() ? nullptr : &*it;
}

bool has_alias(const GazetteerEntry& entry, std::string_view alias) {
  return std::find(entry.aliases.begin(), entry.aliases.end(), alias) != entry.aliases.end();
}

TEST(ParseGazetteer, ReadsColumnsByTheirHeader) {
  const auto entries = parse_gazetteer(
      "# my organisations\n"
      "name\tid\taliases\tacronyms\tkind\tparent\n"
      "Lantern Rights Network\tlantern-rights-network\tLantern Network | Red Linterna\tLRN\t\t\n"
      "\n"
      "Lantern Norway\tlantern-norway\t\t\tngo\tlantern-rights-network\n"
      "Republic of Atlantis\tATL\t\t\tstate\t\n",
      EntityKind::kNgo, "mine.tsv");
  ASSERT_EQ(entries.size(), 3U);
  EXPECT_EQ(entries[0].id, "lantern-rights-network");
  EXPECT_EQ(entries[0].aliases, (std::vector<std::string>{"Lantern Network", "Red Linterna"}));
  EXPECT_EQ(entries[0].acronyms, (std::vector<std::string>{"LRN"}));
  EXPECT_EQ(entries[0].kind, EntityKind::kNgo);
  EXPECT_EQ(entries[1].parent, "lantern-rights-network");
  EXPECT_EQ(entries[2].kind, EntityKind::kState);
}

TEST(ParseGazetteer, NamesTheLineOfEveryError) {
  const auto message = [](const std::string& tsv) {
    try {
      (void)parse_gazetteer(tsv, EntityKind::kNgo, "mine.tsv");
    } catch (const ParseError& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("id\tname\nx\tX\nx\tY\n"), "mine.tsv:3: the id 'x' is used twice");
  EXPECT_EQ(message("id\tname\n\tX\n"), "mine.tsv:2: an entry needs an id and a name");
  EXPECT_EQ(message("id\tname\tkind\nx\tX\tcompany\n"),
            "mine.tsv:2: unknown entity kind 'company' (expected state, ngo, un_body, igo or person)");
  EXPECT_EQ(message("id\tname\tkind\nx\tX\tperson\n").find("mine.tsv:2: a gazetteer holds"), 0U);
  EXPECT_EQ(message("id\tname\nx\tX\textra\n"), "mine.tsv:2: 3 cells, but the header names only 2 columns");
  EXPECT_EQ(message("name\taliases\nX\t\n"), "mine.tsv: the header has no column 'id'");
  EXPECT_EQ(message("# only a comment\n"), "mine.tsv: no header line naming the columns");
  EXPECT_EQ(message("id\tname\nx\t\xFF\n").find("mine.tsv: invalid UTF-8 at byte offset 10"), 0U);
}

TEST(LoadGazetteer, ReadsAFileAndReportsAMissingOne) {
  const auto path = std::filesystem::temp_directory_path() / "hrtext-gazetteer-test.tsv";
  std::ofstream(path) << "id\tname\nlantern\tLantern Rights Network\n";
  const auto entries = load_gazetteer(path.string(), EntityKind::kNgo);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(entries[0].name, "Lantern Rights Network");
  std::filesystem::remove(path);
  EXPECT_THROW((void)load_gazetteer(path.string()), IoError);
}

// A spreadsheet's UTF-8 with a byte order mark is read; a directory is an I/O error, not a
// malformed table.
TEST(LoadGazetteer, AByteOrderMarkIsReadAndADirectoryIsNoFile) {
  const auto path = std::filesystem::temp_directory_path() / "hrtext-gazetteer-bom.tsv";
  std::ofstream(path, std::ios::binary) << "\xEF\xBB\xBFid\tname\nlantern\tLantern Rights Network\n";
  const auto entries = load_gazetteer(path.string(), EntityKind::kNgo);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(entries[0].id, "lantern");
  std::filesystem::remove(path);
  try {
    (void)load_gazetteer(std::filesystem::temp_directory_path().string());
    FAIL() << "a directory was read";
  } catch (const IoError& error) {
    EXPECT_NE(std::string(error.what()).find("is a directory"), std::string::npos) << error.what();
  }
}

TEST(BuiltinGazetteer, HasEveryStateAndTheIdsOfTheSpec) {
  const auto entries = builtin_gazetteer();
  std::set<std::string> ids;
  std::size_t states = 0;
  for (const auto& e : entries) {
    EXPECT_TRUE(ids.insert(e.id).second) << "duplicate id " << e.id;
    states += e.kind == EntityKind::kState ? 1 : 0;
  }
  EXPECT_GE(states, 195U);  // 193 members and 2 observers, at least
  for (const char* id : {"CHN", "HKG", "TWN", "PSE", "VAT", "XKX", "ESH", "SUN", "YUG", "CSK", "UN",
                         "UNGA", "UNGA-C3", "HRC", "OHCHR", "CERD", "CAT", "SPT", "WGAD", "SR-HRD",
                         "SPECIAL-PROCEDURES", "TREATY-BODIES", "ILO-CEACR", "UNRWA", "EU", "EU-FRA",
                         "COE-ACFC", "OSCE-ODIHR", "IACHR-RELE", "ACHPR-COMMISSION", "LAS", "COMMONWEALTH",
                         "human-rights-in-china", "amnesty-international", "amnesty-international-norway"}) {
    EXPECT_TRUE(ids.count(id)) << id;
  }
  EXPECT_GE(entries.size() - states, 1000U);
}

TEST(BuiltinGazetteer, StatesCarryTheirCldrNamesInTheSixUnLanguages) {
  const auto entries = builtin_gazetteer();
  const GazetteerEntry* china = find_id(entries, "CHN");
  ASSERT_NE(china, nullptr);
  for (const char* name : {"Chine", "\xE4\xB8\xAD\xE5\x9B\xBD", "\xD0\x9A\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9",
                           "\xD8\xA7\xD9\x84\xD8\xB5\xD9\x8A\xD9\x86"}) {  // Chine, 中国, Китай, الصين
    EXPECT_TRUE(has_alias(*china, name)) << name;
  }
  const GazetteerEntry* germany = find_id(entries, "DEU");
  ASSERT_NE(germany, nullptr);
  EXPECT_TRUE(has_alias(*germany, "Allemagne"));
  EXPECT_TRUE(has_alias(*germany, "Alemania"));
  EXPECT_FALSE(detail::cldr_region_names("XKX").empty());  // Kosovo, by its user-assigned code
  EXPECT_TRUE(detail::cldr_region_names("SUN").empty());   // historic: no CLDR name
}

TEST(BuiltinInstruments, CoverTheInstrumentsOfTheSpec) {
  const auto instruments = detail::builtin_instruments();
  std::set<std::string> ids;
  for (const auto& i : instruments) {
    ids.insert(i.id);
    EXPECT_FALSE(i.type.empty()) << i.id;
  }
  for (const char* id : {"UN-CHARTER", "UDHR", "ICCPR", "ICCPR-OP2", "ICESCR", "CAT", "OPCAT", "CRC-OPSC",
                         "ICPPED", "GENOCIDE-CONVENTION", "ROME-STATUTE", "GC-AP-II", "ILO-C029", "ILO-P029",
                         "ECHR", "ACHPR", "HK-BASIC-LAW", "SINO-BRITISH-JOINT-DECLARATION"}) {
    EXPECT_TRUE(ids.count(id)) << id;
  }
}

}  // namespace
}  // namespace hrtext
