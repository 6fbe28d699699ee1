#pragma once

// Names of things in one phrase matcher, and the rules of how a name must be written to count:
// shared by the entity extractor (states, bodies, organisations) and the citation extractor
// (instruments).

#include <cstdint>
#include <string>
#include <vector>

#include "hrtext/document.hpp"
#include "match/phrase_matcher.hpp"

namespace hrtext::detail {

// One written form of a name of a target (an entity, an instrument).
struct NameForm {
  std::uint32_t target = 0;
  bool acronym = false;        // must match the text case-sensitively
  bool needs_support = false;  // written with a trailing '?' in the data
  bool capitalised = false;    // must start with a capital: "Chad", "People in Need"
  bool all_caps = false;       // a name written in capitals: "ARTICLE 19", matched as written
  std::string written;         // the form as written (for acronyms, without white space)
};

struct NameIndex {
  // A match keeps the forms that fit it in a 64-bit mask.
  static constexpr std::size_t kMaxFormsPerPhrase = 64;

  PhraseMatcher matcher;
  std::vector<std::vector<NameForm>> forms_by_phrase;  // indexed by phrase id
  std::size_t form_count = 0;
};

class NameIndexBuilder {
 public:
  // Adds the forms of one target: its name and aliases (names) and acronyms. A trailing '?'
  // marks an ambiguous form. Names must start with their capital when they are one word, or
  // when `capitalised_names` (names of NGOs are ordinary words too: "People in Need").
  // Throws LimitError when more than kMaxFormsPerPhrase targets share one form.
  void add(std::uint32_t target, const std::string& name, const std::vector<std::string>& aliases,
           const std::vector<std::string>& acronyms, bool capitalised_names);
  [[nodiscard]] NameIndex build() &&;

 private:
  void add_form(std::uint32_t target, std::string_view written, bool acronym, bool capitalised_names);

  PhraseMatcher::Builder builder_;
  std::vector<std::vector<NameForm>> forms_;
  std::size_t form_count_ = 0;
};

// A match of a name index: where it is in the text and in the normalised view, which phrase,
// and which of the phrase's forms fit how the text writes it (bit i: forms_by_phrase[phrase][i]).
struct NameMatch {
  ByteSpan span;
  ByteSpan normalized;
  std::uint32_t phrase = 0;
  std::uint64_t fitting = 0;
};

// Every match of the index in `document` that some form fits: acronyms and names in capitals
// as written, capitalised names with their capital; none across a paragraph break, none that
// touches a '/', '_', '%' or '=' (part of a document symbol or an address). In order of end.
[[nodiscard]] std::vector<NameMatch> find_names(const NameIndex& index, const Document& document);

}  // namespace hrtext::detail
