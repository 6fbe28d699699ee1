#include "dates/resolver.hpp"

#include <algorithm>
#include <chrono>
#include <map>

namespace hrtext::detail {
namespace {

namespace chrono = std::chrono;

std::string iso(const DatePoint& p) {
  return PartialDate{p.year, p.month, p.day}.to_iso();
}

chrono::sys_days days_of(const DatePoint& p) {
  return chrono::sys_days{chrono::year{p.year} / chrono::month{static_cast<unsigned>(p.month)} /
                          chrono::day{static_cast<unsigned>(p.day)}};
}

DatePoint point_of(chrono::sys_days days) {
  const chrono::year_month_day ymd{days};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// How far after the document's date a year-less date may still be read as coming.
constexpr int kFutureDays = 60;

// The year of a year-less day or month from the reference alone: the next one if it comes
// within kFutureDays, else the last one on or before the reference.
int year_for(const DatePoint& p, const PartialDate& reference) {
  if (reference.month == 0) return reference.year;
  const bool later_this_year = p.month > reference.month ||
                               (p.month == reference.month && p.day != 0 && reference.day != 0 &&
                                p.day > reference.day);
  if (later_this_year && reference.day != 0) {
    const DatePoint first_day{reference.year, p.month, p.day == 0 ? 1 : p.day};
    const auto ahead = days_of(first_day) - days_of({reference.year, reference.month, reference.day});
    if (ahead.count() <= kFutureDays) return reference.year;
  }
  return later_this_year ? reference.year - 1 : reference.year;
}

// (year, month) plus `months` months.
DatePoint add_months(int year, int month, int months) {
  const int index = year * 12 + (month - 1) + months;
  return {index / 12, index % 12 + 1, 0};
}

// Whether every date of an ISO value ("2019", "2019-03", "2019-03-04/2019-03-10") has a year ISO
// 8601 writes in four digits, 0001 to 9999: "next year" in a document dated 9999-12-30 has none.
bool within_iso_years(std::string_view value) {
  for (std::size_t start = 0; start <= value.size();) {
    const std::size_t end = std::min(value.find('/', start), value.size());
    const std::string_view date = value.substr(start, end - start);
    const bool four_digits = date.size() >= 4 && std::all_of(date.begin(), date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
                             (date.size() == 4 || date[4] == '-');
    if (!four_digits || date.starts_with("0000")) return false;
    start = end + 1;
  }
  return true;
}

std::optional<std::string> unchecked_relative_value(const RelativeDate& r, const PartialDate& ref) {
  using Unit = RelativeDate::Unit;
  switch (r.unit) {
    case Unit::kYear:
      return std::to_string(ref.year + r.offset);
    case Unit::kMonth:
      if (ref.month == 0) return std::nullopt;
      return iso(add_months(ref.year, ref.month, r.offset));
    case Unit::kMonthName: {
      if (ref.month == 0) return std::nullopt;
      int year = ref.year;
      if (r.offset < 0 && r.value >= ref.month) year -= 1;  // "last March" is before this month
      if (r.offset > 0 && r.value <= ref.month) year += 1;
      return iso({year, r.value, 0});
    }
    case Unit::kDay:
    case Unit::kWeek:
    case Unit::kWeekday: {
      if (ref.day == 0) return std::nullopt;
      const chrono::sys_days today = days_of({ref.year, ref.month, ref.day});
      if (r.unit == Unit::kDay) return iso(point_of(today + chrono::days{r.offset}));
      if (r.unit == Unit::kWeek && r.ago) return iso(point_of(today + chrono::days{7 * r.offset}));
      const unsigned weekday = chrono::weekday{today}.iso_encoding();  // Monday 1 .. Sunday 7
      if (r.unit == Unit::kWeek) {  // Monday to Sunday of the week
        const chrono::sys_days monday = today - chrono::days{weekday - 1} + chrono::days{7 * r.offset};
        return iso(point_of(monday)) + "/" + iso(point_of(monday + chrono::days{6}));
      }
      // A weekday: on or before today ("on Monday"), before ("last Monday"), after ("next").
      const int today_weekday = static_cast<int>(weekday);
      if (r.offset > 0) {
        int ahead = (r.value - today_weekday + 7) % 7;
        if (ahead == 0) ahead = 7;
        return iso(point_of(today + chrono::days{ahead}));
      }
      int back = (today_weekday - r.value + 7) % 7;
      if (r.offset < 0 && back == 0) back = 7;
      return iso(point_of(today - chrono::days{back}));
    }
  }
  return std::nullopt;
}

// The value of a relative date, none where it falls outside the years ISO 8601 writes.
std::optional<std::string> relative_value(const RelativeDate& r, const PartialDate& ref) {
  std::optional<std::string> value = unchecked_relative_value(r, ref);
  if (value && !within_iso_years(*value)) value.reset();
  return value;
}

}  // namespace

std::vector<std::optional<std::string>> resolve_all(const std::vector<ParsedDate>& dates,
                                                    const std::optional<PartialDate>& reference) {
  std::vector<std::optional<std::string>> values;
  values.reserve(dates.size());
  // The year of each day and month the text has dated so far.
  std::map<std::pair<int, int>, int> year_of_day;  // (month, day) -> year; day 0 for a month
  for (const ParsedDate& date : dates) {
    if (date.relative) {
      values.push_back(reference ? relative_value(*date.relative, *reference) : std::nullopt);
      continue;
    }
    DatePoint from = date.from;
    DatePoint to = date.to;
    if (to.year == 0) {  // year-less
      const auto said = year_of_day.find({to.month, to.day});
      if (said != year_of_day.end()) {
        to.year = said->second;
      } else if (reference) {
        to.year = year_for(to, *reference);
      } else {
        values.push_back(std::nullopt);
        continue;
      }
      from.year = from.month > to.month || (from.month == to.month && from.day > to.day) ? to.year - 1 : to.year;
    } else {
      for (const DatePoint& p : {date.from, date.to}) {
        if (p.month != 0) year_of_day[{p.month, p.day}] = p.year;
        if (p.month != 0 && p.day != 0) year_of_day[{p.month, 0}] = p.year;
      }
    }
    values.push_back(date.kind == DateKind::kRange ? iso(from) + "/" + iso(to) : iso(from));
  }
  return values;
}

}  // namespace hrtext::detail
