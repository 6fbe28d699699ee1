#include "dates/date_parser.hpp"

#include <re2/re2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "dates/lexicon.hpp"
#include "document/utf8.hpp"
#include "document/words.hpp"
#include "hrtext/error.hpp"
#include "match/tokens.hpp"

namespace hrtext::detail {
namespace {

using Role = DateLexicon::Role;

// How far around a candidate the grammar looks, in bytes of normalised text: a date expression
// with its prefix ("between", a weekday) and a range's second date fit.
constexpr std::size_t kLookBehind = 40;
constexpr std::size_t kLookAhead = 72;
// How many tokens before a candidate an expression may start ("Wednesday , 30 January").
constexpr std::size_t kMaxLead = 6;

constexpr int kFirstYear = 1000;  // of a year written with its month or day
constexpr int kLastYear = 2999;
constexpr int kFirstBareYear = 1800;  // of a year written alone ("in 2019")
constexpr int kLastBareYear = 2099;

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) return year == 0 || is_leap(year) ? 29 : 28;  // year unknown: allow the 29th
  return kDays[month - 1];
}

bool valid(const DatePoint& p) {
  if (p.month < 0 || p.month > 12 || p.day < 0) return false;
  if (p.day > 0 && (p.month == 0 || p.day > days_in(p.year, p.month))) return false;
  return true;
}

// Orders points, a missing part counting as earliest.
bool not_after(const DatePoint& a, const DatePoint& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day <= b.day;
}

struct Token {
  ByteSpan span;  // normalised text
  std::string_view text;
  int number = -1;   // value of a token of ASCII digits only (up to 9 of them)
  int digits = 0;
  int ordinal = -1;  // "30th", "1st", "1er", "1o" (from 1º): the number
  int before_time = -1;  // "11t05" in an ISO date-time "2022-04-11T05:09": the day, 11
  DateLexicon::Entry word;
};

Token make_token(std::string_view normalized, std::size_t start, std::size_t end) {
  Token t{{start, end}, normalized.substr(start, end - start)};
  std::size_t digits = 0;
  while (digits < t.text.size() && t.text[digits] >= '0' && t.text[digits] <= '9') ++digits;
  if (digits > 0 && digits <= 9) {
    int value = 0;
    for (std::size_t k = 0; k < digits; ++k) value = value * 10 + (t.text[k] - '0');
    const std::string_view suffix = t.text.substr(digits);
    if (suffix.empty()) {
      t.number = value;
      t.digits = static_cast<int>(digits);
    } else if (digits <= 2 && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" ||
                               suffix == "er" || suffix == "re" || suffix == "e" || suffix == "o" ||
                               suffix == "a")) {
      t.ordinal = value;
    } else if (digits == 2 && suffix.size() >= 2 && suffix[0] == 't' && suffix[1] >= '0' && suffix[1] <= '9') {
      t.before_time = value;
    }
  }
  if (digits == 0) t.word = DateLexicon::get().find(t.text);
  return t;
}

// A parse of some tokens: where it ends (exclusive) and what it says.
struct Parse {
  std::size_t end = 0;
  DateKind kind = DateKind::kDate;
  DatePoint from;
  DatePoint to;
  std::optional<RelativeDate> relative;
  bool range = false;
  std::size_t last_token_bytes = 0;  // of the last token, only these belong to the date (0: all)
};

// The grammar over the tokens of one window of text.
class Grammar {
 public:
  Grammar(const std::vector<Token>& tokens, std::string_view normalized, const Document& document,
          const DateOptions& options)
      : t_(tokens), normalized_(normalized), document_(document), options_(options) {}

  // The longest date expression starting at token i, if any; `prefix_end` is where the span
  // starts (after a "between", "from", "on" that belongs to the syntax but not to the span).
  std::optional<Parse> longest_at(std::size_t i, std::size_t& span_start) const {
    std::optional<Parse> best;
    span_start = i;
    const auto consider = [&](std::optional<Parse> p, std::size_t start) {
      if (p && (!best || p->end > best->end)) {
        best = p;
        span_start = start;
      }
    };
    // A word that belongs to the syntax but not to the span: "between" (it allows "and"),
    // "from", "de", "on" (it makes a weekday a date).
    const Role lead = role(i);
    const bool on = is_text(i, "on");
    if (lead == Role::kBetween || lead == Role::kFrom || is_text(i, "de") || on) {
      consider(range(i + 1, lead == Role::kBetween), i + 1);
      consider(range(i + 1, false), i + 1);  // "between February 26-27"
      if (on) consider(weekday(i + 1), i + 1);
      for (auto p : productions(i + 1)) consider(p, i + 1);
    }
    consider(range(i, false), i);
    for (auto p : productions(i)) consider(p, i);
    return best;
  }

