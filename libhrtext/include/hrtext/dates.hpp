#pragma once

// Calendar dates and date mentions.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/export.hpp"
#include "hrtext/mention.hpp"

namespace hrtext {

class Document;

// A day of the proleptic Gregorian calendar, years 1 to 9999.
struct HRTEXT_EXPORT CalendarDate {
  int year = 1;
  int month = 1;
  int day = 1;

  // Whether the day exists (months of 28 to 31 days, leap years).
  [[nodiscard]] static bool is_valid(int year, int month, int day) noexcept;
  // Parses "YYYY-MM-DD" exactly; throws ParseError naming what is wrong.
  [[nodiscard]] static CalendarDate parse_iso(std::string_view text);
  // "YYYY-MM-DD".
  [[nodiscard]] std::string to_iso() const;

  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
  friend auto operator<=>(const CalendarDate&, const CalendarDate&) = default;
};

// A date as precise as a text gives it: a year, a month of a year, or a day.
struct HRTEXT_EXPORT PartialDate {
  int year = 1;
  int month = 0;  // 1-12, or 0 when only the year is known
  int day = 0;    // 1-31, or 0 when only the month (or the year) is known

  // "2019", "2019-03" or "2019-03-30".
  [[nodiscard]] std::string to_iso() const;
  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; throws ParseError naming what is wrong.
  [[nodiscard]] static PartialDate parse_iso(std::string_view text);
  [[nodiscard]] static PartialDate of(const CalendarDate& date) { return {date.year, date.month, date.day}; }

  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

enum class DateKind {
  kDate,      // "date": a full day
  kMonth,     // "month"
  kYear,      // "year"
  kRange,     // "range": an interval
  kRelative,  // "relative": resolved against the document date
};

[[nodiscard]] HRTEXT_EXPORT std::string_view to_string(DateKind kind) noexcept;

struct DateMention : Mention {
  DateKind kind = DateKind::kDate;
  // ISO 8601: "2019-01-30", "2019-03", "2019", "2019-02-25/2019-03-22"; null when a relative
  // or year-less expression cannot be resolved (no document date).
  std::optional<std::string> value;
};

struct DateOptions {
  // Read "03/04/2019" as 3 April (day first, as UN and most non-US texts write) or, when false,
  // as March 4. A number above 12 decides by itself ("30/01/2019", "01/30/2019").
  bool day_first = true;
};

// Finds dates: full, partial (month, year), ranges, decades, and relative and year-less
// expressions resolved against the document date; and the document's own date from its
// dateline or header. Compiled once, then immutable and safe to use from many threads at once.
class HRTEXT_EXPORT DateExtractor {
 public:
  [[nodiscard]] static DateExtractor compile(const DateOptions& options = {});
  DateExtractor(DateExtractor&&) noexcept;
  DateExtractor& operator=(DateExtractor&&) noexcept;
  DateExtractor(const DateExtractor&) = delete;
  DateExtractor& operator=(const DateExtractor&) = delete;
  ~DateExtractor();

  struct Result {
    std::vector<DateMention> dates;            // sorted by start
    std::optional<PartialDate> document_date;  // the given date, else the detected one
  };

  // The dates of `document`. `given` (the caller's date of the document) wins over a detected
  // one; relative and year-less dates are resolved against the result, or get a null value.
  [[nodiscard]] Result extract(const Document& document,
                               const std::optional<PartialDate>& given = std::nullopt) const;

 private:
  struct Impl;
  explicit DateExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace hrtext
