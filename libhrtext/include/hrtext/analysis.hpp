#pragma once

// The analysis record of one document: the contract of every API (spec/output-format.md).

#include <optional>
#include <string>
#include <vector>

#include "hrtext/citations.hpp"
#include "hrtext/dates.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/export.hpp"
#include "hrtext/reader.hpp"
#include "hrtext/signatories.hpp"

namespace hrtext {

struct HRTEXT_EXPORT Analysis {
  std::optional<std::string> source;          // file name, null for in-memory text
  InputFormat format = InputFormat::kText;    // what the document was read as ("text", "html")
  std::optional<std::string> text;            // the analysed text, when the caller asked for it
  std::optional<PartialDate> document_date;  // given by the caller, else detected, else null
  // Each sorted by start offset.
  std::vector<EntityMention> entities;
  std::vector<DateMention> dates;
  std::vector<Citation> citations;
  std::vector<Signatory> signatories;
  bool signatories_partial = false;                 // the text says the named signers are only some
  std::optional<std::size_t> signatories_stated;    // the number of signers the text states
  // Where each page starts (code points), for inputs in pages (a PDF); "pages": null for others.
  std::vector<std::size_t> page_starts;

  // The record as JSON, with code point offsets. indent < 0: one line (JSON Lines); otherwise
  // pretty-printed with that many spaces. Non-ASCII characters are written as UTF-8.
  [[nodiscard]] std::string to_json(int indent = -1) const;
};

}  // namespace hrtext
