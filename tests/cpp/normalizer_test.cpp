#include "document/normalizer.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "hrtext/document.hpp"
#include "hrtext/error.hpp"

namespace hrtext {
namespace {

std::string normalize(const std::string& text) { return NormalizedViewBuilder::build(text).text(); }

// The original text behind the first occurrence of `needle` in the normalised view.
std::string original_of(const std::string& text, const std::string& needle) {
  const NormalizedView view = NormalizedViewBuilder::build(text);
  const std::size_t at = view.text().find(needle);
  if (at == std::string::npos) return "<not found in '" + view.text() + "'>";
  const ByteSpan span = view.to_original({at, at + needle.size()});
  return text.substr(span.start, span.end - span.start);
}

TEST(Normalizer, FoldsCaseQuotesDashesAndWhiteSpace) {
  EXPECT_EQ(normalize("The UN Human Rights Council\xE2\x80\x99s \xE2\x80\x9Creport\xE2\x80\x9D "
                      "\xE2\x80\x94 2019\xE2\x80\x93" "2020"),
            "the un human rights council's \"report\" - 2019-2020");
  EXPECT_EQ(normalize("Human\r\n   Rights\t\tWatch\xC2\xA0(HRW)"), "human rights watch (hrw)");
  EXPECT_EQ(normalize("C\xC3\xB4te d`Ivoire \xC2\xAB" "droits\xC2\xBB"), "c\xC3\xB4te d'ivoire \"droits\"");
}

TEST(Normalizer, AppliesNfkcAndCaseFolding) {
  EXPECT_EQ(normalize("\xEF\xAC\x81nal"), "final");                          // ﬁ ligature
  EXPECT_EQ(normalize("\xEF\xBC\xA8\xEF\xBD\x95\xEF\xBD\x8D"), "hum");         // fullwidth Ｈｕｍ
  EXPECT_EQ(normalize("Stra\xC3\x9F" "e"), "strasse");                       // ß folds to ss
  EXPECT_EQ(normalize("Cafe\xCC\x81"), "caf\xC3\xA9");                       // e + U+0301 -> é
  EXPECT_EQ(normalize("Organi\xC2\xADsation"), "organisation");              // soft hyphen
  EXPECT_EQ(normalize("\xD0\x9C\xD0\x95\xD0\x9C\xD0\x9E"), "\xD0\xBC\xD0\xB5\xD0\xBC\xD0\xBE");  // МЕМО
  EXPECT_EQ(normalize("\xE4\xB8\xAD\xE5\x9B\xBD"), "\xE4\xB8\xAD\xE5\x9B\xBD");  // 中国 unchanged
}

TEST(Normalizer, MapsMatchesBackToTheOriginalText) {
  EXPECT_EQ(original_of("Sign: Human\n  Rights   WATCH.", "human rights watch"),
            "Human\n  Rights   WATCH");
  EXPECT_EQ(original_of("the \xEF\xAC\x81nal report", "final"), "\xEF\xAC\x81nal");
  EXPECT_EQ(original_of("Rapporteur\xE2\x80\x99s visit", "rapporteur's"),
            "Rapporteur\xE2\x80\x99s");
  EXPECT_EQ(original_of("\xF0\x9F\x98\x80 Caf\xC3\x89 Ibn", "caf\xC3\xA9 ibn"), "Caf\xC3\x89 Ibn");
  EXPECT_EQ(original_of("x Cafe\xCC\x81 y", "caf\xC3\xA9"), "Cafe\xCC\x81");
  // A deleted character at a match edge is not part of the match.
  EXPECT_EQ(original_of("\xC2\xAD" "China\xC2\xAD", "china"), "China");
}

// An empty span beside a deleted character stays empty; a span outside the text is an error,
// not garbage.
TEST(Normalizer, EmptyAndOutOfRangeSpans) {
  const Document doc = Document::from_utf8("ab\xC2\xAD" "cd");  // a soft hyphen, deleted
  const NormalizedView& view = doc.normalized();
  ASSERT_EQ(view.text(), "abcd");
  const ByteSpan empty = view.to_original({2, 2});
  EXPECT_EQ(empty.start, empty.end);
  EXPECT_THROW((void)view.to_original({3, 2}), Error);
  EXPECT_THROW((void)view.to_original({0, 5}), Error);
}

TEST(Normalizer, EveryNormalisedSpanMapsToWholeOriginalCharacters) {
  const std::string text =
      "A \xEF\xAC\x81 b\xCC\x81\xCC\xA7 \xE2\x80\x9C\xE4\xB8\xAD\xE2\x80\x9D\n\n\xC2\xAD x\xF0\x9F\x98\x80";
  const NormalizedView view = NormalizedViewBuilder::build(text);
  // Every pair of code point boundaries of the normalised text.
  std::vector<std::size_t> boundaries;
  for (std::size_t i = 0; i <= view.text().size(); ++i) {
    if (i == view.text().size() || (static_cast<unsigned char>(view.text()[i]) & 0xC0) != 0x80) {
      boundaries.push_back(i);
    }
  }
  for (std::size_t start : boundaries) {
    for (std::size_t end : boundaries) {
      if (end < start) continue;
      const ByteSpan span = view.to_original({start, end});
      ASSERT_LE(span.start, text.size());
      ASSERT_LE(span.end, text.size());
      if (start < end) {
        ASSERT_LE(span.start, span.end);
      }
      for (std::size_t edge : {span.start, span.end}) {
        ASSERT_TRUE(edge == text.size() || (static_cast<unsigned char>(text[edge]) & 0xC0) != 0x80)
            << "edge " << edge << " splits a character";
      }
    }
  }
}

TEST(Normalizer, IsIdempotent) {
  const std::vector<std::string> pieces = {
      "A", "z", " ", "\n", "\t", "\xC2\xA0", "\xE3\x80\x80", "\xEF\xAC\x81", "\xC2\xA8",
      "\xC2\xB4", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x94", "\xEF\xBC\x8D", "e\xCC\x81",
      "\xCC\x81", "\xC3\x89", "\xC3\x9F", "\xE1\xBA\x9E", "\xE2\x84\xAB", "\xE2\x85\xAB",
      "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xC2\xAD", "\xE2\x80\x8B", "\xEF\xBC\xA1", "\xCE\xA3",
      "\xD8\xB9", "\xE2\x80\xB3", "\xCA\xBC", "\xE3\x8C\x80", "\xE1\x84\x80\xE1\x85\xA1"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = 0; i < 12; ++i) text += pieces[pick(rng)];
    const std::string once = normalize(text);
    ASSERT_EQ(normalize(once), once) << ::testing::PrintToString(text);
  }
}

TEST(Normalizer, HandlesEmptyAndPunctuationOnlyText) {
  EXPECT_EQ(normalize(""), "");
  EXPECT_EQ(normalize("   \n\n "), " ");
  EXPECT_EQ(normalize("\xE2\x80\x94\xE2\x80\x94!?"), "--!?");
}

}  // namespace
}  // namespace hrtext
