#pragma once

// The text of a structured input (a web page, a Word or OpenDocument file) laid out as hrtext
// reads it, and its blocks: white space folded as a reader sees it, headings and paragraphs a
// blank line apart, each list item and each table row on a line of its own, a row's cells a tab
// apart, preformatted text as written.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/reader.hpp"

namespace hrtext::detail {

class TextLayout {
 public:
  // kDivision separates what it holds from the text around as a block does, but records no
  // block of its own (a page's body, a document's section).
  enum class Element { kDivision, kBlock, kHeading, kPreformatted, kList, kOrderedList, kListItem, kTable, kRow, kCell };

  // Elements nest: each open() is closed by a close() in reverse order.
  void open(Element element);
  void close();
  void text(std::string_view run);
  void line_break();

  // The text and its blocks (those with text), in text order.
  [[nodiscard]] ReadText take(InputFormat format);

 private:
  struct Open {
    Element element = Element::kBlock;
    std::size_t mark = 0;           // where the text stood when it opened
    std::size_t block = SIZE_MAX;   // the block it records, if any
  };
  struct Container {
    std::uint32_t number = 0;
    bool ordered = false;
    std::uint32_t row = 0;
    std::uint32_t column = 0;
  };

  void block_break();
  void emit(std::string_view piece);  // text, after the breaks and spaces pending before it
  std::size_t record(TextBlock::Kind kind);

  std::string out_;
  std::vector<TextBlock> blocks_;
  std::vector<Open> open_;
  std::vector<Container> lists_;
  std::vector<Container> tables_;
  std::uint32_t containers_ = 0;
  int pending_newlines_ = 0;
  bool pending_space_ = false;
  bool pending_tab_ = false;
  bool row_empty_ = true;
  int cells_ = 0;
  int items_ = 0;  // open list items: a paragraph inside one is no block apart
  int preformatted_ = 0;
};

}  // namespace hrtext::detail
