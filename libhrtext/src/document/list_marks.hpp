#pragma once

// List marks: the bullets and numbers that open the items of a list, in every layer that reads
// lines (paragraph breaks, signatory lists) by one definition.

#include <cstddef>
#include <string_view>

namespace hrtext::detail {

// How many bytes of bullet or numbering open `line` ("- ", "• ", "✅ ", "12. ", "3) ", "(4) ",
// "a) ", "B) ", "12 - ", a table's row number and its tab), with the white space after them; 0
// when none does ("A. Smith" opens with an initial).
[[nodiscard]] std::size_t list_mark_length(std::string_view line);

// Whether `line` opens an item of a list: a mark and its item, or a mark alone on its line.
[[nodiscard]] bool opens_list_item(std::string_view line);

}  // namespace hrtext::detail
