#include <gtest/gtest.h>

#include <string_view>

#include "document/parentheses.hpp"
#include "document/words.hpp"

// The rules of document/words.hpp and parentheses.hpp, pinned once for every layer that reads
// words (entities, citations, dates, signatories).

namespace hrtext::detail {
namespace {

TEST(Words, WordCharactersAreLettersDigitsAndMarksOfAnyScript) {
  for (const UChar32 c : {U'a', U'Z', U'7', U'é', U'Ж', U'ع', U'٣', U'中', U'\u0301'}) EXPECT_TRUE(is_word_character(c)) << c;
  for (const UChar32 c : {U' ', U'-', U'\'', U'«', U'(', U'（', U'\u00A0', U'\u2019', U'.'}) {
    EXPECT_FALSE(is_word_character(c)) << c;
  }
}

TEST(Words, CapitalsAndWhiteSpace) {
  EXPECT_TRUE(capital_at("Élections", 0));
  EXPECT_TRUE(capital_at("Комитет", 0));
  EXPECT_TRUE(capital_at("ǅemal", 0));  // title case
  EXPECT_FALSE(capital_at("élections", 0));
  EXPECT_FALSE(capital_at("1st", 0));
  EXPECT_FALSE(capital_at("A", 1));
  EXPECT_TRUE(is_white_space(U'\u00A0'));
  EXPECT_TRUE(is_white_space(U'\u3000'));
  EXPECT_FALSE(is_white_space(U'_'));
}

TEST(Words, BordersOfWordCharacters) {
  constexpr std::string_view text = "l'assemblée adjoining «join» co-signed";
  EXPECT_TRUE(starts_word_at(text, 2));                   // "assemblée" after an elision
  EXPECT_FALSE(starts_word_at(text, text.find("join")));  // inside "adjoining"
  EXPECT_TRUE(starts_word_at(text, text.find("join»")));  // after a guillemet
  EXPECT_TRUE(ends_word_at(text, text.find("»")));
  EXPECT_TRUE(ends_word_at(text, text.find(" adjoining")));  // after "assemblée"
  EXPECT_FALSE(ends_word_at(text, text.find("ée")));
  EXPECT_TRUE(ends_word_at(text, text.size()));
  EXPECT_TRUE(starts_word_at(text, 0));
}

TEST(Words, JoinedWordsHoldApostrophesAndHyphensBetweenLetters) {
  constexpr std::string_view text = "People's Al-Haq pro-Government l'homme - x";
  EXPECT_EQ(word_end(text, 0), text.find(' '));                              // People's
  EXPECT_EQ(text.substr(9, word_end(text, 9) - 9), "Al-Haq");
  EXPECT_EQ(text.substr(16, word_end(text, 16) - 16), "pro-Government");
  EXPECT_FALSE(starts_joined_word_at(text, text.find("Haq")));
  EXPECT_FALSE(starts_joined_word_at(text, text.find("s ")));
  EXPECT_TRUE(starts_joined_word_at(text, text.find("x")));  // a hyphen with a space before it joins nothing
  EXPECT_EQ(word_end("Кыргызстан, ", 0), std::string_view("Кыргызстан").size());
}

TEST(Words, TheRunOfWordCharactersBefore) {
  constexpr std::string_view text = "la résolution 37/23";
  const std::size_t end = text.find(" 37");
  EXPECT_EQ(text.substr(word_characters_start(text, end), end - word_characters_start(text, end)), "résolution");
  EXPECT_EQ(word_characters_start(text, 0), 0U);
  EXPECT_EQ(word_characters_start("a (", 3), 3U);
}

TEST(Words, CodePointsForwardAndBack) {
  constexpr std::string_view text = "aé中😀";
  std::size_t i = 0;
  EXPECT_EQ(next_code_point(text, i), U'a');
  EXPECT_EQ(next_code_point(text, i), U'é');
  EXPECT_EQ(next_code_point(text, i), U'中');
  EXPECT_EQ(next_code_point(text, i), U'😀');
  EXPECT_EQ(i, text.size());
  std::size_t start = 0;
  EXPECT_EQ(code_point_before(text, text.size(), start), U'😀');
  EXPECT_EQ(start, text.size() - 4);
}

TEST(Parentheses, TheNameBeforeAnOpeningParenthesisOfAnyWidth) {
  constexpr std::string_view ascii = "against Women (CEDAW)";
  EXPECT_EQ(end_before_opening_parenthesis(ascii, ascii.find("CEDAW")), ascii.find(" ("));
  constexpr std::string_view spaced = "Women \t( CEDAW )";
  EXPECT_EQ(end_before_opening_parenthesis(spaced, spaced.find("CEDAW")), 5U);
  constexpr std::string_view fullwidth = "中国人权捍卫者（CHRD）";
  EXPECT_EQ(end_before_opening_parenthesis(fullwidth, fullwidth.find("CHRD")), fullwidth.find("（"));
  EXPECT_EQ(end_before_opening_parenthesis(ascii, ascii.find("Women")), std::string_view::npos);
  EXPECT_EQ(end_before_opening_parenthesis("(X", 1), 0U);
}

}  // namespace
}  // namespace hrtext::detail
