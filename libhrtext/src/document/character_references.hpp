#pragma once

// HTML character references in text that a web page left behind ("Center for Democracy &amp;
// Technology", "Caf&eacute;", "&#8220;"), decoded for display.

#include <string>
#include <string_view>

namespace hrtext::detail {

// `text` with its numeric references (&#8220; &#x201C;) and the named references that names
// carry (&amp; &lt; &gt; &quot; &apos; &nbsp; and the accented Latin letters) decoded; an
// unknown or malformed reference is kept as written.
[[nodiscard]] std::string decode_character_references(std::string_view text);

}  // namespace hrtext::detail
