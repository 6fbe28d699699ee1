#include "hrtext/analyzer.hpp"

namespace hrtext {

Analyzer::Analyzer(AnalyzerOptions options) : options_(std::move(options)) {}

Analysis Analyzer::analyze(std::string_view utf8, const DocumentMetadata& metadata) const {
  return analyze(Document::from_utf8(utf8, options_.document), metadata);
}

Analysis Analyzer::analyze(const Document& /*document*/, const DocumentMetadata& metadata) const {
  // The extractors (entities, dates, citations, signatories) fill the layers as they land;
  // until then the record carries what the caller said about the document.
  Analysis analysis;
  analysis.source = metadata.source;
  analysis.document_date = metadata.date;
  return analysis;
}

}  // namespace hrtext
