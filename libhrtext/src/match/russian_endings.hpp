#pragma once

// Russian inflects the words of a name by case: "Российская Федерация" is "в Российской
// Федерации", "с Российской Федерацией". The phrase matcher compares Cyrillic words without
// their inflectional ending, so a name in the gazetteer's nominative finds every case in the
// text. The ending is cut in two steps, which give one stem for all the forms of a word where a
// list of whole endings would not ("Китай", "Китая" and "Китаем" are all "кита"): first an
// ending with a consonant (-ами, -ого, -ом, -ах, -ов...), then the vowels, й and ь at the end,
// but not an и before them (-ия, -ии, -ией keep it: "Германия" is no "Герман"); a stem keeps four
// letters, so that short words keep theirs ("Мали" is not "мало").

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "match/flat_map.hpp"

namespace hrtext::detail {

namespace russian_internal {

// Longest first.
constexpr std::string_view kConsonantEndings[] = {
    "ами", "ями", "ими", "ыми", "ого", "его", "ому", "ему",
    "ах", "ях", "их", "ых", "ам", "ям", "ем", "ём", "им", "ым", "ом", "ев", "ов"};

constexpr std::size_t kLetter = 2;                 // bytes of a Cyrillic letter in UTF-8
constexpr std::size_t kShortestStem = 4 * kLetter;

// The lower-case Russian letters numbered а = 0 ... я = 31, ё = 32; -1 for any other pair of
// bytes. A letter is asked by its number, in a bit mask, not compared as a string.
inline int letter_number(std::string_view word, std::size_t at) {
  const auto lead = static_cast<unsigned char>(word[at]);
  const auto trail = static_cast<unsigned char>(word[at + 1]);
  if (lead == 0xD0 && trail >= 0xB0 && trail <= 0xBF) return trail - 0xB0;       // а..п
  if (lead == 0xD1 && trail >= 0x80 && trail <= 0x8F) return trail - 0x80 + 16;  // р..я
  if (lead == 0xD1 && trail == 0x91) return 32;                                  // ё
  return -1;
}

constexpr std::uint64_t letters(std::initializer_list<int> numbers) {
  std::uint64_t mask = 0;
  for (const int n : numbers) mask |= std::uint64_t{1} << n;
  return mask;
}
constexpr int kI = 8;  // и
// а е и й о у ъ ы ь э ю я ё: cut from the end of a stem.
constexpr std::uint64_t kFinalLetters = letters({0, 5, 8, 9, 14, 19, 26, 27, 28, 29, 30, 31, 32});
// в и м о у х: the last letters of the consonant endings; a word ending otherwise has none.
constexpr std::uint64_t kConsonantEndingLetters = letters({2, 8, 12, 14, 19, 21});

inline bool last_letter_in(std::string_view word, std::uint64_t set) {
  const int number = letter_number(word, word.size() - kLetter);
  return number >= 0 && (set >> number & 1) != 0;
}

// Whether `word` ends with `ending`: fixed-size loads, not a call into libc.
inline bool ends_with(std::string_view word, std::string_view ending) {
  return word.size() >= ending.size() &&
         same_bytes(word.data() + word.size() - ending.size(), ending.data(), ending.size());
}

}  // namespace russian_internal

// `token` (normalised: lower case) without its Russian inflectional ending, or `token` itself
// when it is no Cyrillic word.
inline std::string_view without_russian_ending(std::string_view token) {
  using namespace russian_internal;
  // The letters of Russian are U+0410..U+044F and ё (U+0451): lead bytes D0 and D1.
  const auto lead = static_cast<unsigned char>(token.empty() ? 0 : token[0]);
  if ((lead != 0xD0 && lead != 0xD1) || token.size() <= kShortestStem) return token;
  const std::size_t size = token.size();
  if (last_letter_in(token, kConsonantEndingLetters)) {
    for (const std::string_view ending : kConsonantEndings) {
      if (token.size() >= kShortestStem + ending.size() && ends_with(token, ending)) {
        token.remove_suffix(ending.size());
        break;
      }
    }
  }
  // The и before a cut ending stays: "Германия", "Германии" and "Германией" are "германи", not the
  // name "Герман"; "Нигерия" is not "Нигер".
  bool cut = token.size() < size;
  while (token.size() > kShortestStem && last_letter_in(token, kFinalLetters)) {
    if (cut && letter_number(token, token.size() - kLetter) == kI) break;
    token.remove_suffix(kLetter);
    cut = true;
  }
  return token;
}

}  // namespace hrtext::detail
