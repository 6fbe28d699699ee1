// Reading gazetteers: the public parse/load functions and the compiled-in data.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "gazetteer/cldr_names.hpp"
#include "gazetteer/embedded.hpp"
#include "gazetteer/tsv_table.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/error.hpp"

namespace hrtext {

std::vector<GazetteerEntry> parse_gazetteer(std::string_view tsv, EntityKind default_kind,
                                            std::string_view origin) {
  const detail::TsvTable table(tsv, origin);
  const std::size_t id_column = table.required_column("id");
  const std::size_t name_column = table.required_column("name");
  const auto kind_column = table.column("kind");
  const auto acronyms_column = table.column("acronyms");
  const auto aliases_column = table.column("aliases");
  const auto parent_column = table.column("parent");

  std::vector<GazetteerEntry> entries;
  std::set<std::string, std::less<>> ids;
  for (const auto& row : table.rows()) {
    GazetteerEntry entry;
    entry.id = std::string(row.cells[id_column]);
    entry.name = std::string(row.cells[name_column]);
    if (entry.id.empty() || entry.name.empty()) {
      throw ParseError(table.where(row) + ": an entry needs an id and a name");
    }
    if (!ids.insert(entry.id).second) {
      throw ParseError(table.where(row) + ": the id '" + entry.id + "' is used twice");
    }
    const std::string_view kind = table.cell(row, kind_column);
    try {
      entry.kind = kind.empty() ? default_kind : entity_kind_from_string(kind);
    } catch (const ParseError& error) {
      throw ParseError(table.where(row) + ": " + error.what());
    }
    if (entry.kind == EntityKind::kPerson) {
      throw ParseError(table.where(row) + ": a gazetteer holds states, NGOs, UN bodies and IGOs, not persons");
    }
    entry.acronyms = detail::split_values(table.cell(row, acronyms_column));
    entry.aliases = detail::split_values(table.cell(row, aliases_column));
    const std::string_view parent = table.cell(row, parent_column);
    if (!parent.empty()) entry.parent = std::string(parent);
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::vector<GazetteerEntry> load_gazetteer(const std::string& path, EntityKind default_kind) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) throw IoError("the gazetteer file '" + path + "' is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot open the gazetteer file '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw IoError("cannot read the gazetteer file '" + path + "'");
  return parse_gazetteer(text.str(), default_kind, path);
}

std::vector<GazetteerEntry> builtin_gazetteer() {
  std::vector<GazetteerEntry> entries =
      parse_gazetteer(detail::embedded_states_tsv(), EntityKind::kState, "data/states.tsv");
  for (GazetteerEntry& state : entries) {
    for (const std::string& name : detail::cldr_region_names(state.id)) {
      const bool known = name == state.name ||
                         std::find(state.aliases.begin(), state.aliases.end(), name) !=
                             state.aliases.end();
      if (!known) state.aliases.push_back(name);
    }
  }
  struct DataFile {
    std::string_view text;
    EntityKind kind;
    std::string_view origin;
  };
  const DataFile organisations[] = {
      {detail::embedded_un_bodies_tsv(), EntityKind::kUnBody, "data/un_bodies.tsv"},
      {detail::embedded_igos_tsv(), EntityKind::kIgo, "data/igos.tsv"},
      {detail::embedded_ngos_tsv(), EntityKind::kNgo, "data/ngos.tsv"},
  };
  for (const DataFile& file : organisations) {
    std::vector<GazetteerEntry> more = parse_gazetteer(file.text, file.kind, file.origin);
    entries.insert(entries.end(), std::make_move_iterator(more.begin()),
                   std::make_move_iterator(more.end()));
  }
  return entries;
}

}  // namespace hrtext
