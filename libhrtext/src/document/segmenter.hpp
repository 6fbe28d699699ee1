#pragma once

// Paragraph and sentence boundaries of a document.

#include <string_view>
#include <vector>

#include "hrtext/document.hpp"

namespace hrtext::detail {

struct Segmentation {
  std::vector<ByteSpan> paragraphs;
  std::vector<ByteSpan> sentences;
};

// `valid_utf8` must be well-formed UTF-8.
[[nodiscard]] Segmentation segment(std::string_view valid_utf8);

}  // namespace hrtext::detail
