#pragma once

// Words, by one definition for every layer: a word character is a letter, a digit or a
// combining mark of any script ("côte", "Кыргызстан", "٢٠١٩"); a word is a run of them, with an
// apostrophe or hyphen between two of them joining ("People's", "Al-Haq", "pro-Government").
// "Written with a capital" is an upper-case or title-case letter. The text is valid UTF-8 (a
// Document's original text or its normalised view); the ASCII cases are answered without ICU.

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document/byte_scan.hpp"

namespace hrtext::detail {

// The code point at `i`, `i` moved past it. A view cut inside a character (a reach of bytes
// taken from valid text) reads no byte past its end: the piece is U+FFFD.
inline UChar32 next_code_point(std::string_view text, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) {
    ++i;
    return byte;
  }
  UChar32 c;
  U8_NEXT(text.data(), i, text.size(), c);
  return c < 0 ? 0xFFFD : c;
}

// The code point that ends at `end` (> 0), `start` set to where it begins; no byte before the
// view's start is read.
inline UChar32 code_point_before(std::string_view text, std::size_t end, std::size_t& start) {
  start = end;
  U8_BACK_1(reinterpret_cast<const std::uint8_t*>(text.data()), 0, start);
  std::size_t next = start;
  return next_code_point(text, next);
}

inline bool is_word_character(UChar32 c) {
  if (c < 0x80) return is_ascii_word_byte(static_cast<unsigned char>(c));
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// White space, ASCII or not (a no-break space between the words of a name does not break it).
inline bool is_white_space(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c >= 0x80 && u_isUWhiteSpace(c));
}

// An apostrophe (straight or typographic) or a hyphen: joins two words into one.
inline bool is_word_joiner(UChar32 c) { return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010; }

inline bool is_capital(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}

// Whether the character at `at` is a capital ("Élections", "Комитет").
inline bool capital_at(std::string_view text, std::size_t at) {
  return at < text.size() && is_capital(next_code_point(text, at));
}

// Whether a word character starts at `at` / ends right before `at`.
inline bool word_character_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  return is_word_character(next_code_point(text, at));
}
inline bool word_character_before(std::string_view text, std::size_t at) {
  if (at == 0) return false;
  std::size_t start = 0;
  return is_word_character(code_point_before(text, at, start));
}

// Whether `at` is a border of word characters on that side: a phrase found at `at` starts a
// word ("join" is not in "adjoining"; "assemblée" starts one in "l'assemblée"), one ending at
// `at` ends a word.
inline bool starts_word_at(std::string_view text, std::size_t at) { return !word_character_before(text, at); }
inline bool ends_word_at(std::string_view text, std::size_t at) { return !word_character_at(text, at); }

// Whether a joined word (word_end) starts at `at`: a border of word characters, and no joiner
// after a word character ("Haq" starts no word in "Al-Haq", nor "s" in "People's").
inline bool starts_joined_word_at(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  const auto byte = static_cast<unsigned char>(text[at - 1]);
  if (byte < 0x80 && byte != '\'' && byte != '-') return !is_ascii_word_byte(byte);  // most often
  std::size_t before = 0;
  const UChar32 c = code_point_before(text, at, before);
  return !is_word_character(c) && !(is_word_joiner(c) && word_character_before(text, before));
}

// The start of the run of word characters that ends at `end` (`end` when there is none).
inline std::size_t word_characters_start(std::string_view text, std::size_t end) {
  std::size_t start = end;
  for (std::size_t before = 0; start > 0 && is_word_character(code_point_before(text, start, before));) start = before;
  return start;
}

// The end of the word whose first word character is at `start`: word characters, with joiners
// between two of them.
inline std::size_t word_end(std::string_view text, std::size_t start) {
  std::size_t end = start;
  next_code_point(text, end);
  while (true) {
    end = skip_ascii_alnum(text, end);  // the common case, eight bytes at a time
    if (end >= text.size()) break;
    std::size_t after = end;
    const UChar32 c = next_code_point(text, after);
    if (is_word_character(c) || (is_word_joiner(c) && word_character_at(text, after))) {
      end = after;
      continue;
    }
    break;
  }
  return end;
}

}  // namespace hrtext::detail
