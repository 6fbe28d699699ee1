#include "match/instrument_context.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include "match/tokens.hpp"

namespace hrtext::detail {

bool reads_as_instrument(std::string_view normalized, std::size_t start, std::size_t end) {
  static const std::set<std::string_view> kBefore = {
      "article", "articles", "art", "arts", "ratify", "ratified", "ratifying", "ratification",
      "accede", "acceded", "accession", "party", "parties", "under", "protocol", "provisions",
      "obligations", "violation", "violations", "breach", "signatory", "signed", "implement",
      "implementing", "implementation"};
  static const std::set<std::string_view> kAfter = {"article", "art", "arts", "articles",
                                                    "convention", "protocol", "obligations"};
  // The last four tokens before the name (nearest last) and the first two after it.
  std::vector<std::string_view> before;
  const std::size_t from = start > 60 ? start - 60 : 0;
  for_each_token(normalized.substr(from, start - from), [&](std::size_t s, std::size_t e) {
    before.push_back(normalized.substr(from + s, e - s));
  });
  std::vector<std::string_view> after;
  const std::string_view rest = normalized.substr(end, 40);
  for_each_token(rest, [&](std::size_t s, std::size_t e) {
    if (after.size() < 2) after.push_back(rest.substr(s, e - s));
  });
  const std::size_t n = before.size();
  for (std::size_t k = 0; k < std::min<std::size_t>(n, 4); ++k) {
    if (kBefore.count(before[n - 1 - k])) return true;
  }
  if (!after.empty() && kAfter.count(after[0])) return true;
  return after.size() > 1 && after[0] == "," && kAfter.count(after[1]);  // "CRPD, art. 12"
}

}  // namespace hrtext::detail
