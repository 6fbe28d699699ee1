#pragma once

// What the analyzer takes from a signatory list: the signatories, and the other mentions of
// them the list holds.

#include <vector>

#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/signatories.hpp"

namespace hrtext::detail {

struct SignatoryLayer {
  std::vector<Signatory> signatories;  // as find_signatories gives them
  // A signatory's name in another script on the line after it ("苏格兰职业危害中心" under
  // "Scottish Hazards Centre"), with the signatory's kind, id and name.
  std::vector<Signatory> translations;
};

[[nodiscard]] SignatoryLayer read_signatories(const Document& document, const EntityExtractor& entities);

}  // namespace hrtext::detail
