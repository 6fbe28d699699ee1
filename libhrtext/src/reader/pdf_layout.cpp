// The text of a PDF's pages from their fixed-width layout (read_pdf_pages in hrtext/reader.hpp).
//
// A PDF back end (Poppler's physical layout, pypdf's layout mode) sets each page on a grid: a
// line of the page per line, a glyph per column, the gaps between words and columns as spaces
// and the gaps between lines as blank lines. From that grid we read what a reader reads: runs of
// text far apart on a line are apart (two columns, the cells of a table); a page set in two
// columns is read one column after the other; what stands at the top and bottom of every page
// (running headers, footers, page numbers) is no text of the document.

#include <re2/re2.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/utf8.hpp"
#include "document/words.hpp"
#include "hrtext/error.hpp"
#include "hrtext/reader.hpp"

namespace hrtext {
namespace {

// Spaces that part two runs of text on a line: one or two stand between words of justified text.
constexpr std::size_t kRunGap = 3;
// How many lines at each end of a page a running header or footer may take.
constexpr std::size_t kEdgeLines = 3;
// Lines with text on both sides of a gutter that make a page's columns, at the fewest.
constexpr std::size_t kColumnRows = 4;

// A run of text on a line of the grid: its first column, the column after its last, its text.
struct Run {
  std::size_t column = 0;
  std::size_t end_column = 0;
  std::string_view text;
};

// A line of the grid with text on it: its row (blank lines count) and its runs.
struct GridLine {
  std::size_t row = 0;
  std::vector<Run> runs;
};

std::vector<GridLine> grid_lines(std::string_view page) {
  std::vector<GridLine> lines;
  std::size_t row = 0;
  std::size_t i = 0;
  while (i <= page.size()) {
    std::size_t line_end = page.find_first_of("\n\r\f", i);
    if (line_end == std::string_view::npos) line_end = page.size();
    const std::string_view line = page.substr(i, line_end - i);
    GridLine grid{row, {}};
    std::size_t column = 0;
    std::size_t spaces = kRunGap;  // spaces since the last text: the first text opens a run
    std::size_t run_start = 0;     // the byte where the open run starts
    for (std::size_t at = 0; at < line.size(); ++column) {
      const std::size_t start = at;
      const UChar32 c = detail::next_code_point(line, at);
      if (c == ' ' || c == '\t' || c == 0xA0) {
        ++spaces;
        continue;
      }
      if (spaces >= kRunGap) {
        grid.runs.push_back({column, column, {}});
        run_start = start;
      }
      grid.runs.back().text = line.substr(run_start, at - run_start);
      grid.runs.back().end_column = column + 1;
      spaces = 0;
    }
    if (!grid.runs.empty()) lines.push_back(std::move(grid));
    // "\r\n" is one line end.
    if (line_end < page.size() && page[line_end] == '\r' && line_end + 1 < page.size() && page[line_end + 1] == '\n') {
      ++line_end;
    }
    i = line_end + 1;
    ++row;
  }
  return lines;
}

std::string joined(const std::vector<Run>& runs, char separator) {
  std::string out;
  for (const Run& run : runs) {
    if (!out.empty()) out += separator;
    out += run.text;
  }
  return out;
}

// A line with its numbers blurred: running headers differ only in their page numbers.
std::string shape(const GridLine& line) {
  std::string out;
  for (char c : joined(line.runs, ' ')) {
    if (c >= '0' && c <= '9') {
      if (out.empty() || out.back() != '#') out += '#';
    } else if (c != ' ') {
      out += c;
    }
  }
  return out;
}

bool is_page_number(const GridLine& line) {
  // "3", "- 3 -", "Page 3 of 12", "3/12", "iv": a page's number alone on its line.
  static const RE2 kPageNumber(
      R"((?i:page|p\.|seite|página|pagina|страница)?\s*[-–—]?\s*(?:\d{1,4}|x{0,3}(?:ix|iv|v?i{0,3})|X{0,3}(?:IX|IV|V?I{0,3})))"
      R"(\s*[-–—]?(?:\s*(?i:/|of|de|sur|von|из)\s*\d{1,4})?)");
  return RE2::FullMatch(joined(line.runs, ' '), kPageNumber);
}

bool at_edge(std::size_t index, std::size_t count) { return index < kEdgeLines || index + kEdgeLines >= count; }

// The shapes of the lines that stand at the top or the bottom of at least half of the pages (two
// pages at least): running headers and footers ("A/HRC/55/1", "GE.24-01234").
std::vector<std::string> running_shapes(const std::vector<std::vector<GridLine>>& pages) {
  std::unordered_map<std::string, std::size_t> pages_with;
  for (const std::vector<GridLine>& lines : pages) {
    std::vector<std::string> shapes;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (at_edge(i, lines.size())) shapes.push_back(shape(lines[i]));
    }
    std::sort(shapes.begin(), shapes.end());
    shapes.erase(std::unique(shapes.begin(), shapes.end()), shapes.end());
    for (std::string& line_shape : shapes) ++pages_with[std::move(line_shape)];
  }
  const std::size_t least = std::max<std::size_t>(2, (pages.size() + 1) / 2);
  std::vector<std::string> running;
  for (const auto& [line_shape, count] : pages_with) {
    if (count >= least && !line_shape.empty()) running.push_back(line_shape);
  }
  return running;
}

// The column of the gutter between two columns of text, if the page has one: the column that
// most lines leave blank between two runs, a gap that at least kColumnRows lines share.
std::size_t gutter_column(const std::vector<GridLine>& lines) {
  std::vector<std::size_t> gaps;
  for (const GridLine& line : lines) {
    for (std::size_t i = 1; i < line.runs.size(); ++i) {
      const std::size_t from = line.runs[i - 1].end_column;
      const std::size_t to = line.runs[i].column;
      if (gaps.size() < to) gaps.resize(to, 0);
      for (std::size_t column = from; column < to; ++column) ++gaps[column];
    }
  }
  const auto most = std::max_element(gaps.begin(), gaps.end());
  if (most == gaps.end() || *most < kColumnRows) return 0;
  // The middle of the widest stretch of columns that share the highest count.
  const auto stretch_end = std::find_if(most, gaps.end(), [&](std::size_t count) { return count < *most; });
  return static_cast<std::size_t>(most - gaps.begin()) + static_cast<std::size_t>(stretch_end - most) / 2;
}

bool crosses(const GridLine& line, std::size_t column) {
  return std::any_of(line.runs.begin(), line.runs.end(),
                     [&](const Run& run) { return run.column <= column && column < run.end_column; });
}

// Whether lines[from, to), none of which crosses the gutter, are two columns of running text:
// enough of them hold text on both sides, and the text on the left mostly runs up to the gutter
// as set prose does (a table of short names side by side is read row by row).
bool two_columns(const std::vector<GridLine>& lines, std::size_t from, std::size_t to, std::size_t gutter) {
  std::size_t both_sides = 0;
  std::size_t left_lines = 0;
  std::size_t full_left = 0;
  std::size_t left_margin = gutter;
  for (std::size_t i = from; i < to; ++i) left_margin = std::min(left_margin, lines[i].runs.front().column);
  const std::size_t width = gutter - left_margin;
  for (std::size_t i = from; i < to; ++i) {
    const std::vector<Run>& runs = lines[i].runs;
    const bool left = runs.front().column < gutter;
    if (left && runs.back().column > gutter) ++both_sides;
    if (!left) continue;
    ++left_lines;
    std::size_t left_end = 0;
    for (const Run& run : runs) {
      if (run.column < gutter) left_end = run.end_column;
    }
    if ((left_end - left_margin) * 3 >= width * 2) ++full_left;
  }
  return both_sides >= kColumnRows && full_left * 2 >= left_lines;
}

// A line of the text in reading order: its row on the page and its text.
struct FlowLine {
  std::size_t row = 0;
  std::string text;
};

// The page's lines in reading order: in a stretch of lines set in two columns, the left column's
// lines, then the right one's; elsewhere each line whole, its runs a tab apart.
std::vector<FlowLine> reading_order(const std::vector<GridLine>& lines) {
  std::vector<FlowLine> flow;
  const std::size_t gutter = gutter_column(lines);
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t stretch_end = i;
    while (gutter != 0 && stretch_end < lines.size() && !crosses(lines[stretch_end], gutter)) ++stretch_end;
    if (stretch_end > i && two_columns(lines, i, stretch_end, gutter)) {
      for (const bool left : {true, false}) {
        for (std::size_t k = i; k < stretch_end; ++k) {
          std::vector<Run> side;
          for (const Run& run : lines[k].runs) {
            if ((run.column < gutter) == left) side.push_back(run);
          }
          if (!side.empty()) flow.push_back({lines[k].row, joined(side, '\t')});
        }
      }
      i = stretch_end;
    } else {
      const std::size_t end = std::max(stretch_end, i + 1);
      for (; i < end; ++i) flow.push_back({lines[i].row, joined(lines[i].runs, '\t')});
    }
  }
  return flow;
}

