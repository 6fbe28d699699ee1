#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "document/ascii_case.hpp"
#include "document/utf8.hpp"
#include "entities/slug.hpp"
#include "hrtext/document.hpp"
#include "hrtext/signatories.hpp"
#include "signatories/item_cleaning.hpp"
#include "signatories/line_kinds.hpp"
#include "signatories/list_items.hpp"
#include "signatories/signatory_layer.hpp"

namespace hrtext {
namespace {

using namespace std::string_view_literals;
using detail::RawItem;

// Scopes that lists give beside a name, as they give a country ("CIVICUS – Global").
constexpr std::array kScopes = {"international"sv, "global"sv, "regional"sv, "national"sv, "worldwide"sv,
                                "europe"sv, "africa"sv, "asia"sv, "latin america"sv, "middle east"sv,
                                "internacional"sv, "mondial"sv};

// What a closing count of further signatories counts.
constexpr std::array kCountedWords = {" other"sv, " more"sv, " organi"sv, " group"sv, " individual"sv,
                                      " person"sv, " signator"sv, " civil"sv, " ngo"sv};

// Share of a list's names that must be known before a list that no marker opens counts.
constexpr double kSupport = 0.6;

std::string collapse_space(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "and 35 other organisations", "And 20 individuals who preferred to remain anonymous".
bool counts_others(std::string_view name) {
  const std::string folded = detail::ascii_lower(name.substr(0, 40));
  std::string_view rest = folded;
  if (rest.starts_with("and ")) rest.remove_prefix(4);
  const std::size_t digits = rest.find_first_not_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos) return false;
  rest = rest.substr(digits);
  return std::any_of(kCountedWords.begin(), kCountedWords.end(),
                     [&](std::string_view word) { return rest.starts_with(word); });
}

class SignatoryReader {
 public:
  SignatoryReader(const Document& document, const EntityExtractor& entities)
      : text_(document.text()), entities_(entities) {}

  detail::SignatoryLayer read() {
    const std::vector<detail::TextLine> lines = detail::split_lines(text_);
    std::vector<RawItem> items;
    bool behalf = false;
    for (std::size_t i = 0; i < lines.size() && items.empty(); ++i) {
      const std::optional<detail::Marker> marker = detail::find_marker(lines[i].in(text_));
      if (!marker) continue;
      items = detail::list_items(text_, lines, i, lines[i].begin + marker->list_start, is_name_);
      if (marker->weak && !supported(items)) items.clear();
    }
    if (items.empty()) {
      items = detail::behalf_items(text_, is_name_);
      behalf = !items.empty();
    }
    if (items.empty()) {
      // States listed with no marker are a vote or a membership more often than signatories.
      for (std::vector<RawItem>& run : detail::unmarked_runs(text_, lines)) {
        if (supported(run) && list_kind(run) != EntityKind::kState) {
          items = std::move(run);
          break;
        }
      }
    }
    detail::SignatoryLayer layer;
    layer.signatories = signatories_of(items, behalf, layer.translations);
    return layer;
  }

 private:
  // The name of an item without its annotations, none of them taken for a place; remembered.
  const std::string& bare_name(std::string_view item) const {
    const auto [slot, inserted] = bare_names_.try_emplace(std::string(item));
    if (inserted) {
      const auto never = [](std::string_view) { return false; };
      const detail::CleanedItem cleaned = detail::clean_item(item, never, never);
      slot->second = item.substr(cleaned.begin, cleaned.end - cleaned.begin);
    }
    return slot->second;
  }

  bool is_place(std::string_view annotation) const {
    const std::string folded = detail::name_key(annotation);
    if (std::find(kScopes.begin(), kScopes.end(), folded) != kScopes.end()) return true;
    const std::optional<ResolvedEntity> place = resolve(annotation, EntityKind::kState);
    return place && place->kind == EntityKind::kState;
  }

