#pragma once

// Calendar dates and date mentions.

#include <optional>
#include <string>
#include <string_view>

#include "hrtext/export.hpp"
#include "hrtext/mention.hpp"

namespace hrtext {

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
  // expression cannot be resolved.
  std::optional<std::string> value;
};

}  // namespace hrtext