 private:
  std::array<std::optional<Parse>, 10> productions(std::size_t i) const {
    return {numeric(i), cjk(i),      day_month_year(i), month_day_year(i), month_year(i),
            decade(i),  century(i),  relative(i),       bare_year(i),      bare_month(i)};
  }

  bool has(std::size_t i) const { return i < t_.size(); }
  Role role(std::size_t i) const { return has(i) ? t_[i].word.role : Role::kNone; }
  int value(std::size_t i) const { return t_[i].word.value; }
  bool is_text(std::size_t i, std::string_view text) const { return has(i) && t_[i].text == text; }
  bool is_punct(std::size_t i, char c) const { return has(i) && t_[i].text.size() == 1 && t_[i].text[0] == c; }
  // Whether two tokens touch (no space between them in the text).
  bool touch(std::size_t i, std::size_t j) const { return t_[i].span.end == t_[j].span.start; }

  std::optional<int> day(std::size_t i) const {
    if (!has(i)) return std::nullopt;
    const Token& t = t_[i];
    const int d = t.ordinal >= 0 ? t.ordinal : (t.digits >= 1 && t.digits <= 2 ? t.number : -1);
    return d >= 1 && d <= 31 ? std::optional<int>(d) : std::nullopt;
  }

  // A month name, and the token after it (an abbreviation's full stop is part of it).
  std::optional<int> month(std::size_t i, std::size_t& next) const {
    if (role(i) != Role::kMonth) return std::nullopt;
    next = i + 1;
    if (t_[i].word.abbreviation && is_punct(next, '.') && touch(i, next)) ++next;  // "Jan."
    return value(i);
  }

  std::optional<int> year(std::size_t i, int first = kFirstYear, int last = kLastYear) const {
    if (!has(i) || t_[i].digits != 4 || t_[i].number < first || t_[i].number > last) return std::nullopt;
    return t_[i].number;
  }

  // Skips an optional weekday and comma: "Wednesday, 30 January 2019".
  std::size_t after_weekday(std::size_t i) const {
    if (role(i) != Role::kWeekday) return i;
    std::size_t next = i + 1;
    if (is_punct(next, ',')) ++next;
    return next;
  }

  // D [of|de] M [,|de|del] [Y]: "30 January 2019", "30th of January, 2019", "30 de enero de
  // 2019", "le 30 janvier"; year-less when no year follows.
  std::optional<Parse> day_month_year(std::size_t start) const {
    std::size_t i = after_weekday(start);
    const auto d = day(i);
    if (!d) return std::nullopt;
    std::size_t k = i + 1;
    if (role(k) == Role::kOf) ++k;
    std::size_t after_month = 0;
    const auto m = month(k, after_month);
    if (!m) return std::nullopt;
    return with_optional_year({0, *m, *d}, after_month);
  }

  // [W,] M D [,] [Y]: "January 30, 2019", "Jan. 30 2019", "March 20th".
  std::optional<Parse> month_day_year(std::size_t start) const {
    std::size_t i = after_weekday(start);
    std::size_t k = 0;
    const auto m = month(i, k);
    if (!m) return std::nullopt;
    const auto d = day(k);
    if (!d || (has(k + 1) && is_punct(k + 1, ':'))) return std::nullopt;  // not a time "May 10:30"
    return with_optional_year({0, *m, *d}, k + 1);
  }

  // A day and month, with the year after them if written: [,|de|del] Y.
  std::optional<Parse> with_optional_year(DatePoint p, std::size_t k) const {
    std::size_t y_at = k;
    if (is_punct(y_at, ',') || role(y_at) == Role::kOf || is_text(y_at, "del")) ++y_at;
    if (const auto y = year(y_at)) {
      p.year = *y;
      if (!valid(p)) return std::nullopt;
      return Parse{y_at + 1, DateKind::kDate, p, p};
    }
    if (!valid(p)) return std::nullopt;
    return Parse{k, DateKind::kDate, p, p};  // year-less: resolved later
  }

  // Whether a day stands right before token i ("29 [of] February"): then i starts no date of
  // its own; if the whole was no date ("29 February 2019"), neither is its rest.
  bool after_day(std::size_t i) const {
    if (i == 0) return false;
    const std::size_t before = role(i - 1) == Role::kOf && i >= 2 ? i - 2 : i - 1;
    return day(before).has_value();
  }

  // M [,|de|del] Y: "January 2019", "enero de 2019".
  std::optional<Parse> month_year(std::size_t i) const {
    std::size_t k = 0;
    const auto m = month(i, k);
    if (!m || after_day(i)) return std::nullopt;
    if (is_punct(k, ',') || role(k) == Role::kOf || is_text(k, "del")) ++k;
    const auto y = year(k);
    if (!y) return std::nullopt;
    const DatePoint p{*y, *m, 0};
    return Parse{k + 1, DateKind::kMonth, p, p};
  }

