#pragma once

// Entity mentions: states, NGOs, UN bodies and other intergovernmental organisations.

#include <optional>
#include <string>
#include <string_view>

#include "hrtext/export.hpp"
#include "hrtext/mention.hpp"

namespace hrtext {

enum class EntityKind {
  kState,   // "state": ISO 3166-1 alpha-3 id
  kNgo,     // "ngo": slug id of the canonical English name
  kUnBody,  // "un_body"
  kIgo,     // "igo"
  kPerson,  // "person": an individual (signatories only)
};

// The kind as the analysis record spells it ("state", "ngo", "un_body", "igo", "person").
[[nodiscard]] HRTEXT_EXPORT std::string_view to_string(EntityKind kind) noexcept;

struct EntityMention : Mention {
  EntityKind kind = EntityKind::kState;
  std::optional<std::string> id;    // canonical id (spec/ids.md), null when unknown
  std::optional<std::string> name;  // canonical name of the entity
};

}  // namespace hrtext
