#include <gtest/gtest.h>

#include "hrtext/dates.hpp"
#include "hrtext/error.hpp"

namespace hrtext {
namespace {

TEST(CalendarDate, ParsesAndFormatsIsoDates) {
  const CalendarDate date = CalendarDate::parse_iso("2019-01-30");
  EXPECT_EQ(date, (CalendarDate{2019, 1, 30}));
  EXPECT_EQ(date.to_iso(), "2019-01-30");
  EXPECT_EQ((CalendarDate{987, 3, 4}).to_iso(), "0987-03-04");
}

TEST(CalendarDate, KnowsLeapYearsAndMonthLengths) {
  EXPECT_TRUE(CalendarDate::is_valid(2020, 2, 29));
  EXPECT_TRUE(CalendarDate::is_valid(2000, 2, 29));
  EXPECT_FALSE(CalendarDate::is_valid(1900, 2, 29));
  EXPECT_FALSE(CalendarDate::is_valid(2019, 2, 29));
  EXPECT_FALSE(CalendarDate::is_valid(2019, 4, 31));
  EXPECT_TRUE(CalendarDate::is_valid(2019, 12, 31));
  EXPECT_FALSE(CalendarDate::is_valid(2019, 13, 1));
  EXPECT_FALSE(CalendarDate::is_valid(0, 1, 1));
}

TEST(CalendarDate, RejectsMalformedAndImpossibleDatesWithAMessage) {
  for (const char* text : {"2019-1-30", "30/01/2019", "2019-01-30T00:00", "", "２０１９-01-30",
                           "2019-0a-30"}) {
    EXPECT_THROW((void)CalendarDate::parse_iso(text), ParseError) << text;
  }
  try {
    (void)CalendarDate::parse_iso("2019-02-30");
    FAIL() << "no exception";
  } catch (const ParseError& error) {
    EXPECT_STREQ(error.what(), "'2019-02-30' is not a day of the calendar");
  }
}

}  // namespace
}  // namespace hrtext