  // Y-M-D, D/M/Y, D.M.Y (M/D/Y when the options or the numbers say so).
  std::optional<Parse> numeric(std::size_t i) const {
    if (!has(i + 4) || t_[i].number < 0 || t_[i + 2].number < 0) return std::nullopt;
    // An ISO date-time "2022-04-11T05:09": the date is the digits before the T.
    const bool date_time = t_[i].digits == 4 && t_[i + 4].before_time >= 0;
    if (t_[i + 4].number < 0 && !date_time) return std::nullopt;
    const char sep = t_[i + 1].text.size() == 1 ? t_[i + 1].text[0] : 0;
    if ((sep != '-' && sep != '/' && sep != '.') || !is_punct(i + 3, sep)) return std::nullopt;
    for (std::size_t k = i; k < i + 4; ++k) {
      if (!touch(k, k + 1)) return std::nullopt;
    }
    // Part of a longer chain ("1.2.3.4", "A/HRC/40/2/2019") is no date.
    if (i > 0 && touch(i - 1, i) && (t_[i - 1].number >= 0 || is_punct(i - 1, sep) || is_punct(i - 1, '/'))) {
      return std::nullopt;
    }
    if (!date_time && has(i + 5) && touch(i + 4, i + 5) && (is_punct(i + 5, sep) || t_[i + 5].number >= 0)) {
      return std::nullopt;
    }
    DatePoint p;
    if (date_time) {
      p = {t_[i].number, t_[i + 2].number, t_[i + 4].before_time};
    } else if (t_[i].digits == 4 && t_[i + 2].digits <= 2 && t_[i + 4].digits <= 2) {
      p = {t_[i].number, t_[i + 2].number, t_[i + 4].number};
    } else if (t_[i + 4].digits == 4 && t_[i].digits <= 2 && t_[i + 2].digits <= 2) {
      int a = t_[i].number;
      int b = t_[i + 2].number;
      const bool day_first = b > 12 ? false : a > 12 ? true : options_.day_first;
      p = day_first ? DatePoint{t_[i + 4].number, b, a} : DatePoint{t_[i + 4].number, a, b};
    } else {
      return std::nullopt;
    }
    if (p.year < kFirstYear || p.year > kLastYear || p.month < 1 || p.day < 1 || !valid(p)) return std::nullopt;
    Parse parse{i + 5, DateKind::kDate, p, p};
    if (date_time) parse.last_token_bytes = 2;
    return parse;
  }

  // 2019年1月8日, 1月8日, 2019年, 6月, 1990年代.
  std::optional<Parse> cjk(std::size_t i) const {
    if (!has(i + 1) || t_[i].number < 0) return std::nullopt;
    if (is_text(i + 1, "年")) {
      const auto y = year(i, kFirstYear, kLastYear);
      if (!y) return std::nullopt;
      if (is_text(i + 2, "代") && *y % 10 == 0) {
        return Parse{i + 3, DateKind::kRange, {*y, 0, 0}, {*y + 9, 0, 0}, std::nullopt, true};
      }
      if (has(i + 3) && t_[i + 2].number >= 1 && t_[i + 2].number <= 12 && is_text(i + 3, "月")) {
        DatePoint p{*y, t_[i + 2].number, 0};
        if (has(i + 5) && t_[i + 4].number >= 1 && is_text(i + 5, "日")) {
          p.day = t_[i + 4].number;
          if (!valid(p)) return std::nullopt;
          return Parse{i + 6, DateKind::kDate, p, p};
        }
        return Parse{i + 4, DateKind::kMonth, p, p};
      }
      return Parse{i + 2, DateKind::kYear, {*y, 0, 0}, {*y, 0, 0}};
    }
    if (is_text(i + 1, "月") && t_[i].number >= 1 && t_[i].number <= 12) {
      DatePoint p{0, t_[i].number, 0};
      if (has(i + 3) && t_[i + 2].number >= 1 && is_text(i + 3, "日")) {
        p.day = t_[i + 2].number;
        if (!valid(p)) return std::nullopt;
        return Parse{i + 4, DateKind::kDate, p, p};
      }
      return Parse{i + 2, DateKind::kMonth, p, p};
    }
    return std::nullopt;
  }

