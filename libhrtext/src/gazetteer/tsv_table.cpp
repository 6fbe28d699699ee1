#include "gazetteer/tsv_table.hpp"

#include "document/utf8.hpp"
#include "hrtext/error.hpp"

namespace hrtext::detail {
namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    cells.push_back(trim(line.substr(start, tab == std::string_view::npos ? std::string_view::npos
                                                                          : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

}  // namespace

TsvTable::TsvTable(std::string_view text, std::string_view origin) : origin_(origin) {
  // A byte order mark, as spreadsheets and Windows editors save UTF-8, is no part of the header.
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  try {
    (void)validate_utf8(text, false);
  } catch (const InvalidUtf8Error& error) {
    throw ParseError(origin_ + ": " + error.what());
  }
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (trim(line).empty() || trim(line).front() == '#') continue;
    std::vector<std::string_view> cells = split_tabs(line);
    if (columns_.empty()) {
      columns_ = std::move(cells);
      continue;
    }
    if (cells.size() > columns_.size()) {
      throw ParseError(origin_ + ":" + std::to_string(line_number) + ": " +
                       std::to_string(cells.size()) + " cells, but the header names only " +
                       std::to_string(columns_.size()) + " columns");
    }
    cells.resize(columns_.size());
    rows_.push_back({line_number, std::move(cells)});
  }
  if (columns_.empty()) throw ParseError(origin_ + ": no header line naming the columns");
}

std::optional<std::size_t> TsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i] == name) return i;
  }
  return std::nullopt;
}

std::size_t TsvTable::required_column(std::string_view name) const {
  const auto index = column(name);
  if (!index) throw ParseError(origin_ + ": the header has no column '" + std::string(name) + "'");
  return *index;
}

std::string_view TsvTable::cell(const Row& row, std::optional<std::size_t> column) const {
  return column ? row.cells[*column] : std::string_view{};
}

std::string TsvTable::where(const Row& row) const {
  return origin_ + ":" + std::to_string(row.line);
}

std::vector<std::string> split_values(std::string_view cell) {
  std::vector<std::string> values;
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t bar = cell.find('|', start);
    if (bar == std::string_view::npos) bar = cell.size();
    const std::string_view value = trim(cell.substr(start, bar - start));
    if (!value.empty()) values.emplace_back(value);
    start = bar + 1;
  }
  return values;
}

}  // namespace hrtext::detail
