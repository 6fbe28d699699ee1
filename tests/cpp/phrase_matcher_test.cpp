#include "match/phrase_matcher.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "hrtext/error.hpp"
#include "match/arabic_proclitics.hpp"
#include "match/russian_endings.hpp"
#include "match/tokens.hpp"

namespace hrtext::detail {
namespace {

using Found = std::tuple<std::size_t, std::size_t, std::uint32_t>;

std::vector<Found> find(const PhraseMatcher& matcher, std::string_view text) {
  std::vector<PhraseMatcher::Match> matches;
  matcher.find_all(text, matches);
  std::vector<Found> out;
  for (const auto& m : matches) out.emplace_back(m.start, m.end, m.phrase);
  return out;
}

std::vector<std::string> tokens(std::string_view text) {
  std::vector<std::string> out;
  for_each_token(text, [&](std::size_t s, std::size_t e) { out.emplace_back(text.substr(s, e - s)); });
  return out;
}

TEST(Tokens, SplitWordsSymbolsAndIdeographs) {
  EXPECT_EQ(tokens("c\xC3\xB4te d'ivoire  a/hrc/40"),
            (std::vector<std::string>{"c\xC3\xB4te", "d", "'", "ivoire", "a", "/", "hrc", "/", "40"}));
  EXPECT_EQ(tokens("\xE4\xB8\xAD\xE5\x9B\xBD" "abc"),
            (std::vector<std::string>{"\xE4\xB8\xAD", "\xE5\x9B\xBD", "abc"}));
  EXPECT_EQ(tokens("cafe\xCC\x81!"), (std::vector<std::string>{"cafe\xCC\x81", "!"}));
  EXPECT_TRUE(tokens("   ").empty());
}

// next_passing() reads tokens of ASCII blocks from masks and the others one by one: on random
// text (words across block ends, punctuation, spaces, non-ASCII letters and ideographs, a short
// last block) it yields exactly the tokens next() yields that the filter passes.
TEST(Tokens, PassingTokensAreTheFilteredTokens) {
  const std::vector<std::string> pieces = {"a", "of", "rights", "internationalisation", "(", ".", "-", "'",
                                           " ", "  ", "\n", "\t", "c\xC3\xB4te", "\xE4\xB8\xAD", "42"};
  std::mt19937 rng(64);
  for (int round = 0; round < 400; ++round) {
    const bool ascii_only = round % 2 == 0;
    std::string text;
    const std::size_t count = rng() % 300;
    for (std::size_t i = 0; i < count; ++i) {
      const std::string& piece = pieces[rng() % (ascii_only ? pieces.size() - 2 : pieces.size())];
      text += piece;
      if (rng() % 3 != 0) text += ' ';
    }
    const unsigned modulus = 1 + rng() % 4;
    const auto pass = [&](std::size_t s, std::size_t e) { return (s * 7 + e) % modulus == 0; };
    std::vector<std::pair<std::size_t, std::size_t>> expected;
    TokenCursor all(text);
    std::size_t s = 0;
    std::size_t e = 0;
    while (all.next(s, e)) {
      if (pass(s, e)) expected.emplace_back(s, e);
    }
    std::vector<std::pair<std::size_t, std::size_t>> passing;
    TokenCursor cursor(text);
    while (cursor.next_passing(s, e, pass)) passing.emplace_back(s, e);
    ASSERT_EQ(passing, expected) << text;
  }
}

// The shortcuts (a table for two-byte characters, the CJK Unified Ideographs) agree with the
// Unicode properties on every character they answer.
TEST(Tokens, ShortcutsAgreeWithUnicodeProperties) {
  for (UChar32 c = 0x80; c < 0x800; ++c) {
    ASSERT_EQ(tokens_internal::classify(c), tokens_internal::classify_by_properties(c)) << c;
  }
  EXPECT_EQ(tokens_internal::classify(0x0416), CharClass::kWord);    // Ж
  EXPECT_EQ(tokens_internal::classify(0x0645), CharClass::kWord);    // م
  EXPECT_EQ(tokens_internal::classify(0x00A0), CharClass::kSpace);   // no-break space
  EXPECT_EQ(tokens_internal::classify(0x00AB), CharClass::kSingle);  // «
  EXPECT_EQ(tokens_internal::classify(0x0301), CharClass::kWord);    // a combining mark joins its word
  for (UChar32 c = 0x4E00; c <= 0x9FFF; ++c) {
    ASSERT_TRUE(u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) << c;
    ASSERT_EQ(tokens_internal::classify(c), CharClass::kSingle) << c;
  }
}

std::vector<std::pair<std::string, std::size_t>> bare_forms(std::string_view word) {
  std::vector<std::pair<std::string, std::size_t>> forms;
  std::string scratch;
  read_without_proclitics(word, scratch, [&](std::string_view bare, std::size_t skipped) {
    forms.emplace_back(bare, skipped);
    return false;  // every form
  });
  return forms;
}

TEST(ArabicProclitics, BareFormsOfAWord) {
  // والمملكة (and the kingdom): without و
  EXPECT_EQ(bare_forms("\u0648\u0627\u0644\u0645\u0645\u0644\u0643\u0629"),
            (std::vector<std::pair<std::string, std::size_t>>{{"\u0627\u0644\u0645\u0645\u0644\u0643\u0629", 2}}));
  // وللاتحاد (and for the union): without و, then لل read as ال, then without one ل
  EXPECT_EQ(bare_forms("\u0648\u0644\u0644\u0627\u062A\u062D\u0627\u062F"),
            (std::vector<std::pair<std::string, std::size_t>>{{"\u0644\u0644\u0627\u062A\u062D\u0627\u062F", 2},
                                                              {"\u0627\u0644\u0627\u062A\u062D\u0627\u062F", 4},
                                                              {"\u0644\u0627\u062A\u062D\u0627\u062F", 4}}));
  EXPECT_TRUE(bare_forms("\u0643\u0645\u0627\u0644\u064A").empty());  // كمالي: ك is not read as "as"
  // بمصر (in Egypt): without ب
  EXPECT_EQ(bare_forms("\u0628\u0645\u0635\u0631"), (std::vector<std::pair<std::string, std::size_t>>{{"\u0645\u0635\u0631", 2}}));
  EXPECT_TRUE(bare_forms("\u0648\u0645").empty());  // too short to hold a word after a proclitic
  EXPECT_TRUE(bare_forms("\u0645\u0635\u0631").empty());  // مصر: no proclitic letter
  EXPECT_TRUE(bare_forms("united").empty());
  EXPECT_FALSE(may_have_proclitic("\u0645\u0635\u0631"));
  EXPECT_TRUE(may_have_proclitic("\u0648\u0627\u0644\u0645\u0645\u0644\u0643\u0629"));
}

TEST(RussianEndings, GiveOneStemForEveryCaseOfAWord) {
  for (const char* form : {"федерация", "федерации", "федерацию", "федерацией", "федерациями", "федерациях"}) {
    EXPECT_EQ(without_russian_ending(form), "федераци") << form;
  }
  for (const char* form : {"российская", "российской", "российскую", "российским", "российских", "российского"}) {
    EXPECT_EQ(without_russian_ending(form), "российск") << form;
  }
  for (const char* form : {"китай", "китая", "китаю", "китае", "китаем"}) {
    EXPECT_EQ(without_russian_ending(form), "кита") << form;
  }
  for (const char* form : {"секретарь", "секретаря", "секретарём", "секретарем"}) {
    EXPECT_EQ(without_russian_ending(form), "секретар") << form;
  }
  // The и before a cut ending stays: Germany is not the name Герман, Nigeria not Niger.
  for (const char* form : {"германия", "германии", "германию", "германией", "германиями"}) {
    EXPECT_EQ(without_russian_ending(form), "германи") << form;
  }
  EXPECT_EQ(without_russian_ending("герман"), "герман");
  EXPECT_EQ(without_russian_ending("россии"), "росси");
  EXPECT_EQ(without_russian_ending("нигера"), "нигер");
  EXPECT_EQ(without_russian_ending("мали"), "мали");  // four letters stay: "мало" is no Mali
  EXPECT_EQ(without_russian_ending("сша"), "сша");
  EXPECT_EQ(without_russian_ending("пыток"), "пыток");  // no ending
  EXPECT_EQ(without_russian_ending("federation"), "federation");
  EXPECT_EQ(without_russian_ending(""), "");
}

TEST(PhraseMatcher, MatchesRussianNamesInAnyCase) {
  PhraseMatcher::Builder builder;
  const auto federation = builder.add("российская федерация");
  const PhraseMatcher matcher = std::move(builder).build();
  const std::string text = "в российской федерации и российскую федерацию";
  EXPECT_EQ(find(matcher, text), (std::vector<Found>{{3, 42, federation}, {46, 85, federation}}));
}

TEST(PhraseMatcher, FindsEveryPhraseOnWordBoundaries) {
  PhraseMatcher::Builder builder;
  const auto un = builder.add("un");
  const auto council = builder.add("un human rights council");
  const auto hrc = builder.add("human rights council");
  const PhraseMatcher matcher = std::move(builder).build();
  EXPECT_EQ(find(matcher, "the un human  rights council and united un"),
            (std::vector<Found>{{4, 6, un}, {4, 28, council}, {7, 28, hrc}, {40, 42, un}}));
  EXPECT_TRUE(find(matcher, "united nations; unhuman").empty());
}

TEST(PhraseMatcher, SameTokensGiveTheSamePhrase) {
  PhraseMatcher::Builder builder;
  const auto a = builder.add("human rights watch");
  const auto b = builder.add("human   rights watch");
  EXPECT_EQ(a, b);
  EXPECT_EQ(std::move(builder).build().phrase_count(), 1U);
}

TEST(PhraseMatcher, MatchesIdeographsWithoutSpaces) {
  PhraseMatcher::Builder builder;
  const auto china = builder.add("\xE4\xB8\xAD\xE5\x9B\xBD");  // 中国
  const PhraseMatcher matcher = std::move(builder).build();
  EXPECT_EQ(find(matcher, "\xE6\x88\x91\xE4\xB8\xAD\xE5\x9B\xBD\xE6\x94\xBF"),  // 我中国政
            (std::vector<Found>{{3, 9, china}}));
}

TEST(PhraseMatcher, RejectsEmptyAndOverlongPhrases) {
  PhraseMatcher::Builder builder;
  EXPECT_THROW(builder.add("   "), ParseError);
  std::string long_phrase;
  for (std::size_t i = 0; i <= PhraseMatcher::kMaxPhraseTokens; ++i) long_phrase += "w ";
  EXPECT_THROW(builder.add(long_phrase), LimitError);
}

// The reference: every phrase tried at every token position.
std::vector<Found> naive(const std::vector<std::vector<std::string>>& phrases, std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for_each_token(text, [&](std::size_t s, std::size_t e) { spans.emplace_back(s, e); });
  std::vector<Found> out;
  for (std::size_t end = 0; end < spans.size(); ++end) {
    std::vector<Found> here;
    for (std::uint32_t p = 0; p < phrases.size(); ++p) {
      const auto& phrase = phrases[p];
      if (phrase.size() > end + 1) continue;
      const std::size_t first = end + 1 - phrase.size();
      bool same = true;
      for (std::size_t k = 0; k < phrase.size() && same; ++k) {
        const auto& [s, e] = spans[first + k];
        same = text.substr(s, e - s) == phrase[k];
      }
      if (same) here.emplace_back(spans[first].first, spans[end].second, p);
    }
    std::sort(here.begin(), here.end());  // longest (earliest start) first
    out.insert(out.end(), here.begin(), here.end());
  }
  return out;
}

TEST(PhraseMatcher, AgreesWithANaiveMatcherOnRandomText) {
  // 中, and мир: a Russian word too short to lose an ending, so that the matcher's reading of
  // Russian agrees with the naive one.
  const std::vector<std::string> vocabulary = {"a", "b", "c", "ab", "-", "\xE4\xB8\xAD", "\xD0\xBC\xD0\xB8\xD1\x80"};
  std::mt19937 rng(1325);
  for (int round = 0; round < 300; ++round) {
    // Every other round ASCII only: the tokeniser reads those blocks from masks.
    std::uniform_int_distribution<std::size_t> word(0, vocabulary.size() - (round % 2 == 0 ? 3 : 1));
    std::vector<std::vector<std::string>> phrases;
    std::set<std::vector<std::string>> seen;
    PhraseMatcher::Builder builder;
    const std::size_t phrase_count = 1 + rng() % 12;
    while (phrases.size() < phrase_count) {
      std::vector<std::string> phrase(1 + rng() % 4);
      for (auto& w : phrase) w = vocabulary[word(rng)];
      if (!seen.insert(phrase).second) continue;
      std::string joined;
      for (const auto& w : phrase) joined += w + " ";
      ASSERT_EQ(builder.add(joined), phrases.size());
      phrases.push_back(phrase);
    }
    const PhraseMatcher matcher = std::move(builder).build();
    std::string text;
    for (int i = 0; i < 150; ++i) text += vocabulary[word(rng)] + (rng() % 3 ? " " : "  ");
    ASSERT_EQ(find(matcher, text), naive(phrases, text)) << text;
  }
}

}  // namespace
}  // namespace hrtext::detail
