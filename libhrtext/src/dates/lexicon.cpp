#include "dates/lexicon.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "document/normalizer.hpp"
#include "hrtext/error.hpp"

namespace hrtext::detail {
namespace {

// Languages whose month and weekday names dates are read in.
constexpr const char* kLanguages[] = {"en", "fr", "es"};

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

const DateLexicon& DateLexicon::get() {
  static const DateLexicon lexicon;
  return lexicon;
}

void DateLexicon::add(std::string_view word, Role role, std::uint8_t value, bool abbreviation) {
  // Normalised like the text ("Février" -> "février"), without a final full stop ("janv.").
  std::string normalized = NormalizedViewBuilder::build(word).text();
  while (!normalized.empty() && (normalized.back() == '.' || normalized.back() == ' ')) normalized.pop_back();
  if (normalized.empty()) return;
  const std::uint32_t id = words_.intern(normalized);
  if (id >= entries_.size()) entries_.resize(id + 1);
  if (entries_[id].role == Role::kNone) {
    entries_[id] = {role, value, abbreviation};  // the first meaning wins
  } else if (entries_[id].role == role && entries_[id].value == value && !abbreviation) {
    entries_[id].abbreviation = false;  // also a full name ("mai", "juin")
  }
}

DateLexicon::DateLexicon() {
  // English words that CLDR also lists as a month abbreviation ("ago." is agosto in Spanish):
  // the first meaning added wins, and in these texts it is the English word.
  add("ago", Role::kAgo);
  using Context = icu::DateFormatSymbols::DtContextType;
  using Width = icu::DateFormatSymbols::DtWidthType;
  for (const char* language : kLanguages) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale(language), status);
    if (U_FAILURE(status)) {
      throw Error(std::string("ICU has no date symbols for '") + language + "': " + u_errorName(status));
    }
    for (Context context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
      for (Width width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        int32_t count = 0;
        const icu::UnicodeString* months = symbols.getMonths(count, context, width);
        const bool short_form = width == icu::DateFormatSymbols::ABBREVIATED;
        for (int32_t m = 0; m < count && m < 12; ++m) {
          add(utf8(months[m]), Role::kMonth, static_cast<std::uint8_t>(m + 1), short_form);
        }
        // Only whole weekday names: "Sun", "Sat", "Wed" are ordinary words too. ICU numbers
        // weekdays from Sunday = 1; ours run from Monday = 1.
        if (width != icu::DateFormatSymbols::WIDE) continue;
        const icu::UnicodeString* weekdays = symbols.getWeekdays(count, context, width);
        for (int32_t d = 1; d < count && d <= 7; ++d) {
          add(utf8(weekdays[d]), Role::kWeekday, static_cast<std::uint8_t>(d == 1 ? 7 : d - 1));
        }
      }
    }
  }
  // Abbreviations CLDR does not list but texts use.
  add("Sept", Role::kMonth, 9, true);
  add("Febr", Role::kMonth, 2, true);
  add("setiembre", Role::kMonth, 9);

  for (const char* w : {"day", "days", "jour", "jours", "día", "días"}) add(w, Role::kUnit, kDay);
  for (const char* w : {"week", "weeks", "semaine", "semaines", "semana", "semanas"}) add(w, Role::kUnit, kWeek);
  for (const char* w : {"month", "months", "mois", "mes", "meses"}) add(w, Role::kUnit, kMonthUnit);
  for (const char* w : {"year", "years", "année", "années", "an", "ans", "año", "años"}) add(w, Role::kUnit, kYear);
  const char* numbers[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (std::uint8_t n = 0; n < 12; ++n) add(numbers[n], Role::kNumberWord, static_cast<std::uint8_t>(n + 1));
  add("a", Role::kNumberWord, 1);
  add("an", Role::kNumberWord, 1);
  for (const char* w : {"last", "previous", "dernier", "dernière", "passé", "passée", "pasado", "pasada"}) add(w, Role::kLast);
  for (const char* w : {"next", "coming", "prochain", "prochaine", "próximo", "próxima", "siguiente"}) add(w, Role::kNext);
  for (const char* w : {"this", "current", "cette", "ce", "cet", "este", "esta"}) add(w, Role::kThis);
  add("earlier", Role::kEarlier);
  add("later", Role::kLater);
  for (const char* w : {"today", "hoy"}) add(w, Role::kToday);
  for (const char* w : {"yesterday", "hier", "ayer"}) add(w, Role::kYesterday);
  for (const char* w : {"tomorrow", "demain"}) add(w, Role::kTomorrow);
  for (const char* w : {"to", "until", "till", "through", "thru", "au", "al", "hasta", "jusqu"}) add(w, Role::kRangeTo);
  for (const char* w : {"and", "et", "y"}) add(w, Role::kAnd);
  for (const char* w : {"between", "entre"}) add(w, Role::kBetween);
  for (const char* w : {"from", "du", "del", "desde"}) add(w, Role::kFrom);
  for (const char* w : {"in", "into", "since", "by", "during", "before", "after", "early", "late", "mid",
                        "throughout", "around", "circa", "on", "en", "depuis", "dès", "durante", "antes",
                        "después", "avant", "après", "début", "fin", "principios", "finales", "mediados",
                        "the", "le", "la", "el", "los", "las", "les", "end", "beginning", "spring",
                        "summer", "autumn", "winter", "fall"}) {
    add(w, Role::kTemporal);
  }
  for (const char* w : {"of", "de", "d"}) add(w, Role::kOf);
  add("années", Role::kDecadeWord);
  for (const char* w : {"century", "siècle", "siglo"}) add(w, Role::kCentury);
}

}  // namespace hrtext::detail
