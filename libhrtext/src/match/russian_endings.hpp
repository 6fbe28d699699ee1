#pragma once

// Russian inflects the words of a name by case: "Российская Федерация" is "в Российской
// Федерации", "с Российской Федерацией". The phrase matcher compares Cyrillic words without
// their inflectional ending, so a name in the gazetteer's nominative finds every case in the
// text. The ending is cut in two steps, which give one stem for all the forms of a word where a
// list of whole endings would not ("Китай", "Китая" and "Китаем" are all "кита"): first an
// ending with a consonant (-ами, -ого, -ом, -ах, -ов...), then the vowels, й and ь at the end;
// a stem keeps four letters, so that short words keep theirs ("Мали" is not "мало").

#include <cstddef>
#include <string_view>

namespace hrtext::detail {

namespace russian_internal {

// Longest first.
constexpr std::string_view kConsonantEndings[] = {
    "ами", "ями", "ими", "ыми", "ого", "его", "ому", "ему",
    "ах", "ях", "их", "ых", "ам", "ям", "ем", "ём", "им", "ым", "ом", "ев", "ов"};
constexpr std::string_view kFinalLetters[] = {"а", "е", "ё", "и", "й", "о", "у", "ы", "ь", "ъ", "э", "ю", "я"};

constexpr std::size_t kLetter = 2;                 // bytes of a Cyrillic letter in UTF-8
constexpr std::size_t kShortestStem = 4 * kLetter;

inline bool ends_in_final_letter(std::string_view word) {
  for (const std::string_view letter : kFinalLetters) {
    if (word.ends_with(letter)) return true;
  }
  return false;
}

}  // namespace russian_internal

// `token` (normalised: lower case) without its Russian inflectional ending, or `token` itself
// when it is no Cyrillic word.
inline std::string_view without_russian_ending(std::string_view token) {
  using namespace russian_internal;
  // The letters of Russian are U+0410..U+044F and ё (U+0451): lead bytes D0 and D1.
  const auto lead = static_cast<unsigned char>(token.empty() ? 0 : token[0]);
  if ((lead != 0xD0 && lead != 0xD1) || token.size() <= kShortestStem) return token;
  for (const std::string_view ending : kConsonantEndings) {
    if (token.size() >= kShortestStem + ending.size() && token.ends_with(ending)) {
      token.remove_suffix(ending.size());
      break;
    }
  }
  while (token.size() > kShortestStem && ends_in_final_letter(token)) token.remove_suffix(kLetter);
  return token;
}

}  // namespace hrtext::detail
