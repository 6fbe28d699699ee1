// The entity extractor: gazetteer matches and unlisted organisations, the longest of
// overlapping candidates, body-or-instrument decisions, ambiguous forms that need support, and
// acronyms defined in the text.

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <span>

#include "compiled.hpp"
#include "entities/entity_index.hpp"
#include "entities/name_resolver.hpp"
#include "entities/organisation_forms.hpp"
#include "entities/slug.hpp"
#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "document/utf8.hpp"
#include "document/byte_scan.hpp"
#include "document/parentheses.hpp"
#include "match/instrument_context.hpp"
#include "match/nearly_sorted.hpp"
#include "match/span_index.hpp"
#include "match/tokens.hpp"

namespace hrtext {

struct EntityExtractor::Impl {
  detail::EntityIndex index;
  bool unlisted_organisations = true;
  detail::NameResolver resolver = detail::NameResolver::build(index);
};

EntityExtractor::EntityExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EntityExtractor::EntityExtractor(EntityExtractor&&) noexcept = default;
EntityExtractor& EntityExtractor::operator=(EntityExtractor&&) noexcept = default;
EntityExtractor::~EntityExtractor() = default;

EntityExtractor EntityExtractor::compile(const EntityOptions& options) {
  auto impl = std::make_unique<Impl>(Impl{detail::EntityIndex::compile(options), options.unlisted_organisations});
  return EntityExtractor(std::move(impl));
}

std::size_t EntityExtractor::entity_count() const noexcept {
  return static_cast<std::size_t>(std::count_if(
      impl_->index.entities.begin(), impl_->index.entities.end(),
      [](const detail::IndexedEntity& entity) { return entity.kind.has_value(); }));
}

std::size_t EntityExtractor::form_count() const noexcept { return impl_->index.names.form_count; }

std::optional<ResolvedEntity> EntityExtractor::resolve(std::string_view name, std::optional<EntityKind> preferred,
                                                       bool approximate) const {
  detail::NameResolver::Candidates candidates = detail::compiled(impl_, "EntityExtractor").resolver.find(name, approximate);
  // A form marked ambiguous ("ICJ?") counts only where the caller knows the kind it wants.
  if (!preferred) std::erase_if(candidates.entities, [](const auto& candidate) { return candidate.ambiguous; });
  const auto entity_of = [&](std::uint32_t target) -> const detail::IndexedEntity& {
    return impl_->index.entities[target];
  };
  std::optional<std::uint32_t> chosen;
  if (candidates.entities.size() == 1 && (!preferred || !candidates.entities.front().ambiguous ||
                                          entity_of(candidates.entities.front().entity).kind == preferred)) {
    chosen = candidates.entities.front().entity;
  } else if (preferred) {
    for (const auto& candidate : candidates.entities) {
      if (entity_of(candidate.entity).kind != preferred) continue;
      // Two of the preferred kind: no way to choose. The same entity by two forms ("US?" and
      // "U.S." share a key) is one.
      if (chosen && *chosen != candidate.entity) return std::nullopt;
      chosen = candidate.entity;
    }
  }
  if (!chosen) return std::nullopt;
  const detail::IndexedEntity& entity = entity_of(*chosen);
  return ResolvedEntity{*entity.kind, entity.id, entity.name, entity.parent, candidates.approximate};
}

namespace {

using detail::EntityIndex;
using detail::NameForm;

constexpr std::uint32_t kNone = UINT32_MAX;

// A possible mention: a gazetteer match with the forms of its phrase that fit how it is written
// (bit i: forms_by_phrase[phrase][i]), or an unlisted organisation. No allocation: a long
// document has hundreds of thousands.
struct Candidate {
  ByteSpan span;        // original text
  ByteSpan normalized;  // normalised text (gazetteer matches only)
  std::uint32_t phrase = kNone;
  std::uint64_t fitting = 0;
  std::uint32_t unlisted = kNone;  // index into the unlisted organisations
};

// One decided mention, before it becomes an EntityMention. The strings belong to the index or
// to the unlisted organisations of the document.
struct Found {
  ByteSpan span;
  EntityKind kind = EntityKind::kNgo;
  const std::string* id = nullptr;
  const std::string* name = nullptr;
  bool needs_support = false;
};

std::string_view slice(std::string_view text, ByteSpan span) {
  return text.substr(span.start, span.end - span.start);
}

// "Article 19 of the Covenant", "article 19, paragraph 2": an article, not the organisation
// ARTICLE 19.
bool reads_as_article(std::string_view normalized, ByteSpan match, std::string_view written) {
  if (written.starts_with("ARTICLE")) return false;  // the organisation writes its name so
  if (!normalized.substr(match.start).starts_with("article ")) return false;
  const std::string_view rest = normalized.substr(match.end, 12);
  return rest.starts_with(" of ") || rest.starts_with(",") || rest.starts_with("(") ||
         rest.starts_with(" (") || rest.starts_with(" paragraph");
}

// Whether some fitting form of a gazetteer candidate names an organisation (not a state).
bool names_organisation(const EntityIndex& index, const Candidate& candidate) {
  const std::vector<NameForm>& forms = index.names.forms_by_phrase[candidate.phrase];
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const auto& kind = index.entities[forms[i].target].kind;
    if ((candidate.fitting >> i & 1) != 0 && kind && *kind != EntityKind::kState) return true;
  }
  return false;
}

// The order of leftmost-longest: by start, the longest first, a gazetteer candidate before an
// unlisted one of the same span.
bool before(const Candidate& a, const Candidate& b) {
  if (a.span.start != b.span.start) return a.span.start < b.span.start;
  if (a.span.end != b.span.end) return a.span.end > b.span.end;
  return a.unlisted == kNone && b.unlisted != kNone;
}

// Leftmost-longest over candidates sorted by before(): each is kept unless it overlaps one
// kept before it.
std::vector<Candidate> keep_longest(const std::vector<Candidate>& sorted) {
  std::vector<Candidate> kept;
  std::size_t covered = 0;
  for (const Candidate& candidate : sorted) {
    if (!kept.empty() && candidate.span.start < covered) continue;
    covered = candidate.span.end;
    kept.push_back(candidate);
  }
  return kept;
}

// Whether `span` stands in parentheses right after a name ending at one of `name_ends`
// (sorted): "Convention ... against Women (CEDAW)".
bool follows_in_parentheses(std::string_view text, const std::vector<std::size_t>& name_ends, ByteSpan span) {
  const std::size_t name_end = detail::end_before_opening_parenthesis(text, span.start);
  return name_end != std::string_view::npos && std::binary_search(name_ends.begin(), name_ends.end(), name_end);
}

// Whether a word can be an acronym the text defines: "HRIC", "CERD", "FORUM-ASIA", "AI"; not
// a session ("HRC40") or a year.
bool acronym_like(std::string_view word) {
  if (word.size() < 2 || word.size() > 16) return false;
  if (!((word[0] >= 'A' && word[0] <= 'Z') || (word[0] >= 'a' && word[0] <= 'z'))) return false;
  std::size_t upper = 0;
  for (const char c : word) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (!((c >= 'a' && c <= 'z') || c == '-' || c == '.' || c == '&')) {
      return false;
    }
  }
  return upper >= 2;
}

