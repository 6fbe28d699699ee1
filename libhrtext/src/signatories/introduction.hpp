#pragma once

// What the words that introduce a list say of it: that its names sign ("The following groups
// endorse this appeal:", "Las organizaciones que suscriben", "Подписали:"), that it lists
// something else (recipients, votes, members, victims, recommendations), whether they are
// people or States, whether the list is only part of the signers ("including") and how many
// signers the text states ("on behalf of 47 countries").
//
// The words are read by their stems in twelve languages, not matched against a list of whole
// headings, so that an introduction no letter used before is read as well as a known one.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hrtext::detail {

struct Introduction {
  bool signers = false;     // the names sign, endorse, support, join, or are those "on behalf of" whom
  bool other_list = false;  // the names are recipients, voters, members, participants, victims...
  bool persons = false;     // "individuals", "in their personal capacity", "academics"
  bool states = false;      // "countries", "States", "pays", "países"
  bool partial = false;     // "including", "among them", "notamment", "entre ellas"
  std::optional<std::size_t> stated;  // "22 countries", "39 other NGOs" (39: the caller adds the named)
  bool others = false;      // the stated count is of "other" signers

  [[nodiscard]] bool says_anything() const noexcept { return signers || other_list; }
};

// Reads `words` (any length; only the last 1,000 bytes are read, where an introduction ends).
[[nodiscard]] Introduction read_introduction(std::string_view words);

// The number a folded word writes, in digits ("22"; not a year) or in words ("three", "cinco").
[[nodiscard]] std::optional<std::size_t> number_of(std::string_view word);

// Whether a folded word opens as number_of's words do (a digit, or the first two bytes of a
// number in words): false tells cheaply that it writes none.
[[nodiscard]] bool opens_like_number(std::string_view word);

// Whether `name` opens with a plural noun of the groups that sign ("Organizaciones de Sociedad
// Civil", "NGOs of the region"): a description of signers, no name of one.
[[nodiscard]] bool opens_with_group_noun(std::string_view name);

// `text` case-folded with Unicode's default folding ("Подписали" -> "подписали").
[[nodiscard]] std::string fold_case(std::string_view text);

// `text` in lower case, each character whose lower case is written in as many bytes
// ("Заявление" -> "заявление"), every other as it is: offsets into the result are offsets into
// `text`.
[[nodiscard]] std::string lower_case_in_place(std::string_view text);

}  // namespace hrtext::detail
