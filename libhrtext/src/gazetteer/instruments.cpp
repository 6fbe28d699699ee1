#include "gazetteer/instruments.hpp"

#include "gazetteer/embedded.hpp"
#include "gazetteer/tsv_table.hpp"

namespace hrtext::detail {

std::vector<InstrumentEntry> builtin_instruments() {
  const TsvTable table(embedded_instruments_tsv(), "data/instruments.tsv");
  const std::size_t id = table.required_column("id");
  const std::size_t name = table.required_column("name");
  const std::size_t type = table.required_column("type");
  const auto acronyms = table.column("acronyms");
  const auto aliases = table.column("aliases");
  const auto parent = table.column("parent");
  std::vector<InstrumentEntry> entries;
  for (const auto& row : table.rows()) {
    entries.push_back({std::string(row.cells[id]), std::string(row.cells[name]),
                       std::string(row.cells[type]), split_values(table.cell(row, acronyms)),
                       split_values(table.cell(row, aliases)), std::string(table.cell(row, parent))});
  }
  return entries;
}

}  // namespace hrtext::detail
