// BytePhrases: many byte phrases found in one pass, checked against the plain searches it
// replaces (std::string_view::find per phrase) on real phrase tables and random text.

#include "match/byte_phrases.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "document/ascii_case.hpp"
#include "document/byte_scan.hpp"

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

constexpr std::array kBy = {"signed by"sv, "signé par"sv, "endorsed by"sv, "by"sv};
constexpr std::array kDocuments = {"letter"sv, "statement"sv, "lettre"sv, "联署"sv};

BytePhrases two_groups() {
  BytePhrases::Builder builder;
  builder.add(kBy, 0);
  builder.add(kDocuments, 1);
  return std::move(builder).build();
}

TEST(BytePhrases, TellsTheGroupsATextHolds) {
  const BytePhrases phrases = two_groups();
  EXPECT_EQ(phrases.groups_in("the letter was signed by amnesty international"), 0b11U);
  EXPECT_EQ(phrases.groups_in("la lettre est signée"), 0b10U);
  EXPECT_EQ(phrases.groups_in("声明由以下组织联署"), 0b10U);
  EXPECT_EQ(phrases.groups_in("nothing of the kind"), 0U);
  EXPECT_EQ(phrases.groups_in(""), 0U);
}

TEST(BytePhrases, FindsTheLeftmostPhraseAndTheFirstAddedAmongThoseStartingThere) {
  const BytePhrases phrases = two_groups();
  const std::string text = "the statement, signed by fidh and endorsed by hrw";
  const BytePhrases::Found signed_by = phrases.first(text, 0, 0b01);
  EXPECT_EQ(signed_by.at, text.find("signed by"));
  EXPECT_EQ(signed_by.length, 9U);  // "signed by", not the "by" inside it, which starts later
  EXPECT_EQ(phrases.first(text, signed_by.at + 1, 0b01).at, text.find("by fidh"));
  EXPECT_EQ(phrases.first(text, 0, 0b10).at, text.find("statement"));
  EXPECT_EQ(phrases.first(text, text.size(), 0b01).at, BytePhrases::npos);
  EXPECT_EQ(phrases.first("no phrase here", 0, 0b11).at, BytePhrases::npos);
}

TEST(BytePhrases, ListsThePhrasesATextStartsWith) {
  BytePhrases::Builder builder;
  constexpr std::array kMarkers = {"signed"sv, "signed by"sv, "signatories"sv, "sincerely"sv};
  builder.add(kMarkers, 0);
  const BytePhrases phrases = std::move(builder).build();
  std::vector<std::size_t> lengths;
  phrases.for_each_prefix("signed by: amnesty", [&](const BytePhrases::Found& found) { lengths.push_back(found.length); });
  EXPECT_EQ(lengths, (std::vector<std::size_t>{6, 9}));
  lengths.clear();
  phrases.for_each_prefix("co-signed by", [&](const BytePhrases::Found& found) { lengths.push_back(found.length); });
  EXPECT_TRUE(lengths.empty());  // inside the line, not at its start
}

TEST(BytePhrases, AgreesWithOneSearchPerPhraseOnRandomText) {
  constexpr std::array kPhrases = {"ab"sv, "abc"sv, "bca"sv, "c"sv, "cab"sv, "aaa"sv, "b a"sv};
  BytePhrases::Builder builder;
  builder.add(std::span(kPhrases).first(4), 0);
  builder.add(std::span(kPhrases).subspan(4), 1);
  const BytePhrases phrases = std::move(builder).build();
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text(rng() % 30, 'a');
    for (char& c : text) c = "abc "[rng() % 4];
    const std::size_t from = text.empty() ? 0 : rng() % text.size();
    for (const std::uint64_t groups : {1U, 2U, 3U}) {
      std::size_t best = std::string::npos, length = 0;
      for (std::size_t id = 0; id < kPhrases.size(); ++id) {
        if ((groups >> (id < 4 ? 0 : 1) & 1) == 0) continue;
        const std::size_t at = std::string_view(text).find(kPhrases[id], from);
        if (at < best) best = at, length = kPhrases[id].size();
      }
      const BytePhrases::Found found = phrases.first(text, from, groups);
      ASSERT_EQ(found.at, best) << text << " from " << from;
      if (best != std::string::npos) {
        ASSERT_EQ(found.length, length) << text;
      }
    }
    std::size_t occurrences = 0, expected = 0;
    phrases.for_each(text, [&](const BytePhrases::Found& found) {
      ASSERT_EQ(std::string_view(text).substr(found.at, found.length), kPhrases[found.phrase]);
      ++occurrences;
    });
    for (const std::string_view phrase : kPhrases) {
      for (std::size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) ++expected;
    }
    ASSERT_EQ(occurrences, expected) << text;
  }
}

