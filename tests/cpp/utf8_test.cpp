#include "document/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

#include "hrtext/error.hpp"

namespace hrtext::detail {
namespace {

// The byte offset and message of the InvalidUtf8Error that validating `input` throws.
std::pair<std::size_t, std::string> failure(const std::string& input) {
  try {
    (void)validate_utf8(input, false);
  } catch (const InvalidUtf8Error& error) {
    return {error.byte_offset(), error.what()};
  }
  ADD_FAILURE() << "no InvalidUtf8Error for " << ::testing::PrintToString(input);
  return {0, ""};
}

TEST(ValidateUtf8, AcceptsWellFormedTextOfEveryLength) {
  const std::string text =
      "Geneva \xE6\x97\xA5\xE5\x86\x85\xE7\x93\xA6 caf\xC3\xA9 e\xCC\x81 "  // CJK, é, e+U+0301
      "\xF0\x9F\x98\x80 \xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A \xF4\x8F\xBF\xBF \xEF\xBF\xBF";
  const RepairedUtf8 result = validate_utf8(text, false);
  EXPECT_EQ(result.text, text);
  EXPECT_EQ(result.replacements, 0U);
}

TEST(ValidateUtf8, AcceptsEmptyInputAndNul) {
  EXPECT_EQ(validate_utf8("", false).text, "");
  EXPECT_EQ(validate_utf8(std::string("a\0b", 3), false).text.size(), 3U);
}

struct InvalidCase {
  const char* name;
  std::string input;
  std::size_t offset;
  const char* problem;
};

class InvalidUtf8 : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(InvalidUtf8, ThrowsWithOffsetAndProblem) {
  const InvalidCase& c = GetParam();
  const auto [offset, message] = failure(c.input);
  EXPECT_EQ(offset, c.offset);
  EXPECT_NE(message.find(c.problem), std::string::npos) << message;
  EXPECT_NE(message.find("byte offset " + std::to_string(c.offset)), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    EveryClass, InvalidUtf8,
    ::testing::Values(
        InvalidCase{"overlong_two_bytes", "ab\xC0\xAF", 2, "overlong"},
        InvalidCase{"overlong_three_bytes", "ab\xE0\x80\xAF", 2, "overlong"},
        InvalidCase{"overlong_four_bytes", "\xF0\x80\x80\xAF", 0, "overlong"},
        InvalidCase{"surrogate_high", "x\xED\xA0\x80", 1, "surrogate"},
        InvalidCase{"surrogate_low", "x\xED\xBF\xBF", 1, "surrogate"},
        InvalidCase{"truncated_at_end", "caf\xC3", 3, "truncated"},
        InvalidCase{"truncated_in_text", "\xE2\x82 euro", 0, "truncated"},
        InvalidCase{"truncated_four_bytes", "\xF0\x9F\x98!", 0, "truncated"},
        InvalidCase{"stray_continuation", "abc\x80", 3, "continuation"},
        InvalidCase{"stray_continuation_after_char", "\xC3\xA9\xA9", 2, "continuation"},
        InvalidCase{"above_10FFFF_lead_F4", "\xF4\x90\x80\x80", 0, "above U+10FFFF"},
        InvalidCase{"above_10FFFF_lead_F5", "12345678\xF5\x80\x80\x80", 8, "above U+10FFFF"},
        InvalidCase{"byte_FF", "\xFF", 0, "never occurs"},
        InvalidCase{"error_after_long_ascii_run", std::string(100, 'a') + "\xC1\x81", 100,
                    "overlong"}),
    [](const ::testing::TestParamInfo<InvalidCase>& param) { return param.param.name; });

TEST(ValidateUtf8, ReplacesMaximalSubpartsAsTheUnicodeStandardRecommends) {
  // Unicode Standard, Table 3-8: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64.
  const RepairedUtf8 result =
      validate_utf8("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", true);
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(result.text, "a" + fffd + fffd + fffd + "b" + fffd + "c" + fffd + fffd + "d");
  EXPECT_EQ(result.replacements, 6U);
}

TEST(ValidateUtf8, ReplacesOverlongAndSurrogateBytesOneByOne) {
  // E0 80 80: E0 cannot start a sequence with 80, so each byte is its own subpart.
  const RepairedUtf8 result = validate_utf8("\xE0\x80\x80|\xED\xA0\x80", true);
  EXPECT_EQ(result.replacements, 6U);
  EXPECT_EQ(result.text.find('|'), 9U);
}

TEST(ValidateUtf8, KeepsValidTextUntouchedInRepairMode) {
  const RepairedUtf8 result = validate_utf8("Human Rights in China \xE4\xB8\xAD", true);
  EXPECT_EQ(result.replacements, 0U);
  EXPECT_EQ(result.text, "Human Rights in China \xE4\xB8\xAD");
}

}  // namespace
}  // namespace hrtext::detail
