#pragma once

// The text of a signatory list: its lines, and its items with their words joined over the line
// breaks of the layout.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/document.hpp"

namespace hrtext::detail {

// One line of a document: [begin, end) is its content without surrounding white space (empty
// for a blank line, and for a line of HTML tags alone); `indented` when white space precedes it.
struct TextLine {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool indented = false;

  [[nodiscard]] bool blank() const noexcept { return begin == end; }
  [[nodiscard]] std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
};

[[nodiscard]] std::vector<TextLine> split_lines(std::string_view text);

// An item of a list, made of one or more contiguous parts of the document (a name that the
// layout wraps over lines), joined with a space, or with nothing after a hyphen that ends a
// line ("Educación-" + "Acción"), Markdown's strong emphasis marks left out, no-break spaces
// read as spaces. Each byte remembers where it stands in the document.
class ItemText {
 public:
  void append(std::string_view part, std::size_t document_offset);

  [[nodiscard]] const std::string& text() const noexcept { return text_; }
  [[nodiscard]] bool empty() const noexcept { return text_.empty(); }

  // The document span of text()[begin, end), cut at the end of the part where it begins, and
  // without white space at that end.
  [[nodiscard]] ByteSpan first_part(std::size_t begin, std::size_t end) const;

  // The item made of text()[begin, end), each byte where it stood.
  [[nodiscard]] ItemText slice(std::size_t begin, std::size_t end) const;

  // Where text()[i] stands in the document (i inside a part); 0 for an empty item, which
  // stands nowhere (the readers drop such items, marks alone).
  [[nodiscard]] std::size_t source_of(std::size_t i) const;

 private:
  struct Part {
    std::size_t begin = 0;  // in text_
    std::size_t end = 0;
    std::size_t document_offset = 0;
  };
  std::string text_;
  std::vector<Part> parts_;  // in order; the separators between them stand nowhere
};

}  // namespace hrtext::detail
