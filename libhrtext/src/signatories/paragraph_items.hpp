#pragma once

// Lists written as a paragraph: names separated by commas, semicolons, " | ", " / ", bullets or
// "、", the last one after "and".

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "signatories/list_items.hpp"

namespace hrtext::detail {

// The Arabic comma, which sets names apart as a comma does ("مركز النديم، ومركز بلادي").
inline constexpr std::string_view kArabicComma = "\xD8\x8C";

// Splits `paragraph` at `separator` outside parentheses. With commas, two pieces stay one when
// together they are a name that `is_name` knows ("Bangladesh Occupational Safety, Health and
// Environment Foundation"); the last piece splits at its conjunction unless `is_name` knows it
// whole, where `is_side_name` takes the sides for names ("Norway and Sweden", not "Bosnia and
// Herzegovina").
[[nodiscard]] std::vector<RawItem> split_paragraph(const ItemText& paragraph, std::string_view separator,
                                                   const IsName& is_name, const IsName& is_side_name);

// The separator other than a comma or semicolon that `text`, of `lines` lines, lists names with
// (" | ", " / ", " • ", "、", "،"; dashes on one line, or two a line on half of several), if any: at least twice, and about
// once a line or more (a name of a list of one name a line may hold one: "Clínica Luiz Gama |
// Faculdade de Direito").
[[nodiscard]] std::optional<std::string_view> one_line_separator(std::string_view text, std::size_t lines);

// A paragraph that numbers its names inline, "1. A, role, 2. B, 3. C ... and 8. H." (three
// numbers at least, each the next): the pieces between the numbers, without the commas and the
// conjunction that join them; none when the paragraph does not number so.
[[nodiscard]] std::vector<RawItem> enumerated_items(const ItemText& paragraph);

// Whether `item` is two names that a conjunction joins, each a name by `is_name` ("Amnesty
// International and Human Rights Watch"; not "Bosnia and Herzegovina").
[[nodiscard]] bool joins_two_names(std::string_view item, const IsName& is_name);

// "and Sweden" -> "Sweden": the conjunction before the last item of a list.
[[nodiscard]] std::string_view without_conjunction(std::string_view piece);

}  // namespace hrtext::detail