  // "1990s", "1990's", "les années 1990", "los años 90" is not read (spelled decades vary).
  std::optional<Parse> decade(std::size_t i) const {
    if (!has(i)) return std::nullopt;
    const std::string_view text = t_[i].text;
    int start_year = -1;
    std::size_t end = i + 1;
    if (text.size() == 5 && text[4] == 's' && text.substr(0, 4).find_first_not_of("0123456789") == std::string_view::npos) {
      start_year = std::stoi(std::string(text.substr(0, 4)));
    } else if (const auto y = year(i, kFirstBareYear, kLastBareYear);
               y && is_punct(i + 1, '\'') && is_text(i + 2, "s") && touch(i, i + 1)) {
      start_year = *y;
      end = i + 3;
    } else if (role(i) == Role::kDecadeWord) {
      if (const auto decade_year = year(i + 1, kFirstBareYear, kLastBareYear)) {
        start_year = *decade_year;
        end = i + 2;
      }
    }
    if (start_year < kFirstBareYear || start_year > kLastBareYear || start_year % 10 != 0) return std::nullopt;
    return Parse{end, DateKind::kRange, {start_year, 0, 0}, {start_year + 9, 0, 0}, std::nullopt, true};
  }

  // "the 20th century", "le 19e siècle", "el siglo 20": a century written with its ordinal
  // number (Roman numerals and words are left out: "XX" and "twentieth" are rarer, and "XX"
  // names many things).
  std::optional<Parse> century(std::size_t i) const {
    int number = -1;
    std::size_t end = 0;
    if (has(i) && t_[i].ordinal >= 1 && t_[i].ordinal <= 21 && role(i + 1) == Role::kCentury) {
      number = t_[i].ordinal;
      end = i + 2;
    } else if (role(i) == Role::kCentury && has(i + 1) && t_[i + 1].digits >= 1 && t_[i + 1].digits <= 2 &&
               t_[i + 1].number >= 1 && t_[i + 1].number <= 21) {
      number = t_[i + 1].number;
      end = i + 2;
    }
    if (number < 0) return std::nullopt;
    const int first = (number - 1) * 100;
    return Parse{end, DateKind::kRange, {std::max(first, 1), 0, 0}, {first + 99, 0, 0}, std::nullopt, true};
  }

  // Relative expressions.
  std::optional<Parse> relative(std::size_t i) const {
    using Unit = RelativeDate::Unit;
    const auto unit_of = [&](std::size_t k) -> std::optional<Unit> {
      if (role(k) != Role::kUnit) return std::nullopt;
      switch (value(k)) {
        case DateLexicon::kDay: return Unit::kDay;
        case DateLexicon::kWeek: return Unit::kWeek;
        case DateLexicon::kMonthUnit: return Unit::kMonth;
        default: return Unit::kYear;
      }
    };
    const auto make = [](std::size_t end, Unit unit, int offset, int v = 0, bool ago = false) {
      return Parse{end, DateKind::kRelative, {}, {}, RelativeDate{unit, offset, v, ago}};
    };
    switch (role(i)) {
      case Role::kToday: return make(i + 1, Unit::kDay, 0);
      case Role::kYesterday: return make(i + 1, Unit::kDay, -1);
      case Role::kTomorrow: return make(i + 1, Unit::kDay, 1);
      case Role::kLast:
      case Role::kNext:
      case Role::kThis: {
        const int offset = role(i) == Role::kLast ? -1 : role(i) == Role::kNext ? 1 : 0;
        if (const auto unit = unit_of(i + 1)) {
          if (value(i + 1) == DateLexicon::kDay) return std::nullopt;  // "the last day" is no date
          return make(i + 2, *unit, offset);
        }
        std::size_t after = 0;
        if (const auto m = month(i + 1, after)) return make(after, Unit::kMonthName, offset, *m);
        if (role(i + 1) == Role::kWeekday) return make(i + 2, Unit::kWeekday, offset, value(i + 1));
        return std::nullopt;
      }
      case Role::kEarlier:
      case Role::kLater:
        if (role(i + 1) == Role::kThis) {
          if (const auto unit = unit_of(i + 2); unit && *unit != Unit::kDay) return make(i + 3, *unit, 0);
        }
        return std::nullopt;
      case Role::kUnit:  // "année dernière", "año pasado", "mois prochain"
        if (role(i + 1) == Role::kLast || role(i + 1) == Role::kNext) {
          if (value(i) == DateLexicon::kDay) return std::nullopt;
          return make(i + 2, *unit_of(i), role(i + 1) == Role::kLast ? -1 : 1);
        }
        return std::nullopt;
      default:
        break;
    }
    // N units ago: "two years ago", "3 weeks ago", "a month ago".
    int count = -1;
    if (role(i) == Role::kNumberWord) count = value(i);
    if (has(i) && t_[i].number > 0 && t_[i].digits <= 3) count = t_[i].number;
    if (count > 0) {
      if (const auto unit = unit_of(i + 1); unit && role(i + 2) == Role::kAgo) {
        return make(i + 3, *unit, -count, 0, true);
      }
    }
    return std::nullopt;
  }

  // "[on] Monday": the weekday on or before the document's date.
  std::optional<Parse> weekday(std::size_t i) const {
    if (role(i) != Role::kWeekday) return std::nullopt;
    return Parse{i + 1, DateKind::kRelative, {}, {}, RelativeDate{RelativeDate::Unit::kWeekday, 0, value(i)}};
  }

