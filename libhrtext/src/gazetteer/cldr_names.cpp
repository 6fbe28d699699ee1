#include "gazetteer/cldr_names.hpp"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>

namespace hrtext::detail {
namespace {

// The six UN languages, and the other languages whose letters we read (German, Portuguese,
// Italian).
constexpr const char* kLanguages[] = {"en", "fr", "es", "ru", "zh", "zh_Hant", "ar", "de", "pt", "it"};

// ISO 3166-1 alpha-3 -> the region's names, for every region ICU knows, plus Kosovo (XK is a
// user-assigned code that CLDR names but ISO does not list). Built once per process.
const std::map<std::string, std::vector<std::string>, std::less<>>& names_by_alpha3() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> table = [] {
    std::vector<std::unique_ptr<icu::LocaleDisplayNames>> displays;
    for (const char* language : kLanguages) {
      for (UDisplayContext length : {UDISPCTX_LENGTH_FULL, UDISPCTX_LENGTH_SHORT}) {
        UDisplayContext contexts[] = {length};
        std::unique_ptr<icu::LocaleDisplayNames> display(
            icu::LocaleDisplayNames::createInstance(icu::Locale(language), contexts, 1));
        if (display) displays.push_back(std::move(display));
      }
    }
    std::map<std::string, std::string> alpha2_by_alpha3{{"XKX", "XK"}};
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
      alpha2_by_alpha3.emplace(icu::Locale("und", *code).getISO3Country(), *code);
    }
    std::map<std::string, std::vector<std::string>, std::less<>> result;
    for (const auto& [alpha3, alpha2] : alpha2_by_alpha3) {
      std::vector<std::string>& names = result[alpha3];
      for (const auto& display : displays) {
        icu::UnicodeString name;
        display->regionDisplayName(alpha2.c_str(), name);
        std::string utf8;
        name.toUTF8String(utf8);
        if (utf8.empty() || utf8 == alpha2) continue;  // CLDR has no name
        if (std::find(names.begin(), names.end(), utf8) == names.end()) names.push_back(utf8);
      }
    }
    return result;
  }();
  return table;
}

}  // namespace

const std::vector<std::string>& cldr_region_names(std::string_view alpha3) {
  static const std::vector<std::string> kNone;
  const auto& table = names_by_alpha3();
  const auto found = table.find(alpha3);
  return found == table.end() ? kNone : found->second;
}

}  // namespace hrtext::detail