// Whether the capitals of an acronym are, in order, initials of the name's words, the first
// being the first: "Human Rights in China" -> HRIC, "Democratic People's Republic of Korea" ->
// DPRK; but not "Republic of Slovenia" -> HRORS (the acronym of a longer name around it).
bool abbreviates(std::string_view acronym, std::string_view name) {
  std::string initials;
  bool at_word_start = true;
  for (const char c : name) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) != 0;
    if (at_word_start && letter) initials += static_cast<char>(c & ~0x20);
    at_word_start = c == ' ' || c == '-' || c == '\n' || c == '/';
  }
  std::size_t next = 0;
  for (const char c : acronym) {
    if (c < 'A' || c > 'Z') continue;
    if (next == 0 && (initials.empty() || initials[0] != c)) return false;
    next = initials.find(c, next);
    if (next == std::string::npos) return false;
    ++next;
  }
  return true;
}

// The characters of an acronym: "HRIC", "FORUM-ASIA", "E.U.", "B&HRRC".
bool is_acronym_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '&';
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The acronym in parentheses right after `span` ("... China (HRIC)"), or an empty span.
ByteSpan acronym_after(std::string_view text, ByteSpan span) {
  std::size_t at = detail::skip_blanks_forward(text, span.end);
  const std::size_t open = detail::opening_parenthesis_at(text, at);
  if (open == 0) return {};
  const std::size_t start = detail::skip_blanks_forward(text, at + open);
  std::size_t end = start;
  while (end < text.size() && end - start <= 16 && detail::closing_parenthesis_at(text, end) == 0 && text[end] != '\n') {
    ++end;
  }
  if (detail::closing_parenthesis_at(text, end) == 0) return {};
  std::size_t trimmed = end;
  while (trimmed > start && text[trimmed - 1] == ' ') --trimmed;
  return acronym_like(text.substr(start, trimmed - start)) ? ByteSpan{start, trimmed} : ByteSpan{};
}

