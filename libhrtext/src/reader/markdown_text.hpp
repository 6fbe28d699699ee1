#pragma once

// The block structure of Markdown (CommonMark, with GitHub's pipe tables): headings (ATX and
// setext), paragraphs, list items with their lists (nested lists apart), table cells with their
// rows and columns, fenced and indented code, block quotes read as paragraphs. The text is kept
// as written, so that offsets point into the file the user has; the blocks tell its structure.

#include <string>

#include "hrtext/reader.hpp"

namespace hrtext::detail {

// `text` is valid UTF-8.
[[nodiscard]] ReadText markdown_text(std::string text);

}  // namespace hrtext::detail
