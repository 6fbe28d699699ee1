#pragma once

// Names of states and territories in the six UN languages, from ICU's CLDR data.

#include <string>
#include <string_view>
#include <vector>

namespace hrtext::detail {

// The CLDR display names (full and short) of the region with ISO 3166-1 alpha-3 code `alpha3`
// in Arabic, Chinese (simplified and traditional), English, French, Russian and Spanish,
// without duplicates. Empty for codes CLDR does not know (historic states). Thread-safe; the
// table is built on first use.
[[nodiscard]] const std::vector<std::string>& cldr_region_names(std::string_view alpha3);

}  // namespace hrtext::detail
