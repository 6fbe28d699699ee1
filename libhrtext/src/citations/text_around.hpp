#pragma once

// Reading the normalised text around a name or a number.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace hrtext::detail {

// The word (letters, digits, any non-ASCII character) that ends right before `at`, spaces
// skipped; or "". Used for the possessives that refer back: "its resolution", "its article 13".
inline std::string_view word_before(std::string_view text, std::size_t at) {
  const auto in_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
  };
  while (at > 0 && text[at - 1] == ' ') --at;
  std::size_t start = at;
  while (start > 0 && in_word(text[start - 1])) --start;
  return text.substr(start, at - start);
}

// Whether a word is a possessive that refers back to what the text named before: "its
// resolution" (the body's), "its Optional Protocol" (the instrument's); in English, French and
// Spanish.
inline bool is_possessive(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kPossessives = {"its", "their", "son", "sa", "ses", "su", "sus"};
  return std::find(kPossessives.begin(), kPossessives.end(), word) != kPossessives.end();
}

}  // namespace hrtext::detail
