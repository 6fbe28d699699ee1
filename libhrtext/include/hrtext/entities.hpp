#pragma once

// Entity mentions (states, NGOs, UN bodies, other intergovernmental organisations), the
// gazetteers they are found with, and the extractor.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/export.hpp"
#include "hrtext/mention.hpp"

namespace hrtext {

class Document;

enum class EntityKind {
  kState,   // "state": ISO 3166-1 alpha-3 id
  kNgo,     // "ngo": slug id of the canonical English name
  kUnBody,  // "un_body"
  kIgo,     // "igo"
  kPerson,  // "person": an individual (signatories only)
};

// The kind as the analysis record spells it ("state", "ngo", "un_body", "igo", "person").
[[nodiscard]] HRTEXT_EXPORT std::string_view to_string(EntityKind kind) noexcept;
// The kind of a record spelling; throws ParseError for an unknown one.
[[nodiscard]] HRTEXT_EXPORT EntityKind entity_kind_from_string(std::string_view kind);

struct EntityMention : Mention {
  EntityKind kind = EntityKind::kState;
  std::optional<std::string> id;    // canonical id (spec/ids.md), null when unknown
  std::optional<std::string> name;  // canonical name of the entity
};

// One entity of a gazetteer. Names (`name` and `aliases`) match case-insensitively, except
// that a one-word name or an NGO's name written with a capital must start with it in the text
// ("Chad", not "chad"; "People in Need", not "people in need") and a name written in capitals
// matches as written ("ARTICLE 19"); `acronyms` match case-sensitively. A form ending in "?" is ambiguous ("AI?", "Commissioner for Human
// Rights?"): it counts only in a document that also names the entity unambiguously or defines
// the form ("Amnesty International (AI)").
struct GazetteerEntry {
  EntityKind kind = EntityKind::kNgo;
  std::string id;
  std::string name;
  std::vector<std::string> acronyms;
  std::vector<std::string> aliases;
  std::optional<std::string> parent;  // the organisation a national section belongs to
};

// Reads gazetteer entries from tab-separated text with a header line naming the columns: `id`
// and `name` are required; `kind` (state, ngo, un_body, igo; else `default_kind`), `acronyms`,
// `aliases` (several separated by " | "), `parent` and others are optional. Lines starting
// with # are comments. Throws ParseError naming `origin` and the line of any error.
[[nodiscard]] HRTEXT_EXPORT std::vector<GazetteerEntry> parse_gazetteer(
    std::string_view tsv, EntityKind default_kind = EntityKind::kNgo,
    std::string_view origin = "gazetteer");
// The same from a UTF-8 file; throws IoError when it cannot be read.
[[nodiscard]] HRTEXT_EXPORT std::vector<GazetteerEntry> load_gazetteer(
    const std::string& path, EntityKind default_kind = EntityKind::kNgo);
// The gazetteers compiled into the library (libhrtext/data), with the names of every state in
// the six UN languages from ICU's CLDR data.
[[nodiscard]] HRTEXT_EXPORT std::vector<GazetteerEntry> builtin_gazetteer();

struct EntityOptions {
  // Start from the gazetteers compiled into the library.
  bool builtin = true;
  // Entries to add; one with the id of an existing entry replaces it.
  std::vector<GazetteerEntry> add;
  // Ids of entries to remove (an id no entry has is a ParseError).
  std::vector<std::string> remove;
  // Recognise organisations that are in no gazetteer by their form ("... Foundation",
  // "... Network", "... for Human Rights"), with the slug of their name as id.
  bool unlisted_organisations = true;
};

// The entity a name on its own stands for (see EntityExtractor::resolve).
struct ResolvedEntity {
  EntityKind kind = EntityKind::kNgo;
  std::string id;
  std::string name;                   // the canonical name
  std::optional<std::string> parent;  // the organisation a national section belongs to
  bool approximate = false;           // found by edit distance, not by its key
};

// Finds entity mentions. Compiled once from its options, then immutable and safe to use from
// many threads at once.
class HRTEXT_EXPORT EntityExtractor {
 public:
  [[nodiscard]] static EntityExtractor compile(const EntityOptions& options = {});
  EntityExtractor(EntityExtractor&&) noexcept;
  EntityExtractor& operator=(EntityExtractor&&) noexcept;
  EntityExtractor(const EntityExtractor&) = delete;
  EntityExtractor& operator=(const EntityExtractor&) = delete;
  ~EntityExtractor();

  // The mentions in `document`, sorted by start, none overlapping another.
  [[nodiscard]] std::vector<EntityMention> extract(const Document& document) const;

  // The entity that `name`, written on its own (a signatory, a table cell), is the name, an
  // alias or the acronym of. Names are compared by key: without case, diacritics, punctuation
  // and a leading "The", "&" read as "and", spelling variants and abbreviations made one
  // ("Organization"/"Organisation", "Center"/"Centre", "Intl."/"International"). Failing that,
  // the nearest name within a small edit distance: one edit from 8 characters of key, two from
  // 20, never a name whose digits differ ("Amnesty Internatonal"; not "Article 18" for
  // "Article 19"). When several entities fit equally, the one of kind `preferred` if it is the
  // only one of that kind; else nullopt, as for a name no entity is near. A form the gazetteer
  // marks ambiguous ("ICJ?") resolves only to an entity of kind `preferred`. Without
  // `approximate`, only names of the same key count.
  [[nodiscard]] std::optional<ResolvedEntity> resolve(std::string_view name,
                                                      std::optional<EntityKind> preferred = std::nullopt,
                                                      bool approximate = true) const;

  // Distinct entities and distinct name forms compiled.
  [[nodiscard]] std::size_t entity_count() const noexcept;
  [[nodiscard]] std::size_t form_count() const noexcept;

 private:
  struct Impl;
  explicit EntityExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace hrtext
