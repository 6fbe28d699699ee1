#pragma once

// The signatories of a joint letter or joint statement.

#include <optional>
#include <string>
#include <vector>

#include "hrtext/entities.hpp"
#include "hrtext/export.hpp"
#include "hrtext/mention.hpp"

namespace hrtext {

class Document;

// One signatory, in list order. `text` is the contiguous part of the name where the span
// starts; `name` the whole name cleaned for display (joined where the layout wraps it).
struct Signatory : Mention {
  EntityKind kind = EntityKind::kNgo;
  // The entity's id; for an organisation in no gazetteer the slug of its name
  // ("internet-bolivia"); null for a person.
  std::optional<std::string> id;
  std::string name;
  std::optional<std::string> parent;  // the organisation a national section belongs to
};

// The signatories of `document`, each once, in list order; empty when it has none. The list is
// found after a marker ("Signatories:", "Signed by", "The undersigned organisations",
// "Organisations signataires", "Firmantes:", "连署团体:"), else in the states a statement is
// delivered "on behalf of", else as the list of known names that closes the document; one
// name a line (bulleted, numbered, under sub-headings, wrapped over lines), or separated by
// semicolons or commas. Names lose numbering, bullets, footnote marks, links and annotations
// ("(Norway)", "– International", an acronym in parentheses); individuals ("Individuals:",
// "Dr. ...", "(in personal capacity)") are `person` signatories without their role. Names are
// resolved to entities with `entities` (EntityExtractor::resolve).
[[nodiscard]] HRTEXT_EXPORT std::vector<Signatory> find_signatories(const Document& document,
                                                                   const EntityExtractor& entities);

}  // namespace hrtext
