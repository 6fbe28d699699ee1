#pragma once

// UN document symbols: "A/HRC/40/2", "CERD/C/CHN/CO/14-17", "S/RES/1325 (2000)".

#include <string>
#include <vector>

#include "hrtext/document.hpp"

namespace hrtext::detail {

struct FoundSymbol {
  ByteSpan span;       // in the original text
  std::string symbol;  // without white space: "A/HRC/40/L.1"
};

// Every document symbol of `text`, in order, repeated ones too. A symbol is the root of a UN
// series or treaty body ("A", "S", "E", "ST", "CERD", "CCPR", ...) and components after slashes (session and year
// numbers, series such as HRC, C, CN.4, C.12, WG.6, and RES, L.1, Add.1, Rev.1, Corr.1, CRP.1,
// INF.1, WP.1, PRST, GC, CO, ES-10, 14-17), at least one of them with a digit. White space
// after a slash is read over ("A/HRC/40/ L.1", a line end). Not a symbol: dates and fractions
// ("30/01/2019", "24/7": no root), "HIV/AIDS" (no root, no digit), "PTPR/JS4" (no UN root),
// paths in addresses (after a '/', '.', '=' or '?').
[[nodiscard]] std::vector<FoundSymbol> find_symbols(std::string_view text);

}  // namespace hrtext::detail
