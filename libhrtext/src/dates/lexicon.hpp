#pragma once

// The words of dates: month and weekday names in English, French and Spanish from ICU's CLDR
// data (wide and abbreviated, format and stand-alone forms), and the words of relative dates.
// Every word is stored normalised (NormalizedView), as the parser reads the normalised text.

#include <cstdint>
#include <string_view>
#include <vector>

#include "match/flat_map.hpp"

namespace hrtext::detail {

class DateLexicon {
 public:
  // What a word of a date is. Values: a month 1-12, a weekday 1 (Monday) - 7, a unit, a number.
  enum class Role : std::uint8_t {
    kNone,
    kMonth,
    kWeekday,
    kUnit,          // day, week, month, year (value: Unit)
    kNumberWord,    // one ... twelve, a, an (value: the number)
    kLast,          // last, previous, dernier, pasado
    kNext,          // next, coming, prochain, próximo
    kThis,          // this, current, cette, este
    kEarlier,       // earlier, plus tôt
    kLater,         // later
    kAgo,           // ago
    kToday,
    kYesterday,
    kTomorrow,
    kRangeTo,       // to, until, till, through, au, al, a, hasta, jusqu'au
    kAnd,           // and, et, y
    kBetween,       // between, entre
    kFrom,          // from, du, del, de, desde
    kTemporal,      // in, since, by, during, before, after, early, late, mid, en, depuis, ...
    kOf,            // of, de (inside a date: "30th of January", "30 de enero de 2019")
    kDecadeWord,    // années (les années 1990)
    kCentury,       // century, siècle, siglo
  };
  enum Unit : std::uint8_t { kDay = 1, kWeek = 2, kMonthUnit = 3, kYear = 4 };

  struct Entry {
    Role role = Role::kNone;
    std::uint8_t value = 0;
    bool abbreviation = false;  // a month name only in its short form ("jan", "sept", "janv")
  };

  // Built once per process (ICU data is read then); thread-safe.
  [[nodiscard]] static const DateLexicon& get();

  [[nodiscard]] Entry find(std::string_view normalized_word) const {
    const std::uint32_t id = words_.find(normalized_word);
    return id == FlatStringIds::kMissing ? Entry{} : entries_[id];
  }
  // Every month and weekday name (normalised), for the candidate scan.
  [[nodiscard]] const FlatStringIds& words() const noexcept { return words_; }

 private:
  DateLexicon();
  void add(std::string_view word, Role role, std::uint8_t value = 0, bool abbreviation = false);

  FlatStringIds words_;
  std::vector<Entry> entries_;
};

}  // namespace hrtext::detail
