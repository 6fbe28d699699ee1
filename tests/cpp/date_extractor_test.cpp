#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "hrtext/dates.hpp"
#include "hrtext/document.hpp"
#include "hrtext/error.hpp"

namespace hrtext {
namespace {

const DateExtractor& extractor() {
  static const DateExtractor instance = DateExtractor::compile();
  return instance;
}

using Seen = std::tuple<std::string, std::string, std::string>;  // text, kind, value ("-": null)

std::vector<Seen> dates(const std::string& text, std::optional<std::string> reference = "2019-01-30",
                        const DateExtractor& with = extractor()) {
  const Document doc = Document::from_utf8(text);
  std::optional<PartialDate> given;
  if (reference) given = PartialDate::parse_iso(*reference);
  std::vector<Seen> out;
  for (const DateMention& d : with.extract(doc, given).dates) {
    out.emplace_back(d.text, std::string(to_string(d.kind)), d.value.value_or("-"));
  }
  return out;
}

TEST(FullDates, EveryCommonForm) {
  EXPECT_EQ(dates("January 30, 2019; 30 January 2019; 30th of January, 2019; Jan. 30, 2019; "
                  "2019-01-30; 30/01/2019; 30.01.2019"),
            (std::vector<Seen>{{"January 30, 2019", "date", "2019-01-30"},
                               {"30 January 2019", "date", "2019-01-30"},
                               {"30th of January, 2019", "date", "2019-01-30"},
                               {"Jan. 30, 2019", "date", "2019-01-30"},
                               {"2019-01-30", "date", "2019-01-30"},
                               {"30/01/2019", "date", "2019-01-30"},
                               {"30.01.2019", "date", "2019-01-30"}}));
}

TEST(FullDates, WeekdayPrefixesBelongToTheDate) {
  EXPECT_EQ(dates("On Wednesday, 30 January 2019 the Council met."),
            (std::vector<Seen>{{"Wednesday, 30 January 2019", "date", "2019-01-30"}}));
}

TEST(FullDates, DayFirstByDefaultMonthFirstByOption) {
  EXPECT_EQ(dates("03/04/2019"), (std::vector<Seen>{{"03/04/2019", "date", "2019-04-03"}}));
  const DateExtractor month_first = DateExtractor::compile({.day_first = false});
  EXPECT_EQ(dates("03/04/2019", "2019-01-30", month_first),
            (std::vector<Seen>{{"03/04/2019", "date", "2019-03-04"}}));
  // A number above 12 decides by itself.
  EXPECT_EQ(dates("01/30/2019 and 30/01/2019", "2019-01-30", month_first),
            (std::vector<Seen>{{"01/30/2019", "date", "2019-01-30"}, {"30/01/2019", "date", "2019-01-30"}}));
}

TEST(FullDates, DaysOfTheCalendarOnly) {
  EXPECT_EQ(dates("29 February 2020 and 29 February 2019 and 31 April 2019 and February 30, 2019"),
            (std::vector<Seen>{{"29 February 2020", "date", "2020-02-29"}}));
}

TEST(PartialDates, MonthsAndYears) {
  EXPECT_EQ(dates("in January 2019, in 2019, the 1961 Convention, enero de 2019, janvier 2019"),
            (std::vector<Seen>{{"January 2019", "month", "2019-01"},
                               {"2019", "year", "2019"},
                               {"1961", "year", "1961"},
                               {"enero de 2019", "month", "2019-01"},
                               {"janvier 2019", "month", "2019-01"}}));
}

TEST(PartialDates, NumbersThatAreNoYears) {
  EXPECT_TRUE(dates("resolution 37/23, A/HRC/40/2, article 2019, 2,019 people, page 2019, US$ 2019, "
                    "para. 2019, 2019 persons, 45 per cent, 24/7, A/HRC/WGAD/2021/30, "
                    "Security Council resolution 1325 (2000), decision 2/102")
                  .empty());
}

TEST(Ranges, EveryForm) {
  EXPECT_EQ(dates("February 25-March 22, 2019; 25 February to 22 March 2019; from 25 February until "
                  "22 March 2019; 25-29 March 2019; 12 and 13 April 2019; 2018-2019; between 2017 and "
                  "2019; from 2014 to 2016; 2015-6"),
            (std::vector<Seen>{{"February 25-March 22, 2019", "range", "2019-02-25/2019-03-22"},
                               {"25 February to 22 March 2019", "range", "2019-02-25/2019-03-22"},
                               {"25 February until 22 March 2019", "range", "2019-02-25/2019-03-22"},
                               {"25-29 March 2019", "range", "2019-03-25/2019-03-29"},
                               {"12 and 13 April 2019", "range", "2019-04-12/2019-04-13"},
                               {"2018-2019", "range", "2018/2019"},
                               {"2017 and 2019", "range", "2017/2019"},
                               {"2014 to 2016", "range", "2014/2016"},
                               {"2015-6", "range", "2015/2016"}}));
}

TEST(Ranges, AfterPrefixesAndWithinAMonth) {
  EXPECT_EQ(dates("Between February 26-27, police arrested them."),
            (std::vector<Seen>{{"February 26-27", "range", "2019-02-26/2019-02-27"}}));
}

TEST(Ranges, AreOrderedOrNoRanges) {
  EXPECT_EQ(dates("2019-2017"), (std::vector<Seen>{{"2019", "year", "2019"}, {"2017", "year", "2017"}}));
}

TEST(Relative, ResolvedAgainstTheDocumentDate) {
  EXPECT_EQ(dates("on 30 January; last March; last year; this year; next month; earlier this month; "
                  "yesterday; today; on Monday; two years ago; last week"),
            (std::vector<Seen>{{"30 January", "date", "2019-01-30"},
                               {"last March", "relative", "2018-03"},
                               {"last year", "relative", "2018"},
                               {"this year", "relative", "2019"},
                               {"next month", "relative", "2019-02"},
                               {"earlier this month", "relative", "2019-01"},
                               {"yesterday", "relative", "2019-01-29"},
                               {"today", "relative", "2019-01-30"},
                               {"Monday", "relative", "2019-01-28"},
                               {"two years ago", "relative", "2017"},
                               {"last week", "relative", "2019-01-21/2019-01-27"}}));
}

TEST(Relative, NullWithoutADocumentDate) {
  EXPECT_EQ(dates("last year and on 30 January", std::nullopt),
            (std::vector<Seen>{{"last year", "relative", "-"}, {"30 January", "date", "-"}}));
}

TEST(Relative, AcrossTheYearBoundary) {
  EXPECT_EQ(dates("last December", "2019-01-05"), (std::vector<Seen>{{"last December", "relative", "2018-12"}}));
  EXPECT_EQ(dates("next January", "2019-12-20"), (std::vector<Seen>{{"next January", "relative", "2020-01"}}));
  EXPECT_EQ(dates("yesterday", "2019-01-01"), (std::vector<Seen>{{"yesterday", "relative", "2018-12-31"}}));
}

// The numbers of a long numbered list are no years ("1990. Amnesty International" between
// 1989. and 1991.); a year that opens a line alone is one.
TEST(Years, NumbersOfAListAreNone) {
  EXPECT_EQ(dates("Signatories:\n1989. FIDH\n1990. Amnesty International\n1991. Human Rights Watch\n"),
            std::vector<Seen>{});
  EXPECT_EQ(dates("  1990) FIDH\n  1991) CIVICUS\n"), std::vector<Seen>{});
  EXPECT_EQ(dates("1990. The year the Wall fell.\n1995. The year of Beijing.\n"),
            (std::vector<Seen>{{"1990", "year", "1990"}, {"1995", "year", "1995"}}));
}

// ISO 8601 writes years 0001 to 9999: a date resolved beyond them has no value.
TEST(Relative, NoValueBeyondTheYearsIsoWrites) {
  EXPECT_EQ(dates("next year; tomorrow; next week; last year", "9999-12-31"),
            (std::vector<Seen>{{"next year", "relative", "-"},
                               {"tomorrow", "relative", "-"},
                               {"next week", "relative", "-"},
                               {"last year", "relative", "9998"}}));
  EXPECT_EQ(dates("last year; yesterday", "0001-01-01"),
            (std::vector<Seen>{{"last year", "relative", "-"}, {"yesterday", "relative", "-"}}));
}

TEST(Relative, YearlessDatesTakeTheYearTheTextGave) {
  EXPECT_EQ(dates("He was detained on July 27, 2018. Since July 27 he has been held.", "2019-07-25"),
            (std::vector<Seen>{{"July 27, 2018", "date", "2018-07-27"}, {"July 27", "date", "2018-07-27"}}));
  // The review of 6 November, a week after the letter; a past 11 April.
  EXPECT_EQ(dates("ahead of the review on 6 November", "2018-10-30"),
            (std::vector<Seen>{{"6 November", "date", "2018-11-06"}}));
  EXPECT_EQ(dates("arrested on 11 April", "2019-05-07"), (std::vector<Seen>{{"11 April", "date", "2019-04-11"}}));
}

TEST(Relative, VagueWordsAreNoDates) {
  EXPECT_TRUE(dates("recently, in the past, lately, in recent years, over the past year").empty());
}

TEST(Decades, AsRanges) {
  EXPECT_EQ(dates("in the 1990s and the 1980's; 1990年代"),
            (std::vector<Seen>{{"1990s", "range", "1990/1999"},
                               {"1980's", "range", "1980/1989"},
                               {"1990\xE5\xB9\xB4\xE4\xBB\xA3", "range", "1990/1999"}}));
}

TEST(Decades, CenturiesWithTheirOrdinal) {
  EXPECT_EQ(dates("in the 20th century, au 19e si\xC3\xA8" "cle, en el siglo 21; the 45th century"),
            (std::vector<Seen>{{"20th century", "range", "1900/1999"},
                               {"19e si\xC3\xA8" "cle", "range", "1800/1899"},
                               {"siglo 21", "range", "2000/2099"}}));
}

TEST(Languages, FrenchAndSpanish) {
  EXPECT_EQ(dates("le 30 janvier 2019, le 30 janvier, 30 de enero de 2019, del 25 de febrero al 22 de "
                  "marzo de 2019, cette année, el año pasado"),
            (std::vector<Seen>{{"30 janvier 2019", "date", "2019-01-30"},
                               {"30 janvier", "date", "2019-01-30"},
                               {"30 de enero de 2019", "date", "2019-01-30"},
                               {"25 de febrero al 22 de marzo de 2019", "range", "2019-02-25/2019-03-22"},
                               {"cette année", "relative", "2019"},
                               {"año pasado", "relative", "2018"}}));
}

TEST(Languages, ChineseDates) {
  EXPECT_EQ(dates("2019\xE5\xB9\xB4" "1\xE6\x9C\x88" "8\xE6\x97\xA5\xEF\xBC\x8C" "3\xE6\x9C\x88" "20\xE6\x97\xA5"),
            (std::vector<Seen>{{"2019\xE5\xB9\xB4" "1\xE6\x9C\x88" "8\xE6\x97\xA5", "date", "2019-01-08"},
                               {"3\xE6\x9C\x88" "20\xE6\x97\xA5", "date", "2019-03-20"}}));
}

TEST(BareMonths, OnlyAsTimes) {
  EXPECT_EQ(dates("In March, police came; they march. May we ask? In May, and into December and January.",
                  "2019-07-25"),
            (std::vector<Seen>{{"March", "month", "2019-03"},
                               {"May", "month", "2019-05"},
                               {"December", "month", "2018-12"},
                               {"January", "month", "2019-01"}}));
}

TEST(Spans, LeaveOutPrepositionsAndEarlyLate) {
  EXPECT_EQ(dates("since early 2018, by mid-2019, during late 2017"),
            (std::vector<Seen>{{"2018", "year", "2018"}, {"2019", "year", "2019"}, {"2017", "year", "2017"}}));
}

// The document's date: caller, then dateline or header.
std::optional<std::string> document_date(const std::string& text) {
  const Document doc = Document::from_utf8(text);
  const auto found = extractor().extract(doc).document_date;
  return found ? std::optional(found->to_iso()) : std::nullopt;
}

TEST(DocumentDate, FromDatelinesAndHeaders) {
  EXPECT_EQ(document_date("January 30, 2019\n\nDear High Commissioner,\nOn 12 March 2018 we wrote."), "2019-01-30");
  EXPECT_EQ(document_date("GENEVA (30 January 2019) - The Council met on 12 March 2018."), "2019-01-30");
  EXPECT_EQ(document_date("Geneva, 30 January 2019\n\nText of 12 March 2018."), "2019-01-30");
  EXPECT_EQ(document_date("Paris, le 10 octobre 2018\n\nTexte."), "2018-10-10");
  EXPECT_EQ(document_date("Caracas / Washington, D.C., 10 de agosto de 2017\n\nTexto."), "2017-08-10");
  EXPECT_EQ(document_date("We wrote to them. Geneva, 30 January 2019"), std::nullopt);
  EXPECT_EQ(document_date("Date: 30 January 2019\nSubject: letter of 12 March 2018"), "2019-01-30");
  EXPECT_EQ(document_date("**Date:** November 2019\nText."), "2019-11");
  EXPECT_EQ(document_date("For immediate release \xE2\x80\x93 30 June 2020\n\nHong Kong Watch today said."), "2020-06-30");
  EXPECT_EQ(document_date("(Chinese Human Rights Defenders\xE2\x80\x94July 25, 2019) The government said."), "2019-07-25");
}

// A document of one long line: its dateline still dates it, a date far into the line does not.
TEST(DocumentDate, OneLongLine) {
  std::string text = "GENEVA (30 January 2019) - The Council met.";
  for (int i = 0; i < 2000; ++i) text += " On 12 March 2018 the Council met again, and on 3 May 2018.";
  EXPECT_EQ(document_date(text), "2019-01-30");
  EXPECT_EQ(document_date(std::string(300, 'x') + " Geneva, 30 January 2019"), std::nullopt);
}

TEST(DocumentDate, NotFromRunningText) {
  EXPECT_EQ(document_date("Since April 11th, 2019, he has been subjected to a legal proceeding."), std::nullopt);
  EXPECT_EQ(document_date(""), std::nullopt);
}

TEST(DocumentDate, TheCallersDateWins) {
  const Document doc = Document::from_utf8("Geneva, 30 January 2019\n\nYesterday.");
  const auto result = extractor().extract(doc, PartialDate{2020, 5, 5});
  EXPECT_EQ(result.document_date->to_iso(), "2020-05-05");
  EXPECT_EQ(result.dates.back().value, "2020-05-04");
}

TEST(PartialDate, ParsesAndFormatsEveryPrecision) {
  EXPECT_EQ(PartialDate::parse_iso("2019").to_iso(), "2019");
  EXPECT_EQ(PartialDate::parse_iso("2019-11").to_iso(), "2019-11");
  EXPECT_EQ(PartialDate::parse_iso("2019-11-05").to_iso(), "2019-11-05");
  for (const char* bad : {"2019-13", "19", "2019-1", "2019-02-30", "abcd"}) {
    EXPECT_THROW((void)PartialDate::parse_iso(bad), ParseError) << bad;
  }
}

TEST(Offsets, AreCodePoints) {
  const std::string text = "\xE4\xB8\xAD\xF0\x9F\x98\x80 Cafe\xCC\x81: 30 January 2019";
  const Document doc = Document::from_utf8(text);
  const auto found = extractor().extract(doc).dates;
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].start, 10U);  // 中 😀 sp C a f e ◌́ : sp
  EXPECT_EQ(found[0].end, 25U);
}

TEST(DateExtractor, IsSafeToShareBetweenThreads) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "On 30 January 2019 and last year, 25-29 March 2019. ";
  const Document doc = Document::from_utf8(text);
  const auto expected = extractor().extract(doc, PartialDate{2019, 1, 30}).dates.size();
  EXPECT_EQ(expected, 900U);
  std::vector<std::size_t> counts(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < counts.size(); ++t) {
      threads.emplace_back([&, t] { counts[t] = extractor().extract(doc, PartialDate{2019, 1, 30}).dates.size(); });
    }
  }
  for (std::size_t count : counts) EXPECT_EQ(count, expected);
}

TEST(Robustness, PunctuationDigitsAndGarbage) {
  EXPECT_TRUE(dates("").empty());
  EXPECT_TRUE(dates("... --- /// 1/2/3/4/5 2019/2019/2019 ((((2019").empty() ||
              !dates("... --- /// 1/2/3/4/5 2019/2019/2019 ((((2019").empty());  // no crash, no hang
  std::string digits(100000, '9');
  EXPECT_TRUE(dates(digits).empty());
}

}  // namespace
}  // namespace hrtext
