#pragma once

// Tokens of normalised text (see NormalizedView): what phrase matching compares.

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "document/words.hpp"
#include "match/byte_classes.hpp"

namespace hrtext::detail {

// A token is a word (a maximal run of word characters, document/words.hpp), one ideograph or
// kana (scripts written without spaces match anywhere), or one other character (punctuation,
// symbols). Spaces separate tokens and are no tokens. So "côte d'ivoire" is côte ' d ' ivoire,
// "a/hrc/40" is a / hrc / 40, and 中国政府 is 中 国 政 府.
enum class CharClass : unsigned char { kSpace, kWord, kSingle };

namespace tokens_internal {

constexpr std::array<CharClass, 128> kAscii = [] {
  std::array<CharClass, 128> table{};
  for (unsigned c = 0; c < 128; ++c) {
    const auto byte = static_cast<unsigned char>(c);
    table[c] = is_ascii_word_byte(byte) ? CharClass::kWord : is_ascii_space(byte) ? CharClass::kSpace : CharClass::kSingle;
  }
  return table;
}();

// The class of a character, from its Unicode properties.
inline CharClass classify_by_properties(UChar32 c) {
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return CharClass::kSingle;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) return CharClass::kSingle;
  if (is_word_character(c)) return CharClass::kWord;
  return CharClass::kSingle;
}

// The classes of the characters of two UTF-8 bytes (U+0080 to U+07FF: the letters of Latin,
// Greek, Cyrillic, Armenian, Hebrew, Arabic...), worked out once: a Russian or Arabic text
// would otherwise ask ICU four questions a letter.
inline const std::array<CharClass, 0x800>& two_byte_classes() {
  static const std::array<CharClass, 0x800> classes = [] {
    std::array<CharClass, 0x800> table{};
    for (UChar32 c = 0; c < 0x800; ++c) table[static_cast<std::size_t>(c)] = classify_by_properties(c);
    return table;
  }();
  return classes;
}

// The class of a character beyond ASCII.
inline CharClass classify(UChar32 c) {
  if (c < 0x800) return two_byte_classes()[static_cast<std::size_t>(c)];
  // The CJK Unified Ideographs, every one of them assigned and ideographic: most characters of
  // a Chinese text, answered without asking ICU.
  if (c >= 0x4E00 && c <= 0x9FFF) return CharClass::kSingle;
  return classify_by_properties(c);
}

}  // namespace tokens_internal

// The tokens of `text` (valid UTF-8) one after the other. A loop over next() keeps the work on
// each token inline in the caller: the phrase matcher visits over a million tokens a second
// megabyte, and a callback called from two places in the tokeniser was not inlined. The ends of
// words and of runs of spaces come from masks of 64 bytes (byte_classes.hpp); characters
// beyond ASCII are classified one by one.
class TokenCursor {
 public:
  explicit TokenCursor(std::string_view text) : text_(text) {}

  // The next token for which pass(start, end) is true, passing over the others; false after
  // the last. The same as calling next() until pass() says yes, but the tokens of a block of 64
  // ASCII bytes are read from its masks alone: the phrase matcher turns most tokens away on
  // their first bytes, and this is how it reads them.
  template <typename Pass>
  [[gnu::always_inline]] bool next_passing(std::size_t& start, std::size_t& end, Pass&& pass) {
    while (true) {
      if (at_ < text_.size() && (at_ & ~std::size_t{63}) == block_ && masks_.high == 0) {
        // Token starts from at_ on: a word byte after none, or a byte of punctuation.
        const ByteClassMasks& m = masks_;
        const std::uint64_t punctuation = ~(m.word | m.space);
        std::uint64_t starts = ((m.word & ~(m.word << 1)) | punctuation) & valid_ & (~std::uint64_t{0} << (at_ - block_));
        while (starts != 0) {
          const auto s = static_cast<unsigned>(std::countr_zero(starts));
          unsigned length = 1;
          if ((m.word >> s & 1) != 0) {
            const std::uint64_t after_word = ~m.word >> s;
            // A word that reaches the end of the block may go on in the next: read it below.
            if (after_word == 0) break;
            length = static_cast<unsigned>(std::countr_zero(after_word));
          }
          start = block_ + s;
          end = at_ = start + length;
          if (pass(start, end)) return true;
          starts &= starts - 1;
        }
        if (starts == 0) at_ = std::max(at_, std::min(block_ + 64, text_.size()));  // only spaces left
        else at_ = block_ + static_cast<unsigned>(std::countr_zero(starts));
      }
      if (!next(start, end)) return false;
      if (pass(start, end)) return true;
    }
  }

