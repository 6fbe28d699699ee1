// The entity extractor: gazetteer matches and unlisted organisations, the longest of
// overlapping candidates, body-or-instrument decisions, ambiguous forms that need support, and
// acronyms defined in the text.

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <span>

#include "entities/entity_index.hpp"
#include "entities/organisation_forms.hpp"
#include "entities/slug.hpp"
#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "match/tokens.hpp"

namespace hrtext {

struct EntityExtractor::Impl {
  detail::EntityIndex index;
  bool unlisted_organisations = true;
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

std::size_t EntityExtractor::form_count() const noexcept { return impl_->index.form_count; }

namespace {

using detail::EntityIndex;
using detail::NameForm;

// A possible mention: a gazetteer match with the forms that fit how it is written, or an
// unlisted organisation.
struct Candidate {
  ByteSpan span;        // original text
  ByteSpan normalized;  // normalised text (gazetteer matches only)
  std::vector<const NameForm*> forms;
  std::optional<std::string> unlisted_name;
};

// One decided mention, before it becomes an EntityMention.
struct Found {
  ByteSpan span;
  EntityKind kind = EntityKind::kNgo;
  std::string id;
  std::string name;
  bool needs_support = false;
};

std::string_view slice(std::string_view text, ByteSpan span) {
  return text.substr(span.start, span.end - span.start);
}

// Whether a span lies inside one paragraph: no name goes on across a paragraph break (a
// heading and the line after it, two lines of a list).
bool inside_one_paragraph(std::span<const ByteSpan> paragraphs, ByteSpan span) {
  const auto after = std::upper_bound(paragraphs.begin(), paragraphs.end(), span.start,
                                      [](std::size_t at, const ByteSpan& p) { return at < p.start; });
  return after != paragraphs.begin() && span.end <= (after - 1)->end;
}

// Whether a match touches a '/', '_', '%' or '=': then it is part of a document symbol
// ("A/HRC/40/2", "CERD/C/CHN/CO/14-17") or of an address ("INT_CEDAW_FUL"), not a name.
bool inside_symbol(std::string_view text, ByteSpan span) {
  const auto joins = [](char c) { return c == '/' || c == '_' || c == '%' || c == '='; };
  return (span.start > 0 && joins(text[span.start - 1])) ||
         (span.end < text.size() && joins(text[span.end]));
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

std::string without_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

bool first_is_upper(std::string_view text) {
  if (text.empty()) return false;
  UChar32 c;
  std::size_t at = 0;
  U8_NEXT_UNSAFE(text.data(), at, c);
  return u_isupper(c) || u_istitle(c);
}

// Whether `form` fits the text of the match as written: acronyms and names written in capitals
// ("ARTICLE 19") exactly, one-word names with their capital.
bool fits(const NameForm& form, std::string_view written) {
  if (form.acronym || form.all_caps) return without_spaces(written) == without_spaces(form.written);
  if (form.capitalised) return first_is_upper(written);
  return true;
}

// Leftmost-longest: candidates in order of start, the longest first; each kept unless it
// overlaps one kept before. A gazetteer candidate beats an unlisted one of the same span.
std::vector<Candidate> select_longest(std::vector<Candidate> candidates) {
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return !a.unlisted_name && b.unlisted_name;
  });
  std::vector<Candidate> kept;
  std::size_t covered = 0;
  for (Candidate& candidate : candidates) {
    if (!kept.empty() && candidate.span.start < covered) continue;
    covered = candidate.span.end;
    kept.push_back(std::move(candidate));
  }
  return kept;
}

// The normalised tokens around a match, to tell a body from an instrument by context.
struct Context {
  std::vector<std::string_view> before;  // nearest last
  std::vector<std::string_view> after;
};

Context context_of(std::string_view normalized, std::size_t start, std::size_t end) {
  Context context;
  const std::size_t from = start > 60 ? start - 60 : 0;
  detail::for_each_token(normalized.substr(from, start - from), [&](std::size_t s, std::size_t e) {
    context.before.push_back(normalized.substr(from + s, e - s));
  });
  const std::string_view rest = normalized.substr(end, 40);
  detail::for_each_token(rest, [&](std::size_t s, std::size_t e) {
    context.after.push_back(rest.substr(s, e - s));
  });
  return context;
}

// "article 3 of CAT", "ratify CEDAW", "Optional Protocol to the CRC", "CRPD, art. 12":
// the instrument; "CAT's review", "CEDAW Committee", "the CRC recommended": the body.
bool reads_as_instrument(const Context& context) {
  static const std::set<std::string_view> kBefore = {
      "article", "articles", "art", "arts", "ratify", "ratified", "ratifying", "ratification",
      "accede", "acceded", "accession", "party", "parties", "under", "protocol", "provisions",
      "obligations", "violation", "violations", "breach", "signatory", "signed", "implement",
      "implementing", "implementation"};
  static const std::set<std::string_view> kAfter = {"article", "art", "arts", "articles",
                                                    "convention", "protocol", "obligations"};
  const std::size_t n = context.before.size();
  for (std::size_t k = 0; k < std::min<std::size_t>(n, 4); ++k) {
    if (kBefore.count(context.before[n - 1 - k])) return true;
  }
  const auto& after = context.after;
  if (!after.empty() && kAfter.count(after[0])) return true;
  return after.size() > 1 && after[0] == "," && kAfter.count(after[1]);  // "CRPD, art. 12"
}

std::size_t skip_spaces_forward(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

std::size_t skip_spaces_backward(std::string_view text, std::size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  return at;
}

// Whether `span` stands in parentheses right after one of `names`: "Convention (CEDAW)".
bool follows_in_parentheses(std::string_view text, const std::vector<ByteSpan>& names, ByteSpan span) {
  std::size_t at = skip_spaces_backward(text, span.start);
  if (at == 0 || text[at - 1] != '(') return false;
  at = skip_spaces_backward(text, at - 1);
  return std::any_of(names.begin(), names.end(), [&](ByteSpan name) { return name.end == at; });
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

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The acronym in parentheses right after `span` ("... China (HRIC)"), or an empty span.
ByteSpan acronym_after(std::string_view text, ByteSpan span) {
  std::size_t at = skip_spaces_forward(text, span.end);
  if (at >= text.size() || text[at] != '(') return {};
  const std::size_t start = skip_spaces_forward(text, at + 1);
  std::size_t end = start;
  while (end < text.size() && end - start <= 16 && text[end] != ')' && text[end] != '\n') ++end;
  if (end >= text.size() || text[end] != ')') return {};
  std::size_t trimmed = end;
  while (trimmed > start && text[trimmed - 1] == ' ') --trimmed;
  return acronym_like(text.substr(start, trimmed - start)) ? ByteSpan{start, trimmed} : ByteSpan{};
}

// The acronym right before a name in parentheses ("HRIC (Human Rights in China)"), or empty.
ByteSpan acronym_before(std::string_view text, ByteSpan span) {
  std::size_t at = skip_spaces_backward(text, span.start);
  const std::size_t close = skip_spaces_forward(text, span.end);
  if (at == 0 || text[at - 1] != '(' || close >= text.size() || text[close] != ')') return {};
  const std::size_t end = skip_spaces_backward(text, at - 1);
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
  // Every use: words of the text that spell a defined acronym, bounded by non-letters.
  std::vector<Found> uses;
  detail::for_each_token(text, [&](std::size_t start, std::size_t) {
    if (start > 0 && (is_ascii_alnum(text[start - 1]) || text[start - 1] == '-')) return;
    for (auto it = defined.lower_bound(text.substr(start, 1)); it != defined.end(); ++it) {
      const std::string& acronym = it->first;
      if (acronym[0] != text[start]) break;
      const std::size_t end = start + acronym.size();
      if (text.compare(start, acronym.size(), acronym) != 0) continue;
      if (end < text.size() && (is_ascii_alnum(text[end]) || text[end] == '-')) continue;
      Found use = it->second;
      use.span = {start, end};
      uses.push_back(std::move(use));
    }
  });
  for (Found& use : uses) {
    const auto same = std::find_if(found.begin(), found.end(), [&](const Found& f) { return f.span == use.span; });
    if (same != found.end()) {
      *same = std::move(use);  // the text's own definition wins
    } else if (std::none_of(found.begin(), found.end(), [&](const Found& f) {
                 return f.span.start < use.span.end && use.span.start < f.span.end;
               })) {
      found.push_back(std::move(use));
    }
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.span.start < b.span.start; });
}

// An ambiguous form ("AI?", "CELS?") counts only where the entity is also named unambiguously,
// or where it stands alone as a paragraph (a line of a list of signatories).
void drop_unsupported(std::span<const ByteSpan> paragraphs, std::vector<Found>& found) {
  std::set<std::string, std::less<>> supported;
  for (const Found& f : found) {
    if (!f.needs_support) supported.insert(f.id);
  }
  const auto standalone = [&](ByteSpan span) {
    const auto at = std::lower_bound(paragraphs.begin(), paragraphs.end(), span.start,
                                     [](const ByteSpan& p, std::size_t start) { return p.start < start; });
    return at != paragraphs.end() && *at == span;
  };
  std::erase_if(found, [&](const Found& f) {
    return f.needs_support && !supported.count(f.id) && !standalone(f.span);
  });
}

}  // namespace

std::vector<EntityMention> EntityExtractor::extract(const Document& document) const {
  const EntityIndex& index = impl_->index;
  const std::string& text = document.text();
  const NormalizedView& view = document.normalized();
  const std::string& normalized = view.text();
  const std::span<const ByteSpan> paragraphs = document.paragraphs();

  std::vector<detail::PhraseMatcher::Match> matches;
  index.matcher.find_all(normalized, matches);
  std::vector<Candidate> candidates;
  candidates.reserve(matches.size());
  std::vector<ByteSpan> instruments;  // names of instruments that name no entity
  for (const auto& match : matches) {
    const ByteSpan span = view.to_original({match.start, match.end});
    const std::string_view written = slice(text, span);
    if (!inside_one_paragraph(paragraphs, span) || inside_symbol(text, span) ||
        reads_as_article(normalized, {match.start, match.end}, written)) {
      continue;
    }
    Candidate candidate{span, {match.start, match.end}, {}, std::nullopt};
    bool names_entity = false;
    for (const NameForm& form : index.forms_by_phrase[match.phrase]) {
      if (fits(form, written)) {
        candidate.forms.push_back(&form);
        names_entity = names_entity || index.entities[form.entity].kind.has_value();
      }
    }
    // An instrument's name alone takes no room from entities: "ILO" in "ILO Convention No. 29"
    // is a mention of the ILO. It only competes where the same words also name an entity, and
    // it is no unlisted organisation.
    if (names_entity) {
      candidates.push_back(std::move(candidate));
    } else {
      instruments.push_back(span);
    }
  }
  if (impl_->unlisted_organisations) {
    std::vector<ByteSpan> known;
    for (const Candidate& c : candidates) known.push_back(c.span);
    std::sort(known.begin(), known.end(), [](ByteSpan a, ByteSpan b) { return a.start < b.start; });
    for (auto& organisation : detail::find_unlisted_organisations(text, paragraphs, known)) {
      // A run that holds a known organisation is several names ("Amnesty International and
      // Human Rights Watch"), not one.
      const bool holds_known = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return c.span.start >= organisation.span.start && c.span.end <= organisation.span.end &&
               std::any_of(c.forms.begin(), c.forms.end(), [&](const NameForm* f) {
                 const auto& kind = index.entities[f->entity].kind;
                 return kind && *kind != EntityKind::kState;
               });
      });
      const bool in_instrument = std::any_of(instruments.begin(), instruments.end(), [&](ByteSpan i) {
        return i.start < organisation.span.end && organisation.span.start < i.end;
      });
      if (!holds_known && !in_instrument) {
        candidates.push_back({organisation.span, {}, {}, std::move(organisation.name)});
      }
    }
  }

