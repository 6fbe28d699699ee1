#pragma once

// Slug ids of organisations ("Human Rights in China" -> "human-rights-in-china") and the keys
// that tell two spellings of one name for the same.

#include <string>
#include <string_view>

namespace hrtext::detail {

// Lower-case ASCII words joined by '-': diacritics stripped (Asociación -> asociacion), '&'
// read as "and", apostrophes and full stops dropped ("Women's", "U.S."), other punctuation
// and white space separating words.
// A name with no ASCII letter or digit left gets "org-" and a hash of the name.
[[nodiscard]] std::string slug(std::string_view name);

// The words of a name in every script, case-folded and without diacritics, joined by single
// spaces; a leading "the" dropped and spelling variants and abbreviations made one word
// ("Organization", "Org." -> "organisation"; "Center" -> "centre"; "Intl." -> "international"):
// "The Women's Int'l Org. & Co." -> "womens international organisation and co".
[[nodiscard]] std::string name_key(std::string_view name);

}  // namespace hrtext::detail
