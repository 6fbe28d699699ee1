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

// The tokens of `text` (valid UTF-8) one after the other. A loop over next() keeps the work on
// each token inline in the caller: the phrase matcher visits over a million tokens a second
// megabyte, and a callback called from two places in the tokeniser was not inlined.
class TokenCursor {
 public:
  explicit TokenCursor(std::string_view text) : text_(text) {}

  // The byte span of the next token in [start, end); false after the last.
  [[gnu::always_inline]] bool next(std::size_t& start, std::size_t& end) {
    const std::size_t n = text_.size();
    std::size_t i = at_;
    std::size_t after = i;
    CharClass cls = CharClass::kSpace;
    while (i < n && (cls = class_at(i, after)) == CharClass::kSpace) i = after;
    if (i >= n) return false;
    start = i;
    i = after;
    if (cls == CharClass::kWord) {
      while (true) {
        // The common case first: ASCII letters and digits; then a letter of another script.
        i = skip_ascii_alnum(text_, i);
        if (i >= n || byte_at(i) < 0x80 || class_at(i, after) != CharClass::kWord) break;
        i = after;
      }
    }
    end = at_ = i;
    return true;
  }

 private:
  [[nodiscard]] unsigned char byte_at(std::size_t at) const { return static_cast<unsigned char>(text_[at]); }

  // The class of the character at `at`; `after` is set to where the next one starts.
  [[gnu::always_inline]] CharClass class_at(std::size_t at, std::size_t& after) const {
    if (byte_at(at) < 0x80) {
      after = at + 1;
      return tokens_internal::kAscii[byte_at(at)];
    }
    return class_of_non_ascii(at, after);
  }

  // The same for a character of more than one byte, out of the inline path.
  [[gnu::noinline]] CharClass class_of_non_ascii(std::size_t at, std::size_t& after) const {
    UChar32 c;
    after = at;
    U8_NEXT_UNSAFE(text_.data(), after, c);
    return tokens_internal::classify(c);
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

// Calls visit(start, end) with the byte span of every token of `text` (valid UTF-8), in order.
template <typename Visit>
void for_each_token(std::string_view text, Visit&& visit) {
  TokenCursor tokens(text);
  std::size_t start = 0;
  std::size_t end = 0;
  while (tokens.next(start, end)) visit(start, end);
}

}  // namespace hrtext::detail