  std::vector<Found> found;
  for (const Candidate& candidate : select_longest(std::move(candidates))) {
    if (candidate.unlisted_name) {
      found.push_back({candidate.span, EntityKind::kNgo, detail::slug(*candidate.unlisted_name),
                       *candidate.unlisted_name, false});
      continue;
    }
    // Entity forms before instrument forms, supported forms before ambiguous ones.
    const NameForm* entity_form = nullptr;
    bool instrument = false;
    for (const NameForm* form : candidate.forms) {
      const auto& kind = index.entities[form->entity].kind;
      if (!kind) {
        instrument = true;
      } else if (entity_form == nullptr || (entity_form->needs_support && !form->needs_support)) {
        entity_form = form;
      }
    }
    if (entity_form == nullptr) continue;  // an instrument's name
    // A name of both ("CAT", "CEDAW"): decided by the words around it, or by the instrument
    // it follows in parentheses ("the Convention ... against Women (CEDAW)").
    if (instrument && (reads_as_instrument(context_of(normalized, candidate.normalized.start,
                                                      candidate.normalized.end)) ||
                       follows_in_parentheses(text, instruments, candidate.span))) {
      continue;
    }
    const detail::IndexedEntity& entity = index.entities[entity_form->entity];
    found.push_back({candidate.span, *entity.kind, entity.id, entity.name, entity_form->needs_support});
  }
  apply_defined_acronyms(text, found);
  drop_unsupported(paragraphs, found);

  std::vector<EntityMention> mentions;
  for (const Found& f : found) {
    EntityMention mention;
    mention.kind = f.kind;
    mention.text = std::string(slice(text, f.span));
    mention.byte_start = f.span.start;
    mention.byte_end = f.span.end;
    mention.start = document.to_code_point(f.span.start);
    mention.end = document.to_code_point(f.span.end);
    mention.id = f.id;
    mention.name = f.name;
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

}  // namespace hrtext
