#pragma once

// Signers named in running sentences, and the signers of UN letters named in their titles:
//   "The letter was signed by Amnesty International, FIDH and Human Rights Watch." (the list
//   ends with its sentence)
//   "Amnesty International, FIDH and Human Rights Watch sent a joint letter to ..."
//   "More than 40 organisations, including A, B and C, signed the appeal." (a partial list)
//   "Human Rights in China joins 39 other NGOs in urging ..." (one named of 40)
//   "Letter dated 2 May 2023 from the Permanent Representatives of A, B and C to the United
//   Nations Office at Geneva addressed to the President of the Human Rights Council"

#include <cstddef>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "hrtext/document.hpp"
#include "hrtext/signatories.hpp"
#include "signatories/introduction.hpp"
#include "signatories/list_items.hpp"

namespace hrtext::detail {

// How much a piece of a sentence reads as a signer's name, from 0 to 1 (name_weight of its
// item_form): prose is read only where its pieces read as names.
using NameWeight = std::function<double(std::string_view)>;

struct ProseList {
  std::vector<RawItem> items;
  Introduction introduction;  // what the sentence says: partial, the stated count, States
  SignatoryVia via = SignatoryVia::kProse;
};

// The names of text[begin, end) written as a run inside a sentence: split at semicolons, at
// another separator used at least twice (" | ", " / ", "、"...), else at commas; the last one
// split at its conjunction ("and", "et", "y") as split_paragraph does.
[[nodiscard]] std::vector<RawItem> inline_items(std::string_view text, std::size_t begin, std::size_t end,
                                                const IsName& is_name, const IsName& is_side_name);

// The lists of signers that the sentences of `document` name, in text order. Only the
// paragraphs that hold the phrases of a form are broken into sentences.
[[nodiscard]] std::vector<ProseList> prose_lists(const Document& document, const NameWeight& name_weight);

// The States of a UN letter's title ("Letter dated ... from the Permanent Representatives of
// A, B and C to the United Nations ..."; "Lettre datée ... par les Représentants permanents
// de ..."; "Carta de fecha ... por los Representantes Permanentes de ..."), if its first lines
// hold one.
[[nodiscard]] std::vector<RawItem> header_states(const Document& document, const IsName& is_name);

// The sponsors of a UN draft resolution or decision, the line that heads it ("Albania,
// Andorra, ... Ukraine: draft resolution"; "... : projet de résolution"; "... : proyecto de
// resolución"): the names known there, if one of the first lines is such.
[[nodiscard]] std::vector<RawItem> draft_sponsors(std::string_view text, std::span<const TextLine> lines,
                                                  const IsName& is_name);

}  // namespace hrtext::detail
