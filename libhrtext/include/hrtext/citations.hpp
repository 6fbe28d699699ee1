#pragma once

// Citations: instruments with their articles, UN document symbols and resolutions.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/export.hpp"
#include "hrtext/mention.hpp"

namespace hrtext {

class Document;

enum class CitationKind {
  kTreaty,      // "treaty": an instrument, with the articles cited with it
  kUnDocument,  // "un_document": a UN document symbol
  kResolution,  // "resolution": a resolution referred to by number
};

[[nodiscard]] HRTEXT_EXPORT std::string_view to_string(CitationKind kind) noexcept;

struct Citation : Mention {
  CitationKind kind = CitationKind::kTreaty;
  std::optional<std::string> instrument;  // treaty: instrument id (spec/ids.md) or null
  std::vector<std::string> articles;      // treaty: article paths, "19", "19(2)", "14(3)(b)"
  std::optional<std::string> symbol;      // un_document, resolution: "A/HRC/RES/37/23"
  std::optional<std::string> number;      // resolution: "37/23"
};

// Which kinds of citation to find; a kind left out costs nothing. A resolution still takes the
// symbol written after it ("resolution 37/23 (A/HRC/RES/37/23)") when symbols are left out.
struct CitationOptions {
  bool treaties = true;
  bool un_documents = true;
  bool resolutions = true;
};

// Finds citations: instruments with their articles (and back-references such as "the
// Covenant"), UN document symbols, and resolutions by number. Compiled once, then immutable and
// safe to use from many threads at once.
class HRTEXT_EXPORT CitationExtractor {
 public:
  [[nodiscard]] static CitationExtractor compile(CitationOptions options = {});
  CitationExtractor(CitationExtractor&&) noexcept;
  CitationExtractor& operator=(CitationExtractor&&) noexcept;
  CitationExtractor(const CitationExtractor&) = delete;
  CitationExtractor& operator=(const CitationExtractor&) = delete;
  ~CitationExtractor();

  // The citations of `document`, sorted by start.
  [[nodiscard]] std::vector<Citation> extract(const Document& document) const;

 private:
  struct Impl;
  explicit CitationExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace hrtext
