#include "document/code_point_index.hpp"

#include <gtest/gtest.h>

#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace hrtext::detail {
namespace {

// Code points of every UTF-8 length, with combining marks, CJK, RTL and astral characters.
const std::vector<std::string> kPieces = {
    "a", " ", "\n", "\xC3\xA9",                      // é
    "e\xCC\x81",                                     // e + combining acute
    "\xE4\xB8\xAD", "\xE5\x9B\xBD",                  // 中国
    "\xD8\xB9\xD8\xB1\xD8\xA8",                      // Arabic
    "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D",              // Hebrew
    "\xF0\x9F\x98\x80", "\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3",  // emoji, flag
    "\xE2\x80\x99", "\xF0\xA0\x80\x80",              // ’, CJK extension B
};

// The byte offset of every code point boundary, computed the slow way.
std::vector<std::size_t> boundaries(const std::string& text) {
  std::vector<std::size_t> result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) result.push_back(i);
  }
  result.push_back(text.size());
  return result;
}

std::string random_text(std::mt19937& rng, std::size_t pieces) {
  std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
  std::string text;
  for (std::size_t i = 0; i < pieces; ++i) text += kPieces[pick(rng)];
  return text;
}

TEST(CodePointIndex, AgreesWithNaiveCountingOnRandomMultilingualText) {
  std::mt19937 rng(20190130);
  for (std::size_t length : {0U, 1U, 63U, 64U, 65U, 200U, 5000U}) {
    const std::string text = random_text(rng, length);
    const CodePointIndex index(text);
    const std::vector<std::size_t> expected = boundaries(text);
    ASSERT_EQ(index.size_code_points(), expected.size() - 1);
    for (std::size_t cp = 0; cp < expected.size(); ++cp) {
      ASSERT_EQ(index.to_byte(cp), expected[cp]) << "code point " << cp;
      ASSERT_EQ(index.to_code_point(expected[cp]), cp) << "byte " << expected[cp];
    }
  }
}

TEST(CodePointIndex, AsciiTextMapsOneToOne) {
  const std::string text(1000, 'x');
  const CodePointIndex index(text);
  EXPECT_EQ(index.size_code_points(), 1000U);
  EXPECT_EQ(index.to_code_point(777), 777U);
  EXPECT_EQ(index.to_byte(1000), 1000U);
}

TEST(CodePointIndex, RejectsOffsetsInsideSequencesOrPastTheEnd) {
  const std::string text = "a\xF0\x9F\x98\x80z";  // a, emoji, z
  const CodePointIndex index(text);
  EXPECT_EQ(index.to_code_point(5), 2U);
  EXPECT_THROW((void)index.to_code_point(2), std::out_of_range);
  EXPECT_THROW((void)index.to_code_point(7), std::out_of_range);
  EXPECT_THROW((void)index.to_byte(4), std::out_of_range);
  EXPECT_EQ(index.to_byte(3), text.size());
}

}  // namespace
}  // namespace hrtext::detail