bool is_line_end_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0xAD; }

// Whether `line` ends in a word broken by a hyphen that `next` goes on with ("man-" "date").
bool hyphenated(std::string_view line, std::string_view next) {
  if (line.empty() || next.empty()) return false;
  std::size_t hyphen = 0;
  if (!is_line_end_hyphen(detail::code_point_before(line, line.size(), hyphen)) || hyphen == 0) return false;
  std::size_t letter = 0;
  if (!u_isalpha(detail::code_point_before(line, hyphen, letter))) return false;
  std::size_t at = 0;
  return u_islower(detail::next_code_point(next, at));
}

}  // namespace

ReadText read_pdf_pages(const std::vector<std::string>& pages, const ReadOptions& options) {
  std::size_t total = 0;
  for (const std::string& page : pages) total += page.size();
  if (total > options.max_bytes) {
    throw LimitError("the PDF's text is " + std::to_string(total) + " bytes long, more than the limit of " +
                     std::to_string(options.max_bytes) + " bytes");
  }
  ReadText read;
  read.format = InputFormat::kPdf;
  std::vector<std::string> valid_pages;
  valid_pages.reserve(pages.size());
  for (const std::string& page : pages) {
    detail::RepairedUtf8 valid = detail::validate_utf8(page, options.replace_invalid_utf8);
    read.replacements += valid.replacements;
    valid_pages.push_back(std::move(valid.text));
  }
  std::vector<std::vector<GridLine>> grids;
  grids.reserve(valid_pages.size());
  for (const std::string& page : valid_pages) grids.push_back(grid_lines(page));
  const std::vector<std::string> running = grids.size() >= 2 ? running_shapes(grids) : std::vector<std::string>();
  std::string& out = read.text;
  for (std::vector<GridLine>& lines : grids) {
    std::vector<GridLine> body;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const bool furniture = at_edge(i, lines.size()) &&
                             (is_page_number(lines[i]) ||
                              std::find(running.begin(), running.end(), shape(lines[i])) != running.end());
      if (!furniture) body.push_back(std::move(lines[i]));
    }
    const std::vector<FlowLine> flow = reading_order(body);
    if (!flow.empty() && !out.empty()) out += "\n\n";
    read.page_starts.push_back(out.size());
    std::size_t paragraph_start = out.size();
    for (std::size_t i = 0; i < flow.size(); ++i) {
      if (i > 0) {
        // A blank line of the grid (the row numbers skip one) parts two paragraphs; a line that
        // comes back up the page starts the next column, which goes on with the paragraph.
        const bool new_paragraph = flow[i].row > flow[i - 1].row + 1;
        if (new_paragraph) {
          read.blocks.push_back({TextBlock::Kind::kParagraph, paragraph_start, out.size()});
          out += "\n\n";
          paragraph_start = out.size();
        } else if (hyphenated(out, flow[i].text)) {
          std::size_t hyphen = 0;
          detail::code_point_before(out, out.size(), hyphen);
          out.resize(hyphen);
        } else {
          out += '\n';
        }
      }
      out += flow[i].text;
    }
    if (out.size() > paragraph_start) read.blocks.push_back({TextBlock::Kind::kParagraph, paragraph_start, out.size()});
  }
  return read;
}

}  // namespace hrtext