  // A year written alone. Every year is a date ("in 2019", "the 1961 Convention", "Report
  // 2017") but where the number is something else: in a document symbol, a resolution number
  // "1325 (2000)", after "article", "No.", "page", a currency, before "people", "%".
  std::optional<Parse> bare_year(std::size_t i) const {
    const auto y = year(i, kFirstBareYear, kLastBareYear);
    if (!y || !stands_alone(i) || ends_impossible_date(i) || numbers_a_list_item(i, *y)) return std::nullopt;
    std::size_t end = i + 1;
    if (is_text(end, "年")) ++end;
    return Parse{end, DateKind::kYear, {*y, 0, 0}, {*y, 0, 0}};
  }

  // Whether the number at token i numbers an item of a list ("1990. Amnesty International"
  // between "1989. ..." and "1991. ..."): it opens its line, a full stop or parenthesis after it,
  // and the line before or after opens with the number before or after it, marked the same.
  bool numbers_a_list_item(std::size_t i, int number) const {
    // An item's line is short: the lines around it are looked for this far, so that a long line
    // is not read again for each of its years.
    constexpr std::size_t kItemReach = 400;  // bytes
    const std::string_view text = document_.text();
    const ByteSpan original = document_.normalized().to_original(t_[i].span);
    std::size_t begin = original.start;
    while (begin > 0 && (text[begin - 1] == ' ' || text[begin - 1] == '\t')) --begin;
    if ((begin > 0 && text[begin - 1] != '\n') || original.end >= text.size() ||
        (text[original.end] != '.' && text[original.end] != ')')) {
      return false;
    }
    const char mark = text[original.end];
    const auto opens_with = [&](std::size_t line, int value) {
      const std::size_t first = text.find_first_not_of(" \t", line);
      const std::string numbered = std::to_string(value) + mark;
      return first != std::string_view::npos && text.substr(first).starts_with(numbered);
    };
    const std::string_view after = text.substr(original.end, kItemReach);
    const std::size_t next_line = after.find('\n');
    if (next_line != std::string_view::npos && opens_with(original.end + next_line + 1, number + 1)) return true;
    if (begin < 2) return false;  // the first line, or an empty one before it
    const std::size_t from = begin - 1 > kItemReach ? begin - 1 - kItemReach : 0;
    const std::size_t previous_break = text.substr(from, begin - 1 - from).rfind('\n');
    if (previous_break == std::string_view::npos && from > 0) return false;  // a long line before
    return opens_with(previous_break == std::string_view::npos ? 0 : from + previous_break + 1, number - 1);
  }

  // Whether token i is the year of a day and month that do not exist ("February 30, 2019",
  // "31 April 2019"): the whole is no date, and its year alone is none either.
  bool ends_impossible_date(std::size_t i) const {
    std::size_t k = i;
    if (k > 0 && (is_punct(k - 1, ',') || role(k - 1) == Role::kOf)) --k;
    if (k < 2) return false;
    std::size_t after = 0;
    const bool day_month = day(k - 2).has_value() && month(k - 1, after).has_value();
    const bool month_day = role(k - 2) == Role::kMonth && day(k - 1).has_value();
    return day_month || month_day;
  }

  bool stands_alone(std::size_t i) const {
    static constexpr std::array<std::string_view, 34> kBefore = {
        "article", "articles", "art", "arts", "para", "paras", "paragraph", "paragraphs", "no", "nos",
        "number", "p", "pp", "page", "pages", "resolution", "resolutions", "decision", "decisions",
        "section", "rule", "rules", "chapter", "item", "items", "$", "€", "£", "¥", "us", "usd", "eur",
        "chf", "rmb"};
    static constexpr std::array<std::string_view, 22> kAfter = {
        "people", "persons", "person", "individuals", "detainees", "prisoners", "cases", "workers",
        "families", "members", "children", "women", "men", "students", "victims", "households",
        "signatures", "organisations", "organizations", "%", "km", "dollars"};
    const std::size_t start = t_[i].span.start;
    const std::size_t end = t_[i].span.end;
    // Part of a document symbol, a path or a time: "/2019/", "A_2019", "20:19".
    const auto glued = [&](std::size_t at) {
      return at < normalized_.size() && (normalized_[at] == '/' || normalized_[at] == '_' || normalized_[at] == ':');
    };
    if ((start > 0 && glued(start - 1)) || glued(end)) return false;
    // "2,019 people", "1.2019": the end of a larger number. (A digit after it is more often a
    // footnote mark, "in 2018.8", than a decimal.)
    if (start >= 2 && (normalized_[start - 1] == ',' || normalized_[start - 1] == '.') &&
        normalized_[start - 2] >= '0' && normalized_[start - 2] <= '9') {
      return false;
    }
    // The word before, or before its full stop ("para. 2019", "No. 2019").
    const std::size_t word_before = i > 1 && t_[i - 1].text == "." ? i - 2 : i - 1;
    if (i > 0 && std::find(kBefore.begin(), kBefore.end(), t_[word_before].text) != kBefore.end()) return false;
    if (has(i + 1) && std::find(kAfter.begin(), kAfter.end(), t_[i + 1].text) != kAfter.end()) return false;
    if (has(i + 2) && t_[i + 1].text == "per" && t_[i + 2].text == "cent") return false;
    // "1325 (2000)": the year of a Security Council resolution's number.
    if (i >= 2 && is_punct(i - 1, '(') && t_[i - 2].number >= 0 && is_punct(i + 1, ')')) return false;
    return true;
  }

