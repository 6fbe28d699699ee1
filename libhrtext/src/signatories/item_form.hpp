#pragma once

// What an item of a candidate list reads as, from its own form: the signal that tells a list of
// signers from a list of demands, victims or headings whatever words introduce it.

#include <string_view>

namespace hrtext::detail {

enum class ItemForm {
  kKnownName,     // a name the gazetteers know
  kOrganisation,  // holds an organisation's head noun ("Foundation", "Red", "Réseau")
  kAcronym,       // "FIDH", "ARTICLE 19", "CELS"
  kPerson,        // "Dr. Ana Ruiz", "Jane Doe"
  kCapitalised,   // a short run of capitalised words ("Intervozes", "Derechos Digitales")
  kOther,         // a phrase in lower case, a run of too many capitalised words
  kFragment,      // a sentence or a piece of one, a count ("22 countries"): never a signer
};

// The form of `name` (an item without its list mark and annotations); `known` says whether the
// gazetteers know it.
[[nodiscard]] ItemForm item_form(std::string_view name, bool known);

// Whether `word` starts as a name's word does: a capital of any cased script (Latin, Greek,
// Cyrillic), a letter of a script without case (Arabic, CJK), a digit ("350.org"), or a
// lower-case letter before a capital ("iFreedom").
[[nodiscard]] bool starts_with_capital(std::string_view word);

// How much an item of that form weighs as evidence that its list names signers, from 0 to 1.
[[nodiscard]] double name_weight(ItemForm form) noexcept;

}  // namespace hrtext::detail
