#pragma once

// The tab-separated tables of libhrtext/data and of user gazetteers.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hrtext::detail {

// A table read from TSV text: the first line that is not a comment names the columns; lines
// starting with # and blank lines are skipped. Cells are views into the text.
class TsvTable {
 public:
  struct Row {
    std::size_t line = 0;  // 1-based line number in the text
    std::vector<std::string_view> cells;
  };

  // Throws ParseError (naming `origin` and the line) for invalid UTF-8, a missing header, or a
  // row with more cells than the header has columns. Missing trailing cells are empty.
  TsvTable(std::string_view text, std::string_view origin);

  [[nodiscard]] const std::vector<Row>& rows() const noexcept { return rows_; }
  [[nodiscard]] const std::string& origin() const noexcept { return origin_; }
  // The index of a column, or nullopt; `required` columns throw ParseError when absent.
  [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const;
  [[nodiscard]] std::size_t required_column(std::string_view name) const;
  // The cell of a row in a column (empty when the column is absent).
  [[nodiscard]] std::string_view cell(const Row& row, std::optional<std::size_t> column) const;
  // "origin:line: message", for errors about a row.
  [[nodiscard]] std::string where(const Row& row) const;

 private:
  std::string origin_;
  std::vector<std::string_view> columns_;
  std::vector<Row> rows_;
};

// The values of a multi-valued cell: separated by '|', trimmed, empty ones dropped.
[[nodiscard]] std::vector<std::string> split_values(std::string_view cell);

}  // namespace hrtext::detail