  // A month named alone, where the words before it say it is a time: "In March", "since
  // August", "into December and January", "the August raid", "en mars". An English month
  // name needs its capital ("to march", "may").
  std::optional<Parse> bare_month(std::size_t i) const {
    std::size_t after = 0;
    const auto m = month(i, after);
    if (!m || i == 0) return std::nullopt;
    const Role before = role(i - 1);
    const bool in_list = before == Role::kAnd && i >= 2 && role(i - 2) == Role::kMonth;
    if (before != Role::kTemporal && before != Role::kFrom && before != Role::kRangeTo && !in_list) {
      return std::nullopt;
    }
    const bool romance = is_text(i - 1, "en") || is_text(i - 1, "depuis") || is_text(i - 1, "desde") ||
                         is_text(i - 1, "hasta") || is_text(i - 1, "durante") || is_text(i - 1, "dès");
    if (!romance && !written_with_capital(i)) return std::nullopt;
    const DatePoint p{0, *m, 0};
    return Parse{after, DateKind::kMonth, p, p};
  }

  bool written_with_capital(std::size_t i) const {
    const ByteSpan original = document_.normalized().to_original(t_[i].span);
    return original.start < original.end && capital_at(document_.text(), original.start);
  }

  // The first date of a range, which may leave out what the second gives: "25" in "25-29 March
  // 2019", "February 25" in "February 25-March 22, 2019", "2017" in "2017-2021".
  std::optional<Parse> range_head(std::size_t i) const {
    std::optional<Parse> best;
    for (auto p : {numeric(i), day_month_year(i), month_day_year(i), month_year(i)}) {
      if (p && (!best || p->end > best->end)) best = p;
    }
    if (best) return best;
    if (const auto y = year(i, kFirstBareYear, kLastBareYear); y && stands_alone(i)) {
      return Parse{i + 1, DateKind::kYear, {*y, 0, 0}, {*y, 0, 0}};
    }
    std::size_t after = 0;
    if (const auto m = month(i, after)) return Parse{after, DateKind::kMonth, {0, *m, 0}, {0, *m, 0}};
    if (const auto d = day(i)) return Parse{i + 1, DateKind::kDate, {0, 0, *d}, {0, 0, *d}};
    return std::nullopt;
  }

  // A range: HEAD (- | to | until | au | al | hasta | and) TAIL, with the parts the head leaves
  // out taken from the tail. `between` requires "and" ("between 2017 and 2019").
  std::optional<Parse> range(std::size_t i, bool between) const {
    const auto head = range_head(i);
    if (!head) return std::nullopt;
    std::size_t k = head->end;
    const bool dash = is_punct(k, '-');
    const Role connector = role(k);
    const bool and_word = connector == Role::kAnd;
    if (between ? !and_word : !(dash || connector == Role::kRangeTo || is_text(k, "a") || and_word)) {
      return std::nullopt;
    }
    // "and" joins two days of one month ("12 and 13 April 2019") or, after "between", any two.
    const bool day_only = head->from.day != 0 && head->from.month == 0;
    if (and_word && !between && !day_only) return std::nullopt;
    ++k;
    if (is_text(k, "the") || is_text(k, "le") || is_text(k, "el")) ++k;
    DatePoint from = head->from;
    std::optional<Parse> tail;
    for (auto p : {numeric(k), day_month_year(k), month_day_year(k), month_year(k), cjk(k)}) {
      if (p && (!tail || p->end > tail->end)) tail = p;
    }
    if (!tail && from.year != 0 && from.month == 0) {  // a year range: "2017-2021", "2015-6"
      if (const auto y = year(k, kFirstBareYear, kLastBareYear)) {
        tail = Parse{k + 1, DateKind::kYear, {*y, 0, 0}, {*y, 0, 0}};
      } else if (dash && has(k) && t_[k].number >= 0 && t_[k].digits <= 2 && touch(k - 1, k)) {
        const int base = t_[k].digits == 1 ? 10 : 100;
        int short_year = from.year - from.year % base + t_[k].number;  // 2015-6 -> 2016
        if (short_year <= from.year) short_year += base;
        if (short_year - from.year <= 10) tail = Parse{k + 1, DateKind::kYear, {short_year, 0, 0}, {short_year, 0, 0}};
      }
    }
    if (!tail && from.month != 0 && from.day != 0) {  // a day of the same month: "February 26-27"
      if (const auto d = day(k)) {
        DatePoint to{from.year, from.month, *d};
        std::size_t end = k + 1;
        if (is_punct(end, ',') && year(end + 1)) end += 1;
        if (const auto y = year(end)) {
          to.year = from.year = *y;
          ++end;
        }
        tail = Parse{end, DateKind::kDate, to, to};
      }
    }
    if (!tail || tail->kind == DateKind::kRelative || tail->range) return std::nullopt;
    DatePoint to = tail->to;
    if (from.month == 0 && from.day != 0) from.month = to.month;  // "25-29 March"
    if (from.year == 0) from.year = to.year;
    if ((from.day != 0) != (to.day != 0) || (from.month != 0) != (to.month != 0)) return std::nullopt;
    if (from.year != 0 && to.year == 0) return std::nullopt;
    if (from.year == to.year && from.year == 0 && !not_after(from, to)) return std::nullopt;
    if (from.year != 0 && (!not_after(from, to) || !valid(from) || !valid(to))) return std::nullopt;
    if (from.year == 0 && (!valid(from) || !valid(to))) return std::nullopt;
    return Parse{tail->end, DateKind::kRange, from, to, std::nullopt, true};
  }

