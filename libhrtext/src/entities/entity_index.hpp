#pragma once

// The compiled gazetteer of the entity extractor: every name form of every entity (and, so that
// treaty names are not read as bodies, of every instrument) in one name index.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "hrtext/entities.hpp"
#include "match/name_index.hpp"

namespace hrtext::detail {

// What a name form stands for: an entity, or an instrument (a treaty name is no entity; it only
// tells "CEDAW" the convention from "CEDAW" the committee).
struct IndexedEntity {
  std::optional<EntityKind> kind;  // nullopt: an instrument
  std::string id;
  std::string name;
  std::optional<std::string> parent;  // the organisation a national section belongs to
};

struct EntityIndex {
  NameIndex names;  // NameForm::target indexes `entities`
  std::vector<IndexedEntity> entities;

  // Compiles the gazetteer entries that `options` select, and the built-in instruments.
  // Throws ParseError for an entry without id or name, or the removal of an unknown id;
  // LimitError for a name that is too long or shared by too many entries.
  [[nodiscard]] static EntityIndex compile(const EntityOptions& options);
};

}  // namespace hrtext::detail