  bool supported(const std::vector<RawItem>& items) const {
    if (items.size() < 2) return false;
    const auto known = std::count_if(items.begin(), items.end(), [&](const RawItem& item) {
      return is_name_(bare_name(item.text.text()));
    });
    return static_cast<double>(known) >= kSupport * static_cast<double>(items.size());
  }

  // States when most known names of the list are states (a joint statement of States).
  EntityKind list_kind(const std::vector<RawItem>& items) const {
    std::size_t states = 0, known = 0;
    for (const RawItem& item : items) {
      if (const std::optional<ResolvedEntity> entity = resolve(bare_name(item.text.text()))) {
        ++known;
        if (entity->kind == EntityKind::kState) ++states;
      }
    }
    return known > 0 && 2 * states > known ? EntityKind::kState : EntityKind::kNgo;
  }

  // Where the Latin name starts in an item that gives it after its Chinese one
  // ("中国人权捍卫者 Chinese Human Rights Defenders"), when that Latin name is known; else `begin`.
  std::size_t latin_name_start(std::string_view item, std::size_t begin, std::size_t end) const {
    if (begin >= end || static_cast<unsigned char>(item[begin]) < 0x80) return begin;
    std::size_t latin = begin;
    while (latin < end && !((item[latin] >= 'A' && item[latin] <= 'Z') || (item[latin] >= 'a' && item[latin] <= 'z'))) {
      ++latin;
    }
    if (latin == end || item[latin - 1] != ' ' || !is_name_(item.substr(latin, end - latin))) return begin;
    return latin;
  }

  // "Amnesty International – Norway": the section of the organisation in that country, when
  // the gazetteer has it.
  ResolvedEntity national_section(ResolvedEntity organisation, std::string_view name, std::string_view place) const {
    std::optional<ResolvedEntity> section = resolve(std::string(name) + " " + std::string(place));
    if (section && section->parent == organisation.id) return *section;
    return organisation;
  }

