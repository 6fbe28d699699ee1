#include "hrtext/analyzer.hpp"

namespace hrtext {

Analyzer::Analyzer(AnalyzerOptions options)
    : options_(std::move(options)),
      entities_(EntityExtractor::compile(options_.entities)),
      dates_(DateExtractor::compile(options_.dates)),
      citations_(CitationExtractor::compile()) {}

Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;
Analyzer::~Analyzer() = default;

Analysis Analyzer::analyze(std::string_view utf8, const DocumentMetadata& metadata) const {
  return analyze(Document::from_utf8(utf8, options_.document), metadata);
}

Analysis Analyzer::analyze(const Document& document, const DocumentMetadata& metadata) const {
  // Signatories fill their layer when their extractor lands.
  Analysis analysis;
  analysis.source = metadata.source;
  analysis.entities = entities_.extract(document);
  DateExtractor::Result dates =
      dates_.extract(document, metadata.date ? std::optional(PartialDate::of(*metadata.date)) : std::nullopt);
  analysis.dates = std::move(dates.dates);
  analysis.document_date = dates.document_date;
  analysis.citations = citations_.extract(document);
  return analysis;
}

}  // namespace hrtext
