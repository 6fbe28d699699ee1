#pragma once

// Slug ids of organisations: "Human Rights in China" -> "human-rights-in-china".

#include <string>
#include <string_view>

namespace hrtext::detail {

// Lower-case ASCII words joined by '-': diacritics stripped (Asociación -> asociacion), '&'
// read as "and", spaces, dashes, '/' and '_' separating words, other punctuation dropped.
// A name with no ASCII letter or digit left gets "org-" and a hash of the name.
[[nodiscard]] std::string slug(std::string_view name);

}  // namespace hrtext::detail
