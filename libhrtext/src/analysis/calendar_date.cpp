#include <charconv>
#include <cstdio>

#include "hrtext/dates.hpp"
#include "hrtext/error.hpp"

namespace hrtext {
namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// Reads exactly `width` ASCII digits of `text` at `at`.
bool read_digits(std::string_view text, std::size_t at, std::size_t width, int& value) {
  if (at + width > text.size()) return false;
  for (std::size_t i = at; i < at + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  std::from_chars(text.data() + at, text.data() + at + width, value);
  return true;
}

}  // namespace

bool CalendarDate::is_valid(int year, int month, int day) noexcept {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

CalendarDate CalendarDate::parse_iso(std::string_view text) {
  CalendarDate date;
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                      read_digits(text, 0, 4, date.year) && read_digits(text, 5, 2, date.month) &&
                      read_digits(text, 8, 2, date.day);
  if (!shaped) {
    throw ParseError("'" + std::string(text) + "' is not a date in the form YYYY-MM-DD");
  }
  if (!is_valid(date.year, date.month, date.day)) {
    throw ParseError("'" + std::string(text) + "' is not a day of the calendar");
  }
  return date;
}

std::string CalendarDate::to_iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace hrtext
