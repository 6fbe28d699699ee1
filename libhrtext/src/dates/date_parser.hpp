#pragma once

// The grammar of dates: finds candidate places with RE2 and parses each with a small grammar
// over tokens of the normalised text. What it finds is not yet resolved: year-less and relative
// dates wait for the document date (resolver.hpp).

#include <memory>
#include <optional>
#include <vector>

#include "hrtext/dates.hpp"
#include "hrtext/document.hpp"

namespace re2 {
class RE2;
}

namespace hrtext::detail {

// A point in time as written: 0 where the text does not say (no year: "30 January").
struct DatePoint {
  int year = 0;
  int month = 0;
  int day = 0;
};

// A date relative to the document's date: "last year" (unit year, offset -1), "next month",
// "two weeks ago" (week, -2), "today" (day, 0), "last March" (month name 3, -1), "on Monday"
// (weekday 1, 0: on or before), "earlier this year" (year, 0, within).
struct RelativeDate {
  enum class Unit { kDay, kWeek, kMonth, kYear, kMonthName, kWeekday };
  Unit unit = Unit::kDay;
  int offset = 0;
  int value = 0;      // the month (1-12) or weekday (1 Monday - 7)
  bool ago = false;   // "two weeks ago": a day, where "last week" is the whole week
};

struct ParsedDate {
  ByteSpan span;  // in the normalised text
  DateKind kind = DateKind::kDate;
  DatePoint from;
  DatePoint to;  // the same as `from` but for ranges
  std::optional<RelativeDate> relative;
};

class DateParser {
 public:
  explicit DateParser(const DateOptions& options);
  ~DateParser();
  DateParser(DateParser&&) noexcept;
  DateParser& operator=(DateParser&&) noexcept;

  // Every date of the document, in text order, none overlapping another.
  [[nodiscard]] std::vector<ParsedDate> parse(const Document& document) const;

 private:
  DateOptions options_;
  std::unique_ptr<re2::RE2> anchors_;
};

}  // namespace hrtext::detail
