#pragma once

// ASCII case folding for the short words and phrases that rules compare with lower-case lists:
// A-Z lowered, every other byte (UTF-8 included) kept as it is.

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

}  // namespace hrtext::detail
