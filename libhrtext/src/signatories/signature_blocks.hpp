#pragma once

// Signers named by the signature blocks that close UN letters and communications:
//   "(Signed) Ahmed Ihab Gamaleldin\nAmbassador, Permanent Representative of Egypt" (Egypt signs)
//   "Irene Khan\nSpecial Rapporteur on the promotion and protection of the right to freedom of
//   opinion and expression" (the mandate signs, for its holder)

#include <span>
#include <string_view>
#include <vector>

#include "signatories/list_items.hpp"
#include "signatories/list_text.hpp"

namespace hrtext::detail {

// The signers of the signature blocks in the second half of `text`, in text order: States
// (each a known name) and mandates (`mandate` set).
[[nodiscard]] std::vector<RawItem> signature_blocks(std::string_view text, std::span<const TextLine> lines,
                                                    const IsName& is_name);

// The mandates that a communication of the special procedures names in its heading ("Mandates
// of the Working Group on Arbitrary Detention; the Special Rapporteur on ...", "Mandats du
// Rapporteur spécial ..."), each a mandate item, from the first line that opens so; none when
// no line does.
[[nodiscard]] std::vector<RawItem> mandate_heading(std::string_view text, std::span<const TextLine> lines);

}  // namespace hrtext::detail