// The acronym right before a name in parentheses ("HRIC (Human Rights in China)"), or empty.
ByteSpan acronym_before(std::string_view text, ByteSpan span) {
  const std::size_t end = detail::end_before_opening_parenthesis(text, span.start);
  const std::size_t close = detail::skip_blanks_forward(text, span.end);
  if (end == std::string_view::npos || detail::closing_parenthesis_at(text, close) == 0) return {};
  std::size_t start = end;
  while (start > 0 && (is_ascii_alnum(text[start - 1]) || text[start - 1] == '-')) --start;
  if (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0x80) != 0) return {};
  return acronym_like(text.substr(start, end - start)) ? ByteSpan{start, end} : ByteSpan{};
}

// Acronyms the text defines for the entities found, their mentions, and every other place the
// text uses them: "Human Rights in China (HRIC) ... HRIC said" gives HRIC the id of Human
// Rights in China, also where a gazetteer gave the same letters another meaning.
void apply_defined_acronyms(std::string_view text, std::vector<Found>& found) {
  std::map<std::string, Found, std::less<>> defined;  // acronym -> the entity it stands for
  for (const Found& mention : found) {
    for (const ByteSpan acronym : {acronym_after(text, mention.span), acronym_before(text, mention.span)}) {
      if (acronym.end > acronym.start && abbreviates(slice(text, acronym), slice(text, mention.span))) {
        Found entity = mention;
        entity.needs_support = false;
        defined.insert_or_assign(std::string(slice(text, acronym)), std::move(entity));
      }
    }
  }
  if (defined.empty()) return;
  // Every use: a run of acronym characters that starts with a capital and has two or more, after
  // no letter or digit (a final full stop ends a sentence, not the acronym), that spells a
  // defined acronym.
  detail::FlatStringIds acronyms;
  std::vector<const Found*> meanings;
  // The first two bytes of each acronym: most capitals of a text start a word ("Human") whose
  // two bytes start no acronym, and the scan passes over it without counting its capitals.
  std::vector<bool> first_pairs(std::size_t{1} << 16);
  const auto pair_at = [&](std::size_t at) {
    return static_cast<std::size_t>(static_cast<unsigned char>(text[at])) << 8 |
           static_cast<unsigned char>(text[at + 1]);
  };
  // Where every acronym has a capital, '.', '&' or '-' second, the scan jumps from one such
  // pair to the next, past capitalised words ("Human"); else ("FoRB") from capital to capital.
  bool capital_pairs = true;
  for (const auto& [acronym, meaning] : defined) {
    acronyms.intern(acronym);
    meanings.push_back(&meaning);
    first_pairs[static_cast<std::size_t>(static_cast<unsigned char>(acronym[0])) << 8 |
                static_cast<unsigned char>(acronym[1])] = true;
    capital_pairs = capital_pairs && !(acronym[1] >= 'a' && acronym[1] <= 'z');
  }
  std::vector<Found> uses;
  for (std::size_t i = 0; i < text.size();) {
    // Acronyms start with an ASCII capital: skip to the next one, then to the start of its run.
    i = capital_pairs ? detail::find_capital_pair(text, i) : detail::find_ascii_capital(text, i);
    if (i >= text.size()) break;
    if ((i > 0 && is_acronym_char(text[i - 1])) || i + 1 == text.size() || !first_pairs[pair_at(i)]) {
      do i = detail::skip_ascii_alnum(text, i + 1);
      while (i < text.size() && is_acronym_char(text[i]));
      continue;
    }
    const std::size_t start = i;
    std::size_t capitals = 0;
    for (; i < text.size() && is_acronym_char(text[i]); ++i) capitals += text[i] >= 'A' && text[i] <= 'Z';
    const bool after_letter = start > 0 && static_cast<unsigned char>(text[start - 1]) >= 0x80;
    if (capitals < 2 || after_letter) continue;
    std::string_view run = text.substr(start, i - start);
    std::uint32_t id = acronyms.find(run);
    if (id == detail::FlatStringIds::kMissing && run.ends_with('.')) {
      run.remove_suffix(1);
      id = acronyms.find(run);
    }
    if (id == detail::FlatStringIds::kMissing) continue;
    Found use = *meanings[id];
    use.span = {start, start + run.size()};
    uses.push_back(std::move(use));
  }
  // `found` is sorted and without overlaps: the one mention a use can coincide with or overlap
  // from the left is the last one starting at or before it.
  const auto by_start = [](const Found& f, std::size_t start) { return f.span.start < start; };
  std::vector<Found> added;
  for (Found& use : uses) {
    auto at = std::lower_bound(found.begin(), found.end(), use.span.start, by_start);
    if (at != found.end() && at->span == use.span) {
      *at = std::move(use);  // the text's own definition wins
      continue;
    }
    const bool overlaps = (at != found.end() && at->span.start < use.span.end) ||
                          (at != found.begin() && (at - 1)->span.end > use.span.start);
    if (!overlaps) added.push_back(std::move(use));
  }
  // Both are in order: merge them.
  const auto old_size = static_cast<std::ptrdiff_t>(found.size());
  found.insert(found.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
  std::inplace_merge(found.begin(), found.begin() + old_size, found.end(),
                     [](const Found& a, const Found& b) { return a.span.start < b.span.start; });
}

// An ambiguous form ("AI?", "CELS?") counts only where the entity is also named unambiguously,
// or where it stands alone as a paragraph (a line of a list of signatories).
void drop_unsupported(std::span<const ByteSpan> paragraphs, std::vector<Found>& found) {
  if (std::none_of(found.begin(), found.end(), [](const Found& f) { return f.needs_support; })) return;
  detail::FlatStringIds supported;
  for (const Found& f : found) {
    if (!f.needs_support) supported.intern(*f.id);
  }
  const auto standalone = [&](ByteSpan span) {
    const auto at = std::lower_bound(paragraphs.begin(), paragraphs.end(), span.start,
                                     [](const ByteSpan& p, std::size_t start) { return p.start < start; });
    return at != paragraphs.end() && *at == span;
  };
  std::erase_if(found, [&](const Found& f) {
    return f.needs_support && supported.find(*f.id) == detail::FlatStringIds::kMissing &&
           !standalone(f.span);
  });
}

// "UN" right before the name or acronym of a UN body is part of it ("UN OHCHR", "UN Human
// Rights Council", "United Nations Special Rapporteur on torture"): one mention of the body, as
// annotation.md reads "UN" inside a longer name.
void join_united_nations_prefix(std::string_view text, std::vector<Found>& found) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    Found current = found[i];
    if (i + 1 < found.size() && *current.id == "UN" && found[i + 1].kind == EntityKind::kUnBody &&
        *found[i + 1].id != "UN" && found[i + 1].span.start == current.span.end + 1 && text[current.span.end] == ' ') {
      current = found[++i];
      current.span.start = found[i - 1].span.start;
    }
    found[kept++] = current;
  }
  found.resize(kept);
}

}  // namespace

