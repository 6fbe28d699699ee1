#include "document/mojibake.hpp"

#include <gtest/gtest.h>

namespace hrtext::detail {
namespace {

TEST(Mojibake, RepairsUtf8ReadAsWindows1252) {
  EXPECT_EQ(repair_mojibake("Alper \u00C3\u2021ugun"), "Alper \u00C7ugun");                 // "Ã‡" for "Ç"
  EXPECT_EQ(repair_mojibake("Funda\u00C3\u00A7\u00C3\u00A3o Abrinq"), "Funda\u00E7\u00E3o Abrinq");  // "Ã§Ã£"
  EXPECT_EQ(repair_mojibake("Comit\u00C3\u00A9 \u00E2\u20AC\u0153Libre\u00E2\u20AC\u009D"),
            "Comit\u00E9 \u201CLibre\u201D");  // curly quotes through the bytes Windows-1252 maps to 0x80-0x9F
}

TEST(Mojibake, LeavesGenuineTextAlone) {
  EXPECT_FALSE(repair_mojibake("Human Rights Watch"));
  EXPECT_FALSE(repair_mojibake("A\u00E7\u00E3o Educativa"));        // accents of its own: no UTF-8 beneath
  EXPECT_FALSE(repair_mojibake("\u00C3 bient\u00F4t"));              // a genuine "Ã" before a space
  EXPECT_FALSE(repair_mojibake("\u041C\u0435\u043C\u043E\u0440\u0438\u0430\u043B"));  // no Windows-1252 character
  EXPECT_FALSE(repair_mojibake(""));
}

}  // namespace
}  // namespace hrtext::detail
