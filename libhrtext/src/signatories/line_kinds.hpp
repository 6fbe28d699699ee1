#pragma once

// What a line around a signatory list is: the marker that opens the list, a sub-heading inside
// it, a line that closes it, prose.

#include <cstddef>
#include <optional>
#include <string_view>

namespace hrtext::detail {

// A signatory marker in English, French, Spanish, Portuguese or Chinese ("Signatories:",
// "Signed by", "The undersigned organisations", "List of countries", "Signataires :",
// "Organizaciones firmantes", "连署团体:"), or the closing of a letter ("Sincerely,").
struct Marker {
  // Where the list starts in the line: after the marker's colon ("Signed by: Amnesty
  // International, ..."), or the line's size when the list starts on the next line.
  std::size_t list_start = 0;
  // A closing: what follows may be one person and a title, not a list.
  bool weak = false;
};
[[nodiscard]] std::optional<Marker> find_marker(std::string_view line);

// A heading inside a list: a short line ending with a colon ("National organisations:"), or
// one that names a group in lower-case words ("International and regional organisations").
// `persons` tells whether it opens a list of individuals ("Individuals (in their personal
// capacity):").
struct SubHeading {
  bool persons = false;
};
[[nodiscard]] std::optional<SubHeading> sub_heading(std::string_view line);

// A line after which no signatory follows: contacts, notes, footnotes, a rule, an address.
[[nodiscard]] bool closes_list(std::string_view line);

// A sentence of running text, not a name ("The experts serve in their individual capacity.").
[[nodiscard]] bool is_prose(std::string_view line);

// How many bytes of bullet or numbering open `line` ("- ", "• ", "12. ", "3) ", "(4) "),
// with the white space after them.
[[nodiscard]] std::size_t list_mark_length(std::string_view line);

}  // namespace hrtext::detail