  const std::vector<Token>& t_;
  std::string_view normalized_;
  const Document& document_;
  const DateOptions& options_;
};

// Whether a match of the anchor pattern starts with a character of context rather than the
// anchor itself: one that is no letter or digit (before a word), or no digit before a digit
// (before a number: "由2018年").
bool starts_with_edge(std::string_view text, std::size_t at, std::size_t end) {
  std::size_t next = at;
  const UChar32 first = next_code_point(text, next);
  if (!is_word_character(first)) return true;
  if (u_isdigit(first) || next >= end) return false;
  return u_isdigit(next_code_point(text, next)) != 0;
}

// The same at the end: a character that is no letter or digit, or no digit after a digit
// (except the 年, 月, 日 of Chinese dates, which belong to the anchor).
bool ends_with_edge(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t last = 0;
  const UChar32 c = code_point_before(text, end, last);
  if (!is_word_character(c)) return true;
  if (u_isdigit(c) || last == start || c == 0x5E74 || c == 0x6708 || c == 0x65E5) return false;
  std::size_t before = 0;
  return u_isdigit(code_point_before(text, last, before)) != 0;
}

// The anchors of the candidate scan, where the grammar then reads: month and weekday names;
// today, yesterday, ago and the like; "last", "next", "this" before a unit, month or weekday
// (alone they are too common to look at), and units before "dernier", "pasado"; years and the
// numbers of Chinese dates. Every date has one; most of a text has none.
std::string anchor_pattern() {
  std::string names;          // months, weekdays, and words that are dates alone
  std::string determiners;    // last, next, this
  std::string followers;      // what follows them: units, months, weekdays
  std::string units;          // année, año ... (before dernier, pasado)
  std::string postposed;      // dernier, pasado ... (after them)
  const auto append = [](std::string& list, std::string_view word) {
    if (!list.empty()) list += '|';
    list += RE2::QuoteMeta(word);
  };
  const DateLexicon& lexicon = DateLexicon::get();
  for (std::uint32_t id = 0; id < lexicon.words().size(); ++id) {
    const std::string_view word = lexicon.words().text(id);
    switch (lexicon.find(word).role) {
      case Role::kMonth:
      case Role::kWeekday:
        append(names, word);
        append(followers, word);
        break;
      case Role::kToday:
      case Role::kYesterday:
      case Role::kTomorrow:
      case Role::kAgo:
      case Role::kCentury:
        append(names, word);
        break;
      case Role::kLast:
      case Role::kNext:
        append(postposed, word);
        append(determiners, word);
        break;
      case Role::kThis:
        append(determiners, word);
        break;
      case Role::kUnit:
        append(followers, word);
        append(units, word);
        break;
      default:
        break;
    }
  }
  // The text is normalised (lower case, ASCII digits), so ASCII classes suffice at the edges,
  // and they keep RE2's automaton small: any non-ASCII character counts as a letter.
  const std::string edge = "(?:^|[^a-z0-9\\x{80}-\\x{10FFFF}])";
  const std::string end = "(?:[^a-z0-9\\x{80}-\\x{10FFFF}]|$)";
  return edge + "((?:" + names + ")|(?:" + determiners + ") (?:" + followers + ")|(?:" + units + ") (?:" +
         postposed + "))" + end + "|(?:^|[^0-9])([0-9]{4}|[0-9]{1,2}[年月日])(?:[^0-9]|$)";
}}  // namespace

