#pragma once

// The signatories of a joint letter or joint statement.

#include <optional>
#include <string>

#include "hrtext/entities.hpp"
#include "hrtext/mention.hpp"

namespace hrtext {

// One signatory, in list order. `text` is the contiguous part of the name where the span
// starts; `name` the whole name cleaned for display (joined where the layout wraps it).
struct Signatory : Mention {
  EntityKind kind = EntityKind::kNgo;
  std::optional<std::string> id;  // null when the signatory resolves to no known entity
  std::string name;
};

}  // namespace hrtext
