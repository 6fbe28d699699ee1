#pragma once

// The items of a signatory list, in the layouts letters use: one a line (bulleted, numbered,
// with sub-headings and wrapped names), a paragraph separated by semicolons or commas with the
// last item after "and", and the states a speaker names "on behalf of".

#include <cstddef>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "signatories/list_text.hpp"

namespace hrtext::detail {

struct RawItem {
  ItemText text;
  bool person = false;   // listed under a heading of individuals
  bool mandate = false;  // a mandate of the special procedures that its holder signs for
  bool later_column = false;  // a row's second column or after: a place there annotates the name
  bool block_head = false;    // a person's name that opens a block of their titles (person_blocks)
  // The same name in another script on the line after ("苏格兰职业危害中心" under "Scottish
  // Hazards Centre"): no signatory of its own, but a mention of the same organisation.
  std::vector<ItemText> translations;
};

// Whether a string is the name of a known entity: lets a paragraph keep "Safety, Health and
// Environment Foundation" whole and split "Norway and Sweden" in two.
using IsName = std::function<bool(std::string_view)>;

// The items of the list that starts on `lines[first]`, from byte `start` of the document.
[[nodiscard]] std::vector<RawItem> list_items(std::string_view text, std::span<const TextLine> lines,
                                              std::size_t first, std::size_t start, const IsName& is_name);

// The names a speaker delivers a statement "on behalf of" ("on behalf of Canada, Denmark, ...
// and my own country, Australia"; "au nom de", "en nombre de"), each a known name: the first
// such list of at least three.
// Whether a piece speaks of others as a group: "a group of States", "other countries", "the
// Arab Group", "otros países" (and "United States": ask the gazetteers first).
[[nodiscard]] bool speaks_of_a_group(std::string_view piece);

[[nodiscard]] std::vector<RawItem> behalf_items(std::string_view text, const IsName& is_name);

// Whether `text` says it speaks on behalf of a group of States it does not name there ("on
// behalf of over 40 countries", "au nom d'un groupe de pays"): the States that sign are listed
// elsewhere, after the statement often.
[[nodiscard]] bool behalf_of_a_group(std::string_view text);

// Runs of at least three short lines, one name each, that no marker opens: candidates for the
// list that closes a document. The last three runs, last first.
[[nodiscard]] std::vector<std::vector<RawItem>> unmarked_runs(std::string_view text,
                                                              std::span<const TextLine> lines);

}  // namespace hrtext::detail
