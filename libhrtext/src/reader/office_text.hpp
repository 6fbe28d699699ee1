#pragma once

// The text of Word (.docx) and OpenDocument (.odt) files: the XML inside the zip archive read
// into text and blocks as a web page is (paragraphs, headings, list items, tables).

#include <cstddef>
#include <string_view>

#include "hrtext/reader.hpp"

namespace hrtext::detail {

// Throws ParseError naming the problem (no zip archive, no document part, XML that does not
// parse) and LimitError for a part that unpacks to more than `max_unpacked` bytes.
[[nodiscard]] ReadText docx_text(std::string_view bytes, std::size_t max_unpacked);
[[nodiscard]] ReadText odt_text(std::string_view bytes, std::size_t max_unpacked);

// What a zip archive holds, by a look at its first bytes: a Word file, an OpenDocument text, or
// neither (kText).
[[nodiscard]] InputFormat office_format(std::string_view bytes);

}  // namespace hrtext::detail
