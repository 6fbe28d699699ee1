#pragma once

// Paragraph and sentence boundaries of a document.

#include <string_view>
#include <vector>

#include "hrtext/document.hpp"

namespace hrtext::detail {

struct Paragraphs {
  std::vector<ByteSpan> spans;
  std::vector<ByteSpan> wrapping_breaks;  // line breaks inside paragraphs (wrapped prose)
};

// Paragraphs of `valid_utf8` (well-formed UTF-8): a single pass over its lines.
[[nodiscard]] Paragraphs find_paragraphs(std::string_view valid_utf8);

// ICU's sentences within the paragraphs, their wrapping line breaks read as spaces.
[[nodiscard]] std::vector<ByteSpan> find_sentences(std::string_view valid_utf8,
                                                   const Paragraphs& paragraphs);

// The same for the paragraphs that `span` meets alone (the text around them is not read).
[[nodiscard]] std::vector<ByteSpan> find_sentences_in(std::string_view valid_utf8, const Paragraphs& paragraphs,
                                                      ByteSpan span);

}  // namespace hrtext::detail
