#pragma once

// Parentheses as texts write them: ASCII, or fullwidth in Chinese and Japanese text
// ("中国人权捍卫者（CHRD）"), which the normalised view folds to ASCII but the original keeps.

#include <cstddef>
#include <string_view>

#include "document/byte_scan.hpp"

namespace hrtext::detail {

constexpr std::string_view kFullwidthOpen = "\xEF\xBC\x88";   // （
constexpr std::string_view kFullwidthClose = "\xEF\xBC\x89";  // ）

// The size in bytes of the opening parenthesis at `at`, or 0 when there is none.
inline std::size_t opening_parenthesis_at(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == '(') return 1;
  return at <= text.size() && text.substr(at).starts_with(kFullwidthOpen) ? kFullwidthOpen.size() : 0;
}

// The size of the closing parenthesis at `at`, or 0.
inline std::size_t closing_parenthesis_at(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == ')') return 1;
  return at <= text.size() && text.substr(at).starts_with(kFullwidthClose) ? kFullwidthClose.size() : 0;
}

// The size of the opening parenthesis that ends at `end`, or 0.
inline std::size_t opening_parenthesis_before(std::string_view text, std::size_t end) {
  if (end > 0 && text[end - 1] == '(') return 1;
  return text.substr(0, end).ends_with(kFullwidthOpen) ? kFullwidthOpen.size() : 0;
}

// Where the text before the opening parenthesis right before `start` ends, spaces and tabs
// skipped on both sides of it: with `start` at "CEDAW" in "... against Women (CEDAW)", the end
// of "Women" (a name the acronym then follows); npos when no opening parenthesis stands there.
inline std::size_t end_before_opening_parenthesis(std::string_view text, std::size_t start) {
  const std::size_t at = skip_blanks_backward(text, start);
  const std::size_t open = opening_parenthesis_before(text, at);
  return open == 0 ? std::string_view::npos : skip_blanks_backward(text, at - open);
}

}  // namespace hrtext::detail