  std::vector<Signatory> signatories_of(const std::vector<RawItem>& items, bool behalf,
                                        std::vector<Signatory>& translations) const {
    const EntityKind kind_of_list = list_kind(items);
    const detail::IsPlace annotation_is_place = [&](std::string_view annotation) {
      return kind_of_list != EntityKind::kState && is_place(annotation);
    };
    // "Assistance Association for Political Prisoners (Burma)" is a name; "Amnesty
    // International (India)" a name and its place.
    const detail::IsPlace is_known_whole = [&](std::string_view name) {
      if (!name.ends_with(')')) return false;
      const std::optional<ResolvedEntity> whole = resolve(name);
      if (!whole) return false;
      const std::optional<ResolvedEntity> bare = resolve(name.substr(0, name.rfind('(')));
      return !bare || bare->id == whole->id;
    };
    const std::size_t titled = static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [](const RawItem& item) {
      return item.person || detail::has_personal_title(item.text.text());
    }));
    // In a list of people, those without a title sign the same way ("Judith Butler, University
    // of California").
    const bool list_of_people = titled >= 2 && 2 * titled >= items.size();
    std::vector<Signatory> signatories;
    std::unordered_set<std::string> seen;
    detail::CodePointCounter code_points(text_);
    for (const RawItem& item : items) {
      const std::string& raw = item.text.text();
      const detail::CleanedItem cleaned = detail::clean_item(raw, annotation_is_place, is_known_whole);
      std::size_t begin = latin_name_start(raw, cleaned.begin, cleaned.end);
      std::size_t end = cleaned.end;
      std::string name = collapse_space(std::string_view(raw).substr(begin, end - begin));
      if (counts_others(name)) continue;  // "and 35 other organisations"
      // A place on its own in a list of organisations heads the names of that country, or is a
      // column of their countries.
      if (kind_of_list != EntityKind::kState && !item.person && is_place(name)) continue;
      const bool person =
          item.person || cleaned.personal_capacity || cleaned.signature || detail::has_personal_title(name) ||
          (detail::reads_as_person(raw, !list_of_people) && !is_name_(name)) ||
          (!cleaned.affiliation.empty() && detail::reads_as_person_name(name) && !is_name_(name) &&
           is_name_(cleaned.affiliation));  // "Jane Doe (Amnesty International)"
      if (person) {
        end = begin + detail::person_name_end(std::string_view(raw).substr(begin, end - begin));
        name = collapse_space(std::string_view(raw).substr(begin, end - begin));
      }
      if (detail::name_key(name).empty()) continue;
      Signatory signatory;
      std::optional<ResolvedEntity> entity;
      if (!person) {
        entity = resolve(name, kind_of_list, true);
        if (!entity && !cleaned.acronym.empty()) entity = resolve(cleaned.acronym, kind_of_list);
        if (entity && !cleaned.place.empty()) entity = national_section(*entity, name, cleaned.place);
      }
      if (behalf && !entity) continue;  // "my own country" in "on behalf of ..."
      if (person) {
        signatory.kind = EntityKind::kPerson;
      } else if (entity) {
        signatory.kind = entity->kind;
        signatory.id = entity->id;
        signatory.parent = entity->parent;
      } else {
        signatory.kind = EntityKind::kNgo;
        signatory.id = detail::slug(name);
      }
      // Once each, by id; but mandates with no id of their own share SPECIAL-PROCEDURES, so UN
      // bodies and persons are told apart by name.
      const bool by_name = !signatory.id || signatory.kind == EntityKind::kUnBody;
      if (!seen.insert(by_name ? "name:" + detail::name_key(name) : *signatory.id).second) continue;
      const ByteSpan span = item.text.first_part(begin, end);
      signatory.byte_start = span.start;
      signatory.byte_end = span.end;
      signatory.text = std::string(text_.substr(span.start, span.end - span.start));
      signatory.start = code_points.at(span.start);
      signatory.end = code_points.at(span.end);
      signatory.name = std::move(name);
      for (const detail::ItemText& translation : item.translations) {
        Signatory other = signatory;
        const ByteSpan where = translation.first_part(0, translation.text().size());
        other.byte_start = where.start;
        other.byte_end = where.end;
        other.text = std::string(text_.substr(where.start, where.end - where.start));
        other.start = code_points.at(where.start);
        other.end = code_points.at(where.end);
        translations.push_back(std::move(other));
      }
      signatories.push_back(std::move(signatory));
    }
    return signatories;
  }

  // EntityExtractor::resolve, remembered: a list asks about each of its names several times.
  // The probes that decide how to read a list (is this piece a name, is that annotation a
  // place) compare keys only; a signatory's own name may be found by edit distance.
  std::optional<ResolvedEntity> resolve(std::string_view name, std::optional<EntityKind> preferred = std::nullopt,
                                        bool approximate = false) const {
    std::string key(name);
    key += '\x1F';
    if (preferred) key += to_string(*preferred);
    if (approximate) key += '~';
    const auto [slot, inserted] = resolved_.try_emplace(std::move(key));
    if (inserted) slot->second = entities_.resolve(name, preferred, approximate);
    return slot->second;
  }

  std::string_view text_;
  const EntityExtractor& entities_;
  mutable std::unordered_map<std::string, std::optional<ResolvedEntity>> resolved_;
  mutable std::unordered_map<std::string, std::string> bare_names_;
  mutable std::unordered_map<std::string, bool> known_;  // is_name_, remembered
  detail::IsName is_name_ = [this](std::string_view name) {
    const auto [slot, inserted] = known_.try_emplace(std::string(name), false);
    if (inserted) slot->second = resolve(bare_name(name)).has_value();
    return slot->second;
  };
};

}  // namespace

namespace detail {

SignatoryLayer read_signatories(const Document& document, const EntityExtractor& entities) {
  return SignatoryReader(document, entities).read();
}

}  // namespace detail

std::vector<Signatory> find_signatories(const Document& document, const EntityExtractor& entities) {
  return detail::read_signatories(document, entities).signatories;
}

}  // namespace hrtext
