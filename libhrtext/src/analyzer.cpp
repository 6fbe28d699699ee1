#include "hrtext/analyzer.hpp"

namespace hrtext {

Analyzer::Analyzer(AnalyzerOptions options)
    : options_(std::move(options)), entities_(EntityExtractor::compile(options_.entities)) {}

Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;
Analyzer::~Analyzer() = default;

Analysis Analyzer::analyze(std::string_view utf8, const DocumentMetadata& metadata) const {
  return analyze(Document::from_utf8(utf8, options_.document), metadata);
}

Analysis Analyzer::analyze(const Document& document, const DocumentMetadata& metadata) const {
  // Dates, citations and signatories fill their layers as their extractors land.
  Analysis analysis;
  analysis.source = metadata.source;
  analysis.document_date = metadata.date;
  analysis.entities = entities_.extract(document);
  return analysis;
}

}  // namespace hrtext