  // The byte span of the next token in [start, end); false after the last.
  [[gnu::always_inline]] bool next(std::size_t& start, std::size_t& end) {
    std::size_t i = at_;
    while (true) {
      i = skip<&ByteClassMasks::space>(i);
      if (i >= text_.size()) return false;
      if (byte_at(i) < 0x80) break;
      std::size_t after = i;
      const CharClass cls = class_beyond_ascii(i, after);
      if (cls != CharClass::kSpace) {
        start = i;
        end = at_ = cls == CharClass::kWord ? word_end(after) : after;
        return true;
      }
      i = after;
    }
    start = i;
    end = at_ = tokens_internal::kAscii[byte_at(i)] == CharClass::kWord ? word_end(i + 1) : i + 1;
    return true;
  }

 private:
  [[nodiscard]] unsigned char byte_at(std::size_t at) const { return static_cast<unsigned char>(text_[at]); }

  // The end of a word read up to `from`: ASCII letters and digits, then perhaps a letter of
  // another script, and so on.
  [[gnu::always_inline]] std::size_t word_end(std::size_t from) {
    while (true) {
      from = skip<&ByteClassMasks::word>(from);
      std::size_t after = from;
      if (from >= text_.size() || byte_at(from) < 0x80 || class_beyond_ascii(from, after) != CharClass::kWord) {
        return from;
      }
      from = after;
    }
  }

  // The first offset at or after `from` whose byte is not in the class `Member` of the masks,
  // or text.size().
  template <std::uint64_t ByteClassMasks::*Member>
  [[gnu::always_inline]] std::size_t skip(std::size_t from) {
    while (from < text_.size()) {
      const std::size_t block = from & ~std::size_t{63};
      if (block != block_) load(block);
      // Shifting brings in zeros: bytes of the next block, looked at in the next round.
      const std::uint64_t others = ~(masks_.*Member) >> (from - block);
      if (others != 0) return std::min(from + static_cast<std::size_t>(std::countr_zero(others)), text_.size());
      from = block + 64;
    }
    return text_.size();
  }

  void load(std::size_t block) {
    block_ = block;
    if (block + 64 <= text_.size()) {
      masks_ = classify_64(text_.data() + block);
      valid_ = ~std::uint64_t{0};
      return;
    }
    std::array<char, 64> padded{};  // NUL is neither a word character nor a space
    std::memcpy(padded.data(), text_.data() + block, text_.size() - block);
    masks_ = classify_64(padded.data());
    valid_ = (std::uint64_t{1} << (text_.size() - block)) - 1;
  }

  // The class of the character of more than one byte at `at`; `after` is set to where the
  // next one starts. A character of two bytes (the letters of Cyrillic, Arabic, Greek...) from
  // the table, inline; the others out of the inline path.
  [[gnu::always_inline]] CharClass class_beyond_ascii(std::size_t at, std::size_t& after) const {
    const unsigned char lead = byte_at(at);
    if (lead < 0xE0 && at + 1 < text_.size()) {
      after = at + 2;
      const auto code_point = static_cast<std::size_t>((lead & 0x1F) << 6 | (byte_at(at + 1) & 0x3F));
      return tokens_internal::two_byte_classes()[code_point];
    }
    return class_of_non_ascii(at, after);
  }
  [[gnu::noinline]] CharClass class_of_non_ascii(std::size_t at, std::size_t& after) const {
    UChar32 c;
    after = at;
    U8_NEXT_UNSAFE(text_.data(), after, c);
    return tokens_internal::classify(c);
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::size_t block_ = SIZE_MAX;  // the offset of the 64 bytes masks_ describes
  ByteClassMasks masks_;
  std::uint64_t valid_ = 0;  // the bytes of the block within the text
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
