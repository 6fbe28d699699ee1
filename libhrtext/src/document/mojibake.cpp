#include "document/mojibake.hpp"

#include <unicode/utf8.h>

#include <array>
#include <cstdint>

namespace hrtext::detail {
namespace {

// The characters that Windows-1252 puts at bytes 0x80-0x9F (0: a byte it leaves undefined,
// which text read through it keeps as the C1 control of the same number).
constexpr std::array<char32_t, 32> kWindows1252High = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

// The Windows-1252 byte of `c`, or -1 when it has none.
int windows_1252_byte(char32_t c) {
  if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return static_cast<int>(c);
  for (std::size_t b = 0; b < kWindows1252High.size(); ++b) {
    if (kWindows1252High[b] == c) return static_cast<int>(0x80 + b);
  }
  return -1;
}

}  // namespace

std::optional<std::string> repair_mojibake(std::string_view text) {
  // Every UTF-8 lead byte read as Windows-1252 is a letter from "Â" to "ô" (0xC2-0xF4): no
  // such letter, no mojibake (most names stop here).
  if (text.find('\xC3') == std::string_view::npos && text.find('\xC2') == std::string_view::npos) return std::nullopt;
  std::string bytes;
  bytes.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, text.size(), c);
    const int byte = c < 0 ? -1 : windows_1252_byte(static_cast<char32_t>(c));
    if (byte < 0) return std::nullopt;
    bytes.push_back(static_cast<char>(byte));
  }
  // The bytes must read as UTF-8 with one character of several bytes at least: "Ã©" is "é",
  // where a genuine "Ã" before a space is no UTF-8.
  bool several = false;
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes.data(), i, bytes.size(), c);
    if (c < 0) return std::nullopt;
    several = several || i - start > 1;
  }
  if (!several) return std::nullopt;
  return bytes;
}

}  // namespace hrtext::detail
