#include "hrtext/analyzer.hpp"

#include "hrtext/signatories.hpp"

namespace hrtext {

Analyzer::Analyzer(AnalyzerOptions options)
    : options_(std::move(options)),
      entities_(EntityExtractor::compile(options_.entities)),
      dates_(DateExtractor::compile(options_.dates)),
      citations_(CitationExtractor::compile(options_.citations)),
      signatories_(SignatoryExtractor::compile(options_.signatories)) {}

Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;
Analyzer::~Analyzer() = default;

Analysis Analyzer::analyze(std::string_view utf8, const DocumentMetadata& metadata) const {
  return analyze(Document::from_utf8(utf8, options_.document), metadata);
}

Analysis Analyzer::analyze(const Document& document, const DocumentMetadata& metadata) const {
  Analysis analysis;
  analysis.source = metadata.source;
  analysis.format = document.format();
  analysis.page_starts.assign(document.page_starts().begin(), document.page_starts().end());
  if (metadata.include_text) analysis.text = document.text();
  analysis.entities = entities_.extract(document);
  DateExtractor::Result dates =
      dates_.extract(document, metadata.date ? std::optional(PartialDate::of(*metadata.date)) : std::nullopt);
  analysis.dates = std::move(dates.dates);
  analysis.document_date = dates.document_date;
  analysis.citations = citations_.extract(document);
  Signatories signatories = signatories_.extract(document, entities_);
  merge_signatory_entities(signatories, analysis.entities);
  analysis.signatories = std::move(signatories.signatories);
  analysis.signatories_partial = signatories.partial;
  analysis.signatories_stated = signatories.stated;
  return analysis;
}

}  // namespace hrtext
