#include "signatories/item_form.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "document/ascii_case.hpp"
#include "signatories/introduction.hpp"
#include "signatories/item_cleaning.hpp"
#include "signatories/line_kinds.hpp"

namespace hrtext::detail {
namespace {

// Names are short: a longer item is a sentence, whatever it holds.
constexpr std::size_t kMostWords = 14;
constexpr std::size_t kMostCapitalisedWords = 8;


bool is_acronym_word(std::string_view word) {
  std::size_t capitals = 0;
  for (const char c : word) {
    if (c >= 'A' && c <= 'Z') {
      ++capitals;
    } else if (!((c >= '0' && c <= '9') || c == '-' || c == '&' || c == '.' || c == '\'')) {
      return false;
    }
  }
  return capitals >= 2;
}

// The trailing punctuation of a word ("Network," "Foundation.") is no part of it.
std::string_view bare(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ';' || word.back() == ')')) {
    word.remove_suffix(1);
  }
  while (!word.empty() && (word.front() == '(' || word.front() == '"')) word.remove_prefix(1);
  return word;
}

// "Network", and "Network-Africa", "Centre-Kenya": a head noun, alone or before a hyphen.
bool holds_head_noun(std::string_view word) {
  word = bare(word);
  const std::size_t hyphen = word.find('-');
  return names_a_kind_of_organisation(word) ||
         (hyphen != std::string_view::npos && names_a_kind_of_organisation(word.substr(0, hyphen)));
}

}  // namespace

bool starts_with_capital(std::string_view word) {
  std::size_t i = 0;
  UChar32 first = -1;
  if (!word.empty()) U8_NEXT(word.data(), i, word.size(), first);
  if (first < 0) return false;
  if (u_isupper(first) || u_istitle(first) || u_isdigit(first)) return true;  // "350.org"
  if (u_islower(first)) {  // "iFreedom Uganda", "eQualit.ie"
    UChar32 second = -1;
    if (i < word.size()) U8_NEXT(word.data(), i, word.size(), second);
    return second >= 0 && u_isupper(second);
  }
  if (u_isalpha(first)) return true;  // a script without case: Arabic, Chinese
  return first == '"' || first == '\'' || first == '(';
}

ItemForm item_form(std::string_view name, bool known) {
  if (known) return ItemForm::kKnownName;
  const std::vector<std::string_view> words = words_of(name);
  if (words.empty()) return ItemForm::kOther;
  if (words.size() > kMostWords) return ItemForm::kFragment;
  // A sentence inside ("Human Rights Watch. The five groups cautioned ..."), or a word of one.
  for (std::size_t w = 0; w + 1 < words.size(); ++w) {
    const std::string_view rest(words[w].data(), static_cast<std::size_t>(name.data() + name.size() - words[w].data()));
    if (words[w].ends_with('.') && words[w].size() > 3 && starts_with_capital(words[w + 1]) &&
        !is_dotted_abbreviation(words[w]) && !has_personal_title(rest)) {  // "Prof. Anneke Vermeer"
      return ItemForm::kFragment;
    }
  }
  if (holds_prose_word(name) || only_kinds_of_signers(name)) return ItemForm::kFragment;
  // A count ("22 countries", "35 other organisations", "Doce países de América Latina") names no one.
  if ((name.front() >= '0' && name.front() <= '9') ||
      (opens_like_number(ascii_lower(words.front().substr(0, 2))) && number_of(ascii_lower(words.front())))) {
    if (read_introduction(name).stated) return ItemForm::kFragment;
  }
  if (std::any_of(words.begin(), words.end(), holds_head_noun)) {
    return ItemForm::kOrganisation;
  }
  // Capitals that spell words are no acronym ("QUALITY EDUCATION", "REDUCED INEQUALITIES").
  const bool shouted = words.size() > 1 && std::all_of(words.begin(), words.end(), [](std::string_view word) {
    constexpr std::size_t kLongestAcronym = 5;  // letters: "CIVICUS" and "QUALITY" are alike, two of them are not
    return bare(word).size() > kLongestAcronym && is_acronym_word(bare(word));
  });
  if (words.size() <= 3 && !shouted && is_acronym_word(bare(words.front()))) return ItemForm::kAcronym;
  if (has_personal_title(name) || reads_as_person_name(name) || person_before_affiliation(name) != std::string_view::npos) {
    return ItemForm::kPerson;
  }
  if (!starts_with_capital(words.front()) || words.size() > kMostCapitalisedWords) return ItemForm::kOther;
  // Most words capitalised, the rest particles: a name, not a phrase ("Derechos Digitales",
  // not "Release all detained defenders").
  const auto capitalised = std::count_if(words.begin(), words.end(), [](std::string_view word) {
    return starts_with_capital(word);
  });
  return 2 * static_cast<std::size_t>(capitalised) > words.size() ? ItemForm::kCapitalised : ItemForm::kOther;
}

double name_weight(ItemForm form) noexcept {
  switch (form) {
    case ItemForm::kKnownName: return 1.0;
    case ItemForm::kOrganisation: return 0.9;
    case ItemForm::kAcronym: return 0.8;
    case ItemForm::kPerson: return 0.7;
    case ItemForm::kCapitalised: return 0.5;
    case ItemForm::kOther: return 0.1;  // little, but more than a fragment's nothing
    case ItemForm::kFragment: return 0.0;
  }
  return 0.0;
}

}  // namespace hrtext::detail
