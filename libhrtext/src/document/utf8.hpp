#pragma once

// UTF-8 validation with precise diagnostics, and optional repair.

#include <cstddef>
#include <string>
#include <string_view>

namespace hrtext::detail {

// Whether a byte of UTF-8 continues a multi-byte sequence (10xxxxxx).
[[nodiscard]] inline bool is_continuation_byte(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

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
