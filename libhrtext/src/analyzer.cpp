#include "hrtext/analyzer.hpp"

#include <algorithm>
#include <iterator>

#include "hrtext/signatories.hpp"
#include "signatories/signatory_layer.hpp"

namespace hrtext {
namespace {

// A signatory list says that each of its names is one organisation (or State): where no
// mention covers one ("Intervozes", in no gazetteer) it becomes an entity mention, and mentions
// inside it give way ("柬埔寨", Cambodia, inside the Chinese name of a Bangladeshi foundation).
// A mention that crosses its border is left alone. `names` are signatories whose span holds the
// whole name, and their translations.
void add_signatory_entities(const std::vector<const Signatory*>& names, std::vector<EntityMention>& entities) {
  std::vector<EntityMention> added;
  std::vector<bool> inside(entities.size(), false);
  for (const Signatory* name : names) {
    if (name->kind == EntityKind::kPerson || name->byte_start == name->byte_end) continue;
    const auto first = std::lower_bound(entities.begin(), entities.end(), name->byte_start,
                                        [](const EntityMention& m, std::size_t start) { return m.byte_end <= start; });
    bool covered = false;
    std::vector<std::size_t> within;
    for (auto m = first; m != entities.end() && m->byte_start < name->byte_end; ++m) {
      const bool contained = m->byte_start >= name->byte_start && m->byte_end <= name->byte_end;
      if (!contained || (m->byte_start == name->byte_start && m->byte_end == name->byte_end)) {
        covered = true;  // it covers the name already, or crosses its border
        break;
      }
      within.push_back(static_cast<std::size_t>(m - entities.begin()));
    }
    if (covered) continue;
    for (const std::size_t m : within) inside[m] = true;
    EntityMention mention;
    static_cast<Mention&>(mention) = *name;
    mention.kind = name->kind;
    mention.id = name->id;
    mention.name = name->name;
    added.push_back(std::move(mention));
  }
  std::vector<EntityMention> kept;
  kept.reserve(entities.size() + added.size());
  for (std::size_t m = 0; m < entities.size(); ++m) {
    if (!inside[m]) kept.push_back(std::move(entities[m]));
  }
  const auto by_start = [](const EntityMention& a, const EntityMention& b) { return a.byte_start < b.byte_start; };
  std::sort(added.begin(), added.end(), by_start);
  const std::size_t before = kept.size();
  std::move(added.begin(), added.end(), std::back_inserter(kept));
  std::inplace_merge(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(before), kept.end(), by_start);
  entities = std::move(kept);
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
  detail::SignatoryLayer signatories = detail::read_signatories(document, entities_);
  std::vector<const Signatory*> names;
  for (const Signatory& signatory : signatories.signatories) {
    if (signatory.text == signatory.name) names.push_back(&signatory);  // not a wrapped name
  }
  for (const Signatory& translation : signatories.translations) names.push_back(&translation);
  add_signatory_entities(names, analysis.entities);
  analysis.signatories = std::move(signatories.signatories);
  return analysis;
}

}  // namespace hrtext
