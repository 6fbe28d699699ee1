#pragma once

// Tokens of normalised text (see NormalizedView): what phrase matching compares.

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <cstddef>
#include <string_view>

#include "document/byte_scan.hpp"

namespace hrtext::detail {

// A token is a word (a maximal run of letters, digits and combining marks), one ideograph or
// kana (scripts written without spaces match anywhere), or one other character (punctuation,
// symbols). Spaces separate tokens and are no tokens. So "côte d'ivoire" is côte ' d ' ivoire,
// "a/hrc/40" is a / hrc / 40, and 中国政府 is 中 国 政 府.
enum class CharClass : unsigned char { kSpace, kWord, kSingle };

namespace tokens_internal {

constexpr std::array<CharClass, 128> kAscii = [] {
  std::array<CharClass, 128> table{};
  for (unsigned c = 0; c < 128; ++c) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const bool space = c == ' ' || (c >= '\t' && c <= '\r');
    table[c] = word ? CharClass::kWord : space ? CharClass::kSpace : CharClass::kSingle;
  }
  return table;
}();

inline CharClass classify(UChar32 c) {
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return CharClass::kSingle;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) return CharClass::kSingle;
  if (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) return CharClass::kWord;
  return CharClass::kSingle;
}

}  // namespace tokens_internal

// Calls visit(start, end) with the byte span of every token of `text` (valid UTF-8), in order.
template <typename Visit>
void for_each_token(std::string_view text, Visit&& visit) {
  const std::size_t n = text.size();
  const auto byte_at = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  const auto ascii_word = [&](std::size_t at) {
    return byte_at(at) < 0x80 && tokens_internal::kAscii[byte_at(at)] == CharClass::kWord;
  };
  std::size_t i = 0;
  std::size_t word_start = 0;
  bool in_word = false;
  while (i < n) {
    // The common case first: a run of ASCII letters and digits, without per-byte bookkeeping.
    if (ascii_word(i)) {
      if (!in_word) word_start = i, in_word = true;
      i = skip_lower_alnum(text, i + 1);
      while (i < n && ascii_word(i)) ++i;  // capitals (the text need not be normalised)
      continue;
    }
    CharClass cls;
    std::size_t next = i;
    if (byte_at(i) < 0x80) {
      cls = tokens_internal::kAscii[byte_at(i)];
      ++next;
    } else {
      UChar32 c;
      U8_NEXT_UNSAFE(text.data(), next, c);
      cls = tokens_internal::classify(c);
    }
    if (cls == CharClass::kWord) {
      if (!in_word) word_start = i, in_word = true;
    } else {
      if (in_word) visit(word_start, i), in_word = false;
      if (cls == CharClass::kSingle) visit(i, next);
    }
    i = next;
  }
  if (in_word) visit(word_start, n);
}

}  // namespace hrtext::detail