std::vector<EntityMention> EntityExtractor::extract(const Document& document) const {
  const EntityIndex& index = detail::compiled(impl_, "EntityExtractor").index;
  const std::string& text = document.text();
  const NormalizedView& view = document.normalized();
  const std::string& normalized = view.text();
  const std::span<const ByteSpan> paragraphs = document.paragraphs();

  const std::vector<detail::NameMatch> matches = detail::find_names(index.names, document);
  std::vector<Candidate> candidates;
  candidates.reserve(matches.size());
  std::vector<ByteSpan> instruments;  // names of instruments that name no entity
  for (const detail::NameMatch& match : matches) {
    if (reads_as_article(normalized, match.normalized, slice(text, match.span))) continue;
    bool names_entity = false;
    const std::vector<NameForm>& forms = index.names.forms_by_phrase[match.phrase];
    for (std::size_t i = 0; i < forms.size(); ++i) {
      if ((match.fitting >> i & 1) != 0) names_entity = names_entity || index.entities[forms[i].target].kind.has_value();
    }
    // An instrument's name alone takes no room from entities: "ILO" in "ILO Convention No. 29"
    // is a mention of the ILO. It only competes where the same words also name an entity, and
    // it is no unlisted organisation.
    if (names_entity) {
      candidates.push_back({match.span, match.normalized, match.phrase, match.fitting, kNone});
    } else {
      instruments.push_back(match.span);
    }
  }
  detail::sort_nearly_sorted(candidates.begin(), candidates.end(), before);
  const detail::SpanIndex instruments_index(std::move(instruments));
  std::vector<detail::UnlistedOrganisation> unlisted;
  std::deque<std::string> unlisted_ids;  // stable addresses for Found
  if (impl_->unlisted_organisations) {
    std::vector<ByteSpan> known;
    std::vector<ByteSpan> known_organisations;  // gazetteer names of anything but a state
    for (const Candidate& c : candidates) {
      known.push_back(c.span);
      if (names_organisation(index, c)) known_organisations.push_back(c.span);
    }
    const detail::SpanIndex known_index(std::move(known));
    const detail::SpanIndex organisations_index(std::move(known_organisations));
    unlisted = detail::find_unlisted_organisations(text, paragraphs, known_index.spans());
    const std::size_t gazetteer_candidates = candidates.size();
    for (std::size_t i = 0; i < unlisted.size(); ++i) {
      // A run that holds a known organisation is several names ("Amnesty International and
      // Human Rights Watch"), not one; a run in an instrument's name is no organisation.
      const ByteSpan span = unlisted[i].span;
      if (!organisations_index.any_inside(span) && !instruments_index.overlaps(span)) {
        candidates.push_back({span, {}, kNone, 0, static_cast<std::uint32_t>(i)});
      }
    }
    // Both parts are in order already (unlisted organisations come in text order).
    std::inplace_merge(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(gazetteer_candidates),
                       candidates.end(), before);
  }

  std::vector<std::size_t> instrument_ends;
  for (const ByteSpan& i : instruments_index.spans()) instrument_ends.push_back(i.end);
  std::sort(instrument_ends.begin(), instrument_ends.end());

  std::vector<Found> found;
  for (const Candidate& candidate : keep_longest(candidates)) {
    if (candidate.unlisted != kNone) {
      const detail::UnlistedOrganisation& organisation = unlisted[candidate.unlisted];
      unlisted_ids.push_back(detail::slug(organisation.name));
      found.push_back({candidate.span, EntityKind::kNgo, &unlisted_ids.back(), &organisation.name, false});
      continue;
    }
    // Entity forms before instrument forms, supported forms before ambiguous ones.
    const NameForm* entity_form = nullptr;
    bool instrument = false;
    const std::vector<NameForm>& forms = index.names.forms_by_phrase[candidate.phrase];
    for (std::size_t i = 0; i < forms.size(); ++i) {
      if ((candidate.fitting >> i & 1) == 0) continue;
      const NameForm* form = &forms[i];
      if (!index.entities[form->target].kind) {
        instrument = true;
      } else if (entity_form == nullptr || (entity_form->needs_support && !form->needs_support)) {
        entity_form = form;
      }
    }
    if (entity_form == nullptr) continue;  // an instrument's name
    // A name of both ("CAT", "CEDAW"): decided by the words around it, or by the instrument
    // it follows in parentheses ("the Convention ... against Women (CEDAW)").
    if (instrument && (detail::reads_as_instrument(normalized, candidate.normalized.start,
                                                   candidate.normalized.end) ||
                       follows_in_parentheses(text, instrument_ends, candidate.span))) {
      continue;
    }
    const detail::IndexedEntity& entity = index.entities[entity_form->target];
    found.push_back({candidate.span, *entity.kind, &entity.id, &entity.name, entity_form->needs_support});
  }
  apply_defined_acronyms(text, found);
  drop_unsupported(paragraphs, found);
  join_united_nations_prefix(text, found);

  std::vector<EntityMention> mentions;
  mentions.reserve(found.size());
  detail::CodePointCounter code_points(text);  // the spans are in order: one pass converts all
  for (const Found& f : found) {
    EntityMention mention;
    mention.kind = f.kind;
    mention.text = std::string(slice(text, f.span));
    mention.byte_start = f.span.start;
    mention.byte_end = f.span.end;
    mention.start = code_points.at(f.span.start);
    mention.end = code_points.at(f.span.end);
    mention.id = *f.id;
    mention.name = *f.name;
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

}  // namespace hrtext
