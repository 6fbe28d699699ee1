#include "reader/markdown_text.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>
#include <string_view>
#include <vector>

namespace hrtext::detail {
namespace {

constexpr std::size_t kCodeIndent = 4;  // spaces that make a line code (CommonMark)
constexpr std::size_t kMostOrderedDigits = 9;

struct Line {
  std::size_t start = 0;  // the first byte of the line
  std::size_t end = 0;    // before its line break (and a carriage return)
  std::size_t indent = 0;  // spaces before its first character (a tab counts to the next stop of 4)
  std::size_t content = 0;  // the first byte that is no space
  [[nodiscard]] bool blank() const { return content == end; }
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> lines;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    if (end > start && text[end - 1] == '\r') --end;
    Line line{start, end, 0, start};
    while (line.content < end && (text[line.content] == ' ' || text[line.content] == '\t')) {
      line.indent = text[line.content] == '\t' ? (line.indent / 4 + 1) * 4 : line.indent + 1;
      ++line.content;
    }
    lines.push_back(line);
    start = next;
  }
  return lines;
}

// A run of at least three of `c` (spaces between them allowed) and nothing else.
bool is_rule_of(std::string_view rest, char c) {
  std::size_t count = 0;
  for (const char each : rest) {
    if (each == c) {
      ++count;
    } else if (each != ' ' && each != '\t') {
      return false;
    }
  }
  return count >= 3;
}

// The opening of a fenced code block: "```" or "~~~" (three or more).
std::optional<std::string_view> fence_of(std::string_view rest) {
  if (!rest.starts_with("```") && !rest.starts_with("~~~")) return std::nullopt;
  return rest.substr(0, rest.find_first_not_of(rest.front()));
}

struct ListMarker {
  char kind = 0;        // '-', '*', '+', or '.' and ')' after a number
  std::size_t width = 0;  // the marker and the spaces after it
};

std::optional<ListMarker> list_marker(std::string_view rest) {
  std::size_t i = 0;
  char kind = 0;
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+')) {
    kind = rest[0];
    i = 1;
  } else {
    while (i < rest.size() && i < kMostOrderedDigits && rest[i] >= '0' && rest[i] <= '9') ++i;
    if (i == 0 || i == rest.size() || (rest[i] != '.' && rest[i] != ')')) return std::nullopt;
    kind = rest[i++];
  }
  if (i < rest.size() && rest[i] != ' ' && rest[i] != '\t') return std::nullopt;
  while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
  return ListMarker{kind, i};
}

