#pragma once

// UTF-8 validation with precise diagnostics, and optional repair; code point counting.

#include <cstddef>
#include <string>
#include <string_view>

#include "document/byte_scan.hpp"

namespace hrtext::detail {

// Whether a byte of UTF-8 continues a multi-byte sequence (10xxxxxx).
[[nodiscard]] inline bool is_continuation_byte(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Converts byte offsets to code point offsets by counting from the last answer, forwards or
// backwards: for the sorted spans of an extractor one pass over the text, where
// Document::to_code_point would search for each.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view valid_utf8) : text_(valid_utf8) {}

  // The code point offset of `byte` (on a code point boundary, at most the text's size).
  [[nodiscard]] std::size_t at(std::size_t byte) {
    if (byte >= byte_) {
      code_point_ += count_code_points(text_.substr(byte_, byte - byte_));
    } else {
      code_point_ -= count_code_points(text_.substr(byte, byte_ - byte));
    }
    byte_ = byte;
    return code_point_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t code_point_ = 0;
};

struct RepairedUtf8 {
  std::string text;
  std::size_t replacements = 0;
};

// Returns `input` unchanged when it is well-formed UTF-8. Otherwise throws InvalidUtf8Error
// naming the first ill-formed sequence, or, with `replace_invalid`, returns the text with each
// maximal ill-formed subpart replaced by U+FFFD (Unicode Standard, section 3.9, U+FFFD
// substitution of maximal subparts).
[[nodiscard]] RepairedUtf8 validate_utf8(std::string_view input, bool replace_invalid);

}  // namespace hrtext::detail
