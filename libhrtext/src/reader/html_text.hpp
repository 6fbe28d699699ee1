#pragma once

// The text of an HTML page or fragment, laid out as its blocks are (see read_input).

#include <string_view>

#include "hrtext/reader.hpp"

namespace hrtext::detail {

// `utf8` (valid UTF-8) parsed as HTML5 and read into text and blocks.
[[nodiscard]] ReadText html_text(std::string_view utf8);

}  // namespace hrtext::detail