// The cells of a pipe-table row: their spans in `text`, without the outer pipes and spaces.
std::vector<std::pair<std::size_t, std::size_t>> cells_of(std::string_view text, const Line& line) {
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  std::size_t at = line.content;
  std::size_t end = line.end;
  while (end > at && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  if (at < end && text[at] == '|') ++at;
  if (end > at && text[end - 1] == '|' && (end - 1 == at || text[end - 2] != '\\')) --end;
  while (at <= end) {
    std::size_t bar = at;
    while (bar < end && !(text[bar] == '|' && (bar == at || text[bar - 1] != '\\'))) ++bar;
    std::size_t begin = at, stop = bar;
    while (begin < stop && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    while (stop > begin && (text[stop - 1] == ' ' || text[stop - 1] == '\t')) --stop;
    cells.emplace_back(begin, stop);
    at = bar + 1;
  }
  return cells;
}

// The row under a table's header: "|---|:---:|", "--- | ---".
bool is_delimiter_row(std::string_view text, const Line& line) {
  const std::string_view rest = text.substr(line.content, line.end - line.content);
  if (rest.find('-') == std::string_view::npos || rest.find_first_not_of("|-: \t") != std::string_view::npos) {
    return false;
  }
  for (const auto& [begin, end] : cells_of(text, line)) {
    const std::string_view cell = text.substr(begin, end - begin);
    if (cell.empty() || cell.find('-') == std::string_view::npos) return false;
  }
  return true;
}

class MarkdownReader {
 public:
  explicit MarkdownReader(std::string_view text) : text_(text), lines_(lines_of(text)) {}

  std::vector<TextBlock> read() {
    for (std::size_t i = 0; i < lines_.size(); ++i) i = read_line(i);
    close_open();
    std::stable_sort(blocks_.begin(), blocks_.end(),
                     [](const TextBlock& a, const TextBlock& b) { return a.start < b.start; });
    return std::move(blocks_);
  }

 private:
  struct List {
    std::uint32_t container = 0;
    char kind = 0;
    std::size_t indent = 0;          // of its markers
    std::size_t content_column = 0;  // where the text of its items starts
  };

  // Reads the block that line `i` opens or goes on with; returns the last line it took.
  std::size_t read_line(std::size_t i) {
    const Line& line = lines_[i];
    if (line.blank()) {
      close_leaf();
      blank_before_ = true;
      return i;
    }
    const std::string_view rest = text_.substr(line.content, line.end - line.content);
    const bool after_blank = std::exchange(blank_before_, false);
    // Inside a list, what is indented to an item's text belongs to it.
    while (!lists_.empty() && line.indent < lists_.back().indent && !list_marker(rest)) lists_.pop_back();
    const std::size_t base = lists_.empty() ? 0 : lists_.back().content_column;
    if (line.indent >= base + kCodeIndent && !open_) {
      return code_lines(i, base + kCodeIndent);
    }
    if (line.indent < base + kCodeIndent) {
      if (const std::optional<std::string_view> fence = fence_of(rest)) return fenced_code(i, *fence);
      if (open_ && open_->kind == TextBlock::Kind::kParagraph && line.indent <= base + 3 &&
          (is_rule_of(rest, '=') || (rest.find_first_not_of("- \t") == std::string_view::npos && rest.find('-') == 0))) {
        open_->kind = TextBlock::Kind::kHeading;  // a setext heading: the paragraph above is its text
        close_leaf();
        return i;
      }
      if (is_rule_of(rest, '-') || is_rule_of(rest, '*') || is_rule_of(rest, '_')) {
        close_open();
        return i;  // a thematic break
      }
      if (rest.starts_with('#')) {
        const std::size_t hashes = rest.find_first_not_of('#');
        if (hashes <= 6 && (hashes == std::string_view::npos || rest[hashes] == ' ' || rest[hashes] == '\t')) {
          close_open();
          heading(line, hashes == std::string_view::npos ? rest.size() : hashes);
          return i;
        }
      }
      if (rest.find('|') != std::string_view::npos && i + 1 < lines_.size() && is_delimiter_row(text_, lines_[i + 1])) {
        close_open();
        return table(i);
      }
      if (const std::optional<ListMarker> marker = list_marker(rest)) {
        list_item(line, *marker);
        return i;
      }
      if (rest.starts_with('>')) {
        std::size_t start = line.content + 1;
        if (start < line.end && text_[start] == ' ') ++start;
        paragraph_line(line, start, after_blank);
        return i;
      }
    }
    paragraph_line(line, line.content, after_blank);
    return i;
  }

  void heading(const Line& line, std::size_t hashes) {
    std::size_t start = std::min(line.content + hashes, line.end);
    while (start < line.end && (text_[start] == ' ' || text_[start] == '\t')) ++start;
    std::size_t end = line.end;
    while (end > start && (text_[end - 1] == ' ' || text_[end - 1] == '\t')) --end;
    // A closing sequence of #s after a space: "## Signatories ##".
    std::size_t closing = end;
    while (closing > start && text_[closing - 1] == '#') --closing;
    if (closing < end && (closing == start || text_[closing - 1] == ' ')) end = closing;
    while (end > start && (text_[end - 1] == ' ' || text_[end - 1] == '\t')) --end;
    if (start < end) blocks_.push_back({TextBlock::Kind::kHeading, start, end});
  }

  void list_item(const Line& line, ListMarker marker) {
    close_leaf();
    while (!lists_.empty() && line.indent < lists_.back().indent) lists_.pop_back();
    const bool nested = !lists_.empty() && line.indent >= lists_.back().content_column;
    if (!lists_.empty() && !nested && lists_.back().kind != marker.kind) lists_.pop_back();  // another list
    if (lists_.empty() || nested || lists_.back().kind != marker.kind) {
      lists_.push_back({++containers_, marker.kind, line.indent, line.indent + marker.width});
    }
    List& list = lists_.back();
    list.content_column = line.indent + marker.width;
    const std::size_t start = line.content + marker.width;
    open_ = TextBlock{TextBlock::Kind::kListItem, start, start, list.container};
    open_->ordered = marker.kind == '.' || marker.kind == ')';
    extend_open(line.end);
  }

  void paragraph_line(const Line& line, std::size_t start, bool after_blank) {
    if (open_ && !after_blank) {  // a paragraph or an item goes on (lazily, as CommonMark allows)
      extend_open(line.end);
      return;
    }
    close_leaf();
    if (!lists_.empty() && !(after_blank && line.indent >= lists_.back().content_column)) lists_.clear();
    open_ = TextBlock{TextBlock::Kind::kParagraph, start, start};
    extend_open(line.end);
  }

  std::size_t table(std::size_t header) {
    const std::uint32_t container = ++containers_;
    std::uint32_t row = 0;
    std::size_t i = header;
    for (; i < lines_.size() && !lines_[i].blank() &&
           text_.substr(lines_[i].content, lines_[i].end - lines_[i].content).find('|') != std::string_view::npos;
         ++i) {
      if (i == header + 1) continue;  // the delimiter row
      std::uint32_t column = 0;
      for (const auto& [begin, end] : cells_of(text_, lines_[i])) {
        if (begin < end) {
          TextBlock cell{TextBlock::Kind::kTableCell, begin, end, container};
          cell.row = row;
          cell.column = column;
          blocks_.push_back(cell);
        }
        ++column;
      }
      ++row;
    }
    return i - 1;
  }

  std::size_t fenced_code(std::size_t opening, std::string_view fence) {
    close_open();
    std::size_t i = opening + 1;
    for (; i < lines_.size(); ++i) {
      const std::string_view rest = text_.substr(lines_[i].content, lines_[i].end - lines_[i].content);
      if (rest.starts_with(fence) && rest.find_first_not_of(fence.front()) == std::string_view::npos) break;
    }
    if (opening + 1 < std::min(i, lines_.size())) {
      blocks_.push_back({TextBlock::Kind::kPreformatted, lines_[opening + 1].start, lines_[std::min(i, lines_.size()) - 1].end});
    }
    return std::min(i, lines_.size() - 1);
  }

  std::size_t code_lines(std::size_t first, std::size_t indent) {
    close_open();
    std::size_t last = first;
    for (std::size_t i = first + 1; i < lines_.size() && (lines_[i].blank() || lines_[i].indent >= indent); ++i) {
      if (!lines_[i].blank()) last = i;
    }
    blocks_.push_back({TextBlock::Kind::kPreformatted, lines_[first].content, lines_[last].end});
    return last;
  }

  void extend_open(std::size_t end) {
    while (end > open_->start && (text_[end - 1] == ' ' || text_[end - 1] == '\t')) --end;
    open_->end = std::max(open_->end, end);
  }

  void close_leaf() {
    if (open_ && open_->start < open_->end) blocks_.push_back(*open_);
    open_.reset();
  }

  void close_open() {
    close_leaf();
    lists_.clear();
  }

  std::string_view text_;
  std::vector<Line> lines_;
  std::vector<TextBlock> blocks_;
  std::optional<TextBlock> open_;  // the paragraph, heading or list item being read
  std::vector<List> lists_;        // the lists open, outermost first
  std::uint32_t containers_ = 0;
  bool blank_before_ = false;
};

}  // namespace

ReadText markdown_text(std::string text) {
  ReadText read;
  read.blocks = MarkdownReader(text).read();
  read.text = std::move(text);
  read.format = InputFormat::kMarkdown;
  return read;
}

}  // namespace hrtext::detail
