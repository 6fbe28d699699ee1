#pragma once

// Text that was UTF-8, read once as Windows-1252 and written again as UTF-8: "Ã‡ugun" for
// "Çugun", "FundaÃ§Ã£o" for "Fundação", "â€œ" for "“". Pages exported through an old CMS carry
// it; a name shown to a reader is shown repaired.

#include <optional>
#include <string>
#include <string_view>

namespace hrtext::detail {

// `text` repaired, when every character of it is one Windows-1252 has and their bytes, read
// as UTF-8, are valid UTF-8 that holds a character of several bytes; nullopt otherwise (text
// with no mojibake, or a genuine "Ã" among characters no such reading explains).
[[nodiscard]] std::optional<std::string> repair_mojibake(std::string_view text);

}  // namespace hrtext::detail
