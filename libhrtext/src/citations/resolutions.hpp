#pragma once

// Resolutions and decisions referred to by number: "Human Rights Council resolution 37/23",
// "GA Res 60/251", "Security Council resolution 1325 (2000)", "resolutions 37/23 and 40/1".

#include <optional>
#include <string>
#include <vector>

#include "hrtext/document.hpp"

namespace hrtext::detail {

struct FoundResolution {
  ByteSpan span;  // original text
  std::string number;                 // "37/23", "1325 (2000)", "S-27/1"
  std::optional<std::string> symbol;  // "A/HRC/RES/37/23", "S/RES/1325(2000)"
};

// Each resolution of the document, in order: the first of a list from the adopting body's name
// when it directly precedes (else from "resolution"), to the end of its number and year; each
// further number of the list on its own. The symbol comes from the body named before or after
// ("resolutions 33/30 and 34/18 of the Human Rights Council") or, unnamed, from the number when
// only one body numbers so ("1325 (2000)": the Security Council; "2200 A (XXI)", "60/251": the
// General Assembly; "decision 2/102": the Human Rights Council), or from the one body numbering
// alike that the document names; else it is null.
[[nodiscard]] std::vector<FoundResolution> find_resolutions(const Document& document);

}  // namespace hrtext::detail
