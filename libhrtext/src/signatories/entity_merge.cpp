#include <algorithm>
#include <iterator>

#include "hrtext/signatories.hpp"

namespace hrtext {
namespace {

// The names whose span holds the whole name: signatories that no layout wraps, and their
// translations.
std::vector<const Signatory*> whole_names(const Signatories& signatories) {
  std::vector<const Signatory*> names;
  for (const Signatory& signatory : signatories.signatories) {
    if (signatory.text == signatory.name) names.push_back(&signatory);
  }
  for (const Signatory& translation : signatories.translations) names.push_back(&translation);
  return names;
}

}  // namespace

void merge_signatory_entities(const Signatories& signatories, std::vector<EntityMention>& entities) {
  std::vector<EntityMention> added;
  std::vector<bool> inside(entities.size(), false);
  for (const Signatory* name : whole_names(signatories)) {
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

}  // namespace hrtext
