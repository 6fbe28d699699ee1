#pragma once

// The pages of a PDF as a PDF back end lays them out on a fixed-width grid, for read_pdf_pages.
// Built with Poppler (GPL) when the library is configured with HRTEXT_WITH_POPPLER, else without
// a back end: hrtext is Apache-2.0, and a GPL back end is an option its builder chooses.

#include <string>
#include <string_view>
#include <vector>

namespace hrtext::detail {

// Each page of the PDF in `bytes`, laid out (Poppler's physical layout). Throws ParseError for a
// damaged, truncated or encrypted PDF, and when the library has no PDF back end.
[[nodiscard]] std::vector<std::string> pdf_page_layouts(std::string_view bytes);

}  // namespace hrtext::detail
