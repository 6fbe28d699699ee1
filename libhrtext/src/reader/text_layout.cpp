#include "reader/text_layout.hpp"

#include <algorithm>

namespace hrtext::detail {

void TextLayout::open(Element element) {
  Open opened{element, out_.size(), SIZE_MAX};
  switch (element) {
    case Element::kDivision: block_break(); break;
    case Element::kBlock: block_break(); opened.block = record(TextBlock::Kind::kParagraph); break;
    case Element::kHeading: block_break(); opened.block = record(TextBlock::Kind::kHeading); break;
    case Element::kPreformatted:
      block_break();
      ++preformatted_;
      opened.block = record(TextBlock::Kind::kPreformatted);
      break;
    case Element::kList: case Element::kOrderedList:
      block_break();
      lists_.push_back({++containers_, element == Element::kOrderedList, 0, 0});
      break;
    case Element::kListItem:
      line_break();
      ++items_;
      opened.block = record(TextBlock::Kind::kListItem);
      if (!lists_.empty()) {
        blocks_[opened.block].container = lists_.back().number;
        blocks_[opened.block].ordered = lists_.back().ordered;
      }
      break;
    case Element::kTable:
      block_break();
      tables_.push_back({++containers_, false, 0, 0});
      break;
    case Element::kRow:
      line_break();
      row_empty_ = true;
      if (!tables_.empty()) tables_.back().column = 0;
      break;
    case Element::kCell:
      if (!row_empty_) pending_tab_ = true;
      ++cells_;
      opened.block = record(TextBlock::Kind::kTableCell);
      if (!tables_.empty()) {
        blocks_[opened.block].container = tables_.back().number;
        blocks_[opened.block].row = tables_.back().row;
        blocks_[opened.block].column = tables_.back().column++;
      }
      break;
  }
  open_.push_back(opened);
}

void TextLayout::close() {
  if (open_.empty()) return;
  const Open closed = open_.back();
  open_.pop_back();
  if (closed.block != SIZE_MAX) {
    TextBlock& block = blocks_[closed.block];
    block.start = closed.mark;
    while (block.start < out_.size() && (out_[block.start] == '\n' || out_[block.start] == ' ' || out_[block.start] == '\t')) {
      ++block.start;
    }
    block.end = out_.size();
    if (block.end <= block.start) block.start = block.end = SIZE_MAX;  // no text: dropped by take()
  }
  switch (closed.element) {
    case Element::kDivision: case Element::kBlock: case Element::kHeading: block_break(); break;
    case Element::kPreformatted: --preformatted_; block_break(); break;
    case Element::kList: case Element::kOrderedList:
      if (!lists_.empty()) lists_.pop_back();
      block_break();
      break;
    case Element::kListItem:
      --items_;
      line_break();
      break;
    case Element::kTable:
      if (!tables_.empty()) tables_.pop_back();
      block_break();
      break;
    case Element::kRow:
      if (!tables_.empty()) ++tables_.back().row;
      line_break();
      break;
    case Element::kCell: --cells_; break;
  }
}

namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

void TextLayout::text(std::string_view run) {
  for (std::size_t i = 0; i < run.size();) {
    const char c = run[i];
    // A no-break space (&nbsp;) lays out as a space does: cells padded with "&nbsp;<br>" hold
    // their text, not runs of padding ("\u00A0\u00A0 Eugenia Lee \u00A0").
    if (c == '\xC2' && i + 1 < run.size() && run[i + 1] == '\xA0' && preformatted_ == 0) {
      pending_space_ = true;
      i += 2;
      continue;
    }
    if (is_html_space(c)) {
      if (preformatted_ == 0) {
        pending_space_ = true;
      } else if (c == '\n') {
        line_break();
      } else {
        emit(run.substr(i, 1));
      }
      ++i;
      continue;
    }
    // The characters up to the next space (or possible no-break space) lay out as they stand.
    std::size_t end = i + 1;
    while (end < run.size() && !is_html_space(run[end]) && run[end] != '\xC2') ++end;
    emit(run.substr(i, end - i));
    i = end;
  }
}

void TextLayout::line_break() {
  if (cells_ > 0) {
    pending_space_ = true;  // a cell's text stays on its row's line
  } else {
    pending_newlines_ = std::max(pending_newlines_, 1);
  }
}

void TextLayout::block_break() {
  if (cells_ > 0) {
    pending_space_ = true;
  } else if (items_ > 0) {
    line_break();  // the paragraphs of a list item (<li><p>) stay on the item's lines
  } else {
    pending_newlines_ = 2;
  }
}

void TextLayout::emit(std::string_view piece) {
  if (!out_.empty()) {
    if (pending_newlines_ > 0) {
      out_.append(static_cast<std::size_t>(pending_newlines_), '\n');
    } else if (pending_tab_) {
      out_ += '\t';
    } else if (pending_space_ && out_.back() != '\n' && out_.back() != ' ' && out_.back() != '\t') {
      out_ += ' ';
    }
  }
  pending_newlines_ = 0;
  pending_space_ = false;
  pending_tab_ = false;
  row_empty_ = false;
  out_ += piece;
}

std::size_t TextLayout::record(TextBlock::Kind kind) {
  TextBlock block;
  block.kind = kind;
  blocks_.push_back(block);
  return blocks_.size() - 1;
}

ReadText TextLayout::take(InputFormat format) {
  while (!open_.empty()) close();
  ReadText result;
  result.text = std::move(out_);
  result.blocks = std::move(blocks_);
  std::erase_if(result.blocks, [](const TextBlock& block) { return block.start == SIZE_MAX; });
  // An outer block opens before, and closes after, the blocks inside it.
  std::stable_sort(result.blocks.begin(), result.blocks.end(),
                   [](const TextBlock& a, const TextBlock& b) { return a.start < b.start; });
  result.format = format;
  return result;
}

}  // namespace hrtext::detail
