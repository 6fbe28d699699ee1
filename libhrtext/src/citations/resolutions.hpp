#pragma once

// Resolutions and decisions referred to by number: "Human Rights Council resolution 37/23",
// "GA Res 60/251", "Security Council resolution 1325 (2000)", "resolutions 37/23 and 40/1".

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "hrtext/document.hpp"

namespace re2 {
class RE2;
}

namespace hrtext::detail {

struct FoundResolution {
  ByteSpan span;  // original text
  std::string number;                 // "37/23", "1325 (2000)", "S-27/1"
  std::optional<std::string> symbol;  // "A/HRC/RES/37/23", "S/RES/1325(2000)"
};

class ResolutionFinder {
 public:
  ResolutionFinder();
  ~ResolutionFinder();
  ResolutionFinder(ResolutionFinder&&) noexcept;
  ResolutionFinder& operator=(ResolutionFinder&&) noexcept;

  // Each resolution of the document, in order: the first of a list from the adopting body's
  // name when it directly precedes (else from "resolution"), to the end of its number and year;
  // each further number of the list on its own. The symbol comes from the body named before
  // or after ("resolutions 33/30 and 34/18 of the Human Rights Council") or, unnamed, from the
  // number when only one body numbers so (a year in parentheses: the Security Council; a
  // session above 62 or a number above 80: the General Assembly); else it is null.
  [[nodiscard]] std::vector<FoundResolution> find(const Document& document) const;

 private:
  std::unique_ptr<re2::RE2> keywords_;
};

}  // namespace hrtext::detail
