#pragma once

// The Analyzer: built once from its options (the extractors are compiled then), then used for
// any number of documents, from any number of threads at once.

#include <optional>
#include <string>
#include <string_view>

#include "hrtext/analysis.hpp"
#include "hrtext/citations.hpp"
#include "hrtext/dates.hpp"
#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/export.hpp"
#include "hrtext/signatories.hpp"

namespace hrtext {

struct AnalyzerOptions {
  DocumentOptions document;
  EntityOptions entities;
  DateOptions dates;
  CitationOptions citations;
  SignatoryOptions signatories;
};

// What the caller knows about a document.
struct DocumentMetadata {
  std::optional<std::string> source;   // copied to Analysis::source
  std::optional<CalendarDate> date;    // the document's date; wins over a detected one
  bool include_text = false;           // copy the analysed text into Analysis::text
};

class HRTEXT_EXPORT Analyzer {
 public:
  // Compiles the extractors; throws ParseError or LimitError for bad gazetteer entries or
  // options.
  explicit Analyzer(AnalyzerOptions options = {});
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;
  ~Analyzer();

  [[nodiscard]] const AnalyzerOptions& options() const noexcept { return options_; }

  // Builds the Document (throwing InvalidUtf8Error or LimitError as DocumentOptions say) and
  // analyses it: each extractor reads the document, and the signatories are merged into the
  // entities (merge_signatory_entities).
  [[nodiscard]] Analysis analyze(std::string_view utf8, const DocumentMetadata& metadata = {}) const;
  [[nodiscard]] Analysis analyze(const Document& document,
                                 const DocumentMetadata& metadata = {}) const;

 private:
  AnalyzerOptions options_;
  EntityExtractor entities_;
  DateExtractor dates_;
  CitationExtractor citations_;
  SignatoryExtractor signatories_;
};

}  // namespace hrtext