DateParser::DateParser(const DateOptions& options) : options_(options) {
  RE2::Options re_options;
  re_options.set_max_mem(64 << 20);
  re_options.set_log_errors(false);
  anchors_ = std::make_unique<RE2>(anchor_pattern(), re_options);
  if (!anchors_->ok()) throw Error("the date anchor pattern does not compile: " + anchors_->error());
  // RE2 compiles its reverse program on the first match: do it now, while compiling, not on
  // the first document.
  re2::StringPiece match;
  (void)anchors_->Match("on 1 January 2000", 0, 17, RE2::UNANCHORED, &match, 1);
}

DateParser::~DateParser() = default;
DateParser::DateParser(DateParser&&) noexcept = default;
DateParser& DateParser::operator=(DateParser&&) noexcept = default;

std::vector<ParsedDate> DateParser::parse(const Document& document) const {
  const std::string_view normalized = document.normalized().text();
  std::vector<ParsedDate> dates;
  std::size_t covered = 0;  // nothing before this belongs to a new date
  re2::StringPiece input(normalized.data(), normalized.size());
  re2::StringPiece match;
  std::size_t position = 0;
  std::vector<Token> tokens;  // of the text between read_from and read_to
  std::size_t read_from = 0;
  std::size_t read_to = 0;
  // Only the whole match is asked for: RE2 finds it with its DFAs alone, where groups would
  // cost a second, slower pass. The anchor is the match less the edge characters around it.
  while (position < normalized.size() &&
         anchors_->Match(input, position, normalized.size(), RE2::UNANCHORED, &match, 1)) {
    std::size_t anchor = static_cast<std::size_t>(match.data() - normalized.data());
    std::size_t anchor_end = anchor + match.size();
    if (anchor < anchor_end && starts_with_edge(normalized, anchor, anchor_end)) {
      ++anchor;
      while (anchor < anchor_end && is_continuation_byte(normalized[anchor])) ++anchor;
    }
    if (anchor < anchor_end && ends_with_edge(normalized, anchor, anchor_end)) {
      --anchor_end;  // the next match may need this character as its context
      while (anchor_end > anchor && is_continuation_byte(normalized[anchor_end])) --anchor_end;
    }
    position = anchor_end;
    if (anchor < covered) continue;
    // The window: whole tokens around the anchor. It may reach back over the last date found,
    // as context ("December and January"), but no new date starts before its end.
    std::size_t from = anchor > kLookBehind ? anchor - kLookBehind : 0;
    while (from > 0 && normalized[from - 1] != ' ') --from;
    std::size_t to = std::min(normalized.size(), anchor_end + kLookAhead);
    while (to < normalized.size() && normalized[to] != ' ') ++to;
    // Anchors come close together in dated text: the tokens of the last window are kept, less
    // those before this one, and only what is new is read.
    const auto read = [&](std::size_t begin, std::size_t end) {
      for_each_token(normalized.substr(begin, end - begin), [&](std::size_t s, std::size_t e) {
        tokens.push_back(make_token(normalized, begin + s, begin + e));
      });
    };
    if (!tokens.empty() && from >= read_from && from <= read_to) {
      const auto first_kept = std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.span.end > from; });
      tokens.erase(tokens.begin(), first_kept);
      if (to > read_to) read(read_to, to);
      read_to = std::max(read_to, to);
    } else {
      tokens.clear();
      read(from, to);
      read_to = to;
    }
    read_from = from;
    std::size_t anchor_token = 0;
    while (anchor_token < tokens.size() && tokens[anchor_token].span.end <= anchor) ++anchor_token;
    if (anchor_token == tokens.size()) continue;
    const Grammar grammar(tokens, normalized, document, options_);
    const std::size_t first = anchor_token > kMaxLead ? anchor_token - kMaxLead : 0;
    for (std::size_t start = first; start <= anchor_token; ++start) {
      if (tokens[start].span.start < covered) continue;
      std::size_t span_start = start;
      const auto parse = grammar.longest_at(start, span_start);
      if (!parse || parse->end <= anchor_token) continue;
      ParsedDate date;
      const Token& last = tokens[parse->end - 1];
      date.span = {tokens[span_start].span.start,
                   parse->last_token_bytes == 0 ? last.span.end : last.span.start + parse->last_token_bytes};
      date.kind = parse->kind;
      date.from = parse->from;
      date.to = parse->to;
      date.relative = parse->relative;
      dates.push_back(date);
      covered = date.span.end;
      position = std::max(position, covered);
      break;
    }
  }
  return dates;
}

}  // namespace hrtext::detail
