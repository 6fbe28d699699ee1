#pragma once

// Organisations that are in no gazetteer, recognised from the form of their names.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/document.hpp"

namespace hrtext::detail {

struct UnlistedOrganisation {
  ByteSpan span;     // in the original text
  std::string name;  // as written, white space folded
};

// Names of organisations in the paragraphs of `text` (valid UTF-8), by their form: a run of
// capitalised words within a paragraph (a name may wrap over lines), joined by lower-case particles (of, for, the, and, de, pour, para, ...), that holds
// a head noun of civil-society organisations (Foundation, Association, Network, Centre,
// Coalition, Watch, Institute, Initiative, Alliance, League, Federation, Society, Union, Forum,
// Trust, Project, Campaign, Movement, Defenders, and their French, Spanish and Portuguese
// forms) or ends in "for Human Rights", and no word of states, courts, companies or
// universities (Ministry, Government, Court, University, Company, Council, Commission, ...).
// Runs of capitals only (headings) are not names. A run is cut at "and" ("y", "et", "e") where
// both sides are names: where both hold a head noun, or the left side is a `known` name (sorted
// by start): "Amnesty International and the Lantern Network", "Soviet Union and Yugoslavia".
[[nodiscard]] std::vector<UnlistedOrganisation> find_unlisted_organisations(
    std::string_view text, std::span<const ByteSpan> paragraphs, std::span<const ByteSpan> known);

// Whether `word`, as written, is one of the head nouns above ("Foundation", "Réseau").
[[nodiscard]] bool is_organisation_head_noun(std::string_view word);

}  // namespace hrtext::detail
