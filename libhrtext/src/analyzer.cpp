#include "hrtext/analyzer.hpp"

#include <algorithm>

#include "hrtext/signatories.hpp"

namespace hrtext {
namespace {

// A signatory list names organisations that no gazetteer knows ("Intervozes"): the list says
// they are organisations, so they are entity mentions too, where no mention covers them yet.
void add_signatory_entities(const std::vector<Signatory>& signatories, std::vector<EntityMention>& entities) {
  const std::size_t known = entities.size();
  for (const Signatory& signatory : signatories) {
    if (signatory.kind == EntityKind::kPerson || signatory.text != signatory.name) continue;
    const auto after = std::lower_bound(entities.begin(), entities.begin() + static_cast<std::ptrdiff_t>(known),
                                        signatory.byte_start, [](const EntityMention& mention, std::size_t start) {
                                          return mention.byte_start < start;
                                        });
    const bool overlaps = (after != entities.begin() + static_cast<std::ptrdiff_t>(known) &&
                           after->byte_start < signatory.byte_end) ||
                          (after != entities.begin() && std::prev(after)->byte_end > signatory.byte_start);
    if (overlaps) continue;
    EntityMention mention;
    static_cast<Mention&>(mention) = signatory;
    mention.kind = signatory.kind;
    mention.id = signatory.id;
    mention.name = signatory.name;
    entities.push_back(std::move(mention));
  }
  const auto by_start = [](const EntityMention& a, const EntityMention& b) { return a.byte_start < b.byte_start; };
  std::sort(entities.begin() + static_cast<std::ptrdiff_t>(known), entities.end(), by_start);
  std::inplace_merge(entities.begin(), entities.begin() + static_cast<std::ptrdiff_t>(known), entities.end(), by_start);
}

}  // namespace

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
  Analysis analysis;
  analysis.source = metadata.source;
  analysis.entities = entities_.extract(document);
  DateExtractor::Result dates =
      dates_.extract(document, metadata.date ? std::optional(PartialDate::of(*metadata.date)) : std::nullopt);
  analysis.dates = std::move(dates.dates);
  analysis.document_date = dates.document_date;
  analysis.citations = citations_.extract(document);
  analysis.signatories = find_signatories(document, entities_);
  add_signatory_entities(analysis.signatories, analysis.entities);
  return analysis;
}

}  // namespace hrtext
