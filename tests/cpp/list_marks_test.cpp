#include "document/list_marks.hpp"

#include <gtest/gtest.h>

#include <string>

namespace hrtext::detail {
namespace {

TEST(ListMarks, BulletsNumbersAndLettersWithTheSpaceAfterThem) {
  EXPECT_EQ(list_mark_length("- Amnesty International"), 2U);
  EXPECT_EQ(list_mark_length("\u2022 Amnesty International"), 4U);      // •
  EXPECT_EQ(list_mark_length("\u2023 Amnesty International"), 4U);      // ‣
  EXPECT_EQ(list_mark_length("\u2705 Amnesty International"), 4U);      // ✅, any other symbol
  EXPECT_EQ(list_mark_length("\u2705\uFE0F Amnesty International"), 7U);  // and its variation selector
  EXPECT_EQ(list_mark_length("12. Amnesty International"), 4U);
  EXPECT_EQ(list_mark_length("(12) Amnesty International"), 5U);
  EXPECT_EQ(list_mark_length("iv. Amnesty International"), 4U);
  EXPECT_EQ(list_mark_length("B) Amnesty International"), 3U);
  EXPECT_EQ(list_mark_length("12 - Amnesty International"), 5U);
  EXPECT_EQ(list_mark_length("12.Channaka Jayasinghe"), 3U);  // a number run onto the name
  EXPECT_EQ(list_mark_length("12\tActionAid International"), 3U);  // a table's row number and its tab
  EXPECT_EQ(list_mark_length("\\item Anna Schmidt, University of Oxford"), 6U);  // a LaTeX list's item
  // A hyphen right before a name: before a capital, or a letter of a script without case.
  EXPECT_EQ(list_mark_length("-Amnesty International"), 1U);
  EXPECT_EQ(list_mark_length("-\u0627\u0644\u0646\u0642\u0627\u0628\u0629 \u0627\u0644\u0648\u0637\u0646\u064A\u0629"), 1U);
}

TEST(ListMarks, NoMarkBeforeAnInitialAWordOrAnArrow) {
  EXPECT_EQ(list_mark_length("A. Smith, University of Leeds"), 0U);
  EXPECT_EQ(list_mark_length("Amnesty International"), 0U);
  EXPECT_EQ(list_mark_length("-based organisations"), 0U);  // a word broken at the line before
  EXPECT_EQ(list_mark_length("-5 degrees"), 0U);
  EXPECT_EQ(list_mark_length("---"), 0U);
  EXPECT_EQ(list_mark_length("\u2192 Sign the letter"), 0U);  // → points to a link
  EXPECT_EQ(list_mark_length("2019 was a year of protests"), 0U);
  EXPECT_EQ(list_mark_length(""), 0U);
}

TEST(ListMarks, AnItemOpensWithAMarkOrIsOneAlone) {
  EXPECT_TRUE(opens_list_item("- Amnesty International"));
  EXPECT_TRUE(opens_list_item("-"));
  EXPECT_TRUE(opens_list_item("12."));
  EXPECT_TRUE(opens_list_item("(a)  "));
  EXPECT_FALSE(opens_list_item("A. Smith"));
  EXPECT_FALSE(opens_list_item("Centre for Human Rights"));
  EXPECT_FALSE(opens_list_item(""));
}

}  // namespace
}  // namespace hrtext::detail
