#include "document/byte_scan.hpp"
#include "match/byte_classes.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace hrtext::detail {
namespace {

std::size_t naive_capital_or_lead(const std::string& text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if ((b >= 'A' && b <= 'Z') || (b >= 0xC0 && !(b >= 0xE3 && b <= 0xE9))) return i;
  }
  return text.size();
}

std::size_t naive_ascii_capital(const std::string& text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] >= 'A' && text[i] <= 'Z') return i;
  }
  return text.size();
}

std::size_t naive_skip_ascii_alnum(const std::string& text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))) return i;
  }
  return text.size();
}

std::size_t naive_capital_pair(const std::string& text, std::size_t from) {
  for (std::size_t i = from; i + 1 < text.size(); ++i) {
    const char next = text[i + 1];
    const bool second = (next >= 'A' && next <= 'Z') || next == '.' || next == '&' || next == '-';
    if (text[i] >= 'A' && text[i] <= 'Z' && second) return i;
  }
  return text.size();
}

std::size_t naive_find_digit(const std::string& text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') return i;
  }
  return text.size();
}

std::size_t naive_line_break_candidate(const std::string& text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if ((b >= '\n' && b <= '\r') || b == 0xC2 || b == 0xE2) return i;
  }
  return text.size();
}

TEST(ByteScan, FindsCapitalsAndLeadBytes) {
  EXPECT_EQ(find_capital_or_lead("the council of europe and the UN", 0), 30U);
  EXPECT_EQ(find_capital_or_lead("abc \xC3\xA9", 0), 4U);
  EXPECT_EQ(find_capital_or_lead("abc\xA9\xA9", 0), 5U);  // continuation bytes are no leads
  EXPECT_EQ(find_capital_or_lead("\xE4\xB8\xAD\xE5\x9B\xBD \xD0\x9C", 0), 7U);  // 中国 passed over, not М
  EXPECT_EQ(find_capital_or_lead("AB", 1), 1U);
  EXPECT_EQ(find_capital_or_lead("", 0), 0U);
  EXPECT_EQ(find_ascii_capital("le haut-commissariat \xC3\x89tat HCDH", 0), 27U);  // not the É
  EXPECT_EQ(find_ascii_capital("abc", 0), 3U);
}

TEST(ByteScan, FindsCapitalPairs) {
  EXPECT_EQ(find_capital_pair("Human Rights in China (HRIC)", 0), 23U);
  EXPECT_EQ(find_capital_pair("the E.U. and", 0), 4U);
  EXPECT_EQ(find_capital_pair("B&HRRC", 0), 0U);
  EXPECT_EQ(find_capital_pair("Amnesty International X", 0), 23U);  // a final capital pairs with nothing
  EXPECT_EQ(find_capital_pair("", 0), 0U);
}

TEST(ByteScan, SkipsAsciiWords) {
  EXPECT_EQ(skip_ascii_alnum("Human2Rights watch", 0), 12U);
  EXPECT_EQ(skip_ascii_alnum("internationalisation", 0), 20U);
  EXPECT_EQ(skip_ascii_alnum("c\xC3\xB4te", 0), 1U);  // a non-ASCII letter ends the ASCII run
  EXPECT_EQ(skip_ascii_alnum("", 0), 0U);
}

TEST(ByteScan, FindsDigits) {
  EXPECT_EQ(find_digit("recalling its resolution 37/23", 0), 25U);
  EXPECT_EQ(find_digit("resolution 37/23", 12), 12U);
  EXPECT_EQ(find_digit("no number \xD9\xA3 here", 0), 17U);  // Arabic-Indic digits are not ASCII digits
  EXPECT_EQ(find_digit("", 0), 0U);
}

TEST(ByteScan, AgreesWithByteLoopsOnRandomBytes) {
  std::mt19937 rng(2019);
  for (int round = 0; round < 2000; ++round) {
    std::string text(rng() % 100, '\0');  // long enough for the 16-byte steps
    for (char& c : text) {
      const unsigned pick = rng() % 10;
      c = static_cast<char>(pick < 6   ? 'a' + rng() % 26
                            : pick < 7 ? 'A' + rng() % 26
                            : pick < 8 ? '0' + rng() % 10
                                       : rng() % 256);
    }
    const std::size_t from = text.empty() ? 0 : rng() % text.size();
    ASSERT_EQ(find_capital_or_lead(text, from), naive_capital_or_lead(text, from));
    ASSERT_EQ(find_ascii_capital(text, from), naive_ascii_capital(text, from));
    ASSERT_EQ(find_digit(text, from), naive_find_digit(text, from));
    ASSERT_EQ(skip_ascii_alnum(text, from), naive_skip_ascii_alnum(text, from));
    ASSERT_EQ(find_capital_pair(text, from), naive_capital_pair(text, from));
    ASSERT_EQ(find_line_break_candidate(text, from), naive_line_break_candidate(text, from));
  }
}

TEST(ByteScan, CountsCodePointsOfLongTexts) {
  std::mt19937 rng(8);
  for (const std::size_t size : {0U, 1U, 15U, 16U, 17U, 4079U, 4080U, 4081U, 4096U, 10000U}) {
    std::string text(size, '\0');
    for (char& c : text) c = static_cast<char>(rng() % 256);
    std::size_t expected = 0;
    for (const char c : text) expected += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    ASSERT_EQ(count_code_points(text), expected) << size;
  }
  EXPECT_EQ(count_code_points(std::string(5000, 'a') + "\xE4\xB8\xAD\xC3\xA9"), 5002U);
}

TEST(ByteClasses, MasksAgreeWithTheClassOfEachByte) {
  std::mt19937 rng(64);
  for (int round = 0; round < 2000; ++round) {
    std::string bytes(64, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() % 2 == 0 ? rng() % 128 : rng() % 256);
    const ByteClassMasks masks = classify_64(bytes.data());
    for (unsigned k = 0; k < 64; ++k) {
      const auto c = static_cast<unsigned char>(bytes[k]);
      const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      const bool space = c == ' ' || (c >= '\t' && c <= '\r');
      ASSERT_EQ((masks.word >> k & 1) != 0, word) << int(c);
      ASSERT_EQ((masks.space >> k & 1) != 0, space) << int(c);
      ASSERT_EQ((masks.high >> k & 1) != 0, c >= 0x80) << int(c);
    }
  }
}

TEST(ByteScan, LineBreaksOfEveryKind) {
  const std::string text = "a\nb\r\nc\rd\ve\ff\xC2\x85g\xE2\x80\xA8h\xE2\x80\xA9i";
  std::vector<std::size_t> lengths;
  for (std::size_t at = find_line_break(text, 0); at < text.size();) {
    lengths.push_back(line_break_length(text, at));
    at = find_line_break(text, at + lengths.back());
  }
  EXPECT_EQ(lengths, (std::vector<std::size_t>{1, 2, 1, 1, 1, 2, 3, 3}));
  EXPECT_EQ(line_break_length("\xC2\xA0", 0), 0U);      // a no-break space breaks no line
  EXPECT_EQ(line_break_length("\xE2\x80\x94", 0), 0U);  // nor an em dash
  EXPECT_EQ(find_line_break("no break here", 0), 13U);
}

}  // namespace
}  // namespace hrtext::detail
