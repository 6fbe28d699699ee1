#include "signatories/table_layout.hpp"

#include <algorithm>

#include <string>

#include "document/ascii_case.hpp"

namespace hrtext::detail {

using namespace std::string_view_literals;

bool is_column_heading(std::string_view cell) {
  const std::string heading = ascii_lower(cell);
  for (const std::string_view word : {"organi"sv, "name"sv, "signator"sv, "nombre"sv, "nom"sv, "entit"sv}) {
    if (heading.starts_with(word) && heading.size() <= word.size() + 12) return true;
  }
  return false;
}

bool is_header_row(std::span<const std::string_view> cells) {
  constexpr std::size_t kHeadingWords = 3;  // "Chevening Year", "Country"
  return cells.size() > 1 && std::any_of(cells.begin(), cells.end(), is_column_heading) &&
         std::all_of(cells.begin(), cells.end(), [](std::string_view cell) {
           return std::count(cell.begin(), cell.end(), ' ') < static_cast<std::ptrdiff_t>(kHeadingWords);
         });
}

bool heads_people(std::span<const std::string_view> cells) {
  const auto starts = [](std::string_view cell, std::initializer_list<std::string_view> words) {
    const std::string folded = ascii_lower(cell);
    return std::any_of(words.begin(), words.end(), [&](std::string_view word) { return folded.starts_with(word); });
  };
  return std::any_of(cells.begin(), cells.end(), [&](std::string_view cell) { return starts(cell, {"name", "nom"}); }) &&
         std::none_of(cells.begin(), cells.end(),
                      [&](std::string_view cell) { return starts(cell, {"organi", "entit", "group"}); });
}

namespace {

// A rule of a grid table: "+------+-----+", "+======+=====+".
bool is_grid_rule(std::string_view content) {
  return content.size() >= 3 && content.front() == '+' && content.back() == '+' &&
         content.find_first_not_of("+-=: ") == std::string_view::npos;
}

// A cell that holds a name: some letter, and not an image or a tag alone ("[![](logo.png)](...)",
// "<p>").
bool may_hold_name(std::string_view cell) {
  if (cell.starts_with("[![") || cell.starts_with("![") || (cell.starts_with('<') && cell.ends_with('>'))) return false;
  for (const char c : cell) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

}  // namespace

std::optional<TableColumn::Row> TableColumn::read(std::string_view content) {
  if (is_grid_rule(content)) {
    grid_ = true;
    row_state_ = RowState::kNotStarted;
    return Row{true};
  }
  if (!content.starts_with('|')) {
    // A line that is no row ends the table: the next table ("## Individuals" over "| Name |
    // Affiliation |") has a header of its own.
    *this = TableColumn();
    return std::nullopt;
  }
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  for (std::size_t at = 1; at < content.size();) {
    std::size_t bar = content.find('|', at);
    if (bar == std::string_view::npos) bar = content.size();
    std::size_t begin = at, end = bar;
    // Spaces and tabs pad a cell ("| Name                     \t| Category Prize \t|").
    while (begin < end && (content[begin] == ' ' || content[begin] == '\t')) ++begin;
    while (end > begin && (content[end - 1] == ' ' || content[end - 1] == '\t')) --end;
    if (bar < content.size() || begin < end) cells.emplace_back(begin, end);
    at = bar + 1;
  }
  if (cells.empty()) return Row{true};
  const bool rule = content.find_first_not_of("|-: \t") == std::string_view::npos;
  if (rule) return Row{true};
  const auto cell = [&](std::size_t i) { return content.substr(cells[i].first, cells[i].second - cells[i].first); };
  if (!column_) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (is_column_heading(cell(i))) {
        column_ = i;
        std::vector<std::string_view> header;
        for (std::size_t k = 0; k < cells.size(); ++k) header.push_back(cell(k));
        of_people_ = heads_people(header);
        return Row{true};
      }
    }
    // A table may give a logo or a row number first: its name column is the first that holds
    // words.
    for (std::size_t i = 0; i < cells.size() && !column_; ++i) {
      if (may_hold_name(cell(i))) column_ = i;
    }
    if (!column_) return Row{true};  // a row of logos, numbers or tags alone, before the names
  }
  if (*column_ >= cells.size()) return Row{true};
  const std::string_view text = cell(*column_);
  if (!grid_) return Row{false, cells[*column_].first, cells[*column_].second};
  // In a grid table, a row goes on over lines until its rule: its name cell holds the name up to
  // a hard line break ("Germany\\") or an empty line, then a description.
  if (row_state_ == RowState::kNameDone || (text.empty() || !may_hold_name(text))) {
    if (row_state_ == RowState::kNameGoesOn && text.empty()) row_state_ = RowState::kNameDone;
    return Row{true};
  }
  const bool continues = row_state_ == RowState::kNameGoesOn;
  row_state_ = text.ends_with('\\') ? RowState::kNameDone : RowState::kNameGoesOn;
  return Row{false, cells[*column_].first, cells[*column_].second, continues};
}

std::vector<std::string_view> columns(std::string_view line) {
  std::vector<std::string_view> cells;
  while (!line.empty()) {
    const std::size_t gap = std::min(line.find('\t'), line.find("  "));
    cells.push_back(line.substr(0, gap));
    if (gap == std::string_view::npos) break;
    const std::size_t next = line.find_first_not_of(" \t", gap);
    line = next == std::string_view::npos ? std::string_view() : line.substr(next);
  }
  return cells;
}

}  // namespace hrtext::detail
