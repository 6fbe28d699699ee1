#pragma once

// The instruments (treaties, declarations, standards) of libhrtext/data/instruments.tsv.

#include <string>
#include <vector>

namespace hrtext::detail {

struct InstrumentEntry {
  std::string id;
  std::string name;
  std::string type;  // the generic noun a back-reference uses: "covenant", "convention", ...
  std::vector<std::string> acronyms;
  std::vector<std::string> aliases;
  std::string parent;  // the instrument a protocol supplements ("ILO-C029" for "ILO-P029"), or empty
};

[[nodiscard]] std::vector<InstrumentEntry> builtin_instruments();

}  // namespace hrtext::detail
