#pragma once

// Lists laid out as tables: Markdown pipe tables ("| Amnesty International | Norway |"), grid
// tables ("+----+----+" rules, cells wrapped over lines) and columns aligned with spaces or tabs.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace hrtext::detail {

// The heading of a table's name column ("Organisation", "Name", "Nombre").
[[nodiscard]] bool is_column_heading(std::string_view cell);

// Whether the cells of a row are a table's header: one of them a column heading, each a word
// or a few ("NO. | Name | Chevening Year | Country").
[[nodiscard]] bool is_header_row(std::span<const std::string_view> cells);

// Whether a header row's cells head a column of people: one says "Name" ("Nom", "Nombre",
// "Nome"), none "Organisation" or "Entity".
[[nodiscard]] bool heads_people(std::span<const std::string_view> cells);

// The name cell of the rows of a Markdown table ("| Amnesty International | Norway |"): the
// column the header calls the organisation or name, else the first that holds words rather than
// a logo or a row number.
class TableColumn {
 public:
  struct Row {
    bool skip = false;  // a rule ("|---|---|", "+----+"), the header, or a cell with no name
    std::size_t begin = 0;
    std::size_t end = 0;
    bool continues = false;  // in a grid table, the name of the row the line before began
  };

  // The row `content` is, or nullopt when it is no table row (which ends the table).
  std::optional<Row> read(std::string_view content);

  // Whether the table's header heads a column of people (heads_people).
  [[nodiscard]] bool of_people() const noexcept { return of_people_; }

 private:
  bool of_people_ = false;
  enum class RowState { kNotStarted, kNameGoesOn, kNameDone };
  std::optional<std::size_t> column_;
  bool grid_ = false;
  RowState row_state_ = RowState::kNotStarted;
};

// The columns of a line laid out with spaces or tabs ("Amnesty International      Norway"):
// names never hold a tab or two spaces in a row.
[[nodiscard]] std::vector<std::string_view> columns(std::string_view line);

}  // namespace hrtext::detail
