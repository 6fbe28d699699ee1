#pragma once

// The compiled gazetteer of the entity extractor: every name form of every entity (and, so that
// treaty names are not read as bodies, of every instrument) in one phrase matcher.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "hrtext/entities.hpp"
#include "match/phrase_matcher.hpp"

namespace hrtext::detail {

// What a name form stands for: an entity, or an instrument (a treaty name is no entity; it only
// keeps its words from being read as one).
struct IndexedEntity {
  std::optional<EntityKind> kind;  // nullopt: an instrument
  std::string id;
  std::string name;
};

struct NameForm {
  std::uint32_t entity = 0;     // index into EntityIndex::entities
  bool acronym = false;         // must match the text case-sensitively
  bool needs_support = false;   // written with a trailing '?'
  bool capitalised = false;     // must start with a capital: "Chad", "People in Need"
  bool all_caps = false;        // a name written in capitals: "ARTICLE 19", matched as written
  std::string written;          // the form as written (for acronyms, without white space)
};

struct EntityIndex {
  // The extractor keeps the forms that fit a match in a 64-bit mask.
  static constexpr std::size_t kMaxFormsPerPhrase = 64;

  PhraseMatcher matcher;
  std::vector<IndexedEntity> entities;
  std::vector<std::vector<NameForm>> forms_by_phrase;  // indexed by phrase id
  std::size_t form_count = 0;

  // Compiles the gazetteer entries that `options` select, and the built-in instruments.
  // Throws ParseError for an entry without id or name, LimitError for a name that is too long.
  [[nodiscard]] static EntityIndex compile(const EntityOptions& options);
};

}  // namespace hrtext::detail
