#pragma once

// Whether the words around a name that is both a body's and an instrument's ("CAT", "CRC",
// "CEDAW", "CRPD") make it the instrument. The entity and the citation extractors ask the same
// question of the same words, so that one mention is never both (nor neither).

#include <cstddef>
#include <string_view>

namespace hrtext::detail {

// `start` and `end` delimit the name in the normalised text. "article 3 of CAT", "ratify CEDAW",
// "under the CRC", "CRPD, art. 12", "CAT article 3": the instrument; "CAT's review", "the CEDAW
// Committee", "the CRC recommended": the body.
[[nodiscard]] bool reads_as_instrument(std::string_view normalized, std::size_t start, std::size_t end);

}  // namespace hrtext::detail
