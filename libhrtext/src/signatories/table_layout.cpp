#include "signatories/table_layout.hpp"

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

std::optional<TableColumn::Row> TableColumn::read(std::string_view content) {
  if (!content.starts_with('|')) return std::nullopt;
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  for (std::size_t at = 1; at < content.size();) {
    std::size_t bar = content.find('|', at);
    if (bar == std::string_view::npos) bar = content.size();
    std::size_t begin = at, end = bar;
    while (begin < end && content[begin] == ' ') ++begin;
    while (end > begin && content[end - 1] == ' ') --end;
    cells.emplace_back(begin, end);
    at = bar + 1;
  }
  if (cells.empty()) return Row{true};
  const bool rule = content.find_first_not_of("|-: \t") == std::string_view::npos;
  if (rule) return Row{true};
  if (!column_) {
    column_ = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (is_column_heading(content.substr(cells[i].first, cells[i].second - cells[i].first))) {
        column_ = i;
        return Row{true};
      }
    }
  }
  if (*column_ >= cells.size()) return Row{true};
  return Row{false, cells[*column_].first, cells[*column_].second};
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