TEST(BytePhrases, RefusesEmptyPhrasesAndGroupsBeyond63) {
  BytePhrases::Builder builder;
  constexpr std::array kEmpty = {""sv};
  constexpr std::array kOne = {"a"sv};
  EXPECT_THROW(builder.add(kEmpty, 0), std::invalid_argument);
  EXPECT_THROW(builder.add(kOne, 64), std::invalid_argument);
}

TEST(RfindBytes, AgreesWithStringViewRfind) {
  std::mt19937 rng(3);
  for (int round = 0; round < 3000; ++round) {
    std::string text(rng() % 20, 'a');
    for (char& c : text) c = ", a"[rng() % 3];
    std::string needle(1 + rng() % 3, 'a');
    for (char& c : needle) c = ", a"[rng() % 3];
    ASSERT_EQ(rfind_bytes(text, needle), std::string_view(text).rfind(needle)) << '"' << text << "\" \"" << needle << '"';
  }
  EXPECT_EQ(rfind_bytes("Sherpa \xE2\x80\x93 France", " \xE2\x80\x93 "), 6U);
  EXPECT_EQ(rfind_bytes("abc", ""), 3U);
}

TEST(EndsWithFolded, ComparesInAnyAsciiCase) {
  EXPECT_TRUE(ends_with_folded("FIDH, and Others", "others"));
  EXPECT_TRUE(ends_with_folded("y OTROS", "otros"));
  EXPECT_FALSE(ends_with_folded("Otros Mundos", "otros"));
  EXPECT_FALSE(ends_with_folded("s", "others"));
}

TEST(FoldedWords, FindsAWordInAnyAsciiCaseWithoutACopy) {
  static constexpr std::array kTitles = {"prof"sv, "dr"sv, "d\xC3\xA9put\xC3\xA9"sv, "ambassador"sv, "mr"sv, "m"sv};
  static constexpr FoldedWords kSet(kTitles);
  EXPECT_TRUE(kSet.contains("Dr"));
  EXPECT_TRUE(kSet.contains("PROF"));
  EXPECT_TRUE(kSet.contains("D\xC3\xA9put\xC3\xA9"));  // "Député": the bytes after ASCII as written
  EXPECT_TRUE(kSet.contains("m"));
  EXPECT_FALSE(kSet.contains("Professor"));
  EXPECT_FALSE(kSet.contains("Dra"));
  EXPECT_FALSE(kSet.contains(""));
  EXPECT_FALSE(kSet.contains("D\xC3\x89PUT\xC3\x89"));  // "DÉPUTÉ": É is no ASCII capital
}

TEST(FoldedWords, AgreesWithALinearSearchOnRandomWords) {
  static constexpr std::array kWords = {"de"sv, "da"sv, "do"sv, "del"sv, "la"sv, "le"sv, "van"sv, "von"sv,
                                        "union"sv, "forum"sv, "trust"sv, "watch"sv, "group"sv, "ngo"sv, "lab"sv};
  static constexpr FoldedWords kSet(kWords);
  std::mt19937 random(7);
  const std::string letters = "adegklnorstuvwDEGLNOV";
  for (int trial = 0; trial < 20000; ++trial) {
    std::string word;
    const int length = static_cast<int>(random() % 6);
    for (int i = 0; i < length; ++i) word += letters[random() % letters.size()];
    const bool linear = std::any_of(kWords.begin(), kWords.end(), [&](std::string_view lower) {
      return ascii_lower(word) == lower;
    });
    ASSERT_EQ(kSet.contains(word), linear) << word;
  }
}

TEST(LeadingDigits, TheNumberThatOpensATextUpToSomeDigits) {
  const LeadingDigits numbered = leading_digits("35. Coop99", 4);
  EXPECT_EQ(numbered.value, 35U);
  EXPECT_EQ(numbered.length, 2U);
  EXPECT_EQ(leading_digits("123456 signatures", 4).value, 1234U);  // at most four digits read
  EXPECT_EQ(leading_digits("123456 signatures", 4).length, 4U);
  EXPECT_EQ(leading_digits("Amnesty 12", 4).length, 0U);
  EXPECT_EQ(leading_digits("", 4).length, 0U);
}

}  // namespace
}  // namespace hrtext::detail
