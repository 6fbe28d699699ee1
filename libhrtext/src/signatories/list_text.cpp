#include "signatories/list_text.hpp"

#include <algorithm>

namespace hrtext::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::vector<TextLine> split_lines(std::string_view text) {
  std::vector<TextLine> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    TextLine line{start, end, false};
    while (line.begin < line.end && is_space(text[line.begin])) ++line.begin;
    while (line.end > line.begin && is_space(text[line.end - 1])) --line.end;
    line.indented = line.begin > start && !line.blank();
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

void ItemText::append(std::string_view part, std::size_t document_offset) {
  if (part.empty()) return;
  if (!text_.empty() && text_.back() != '-') {
    text_ += ' ';
    source_.push_back(source_.back() + 1);
  }
  text_ += part;
  for (std::size_t i = 0; i < part.size(); ++i) source_.push_back(document_offset + i);
  part_ends_.push_back(text_.size());
}

ByteSpan ItemText::first_part(std::size_t begin, std::size_t end) const {
  const auto part_end = std::upper_bound(part_ends_.begin(), part_ends_.end(), begin);
  if (part_end != part_ends_.end()) end = std::min(end, *part_end);
  while (end > begin && is_space(text_[end - 1])) --end;
  if (begin >= end) {
    const std::size_t at = source_.empty() ? 0 : source_[std::min(begin, source_.size() - 1)];
    return {at, at};
  }
  return {source_[begin], source_[end - 1] + 1};
}

ItemText ItemText::slice(std::size_t begin, std::size_t end) const {
  ItemText out;
  out.text_ = text_.substr(begin, end - begin);
  out.source_.assign(source_.begin() + static_cast<std::ptrdiff_t>(begin),
                     source_.begin() + static_cast<std::ptrdiff_t>(end));
  for (const std::size_t part_end : part_ends_) {
    if (part_end > begin && part_end < end) out.part_ends_.push_back(part_end - begin);
  }
  out.part_ends_.push_back(out.text_.size());
  return out;
}

}  // namespace hrtext::detail
