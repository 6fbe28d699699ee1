#pragma once

// ASCII case folding for the short words and phrases that rules compare with lower-case lists:
// A-Z lowered, every other byte (UTF-8 included) kept as it is.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace hrtext::detail {

[[nodiscard]] inline char ascii_lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

[[nodiscard]] inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Whether `text` ends with `lower_suffix` (in lower case) in any ASCII case; no copy is made.
[[nodiscard]] inline bool ends_with_folded(std::string_view text, std::string_view lower_suffix) noexcept {
  if (text.size() < lower_suffix.size()) return false;
  const std::size_t offset = text.size() - lower_suffix.size();
  for (std::size_t i = 0; i < lower_suffix.size(); ++i) {
    if (ascii_lower(text[offset + i]) != lower_suffix[i]) return false;
  }
  return true;
}

// Whether `text` starts with `lower_prefix` (in lower case) in any ASCII case; no copy is made.
[[nodiscard]] inline bool starts_with_folded(std::string_view text, std::string_view lower_prefix) noexcept {
  if (text.size() < lower_prefix.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    if (ascii_lower(text[i]) != lower_prefix[i]) return false;
  }
  return true;
}

// Whether `text` is `lower_word` (in lower case) in any ASCII case; no copy is made.
[[nodiscard]] inline bool equals_folded(std::string_view text, std::string_view lower_word) noexcept {
  return text.size() == lower_word.size() && starts_with_folded(text, lower_word);
}

// A list of words in lower case that rules ask of every word of a text ("is it a title?"):
// sorted once by length, then by byte, and searched in any ASCII case without a copy.
template <std::size_t N>
class FoldedWords {
 public:
  constexpr explicit FoldedWords(const std::array<std::string_view, N>& lower_words) : words_(lower_words) {
    std::sort(words_.begin(), words_.end(), [](std::string_view a, std::string_view b) {
      return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
  }

  [[nodiscard]] bool contains(std::string_view word) const noexcept {
    const auto before = [](std::string_view lower_word, std::string_view text) {
      if (lower_word.size() != text.size()) return lower_word.size() < text.size();
      for (std::size_t i = 0; i < text.size(); ++i) {
        const auto a = static_cast<unsigned char>(lower_word[i]);
        const auto b = static_cast<unsigned char>(ascii_lower(text[i]));
        if (a != b) return a < b;
      }
      return false;
    };
    const auto found = std::lower_bound(words_.begin(), words_.end(), word, before);
    return found != words_.end() && equals_folded(word, *found);
  }

 private:
  std::array<std::string_view, N> words_;
};

// Letters each followed by a full stop ("H.I.J.O.S.", "e.V.", "U.S."), two at least: an
// abbreviation, whose last full stop ends no sentence.
[[nodiscard]] inline bool is_dotted_abbreviation(std::string_view word) noexcept {
  if (word.size() < 4 || word.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < word.size(); i += 2) {
    const char c = word[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) || word[i + 1] != '.') return false;
  }
  return true;
}

// The decimal number that opens `text`, of `most` digits at most: its value and how many bytes
// it takes (length 0 where `text` opens with no digit).
struct LeadingDigits {
  std::size_t value = 0;
  std::size_t length = 0;
};
[[nodiscard]] inline LeadingDigits leading_digits(std::string_view text, std::size_t most) noexcept {
  LeadingDigits number;
  while (number.length < text.size() && number.length < most && text[number.length] >= '0' &&
         text[number.length] <= '9') {
    number.value = number.value * 10 + static_cast<std::size_t>(text[number.length++] - '0');
  }
  return number;
}

}  // namespace hrtext::detail
