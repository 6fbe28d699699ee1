#pragma once

// The bytes of an input as UTF-8: byte order marks, UTF-16, and the charset an HTML page
// declares.

#include <string>
#include <string_view>

namespace hrtext::detail {

// `bytes` as UTF-8: a UTF-8 byte order mark dropped, UTF-16 with a byte order mark converted,
// and text in `charset` (an ICU converter name, "windows-1252", "iso-8859-1", "shift_jis"...)
// converted unless it names UTF-8 or is empty. The result is not validated yet. Throws
// ParseError naming an unknown charset, or bytes the charset cannot read.
[[nodiscard]] std::string to_utf8(std::string_view bytes, std::string_view charset);

// The charset an HTML page declares in its first kilobytes (<meta charset="...">, or the
// http-equiv content "text/html; charset=..."), or an empty view.
[[nodiscard]] std::string declared_charset(std::string_view html);

}  // namespace hrtext::detail
