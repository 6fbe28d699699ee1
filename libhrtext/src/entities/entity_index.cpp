#include "entities/entity_index.hpp"

#include <algorithm>

#include "gazetteer/instruments.hpp"
#include "hrtext/error.hpp"

namespace hrtext::detail {
namespace {

// The gazetteer the options ask for: the built-in entries (unless switched off) less the
// removed ids, with added entries replacing those of the same id.
std::vector<GazetteerEntry> selected_entries(const EntityOptions& options) {
  std::vector<GazetteerEntry> entries;
  if (options.builtin) entries = builtin_gazetteer();
  const auto removed = [&](const GazetteerEntry& entry) {
    return std::find(options.remove.begin(), options.remove.end(), entry.id) != options.remove.end() ||
           std::any_of(options.add.begin(), options.add.end(),
                       [&](const GazetteerEntry& added) { return added.id == entry.id; });
  };
  for (const std::string& id : options.remove) {
    const bool known = std::any_of(entries.begin(), entries.end(),
                                   [&](const GazetteerEntry& entry) { return entry.id == id; });
    if (!known) throw ParseError("cannot remove '" + id + "': no gazetteer entry has that id");
  }
  std::erase_if(entries, removed);
  for (const GazetteerEntry& added : options.add) {
    if (added.id.empty() || added.name.empty()) {
      throw ParseError("a gazetteer entry needs an id and a name (got id '" + added.id +
                       "', name '" + added.name + "')");
    }
    entries.push_back(added);
  }
  return entries;
}

}  // namespace

EntityIndex EntityIndex::compile(const EntityOptions& options) {
  NameIndexBuilder builder;
  std::vector<IndexedEntity> entities;
  for (const GazetteerEntry& entry : selected_entries(options)) {
    // Names of NGOs are ordinary words too ("People in Need"): they need their capitals.
    builder.add(static_cast<std::uint32_t>(entities.size()), entry.name, entry.aliases, entry.acronyms,
                entry.kind == EntityKind::kNgo);
    entities.push_back({entry.kind, entry.id, entry.name, entry.parent});
  }
  for (const InstrumentEntry& instrument : builtin_instruments()) {
    builder.add(static_cast<std::uint32_t>(entities.size()), instrument.name, instrument.aliases,
                instrument.acronyms, false);
    entities.push_back({std::nullopt, instrument.id, instrument.name, std::nullopt});
  }
  return {std::move(builder).build(), std::move(entities)};
}

}  // namespace hrtext::detail
