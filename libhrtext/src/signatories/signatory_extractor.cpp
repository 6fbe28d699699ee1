#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <functional>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "compiled.hpp"
#include "document/ascii_case.hpp"
#include "document/character_references.hpp"
#include "document/mojibake.hpp"
#include "document/utf8.hpp"
#include "entities/slug.hpp"
#include "hrtext/document.hpp"
#include "hrtext/error.hpp"
#include "hrtext/reader.hpp"
#include "hrtext/signatories.hpp"
#include "signatories/introduction.hpp"
#include "signatories/item_cleaning.hpp"
#include "signatories/item_form.hpp"
#include "signatories/line_kinds.hpp"
#include "signatories/paragraph_items.hpp"
#include "signatories/list_items.hpp"
#include "signatories/prose_lists.hpp"
#include "signatories/signature_blocks.hpp"

namespace hrtext {
namespace {

using namespace std::string_view_literals;
using detail::RawItem;

// Scopes that lists give beside a name, as they give a country ("CIVICUS – Global").
constexpr std::array kScopes = {
    "international"sv, "global"sv, "regional"sv, "national"sv, "worldwide"sv, "europe"sv, "africa"sv,
    "asia"sv, "latin america"sv, "middle east"sv, "internacional"sv, "mondial"sv, "mundial"sv,
    "américa latina"sv, "amérique latine"sv, "américa latina y el caribe"sv, "latin america and the caribbean"sv,
    "áfrica"sv, "afrique"sv, "asie"sv, "europa"sv, "oriente medio"sv, "moyen-orient"sv, "mena"sv,
    "asia pacific"sv, "asia-pacific"sv, "east africa"sv, "west africa"sv, "southern africa"sv,
    "north america"sv, "central america"sv, "centroamérica"sv, "caribbean"sv, "caribe"sv, "régional"sv};

// What a closing count of further signatories counts.
constexpr std::array kCountedWords = {" other"sv, " more"sv, " organi"sv, " group"sv, " individual"sv,
                                      " person"sv, " signator"sv, " civil"sv, " ngo"sv};

// The weight of an item's form (item_form.hpp) from which it reads as a name in a list, and
// from which it is evidence that a list nothing introduces names signers.
constexpr double kNameWeight = 0.5;
constexpr double kStrongNameWeight = 0.8;

// The id of the special procedures as a whole, for a mandate that has none of its own.
constexpr std::string_view kSpecialProcedures = "SPECIAL-PROCEDURES";

// `text` with its numeric references that lost their '#' restored ("AGRRIN &8211; Corpos
// Geradores", as exports of web pages leave them): "&8211;" is "&#8211;".
std::string with_numeric_references(std::string_view text) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t amp = text.find('&', at);
    out += text.substr(at, amp == std::string_view::npos ? std::string_view::npos : amp - at);
    if (amp == std::string_view::npos) break;
    out += '&';
    std::size_t digits = amp + 1;
    while (digits < text.size() && digits - amp <= 5 && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits - amp >= 3 && digits < text.size() && text[digits] == ';') out += '#';
    at = amp + 1;
  }
  return out;
}

// A name for display: white space folded to single spaces, character references decoded
// ("Center for Democracy &amp; Technology"), the invisible characters of formatting dropped
// (zero-width space, soft hyphen, byte order mark, direction marks, word joiner).
std::string display_name(std::string_view text) {
  static constexpr std::array kInvisible = {"\xE2\x80\x8B"sv, "\xC2\xAD"sv, "\xEF\xBB\xBF"sv, "\xE2\x80\x8E"sv,
                                            "\xE2\x80\x8F"sv, "\xE2\x81\xA0"sv};
  const std::string decoded = text.find('&') == std::string_view::npos
                                  ? detail::decode_character_references(text)
                                  : detail::decode_character_references(with_numeric_references(text));
  std::string out;
  for (std::size_t i = 0; i < decoded.size(); ++i) {
    if (static_cast<unsigned char>(decoded[i]) >= 0xC2) {  // each invisible one opens so
      const std::string_view rest = std::string_view(decoded).substr(i);
      const auto invisible = std::find_if(kInvisible.begin(), kInvisible.end(),
                                          [&](std::string_view mark) { return rest.starts_with(mark); });
      if (invisible != kInvisible.end()) {
        i += invisible->size() - 1;
        continue;
      }
    }
    const char c = decoded[i];
    // No-break spaces are spaces in a name shown alone.
    const bool no_break = c == '\xC2' && i + 1 < decoded.size() && decoded[i + 1] == '\xA0';
    const bool space = no_break || c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (no_break) ++i;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (std::optional<std::string> repaired = detail::repair_mojibake(out)) return std::move(*repaired);
  return out;
}

// The signers that a closing item counts without naming ("and 35 other organisations", "And
// 20 individuals who preferred to remain anonymous"), or nullopt when it names one.
std::optional<std::size_t> counted_others(std::string_view name) {
  const std::string folded = detail::ascii_lower(name.substr(0, 40));
  std::string_view rest = folded;
  rest.remove_prefix(detail::leading_list_conjunction(rest));
  if (rest.starts_with("plus ")) rest.remove_prefix(5);
  const std::size_t digits = rest.find_first_not_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos || digits > 6) return std::nullopt;
  const std::string_view number = rest.substr(0, digits);
  rest = rest.substr(digits);
  if (std::none_of(kCountedWords.begin(), kCountedWords.end(), [&](std::string_view word) { return rest.starts_with(word); })) {
    return std::nullopt;
  }
  return detail::leading_digits(number, digits).value;
}

// A list the reader found, before its items become signatories.
struct Candidate {
  std::vector<RawItem> items;
  SignatoryVia via = SignatoryVia::kList;
  detail::Introduction introduction;
};

// Whether `name`, five words or more, opens with two words of letters in lower case, as a
// clause does ("add civic space and civil dialogue in ...", "on peut rajouter la Confédération
// paysanne"), not a name ("terre des hommes" is short; "epicenter.works – for digital rights" and
// "de La Roche Saint André" are names).
bool opens_as_prose(std::string_view name) {
  constexpr std::size_t kLongestLowerCaseName = 4;  // words: "terre des hommes", "medico international"
  if (hrtext::detail::word_count(name, kLongestLowerCaseName + 1) <= kLongestLowerCaseName) return false;
  std::size_t at = 0;
  for (int word = 0; word < 2; ++word) {
    const std::size_t end = std::min(name.find(' ', at), name.size());
    const std::string_view text = name.substr(at, end - at);
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
    at = end + 1;
  }
  return true;
}

// Whether `name` has a letter of any script: a number or a rule names no one.
bool holds_a_letter(std::string_view name) {
  for (std::size_t i = 0; i < name.size();) {
    UChar32 c;
    U8_NEXT(name.data(), i, name.size(), c);
    if (c > 0 && u_isalpha(c)) return true;
  }
  return false;
}

// Results remembered by the string they were asked of, found again without copying it: a list
// asks about each of its names several times, and most asks find an answer.
template <typename Value>
class Memo {
 public:
  template <typename Compute>
  const Value& get(std::string_view key, Compute&& compute) {
    if (const auto found = map_.find(key); found != map_.end()) return found->second;
    Value value = compute();  // may remember other keys: the references given out stay valid
    return map_.emplace(std::string(key), std::move(value)).first->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const noexcept { return std::hash<std::string_view>{}(key); }
  };
  std::unordered_map<std::string, Value, Hash, std::equal_to<>> map_;
};

class SignatoryReader {
 public:
  SignatoryReader(const Document& document, const EntityExtractor& entities, const SignatoryOptions& options)
      : document_(document), text_(document.text()), entities_(entities), options_(options) {}

  Signatories read() {
    const std::vector<detail::TextLine> lines = detail::split_lines(text_);
    std::vector<Candidate> found = introduced_lists(lines);
    std::vector<detail::ProseList> prose;
    if (options_.read_prose) prose = detail::prose_lists(document_, name_weight_);
    // "This statement is on behalf of A, B, C ...", beside the other lists (a statement's
    // co-penholders above it).
    if (std::vector<RawItem> items = detail::behalf_items(text_, is_name_); !items.empty()) {
      detail::Introduction introduction = behalf_introduction(items.front());
      found.push_back({std::move(items), SignatoryVia::kList, introduction});
    }
    // A UN letter names its senders in its title and signs with blocks: both are signers,
    // beside any list its annex holds.
    if (std::vector<RawItem> items = detail::header_states(document_, is_name_); !items.empty()) {
      found.push_back({std::move(items), SignatoryVia::kHeader, {}});
    }
    if (std::vector<RawItem> items = detail::draft_sponsors(text_, lines, is_name_); !items.empty()) {
      found.push_back({std::move(items), SignatoryVia::kHeader, {}});
    }
    if (std::vector<RawItem> items = detail::signature_blocks(text_, lines, is_name_); !items.empty()) {
      found.push_back({std::move(items), SignatoryVia::kSignature, {}});
    }
    if (std::vector<RawItem> items = detail::mandate_heading(text_, lines); !items.empty()) {
      found.push_back({std::move(items), SignatoryVia::kHeader, {}});
    }
    if (found.empty()) {
      // (Commas set names apart there only where no sentence named signers: words that describe
      // them, "The undersigned are practising barristers, solicitors, ...", name none.)
      const bool prose_named = std::any_of(prose.begin(), prose.end(), [&](const detail::ProseList& list) {
        return std::any_of(list.items.begin(), list.items.end(),
                           [&](const RawItem& item) { return name_weight_(item.text.text()) >= kNameWeight; });
      });
      if (std::optional<Candidate> closing = closing_list(lines, !prose_named)) found.push_back(std::move(*closing));
    }
    // A paragraph that numbers names inline ("1. Geoffrey Alagaratnam, President's Counsel, 2.
    // Daniel Alphonsus, ..."), whatever introduces it, when it reads as a long run of names.
    for (const detail::TextLine& line : lines) {
      if (line.blank() || line.in(text_).front() != '1') continue;
      detail::ItemText paragraph;
      paragraph.append(line.in(text_), line.begin);
      std::vector<RawItem> items = detail::enumerated_items(paragraph);
      if (!long_run_of_names(items) || already_found(found, items.front())) continue;
      found.push_back({std::move(items), SignatoryVia::kList, {}});
    }
    // Sentences that say who signs name signers beside a list ("The undersigning organisations
    // are A, B and C." above "List of first signatures:").
    for (detail::ProseList& list : prose) found.push_back({std::move(list.items), list.via, list.introduction});
    Signatories result;
    std::unordered_set<std::string> seen;
    for (const Candidate& candidate : found) {
      add_signatories(candidate, seen, result);
      result.partial = result.partial || candidate.introduction.partial;
      if (!result.stated) result.stated = candidate.introduction.stated;
    }
    if (!result.stated) result.stated = stated_in_prose(prose);
    return result;
  }

 private:
  // The lists that words introduce, each judged by its items (see accepts()), in text order.
  std::vector<Candidate> introduced_lists(const std::vector<detail::TextLine>& lines) const {
    std::vector<Candidate> lists;
    // The first line at or after each that is not blank: runs of blank lines are crossed once,
    // not once per line before them (100,000 blank lines took minutes).
    std::vector<std::size_t> filled(lines.size() + 1, lines.size());
    for (std::size_t k = lines.size(); k-- > 0;) filled[k] = lines[k].blank() ? filled[k + 1] : k;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::optional<detail::Marker> marker = detail::find_marker(lines[i].in(text_), place_of(lines, i, filled));
      if (!marker) continue;
      const std::size_t start = lines[i].begin + marker->list_start;
      std::vector<RawItem> items =
          marker->in_sentence ? detail::inline_items(text_, start, sentence_end(start), is_name_, reads_as_name_)
                              : detail::list_items(text_, lines, i, start, is_name_);
      std::erase_if(items, [](const RawItem& item) { return item.text.empty(); });  // marks alone
      within_its_list(items);
      if (!accepts(items, *marker)) continue;
      // Lines the list took are read no more for another.
      const std::size_t list_end = items.back().text.source_of(items.back().text.text().size() - 1);
      while (i + 1 < lines.size() && lines[i + 1].begin <= list_end) ++i;
      lists.push_back({std::move(items), SignatoryVia::kList, marker->introduction});
    }
    return lists;
  }

  // Per container of the document's blocks, where its last block ends; worked out once.
  const std::vector<std::size_t>& container_ends() const {
    if (!container_ends_) {
      std::vector<std::size_t> ends;
      for (const TextBlock& block : document_.blocks()) {
        if (block.container >= ends.size()) ends.resize(block.container + 1, 0);
        ends[block.container] = std::max(ends[block.container], block.end);
      }
      container_ends_ = std::move(ends);
    }
    return *container_ends_;
  }

  // Whether a candidate already holds the item that starts where `item` starts.
  static bool already_found(const std::vector<Candidate>& found, const RawItem& item) {
    const std::size_t at = item.text.source_of(0);
    return std::any_of(found.begin(), found.end(), [&](const Candidate& candidate) {
      return std::any_of(candidate.items.begin(), candidate.items.end(),
                         [&](const RawItem& other) { return other.text.source_of(0) == at; });
    });
  }

  // A list that the input marked up as one (an HTML <ul>, <ol> or table, a Markdown list) ends
  // where its markup ends: the lines after it ("TIME", "Rally begins at 11:30am") are no items,
  // however they read. Text without blocks keeps every item.
  void within_its_list(std::vector<RawItem>& items) const {
    const std::span<const TextBlock> blocks = document_.blocks();
    if (blocks.empty() || items.empty()) return;
    const std::size_t first = items.front().text.source_of(0);
    // The list item or table cell that holds the first item: among the last blocks that start
    // before it (blocks come in text order; a page's sections around it start earlier).
    constexpr std::size_t kNesting = 16;
    auto holding = std::partition_point(blocks.begin(), blocks.end(),
                                        [&](const TextBlock& block) { return block.start <= first; });
    for (std::size_t look = 0; holding != blocks.begin() && look < kNesting; ++look) {
      --holding;
      if (holding->container != 0 && first < holding->end) break;
    }
    if (holding->container == 0 || first < holding->start || first >= holding->end) return;
    // The list goes on into the next list when only a heading stands between them ("les
    // Organisations Internationales" <ol>, "les Organisations Nationales" <ol start="50">).
    constexpr std::size_t kHeadingWords = 8;
    const std::vector<std::size_t>& ends = container_ends();
    std::size_t container_end = ends[holding->container];
    for (auto next = holding; next != blocks.end(); ++next) {
      if (next->container == 0 || next->start < container_end) continue;
      const std::string_view between = text_.substr(container_end, next->start - container_end);
      if (detail::word_count(between, kHeadingWords + 1) > kHeadingWords) break;
      // ... and when that list opens with a name ("TIME" over "Rally begins at 11:30am" ends it).
      const std::string& first_name = bare_name(text_.substr(next->start, next->end - next->start));
      if (detail::name_weight(detail::item_form(first_name, is_name_(first_name))) < kNameWeight) break;
      container_end = ends[next->container];
    }
    std::erase_if(items, [&](const RawItem& item) { return item.text.source_of(0) >= container_end; });
  }

  // Where lines[i] stands: whether the first line after it that is not blank opens a bulleted
  // or numbered item, and whether blank lines (or the text's ends) stand around it. `filled`:
  // the first line that is not blank at or after each.
  detail::LinePlace place_of(const std::vector<detail::TextLine>& lines, std::size_t i,
                             const std::vector<std::size_t>& filled) const {
    detail::LinePlace place;
    place.alone = (i == 0 || lines[i - 1].blank()) && (i + 1 == lines.size() || lines[i + 1].blank());
    const std::size_t next = filled[i + 1];
    place.list_follows = next < lines.size() && detail::list_mark_length(lines[next].in(text_)) > 0;
    // Two lines at least, one after the other, each short and ending no sentence: names. Asked
    // only of a line that ends a sentence (find_marker reads no other so), a no-break space after.
    const std::string_view this_line = lines[i].in(text_);
    if (!this_line.ends_with('.') && !this_line.ends_with("\xC2\xA0")) return place;
    constexpr std::size_t kNameLines = 2;
    constexpr std::size_t kMostWords = 14;
    std::size_t name_lines = 0;
    for (std::size_t k = next; k < lines.size() && name_lines < kNameLines && !lines[k].blank(); ++k) {
      const std::string_view line = lines[k].in(text_);
      if (detail::word_count(line, kMostWords + 1) > kMostWords || line.ends_with('.')) break;
      ++name_lines;
    }
    place.names_follow = name_lines == kNameLines;
    return place;
  }

  // Whether a list opened by `marker` names signers: most of its items read as names (known,
  // organisations, acronyms, persons, short capitalised names). A marker that says nothing of
  // its own (a closing, a bare heading) needs most of its names known.
  bool accepts(const std::vector<RawItem>& items, const detail::Marker& marker) const {
    if (items.empty()) return false;
    // Items that each give a title in quotes after a colon cite documents ("Tafel Deutschland:
    // „Unverständnis über ...“", "DGB: "Keine Einschüchterung ...""): their authors sign those.
    const auto citations = std::count_if(items.begin(), items.end(), [](const RawItem& item) {
      const std::string& text = item.text.text();
      const std::size_t colon = text.find(": ");
      if (colon == std::string::npos) return false;
      const std::string_view after = std::string_view(text).substr(colon + 2);
      return after.starts_with("\"") || after.starts_with("\xE2\x80\x9E") /* „ */ || after.starts_with("\xE2\x80\x9C") /* “ */ ||
             after.starts_with("\xC2\xAB") /* « */;
    });
    if (2 * static_cast<std::size_t>(citations) >= items.size()) return false;
    // A title's place and date after a colon ("Joint Statement: Reinforcing Multilateralism ...,
    // Madrid, 10 November 2020") are no list of names.
    constexpr std::size_t kFewItems = 5;
    if (items.size() < kFewItems && std::any_of(items.begin(), items.end(), [](const RawItem& item) {
          return detail::reads_as_date(item.text.text());
        })) {
      return false;
    }
    if (marker.weak) {
      // States sign where words say they do: under a bare heading they are a ranking, a vote or
      // a membership ("Top 10 countries:").
      if (!marker.introduction.signers && list_kind(items) == EntityKind::kState) return false;
      // One organisation or one person under a letter's closing signs it ("Sincerely,\n\nSomerville
      // YIMBY", "Sincerely,\nGreg Boone"); an office with an article ("Le Président du CIREM")
      // is none of them.
      if (marker.sign_off && items.size() == 1 && !items.front().person && !name_follows(items.front())) {
        const detail::ItemForm form = form_of(items.front());
        if ((form == detail::ItemForm::kPerson && opening_article(items.front().text.text()) == 0) ||
            detail::name_weight(form) >= detail::name_weight(detail::ItemForm::kOrganisation)) {
          return true;
        }
      }
      return supported(items) || long_run_of_names(items) || people_on_one_line(items);
    }
    // Under words that say they sign, a person with anything after a comma ("Stéphanie Abrial,
    // Ingénieure de recherche en science politique") whatever the role; else a role we know
    // ("Javaid Rehman, Special Rapporteur on ...").
    const bool any_role = marker.introduction.signers;
    const auto names = std::count_if(items.begin(), items.end(), [&](const RawItem& item) {
      return item.person || detail::name_weight(form_of(item)) >= kNameWeight ||
             detail::reads_as_person(item.text.text(), !any_role);
    });
    return 2 * static_cast<std::size_t>(names) >= items.size();
  }

  // Whether the first line after `item` that is not blank reads as a name: the list goes on,
  // a paragraph a name ("Fundación Corona.", a blank line, "Corporación Somos Más.").
  bool name_follows(const RawItem& item) const {
    const std::size_t line_end = text_.find('\n', item.text.source_of(item.text.text().size() - 1));
    if (line_end == std::string_view::npos) return false;
    const std::size_t end = line_end + 1;  // the item's own line ends with it ("Fundación Corona.")
    const std::vector<detail::TextLine> after = detail::split_lines(text_.substr(end, std::min<std::size_t>(400, text_.size() - end)));
    const auto next = std::find_if(after.begin(), after.end(), [](const detail::TextLine& line) { return !line.blank(); });
    if (next == after.end()) return false;
    RawItem line;
    line.text.append(next->in(text_.substr(end)), end + next->begin);
    return detail::name_weight(form_of(line)) >= kNameWeight;
  }

  // Whether `items` are three people or more named on one line, three in four of them at least
  // ("Distinti saluti" over "Vittorio Agnoletto, Gianni Alioti, Lino Balza"): a closing signs as
  // one person, with a title after.
  bool people_on_one_line(const std::vector<RawItem>& items) const {
    constexpr std::size_t kFewestPeople = 3;
    if (items.size() < kFewestPeople) return false;
    const std::size_t first = items.front().text.source_of(0), last = items.back().text.source_of(0);
    if (text_.substr(first, last - first).find('\n') != std::string_view::npos) return false;
    const auto people = std::count_if(items.begin(), items.end(), [&](const RawItem& item) {
      return detail::reads_as_person_name(bare_name(item.text.text()));
    });
    return static_cast<std::size_t>(people) >= kFewestPeople && 4 * static_cast<std::size_t>(people) >= 3 * items.size();
  }

  // The list that closes a document with no words to introduce it: the last run of short lines
  // whose names mostly read as organisations, and not mostly States (a vote or a membership more
  // often); or of people who sign with their roles or affiliations ("Name, role").
  // `commas`: whether a line of names set apart by commas may close it (not where a sentence
  // already named signers: "Signed by A, B, ...").
  std::optional<Candidate> closing_list(const std::vector<detail::TextLine>& lines, bool commas) const {
    // A paragraph that separates its names first: its lines are no names each ("A – B – C").
    if (std::optional<Candidate> paragraph = closing_paragraph(lines, commas)) return paragraph;
    for (std::vector<RawItem>& run : detail::unmarked_runs(text_, lines)) {
      if (!letter_before(lines, run.front())) continue;
      if ((supported(run) && list_kind(run) != EntityKind::kState) || of_people(run, {}) ||
          (long_run_of_names(run) && signers_spoken_of_before(run.front()))) {
        return Candidate{std::move(run), SignatoryVia::kList, {}};
      }
    }
    return std::nullopt;
  }

  // Whether the text before `items` states a count of signers near theirs ("25 associations"
  // over a list of 25 pieces, give or take one in eight that a name's own comma or "et" split).
  bool count_stated_before(const std::vector<RawItem>& items) const {
    constexpr std::size_t kReach = 8000;  // bytes before the list
    constexpr std::size_t kCountReach = 60;  // bytes after the number: "25 associations de défense ..."
    const std::size_t list_start = items.front().text.source_of(0);
    const std::size_t from = list_start > kReach ? list_start - kReach : 0;
    const std::size_t slack = std::max<std::size_t>(1, items.size() / 8);
    for (std::size_t at = from; at < list_start; ++at) {
      if (text_[at] < '0' || text_[at] > '9' || (at > 0 && text_[at - 1] >= '0' && text_[at - 1] <= '9')) continue;
      const detail::LeadingDigits number = detail::leading_digits(text_.substr(at, list_start - at), 5);
      const std::size_t end = at + number.length, value = number.value;
      if (value + slack < items.size() || value > items.size() + slack) continue;
      if (end >= list_start || text_[end] != ' ') continue;  // "25 associations", not "Article 19, ..."
      std::size_t reach_end = at + std::min(kCountReach, list_start - at);
      while (reach_end > at && detail::is_continuation_byte(text_[reach_end])) --reach_end;  // a whole character
      const detail::Introduction count =
          detail::read_introduction(detail::lower_case_in_place(text_.substr(at, reach_end - at)));
      if (count.stated == value && !count.others) return true;
    }
    return false;
  }

  // Whether the paragraph after `item` speaks of the signers of the list it closes.
  bool signers_spoken_of_after(const RawItem& item) const {
    constexpr std::size_t kReach = 300;  // bytes
    const std::size_t end = item.text.source_of(item.text.text().size() - 1) + 1;
    return detail::speaks_of_signers(text_.substr(end, kReach));
  }

  // Whether a letter stands before `item`, which a list that nothing introduces may close: some
  // running text, not a title alone over a table of organisations.
  bool letter_before(const std::vector<detail::TextLine>& lines, const RawItem& item) const {
    constexpr std::size_t kFewestWords = 6;  // a sentence, however short
    const std::size_t start = item.text.source_of(0);
    std::size_t words = 0;
    for (std::size_t i = 0; i < lines.size() && lines[i].end <= start && words < kFewestWords; ++i) {
      const std::string_view line = lines[i].in(text_);
      // Rows of tables and items of lists are no running text.
      if (line.empty() || line.front() == '|' || line.front() == '+' || detail::list_mark_length(line) > 0) continue;
      words += detail::word_count(line);
    }
    return words >= kFewestWords;
  }

  // Whether the text before `item` speaks of its signers ("Die Unterzeichnenden fordern ...",
  // "We, the undersigned, ..."): then a long run of names no lexicon knows closes it as a list
  // ("Bitkom", "Freischreiber", "Campact", ...), where a page's menu does not.
  bool signers_spoken_of_before(const RawItem& item) const {
    return detail::speaks_of_signers(text_.substr(0, item.text.source_of(0)));
  }

  // The list that closes a document in one paragraph, its names set apart by one separator
  // ("Asociación Abuelas de Plaza de Mayo - Madres de Plaza de Mayo Línea Fundadora - ...",
  // "A; B; C; D"; commas, which sentences use as much, for ten names or more), on one line or
  // wrapped over several: nearly every piece read as a name and enough of them as names of
  // signers. A short one among the last paragraphs, ending in the second half; a long one
  // anywhere, notes after it.
  std::optional<Candidate> closing_paragraph(const std::vector<detail::TextLine>& lines, bool commas) const {
    constexpr std::size_t kLastParagraphs = 5;  // a footer may follow the list
    constexpr std::size_t kFewestNames = 4;
    constexpr std::size_t kFewestCommaNames = 10;
    constexpr std::size_t kShortestLongList = 150;  // bytes: ten names at least
    std::size_t read = 0;
    for (std::size_t last = lines.size(); last-- > 0;) {
      if (lines[last].blank()) continue;
      std::size_t first = last;
      while (first > 0 && !lines[first - 1].blank()) --first;
      // Within the paragraph the last line ends (Document::paragraphs), where running text
      // stands before it with no blank line between: a text whose lines are its paragraphs.
      const std::span<const ByteSpan> paragraphs = document_.paragraphs();
      if (const auto paragraph = std::upper_bound(paragraphs.begin(), paragraphs.end(), lines[last].begin,
                                                  [](std::size_t at, const ByteSpan& span) { return at < span.end; });
          paragraph != paragraphs.end() && paragraph->start <= lines[last].begin) {
        std::size_t own = first;
        bool prose_before = false;
        for (; own < last && lines[own].end <= paragraph->start; ++own) prose_before = prose_before || detail::is_prose(lines[own].in(text_));
        if (prose_before) first = own;
      }
      const std::size_t line_count = last - first + 1;
      const std::string_view block = text_.substr(lines[first].begin, lines[last].end - lines[first].begin);
      const std::size_t end = lines[last].end;
      last = first;  // the next paragraph up, on the next turn
      if (++read > kLastParagraphs && block.size() < kShortestLongList) continue;
      if (block.starts_with('|') || block.starts_with('+')) continue;  // a table: its rows are read as lines
      std::optional<std::string_view> separator = detail::one_line_separator(block, line_count);
      if (!separator && static_cast<std::size_t>(std::count(block.begin(), block.end(), ';')) + 1 >= kFewestNames) {
        separator = ";";
      }
      // Commas too, in a run of names longer than a sentence names.
      // (Two or more a line: one name a line may hold one, before its country.)
      if (const auto comma_count = static_cast<std::size_t>(std::count(block.begin(), block.end(), ','));
          !separator && commas && comma_count + 1 >= kFewestCommaNames && comma_count >= 2 * line_count) {
        separator = ",";
      }
      if (!separator) continue;
      detail::ItemText paragraph;
      for (std::size_t i = first; i < first + line_count; ++i) paragraph.append(lines[i].in(text_), lines[i].begin);
      std::vector<RawItem> items = detail::split_paragraph(paragraph, *separator, is_name_, is_name_);
      // A piece in lower case goes on with the one before, no name ("Ken Macdonald Former director
      // of public prosecutions, and warden of Wadham College").
      if (!items.empty()) {
        items.erase(std::remove_if(items.begin() + 1, items.end(),
                                   [](const RawItem& item) {
                                     const std::string& text = item.text.text();
                                     return !text.empty() && text.front() >= 'a' && text.front() <= 'z' &&
                                            !detail::starts_with_capital(text);
                                   }),
                    items.end());
      }
      const auto names = std::count_if(items.begin(), items.end(), [&](const RawItem& item) {
        return detail::name_weight(form_of(item)) >= kNameWeight || signs_as_person(item);
      });
      // One in eight may read otherwise, but not the first: a paragraph that opens with a
      // sentence ("Organisations have expressed their concern. Among them are: ...") is prose.
      constexpr std::size_t kLongestFirstName = 12;  // words
      const bool nearly_all_names = !items.empty() && 8 * static_cast<std::size_t>(names) >= 7 * items.size() &&
                                    detail::word_count(items.front().text.text()) <= kLongestFirstName;
      const bool long_list = items.size() >= kFewestCommaNames;
      const bool placed = long_list || (read <= kLastParagraphs && end >= text_.size() / 2);
      // Known names support the list, or the text after it says its names sign ("Las
      // organizaciones firmantes han remitido ...").
      const bool signers_around = long_list && signers_spoken_of_after(items.back());
      // The text says how many organisations the list names ("25 associations ... ont décidé
      // de se regrouper"): then half of its pieces reading as names is enough.
      const bool counted = long_list && count_stated_before(items);
      const bool enough_names = nearly_all_names || (counted && 2 * static_cast<std::size_t>(names) >= items.size());
      // People with their roles sign as a list of them does one a line (closing_list).
      const bool people = long_list && of_people(items, {});
      if (items.size() < kFewestNames || !placed || !enough_names || !(supported(items) || signers_around || counted || people)) {
        continue;
      }
      // States close a statement that says it speaks for a group of them ("on behalf of over 40
      // countries"); elsewhere a run of States is an election's or a vote's.
      detail::Introduction introduction;
      introduction.states = list_kind(items) == EntityKind::kState;
      if (!introduction.states || detail::behalf_of_a_group(text_.substr(0, items.front().text.source_of(0)))) {
        return Candidate{std::move(items), SignatoryVia::kList, introduction};
      }
    }
    return std::nullopt;
  }

  // Where the sentence that holds byte `at` ends.
  std::size_t sentence_end(std::size_t at) const {
    const std::vector<ByteSpan> sentences = document_.sentences_in({at, at});
    const auto sentence = std::upper_bound(sentences.begin(), sentences.end(), at,
                                           [](std::size_t offset, const ByteSpan& s) { return offset < s.end; });
    if (sentence == sentences.end()) return text_.size();
    std::size_t end = sentence->end;
    while (end > at && (text_[end - 1] == '.' || text_[end - 1] == ' ')) --end;
    return end;
  }

  // "on behalf of a group of 40 countries: ..." says how many sign.
  detail::Introduction behalf_introduction(const RawItem& first) const {
    const std::size_t at = first.text.source_of(0);
    const std::size_t from = at > 300 ? at - 300 : 0;
    detail::Introduction introduction = detail::read_introduction(text_.substr(from, at - from));
    introduction.states = true;
    return introduction;
  }

  // The number of signers a sentence states where no list did ("This letter is endorsed by 40
  // organisations.").
  std::optional<std::size_t> stated_in_prose(const std::vector<detail::ProseList>& prose) const {
    for (const detail::ProseList& list : prose) {
      if (list.introduction.stated) return list.introduction.stated;
    }
    return std::nullopt;
  }

  detail::ItemForm form_of(const RawItem& item) const {
    const std::string& name = bare_name(item.text.text());
    return detail::item_form(name, is_name_(name));
  }

 private:
  // The name of an item without its annotations ("– Kenya", "(CPJ)"), its character references
  // decoded; remembered.
  const std::string& bare_name(std::string_view item) const {
    return bare_names_.get(item, [&] {
      const auto never = [](std::string_view) { return false; };
      const detail::IsPlace place = [this](std::string_view annotation) { return is_place(annotation); };
      const detail::CleanedItem cleaned = detail::clean_item(item, place, never);
      const std::string_view name = item.substr(cleaned.begin, cleaned.end - cleaned.begin);
      // Judged as it reads: a text copied from a page's source keeps its references ("Jos&eacute;").
      if (name.find('&') != std::string_view::npos) {
        const std::string decoded = detail::decode_character_references(name);
        return decoded.substr(article_before_known(decoded));
      }
      return std::string(name.substr(article_before_known(name)));
    });
  }

  // The length of the article that opens `name` when the name after it is known and the whole
  // is not ("L'Argentine", "La Colombie" opening a sentence; not "La Strada International"); else 0.
  std::size_t article_before_known(std::string_view name) const {
    const std::size_t article = opening_article(name);
    return article != 0 && resolve(name.substr(article)) && !resolve(name) ? article : 0;
  }

  // The length of the article that opens `name` ("Le ", "The ", "L'"), or 0.
  static std::size_t opening_article(std::string_view name) {
    static constexpr std::array kArticles = {"L'"sv, "L\xE2\x80\x99"sv, "L\xC2\xB4"sv, "l\xC2\xB4"sv, "Le "sv,
                                             "La "sv, "Les "sv, "El "sv, "Los "sv, "Las "sv, "O "sv, "A "sv,
                                             "Os "sv, "As "sv, "The "sv, "Die "sv, "Der "sv, "Das "sv};
    // Most names open with no article: one look at the first byte.
    if (name.empty() || std::string_view("LlEOATD").find(name.front()) == std::string_view::npos) return 0;
    for (const std::string_view article : kArticles) {
      if (name.starts_with(article) && name.size() > article.size()) return article.size();
    }
    return 0;
  }

  bool is_place(std::string_view annotation) const {
    // No place is named at such length ("United Kingdom of Great Britain and Northern Ireland"
    // is 52 bytes): a description, an affiliation, spared the look-ups.
    constexpr std::size_t kLongestPlace = 64;
    if (annotation.size() > kLongestPlace) return false;
    // The place a name comes from: "la Comisión Colombiana de Juristas, de Colombia", "from Kenya".
    for (const std::string_view origin : {"de la "sv, "del "sv, "de "sv, "d'"sv, "du "sv, "da "sv, "do "sv, "from "sv, "aus "sv}) {
      if (annotation.starts_with(origin) && annotation.size() > origin.size()) {
        annotation.remove_prefix(origin.size());
        break;
      }
    }
    return places_.get(annotation, [&] {
      // A scope, in any case ("Global", "ÁFRICA"), or a State.
      const std::string folded = detail::fold_case(annotation);
      if (std::find(kScopes.begin(), kScopes.end(), folded) != kScopes.end()) return true;
      const std::optional<ResolvedEntity>& place = resolve(annotation, EntityKind::kState);
      return place && place->kind == EntityKind::kState;
    });
  }

  // Whether a list that nothing introduces names signers: enough of its items are known names,
  // organisations or acronyms (SignatoryOptions::unintroduced_list_share); short capitalised
  // names and persons alone are no evidence ("Jane Doe / Executive Director" after "Sincerely,").
  bool supported(const std::vector<RawItem>& items) const {
    if (items.size() < 2) return false;
    const auto named = std::count_if(items.begin(), items.end(), [&](const RawItem& item) {
      // People with their titles sign as names do ("MEP Manon AUBRY ...", "Dr. Kim Allen").
      return item.block_head || detail::has_personal_title(item.text.text()) ||
             detail::name_weight(form_of(item)) >= kStrongNameWeight;
    });
    return static_cast<double>(named) >= options_.unintroduced_list_share * static_cast<double>(items.size());
  }

  // Whether a list under a weak marker ("Signé,", a bare heading) is a long run of names: many
  // items, nearly all of them reading as names, a good share as names of signers or persons. A closing
  // signs as one person with a line or two of titles; a run of dozens of names is a list,
  // whatever share of them our lexicons know ("Ecuador Decide", "Jubilee Oregon").
  bool long_run_of_names(const std::vector<RawItem>& items) const {
    constexpr std::size_t kLongRun = 8;
    constexpr double kNamesShare = 0.8;
    constexpr double kStrongShare = 0.3;
    if (items.size() < kLongRun) return false;
    std::size_t names = 0, strong = 0;
    for (const RawItem& item : items) {
      const double weight = detail::name_weight(form_of(item));
      if (weight >= kNameWeight) ++names;
      // A person counts: a long run of people is a list of them (a sign-off's signer is one).
      if (weight >= detail::name_weight(detail::ItemForm::kPerson)) ++strong;
    }
    const auto size = static_cast<double>(items.size());
    return static_cast<double>(names) >= kNamesShare * size && static_cast<double>(strong) >= kStrongShare * size;
  }

  // Where a name that a long description follows ends ("Amnesty International – a global
  // movement of ..."): before the first dash or colon after which the item goes on in lower case
  // past a name's length, when what comes before reads as a name; else the name's size.
  std::size_t name_before_description(std::string_view name) const {
    constexpr std::size_t kLongestName = 10;  // words
    if (detail::word_count(name) <= kLongestName) return name.size();
    for (const std::string_view separator : {" \xE2\x80\x93 "sv, " \xE2\x80\x94 "sv, " - "sv, ": "sv}) {
      const std::size_t at = name.find(separator);
      // The description goes on in lower case ("– an Irish foundation"); a title's own parts
      // do not ("Special Rapporteur on ..., including its causes").
      if (at == std::string_view::npos || at + separator.size() >= name.size()) continue;
      const char next = name[at + separator.size()];
      if (!(next >= 'a' && next <= 'z')) continue;
      const std::string_view head = name.substr(0, at);
      if (detail::name_weight(detail::item_form(head, is_name_(head))) >= kStrongNameWeight) return at;
    }
    return name.size();
  }

  // An item written as a person signs: a title, or a person's name alone or before an
  // affiliation ("Tim Norton, Digital Rights Watch"), not before a place ("Foro Penal,
  // Venezuela" is an organisation and its country).
  bool signs_as_person(const RawItem& item) const {
    const std::string_view whole = item.text.text();
    const std::string_view raw = whole.substr(0, detail::without_markup_tags(whole));  // "Patricia Aas <br>"
    if (item.person || detail::has_personal_title(raw)) return true;
    // (The name before a role written with no comma: "Lawrence Collins Retired justice of ...".)
    const std::string_view name = std::string_view(raw).substr(0, std::min(detail::person_name_end(raw), detail::person_before_role(raw)));
    if (!detail::reads_as_person_name(name) || is_name_(name)) return false;
    if (name.size() + 2 > raw.size()) return true;
    return !is_place(bare_name(std::string_view(raw).substr(name.size() + 2)));
  }

  // Most items are people, and the list says so: by its heading, by titles, or by affiliations;
  // or all of them, three at least, are names of people ("Anna Schmidt", "Jonas Weber", ...).
  bool of_people(const std::vector<RawItem>& items, const detail::Introduction& introduction) const {
    std::size_t people = 0, evidence = 0;
    for (const RawItem& item : items) {
      if (!signs_as_person(item)) continue;
      ++people;
      const std::string& text = item.text.text();
      // "Name, role", "Name - role", "Name Role in lower case"
      const bool with_role = text.find(',') != std::string::npos || detail::has_spaced_dash(text) ||
                             detail::person_before_role(text) != std::string_view::npos;
      if (detail::has_personal_title(text) || with_role) ++evidence;
    }
    // Bare names: all of a short list; nine in ten of a long one, where a few names that no
    // rule reads as a person's ("Christer A. Jenson", an initial inside) are no evidence of
    // organisations (the items that do not read so stay organisations).
    constexpr std::size_t kFewestBareNames = 3;
    constexpr std::size_t kLongList = 20;
    if (people >= kFewestBareNames && (people == items.size() || (items.size() >= kLongList && 10 * people >= 9 * items.size()))) {
      return true;
    }
    // One name alone that reads as a person's ("Sincerely,\n\nGreg Boone").
    if (items.size() == 1 && people == 1 && form_of(items.front()) == detail::ItemForm::kPerson) return true;
    return people >= 2 && 5 * people >= 3 * items.size() && (introduction.persons || evidence >= 2);
  }

  // States when most known names of the list are states (a joint statement of States).
  // States that each follow a name that is none are the countries of those names ("Foro
  // Penal\nVenezuela\nKatiba Institute\nKenya"), not a list of States.
  EntityKind list_kind(const std::vector<RawItem>& items) const {
    std::size_t states = 0, known = 0, annotating = 0;
    bool after_other = false;  // the item before was a name, and no State
    for (const RawItem& item : items) {
      if (item.later_column) continue;  // a column of countries beside the names
      const std::optional<ResolvedEntity>& entity = resolve(bare_name(item.text.text()));
      const bool state = entity && entity->kind == EntityKind::kState;
      if (entity) ++known;
      if (state) {
        ++states;
        if (after_other) ++annotating;
      }
      after_other = !state;
    }
    if (annotating * 10 >= states * 9 && states > 0 && states < items.size()) return EntityKind::kNgo;
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

  // The digits of a footnote run onto the end of a name ("Amnesty International1"), a word
  // in lower case before them; 0 when none.
  static std::size_t footnote_digits(std::string_view name) {
    constexpr std::size_t kMostDigits = 2;
    std::size_t digits = 0;
    while (digits < name.size() && name[name.size() - 1 - digits] >= '0' && name[name.size() - 1 - digits] <= '9') ++digits;
    if (digits == 0 || digits > kMostDigits || digits == name.size()) return 0;
    const char before = name[name.size() - 1 - digits];
    return before >= 'a' && before <= 'z' ? digits : 0;
  }

  // Whether most items, three at least, end with a footnote's digits: a list that a PDF gives
  // with its marks run on ("Amnesty International1", "Human Rights Watch2"); in one item alone
  // the digits may be the name's ("Web3").
  bool footnoted_list(const std::vector<RawItem>& items) const {
    constexpr std::size_t kFewestItems = 3;
    if (items.size() < kFewestItems) return false;
    const auto marked = std::count_if(items.begin(), items.end(), [](const RawItem& item) {
      std::string_view text = item.text.text();
      while (!text.empty() && (text.back() == ' ' || text.back() == ',' || text.back() == ';')) text.remove_suffix(1);
      return footnote_digits(text) != 0;
    });
    return 5 * static_cast<std::size_t>(marked) >= 3 * items.size();
  }

  // Whether most items give their places after their names, a country last ("SOS Huasco,
  // Comuna de Huasco, Valle del Huasco, Chile."): two commas at least and a place after the last.
  bool located(const std::vector<RawItem>& items) const {
    constexpr std::size_t kFewestItems = 3;
    if (items.size() < kFewestItems) return false;
    const auto placed = std::count_if(items.begin(), items.end(), [&](const RawItem& item) {
      std::string_view text = item.text.text();
      while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
      const std::size_t last = text.rfind(", ");
      return last != std::string_view::npos && text.find(", ") < last && is_place(text.substr(last + 2));
    });
    return 5 * static_cast<std::size_t>(placed) >= 3 * items.size();
  }

  // Where the mandate that a holder signs with starts in `item` ("Mary Lawlor, Special Rapporteur
  // on the situation of human rights defenders"), when the role after the person's name is a UN
  // body's; else npos.
  std::size_t mandate_after_holder(std::string_view item) const {
    if (item.find(", ") == std::string_view::npos) return std::string_view::npos;  // most items, at once
    const std::size_t name_end = detail::person_name_end(item);
    if (name_end >= item.size() || item[name_end] != ',' || !detail::reads_as_person_name(item.substr(0, name_end))) {
      return std::string_view::npos;
    }
    const std::size_t role = item.find_first_not_of(", ", name_end);
    if (role == std::string_view::npos) return role;
    const std::optional<ResolvedEntity>& mandate = resolve(item.substr(role), EntityKind::kUnBody);
    return mandate && mandate->kind == EntityKind::kUnBody ? role : std::string_view::npos;
  }

  // "Amnesty International – Norway": the section of the organisation in that country, when
  // the gazetteer has it.
  ResolvedEntity national_section(ResolvedEntity organisation, std::string_view name, std::string_view place) const {
    std::optional<ResolvedEntity> section = resolve(std::string(name) + " " + std::string(place));
    if (section && section->parent == organisation.id) return *section;
    return organisation;
  }

  // The signatories of `candidate` that `seen` (ids and names) does not hold yet, added to
  // `result`.
  void add_signatories(const Candidate& candidate, std::unordered_set<std::string>& seen, Signatories& result) const {
    const std::vector<RawItem>& items = candidate.items;
    const EntityKind kind_of_list = candidate.introduction.states ? EntityKind::kState : list_kind(items);
    // Lists of States name nothing else: what no gazetteer knows there is no signer ("my own
    // country" in "on behalf of Canada, ... and my own country, Australia").
    const bool only_known = candidate.introduction.states || candidate.via == SignatoryVia::kHeader;
    const detail::IsPlace annotation_is_place = [&](std::string_view annotation) {
      return kind_of_list != EntityKind::kState && is_place(annotation);
    };
    // "Assistance Association for Political Prisoners (Burma)" is a name; "Amnesty
    // International (India)" a name and its place.
    const detail::IsPlace is_known_whole = [&](std::string_view name) {
      if (!name.ends_with(')')) return false;
      const std::optional<ResolvedEntity>& whole = resolve(name);
      if (!whole) return false;
      const std::optional<ResolvedEntity>& bare = resolve(name.substr(0, name.rfind('(')));
      return !bare || bare->id == whole->id;
    };
    // In a list of people, those without a title sign the same way ("Judith Butler, University
    // of California", "Peter Tonoli").
    const bool list_of_people = of_people(items, candidate.introduction);
    const auto labels = std::count_if(items.begin(), items.end(), [](const RawItem& item) {
      return detail::opens_with_label(item.text.text());
    });
    const bool labelled = items.size() >= 3 && 5 * static_cast<std::size_t>(labels) >= 3 * items.size();
    const auto holders = std::count_if(items.begin(), items.end(), [&](const RawItem& item) {
      return mandate_after_holder(item.text.text()) != std::string_view::npos;
    });
    const bool list_of_mandates = 2 * static_cast<std::size_t>(holders) >= items.size();
    const bool located_list = kind_of_list != EntityKind::kState && located(items);
    const bool footnoted = footnoted_list(items);
    detail::CodePointCounter code_points(text_);
    // "the Special Rapporteur on ..., Maina Kiai, the Special Rapporteur on ..., Frank La Rue, and
    // ...": a person named after a UN body holds its mandate, which signs.
    bool after_un_body = false;
    // In a list of people that sets names apart by commas on a line, what follows a person there
    // and is none is the person's affiliation ("Helen Mountfield Principal of Mansfield College,
    // University of Oxford, ...").
    const RawItem* person_before = nullptr;
    for (const RawItem& item : items) {
      const bool holder_place = std::exchange(after_un_body, false);
      const RawItem* const previous_person = std::exchange(person_before, nullptr);
      const std::string& raw = item.text.text();
      // The last name of a list that an excerpt flattened may carry the page's chrome.
      const std::string_view own = &item == &items.back() ? std::string_view(raw).substr(0, detail::page_chrome_start(raw))
                                                          : std::string_view(raw);
      const detail::CleanedItem cleaned = detail::clean_item(own, annotation_is_place, is_known_whole, labelled);
      result.partial = result.partial || cleaned.others;  // "FIDH, and others"
      std::size_t begin = latin_name_start(raw, cleaned.begin, cleaned.end);
      begin += article_before_known(std::string_view(raw).substr(begin, cleaned.end - begin));
      std::size_t end = cleaned.end;
      if (footnoted) end -= footnote_digits(std::string_view(raw).substr(begin, end - begin));
      std::string name = display_name(std::string_view(raw).substr(begin, end - begin));
      if (const std::optional<std::size_t> others = counted_others(name)) {  // "and 35 other organisations"
        result.partial = true;
        result.stated = result.signatories.size() + *others;
        continue;
      }
      if (detail::speaks_of_signers(name)) continue;  // "INITIAL SIGNERS", "[Signatures]"
      // A column of web sites beside the names ("www.example.org"); a name may be a domain
      // ("350.org") in the name's own column.
      if (item.later_column && (name.starts_with("www.") || name.starts_with("http"))) continue;
      // A place on its own in a list of organisations heads the names of that country, or is a
      // column of their countries.
      if (kind_of_list != EntityKind::kState && !item.person && is_place(name)) continue;
      // "Irene Khan, Special Rapporteur on the promotion and protection of the right to freedom
      // of opinion and expression": in a list of such, the mandate signs, as in a
      // communication's heading (in a list of individuals, the person does).
      bool holds_mandate = item.mandate;
      if (const std::size_t role = list_of_mandates ? mandate_after_holder(std::string_view(raw).substr(begin, end - begin))
                                                    : std::string_view::npos;
          role != std::string_view::npos) {
        begin += role;
        name = display_name(std::string_view(raw).substr(begin, end - begin));
        holds_mandate = true;
      }
      // "la Procuradora General de la Nación, Alejandra Gils Carbó": the person in the office signs.
      bool after_office = false;
      if (!holds_mandate && !cleaned.on_behalf) {
        const std::string_view from_start = std::string_view(raw).substr(0, end);
        if (const std::size_t at = detail::person_after_role(from_start);
            at != std::string_view::npos && at > begin && !is_name_(from_start.substr(at))) {
          begin = at;
          name = display_name(std::string_view(raw).substr(begin, end - begin));
          after_office = true;
        }
      }
      const bool person =
          !holds_mandate && !cleaned.on_behalf && !detail::ends_with_legal_form(raw) && (after_office ||
          (item.person || cleaned.personal_capacity || cleaned.signature || detail::has_personal_title(name) ||
           (list_of_people && signs_as_person(item)) || (detail::reads_as_person(raw, true) && !is_name_(name)) ||
           (detail::person_before_affiliation(name) != std::string::npos && !is_name_(name)) ||
           (!cleaned.affiliation.empty() && detail::reads_as_person_name(name) && !is_name_(name) &&
            is_name_(cleaned.affiliation)) ||  // "Jane Doe (Amnesty International)"
           // "Ciro Nogueira (PP)": a party's or an organisation's acronym, not the name's
           (!cleaned.acronym.empty() && detail::reads_as_person_name(name) && !is_name_(name) &&
            !detail::abbreviates(cleaned.acronym, name))));
      if (holder_place && (person || (detail::reads_as_person_name(name) && !is_name_(name)))) continue;
      if (person) person_before = &item;
      if (!person && list_of_people && previous_person != nullptr && !is_name_(name) &&
          !detail::reads_as_person_name(name, true) && !detail::has_personal_title(name) &&
          text_.substr(previous_person->text.source_of(0), item.text.source_of(0) - previous_person->text.source_of(0))
                  .find('\n') == std::string_view::npos) {
        continue;
      }
      if (person) {  // the name without titles and the role or affiliation after it
        const std::string_view whole = std::string_view(raw).substr(begin, end - begin);
        // (A role written with no comma ends the name only in a list of such people.)
        const std::size_t role = list_of_people ? detail::person_before_role(whole) : std::string_view::npos;
        end = begin + std::min({detail::person_name_end(whole), detail::person_before_affiliation(whole), role});
        begin += detail::person_name_start(whole.substr(0, end - begin));
        name = display_name(std::string_view(raw).substr(begin, end - begin));
      }
      // "12", "***", "The": no name (a key of no word; its only letters the article it drops).
      if (!holds_a_letter(name) || (name.size() == 3 && detail::ascii_lower(name) == "the")) continue;
      // A note in parentheses in a name's place ("(To come)", "(list in formation)") names no one.
      if (name.starts_with('(') && name.ends_with(')') && name.find(')') + 1 == name.size()) continue;
      if (!person && located_list) {  // "SOS Huasco, Comuna de Huasco, Valle del Huasco" (the country gone)
        const auto [name_begin, name_end] = detail::name_before_places(std::string_view(raw).substr(begin, end - begin));
        end = begin + name_end;
        begin += name_begin;
        // The name's own annotations, now at its end: "FUNAM (Fundación para la defensa del ambiente)".
        const std::string_view named = std::string_view(raw).substr(begin, end - begin);
        const detail::CleanedItem again = detail::clean_item(named, annotation_is_place, is_known_whole);
        end = begin + again.end;
        begin += again.begin;
        name = display_name(std::string_view(raw).substr(begin, end - begin));
      }
      if (!person) {  // "Front Line Defenders – an Irish foundation that protects defenders at risk"
        if (const std::size_t head = name_before_description(name); head < name.size()) {
          end = begin + head;
          name = display_name(std::string_view(raw).substr(begin, end - begin));
        }
      }
      // A piece of a sentence, a count or a heading signs nothing; nor do five words and more that
      // open with two in lower case ("add civic space and civil dialogue in the portfolios of ...").
      if (!person && detail::item_form(name, is_name_(name)) == detail::ItemForm::kFragment) continue;
      if (!person && opens_as_prose(name) && !is_name_(name)) continue;
      Signatory signatory;
      std::optional<ResolvedEntity> entity;
      if (!person) {
        entity = resolve(name, holds_mandate ? EntityKind::kUnBody : kind_of_list, true);
        if (!entity && !cleaned.acronym.empty()) entity = resolve(cleaned.acronym, kind_of_list);
        // A list of States whose first item carries the line's label ("Co-penholders
        // Netherlands, Maldives, Japan", "the core group members Algeria, Egypt, ..."): the
        // State after the label, a few words.
        constexpr std::size_t kLabelWords = 4;
        for (std::size_t space = name.find(' '), words = 1;
             !entity && kind_of_list == EntityKind::kState && space != std::string::npos && words <= kLabelWords;
             space = name.find(' ', space + 1), ++words) {
          const std::string rest = name.substr(space + 1);
          std::optional<ResolvedEntity> state = resolve(rest, EntityKind::kState);
          if (const std::size_t at = raw.find(rest, begin); state && state->kind == EntityKind::kState && at < end) {
            entity = std::move(state);
            begin = at;
            name = rest;
          }
        }
        if (entity && !cleaned.place.empty()) entity = national_section(*entity, name, cleaned.place);
      }
      if (only_known && !entity) continue;
      if (person) {
        signatory.kind = EntityKind::kPerson;
      } else if (entity) {
        signatory.kind = entity->kind;
        signatory.id = entity->id;
        signatory.parent = entity->parent;
      } else if (holds_mandate) {  // a mandate no gazetteer lists
        signatory.kind = EntityKind::kUnBody;
        signatory.id = std::string(kSpecialProcedures);
      } else {
        signatory.kind = EntityKind::kNgo;
        signatory.id = detail::slug(name);
      }
      after_un_body = signatory.kind == EntityKind::kUnBody;
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
      signatory.via = candidate.via;
      for (const detail::ItemText& translation : item.translations) {
        Signatory other = signatory;
        const ByteSpan where = translation.first_part(0, translation.text().size());
        other.byte_start = where.start;
        other.byte_end = where.end;
        other.text = std::string(text_.substr(where.start, where.end - where.start));
        other.start = code_points.at(where.start);
        other.end = code_points.at(where.end);
        result.translations.push_back(std::move(other));
      }
      result.signatories.push_back(std::move(signatory));
    }
  }

  // EntityExtractor::resolve, remembered: a list asks about each of its names several times.
  // The probes that decide how to read a list (is this piece a name, is that annotation a
  // place) compare keys only; a signatory's own name may be found by edit distance.
  const std::optional<ResolvedEntity>& resolve(std::string_view name, std::optional<EntityKind> preferred = std::nullopt,
                                               bool approximate = false) const {
    const std::size_t asked = 2 * (preferred ? 1 + static_cast<std::size_t>(*preferred) : 0) + (approximate ? 1 : 0);
    return resolved_[asked].get(name, [&] { return entities_.resolve(name, preferred, approximate); });
  }

  const Document& document_;
  std::string_view text_;
  const EntityExtractor& entities_;
  const SignatoryOptions& options_;
  // What resolve() found, by the question asked: the kind preferred, if any, and whether by
  // edit distance.
  static constexpr std::size_t kAskedKinds = 2 * (1 + static_cast<std::size_t>(EntityKind::kPerson) + 1);
  mutable std::array<Memo<std::optional<ResolvedEntity>>, kAskedKinds> resolved_;
  mutable Memo<std::string> bare_names_;
  mutable Memo<bool> known_;   // is_name_, remembered
  mutable Memo<bool> places_;  // is_place, remembered
  mutable std::optional<std::vector<std::size_t>> container_ends_;
  detail::IsName is_name_ = [this](std::string_view name) {
    return known_.get(name, [&] { return resolve(bare_name(name)).has_value(); });
  };
  // Whether a piece of a sentence reads as a name as a person's does, or better: either side of
  // its last "and" ("Deutsche Aidshilfe und der Kinderschutzbund").
  detail::IsName reads_as_name_ = [this](std::string_view piece) {
    return name_weight_(piece) >= detail::name_weight(detail::ItemForm::kPerson);
  };
  // How much a piece of a sentence reads as a signer's name.
  detail::NameWeight name_weight_ = [this](std::string_view piece) {
    const std::string& name = bare_name(piece);
    return detail::name_weight(detail::item_form(name, is_name_(name)));
  };
};

}  // namespace

std::string_view to_string(SignatoryVia via) noexcept {
  switch (via) {
    case SignatoryVia::kList: return "list";
    case SignatoryVia::kProse: return "prose";
    case SignatoryVia::kHeader: return "header";
    case SignatoryVia::kSignature: return "signature";
  }
  return "list";
}

struct SignatoryExtractor::Impl {
  SignatoryOptions options;
};

SignatoryExtractor SignatoryExtractor::compile(SignatoryOptions options) {
  if (!(options.unintroduced_list_share >= 0.0 && options.unintroduced_list_share <= 1.0)) {
    throw ParseError("SignatoryOptions::unintroduced_list_share must lie in [0, 1], not " +
                     std::to_string(options.unintroduced_list_share));
  }
  return SignatoryExtractor(std::make_unique<Impl>(Impl{options}));
}

SignatoryExtractor::SignatoryExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SignatoryExtractor::SignatoryExtractor(SignatoryExtractor&&) noexcept = default;
SignatoryExtractor& SignatoryExtractor::operator=(SignatoryExtractor&&) noexcept = default;
SignatoryExtractor::~SignatoryExtractor() = default;

const SignatoryOptions& SignatoryExtractor::options() const noexcept { return impl_->options; }

Signatories SignatoryExtractor::extract(const Document& document, const EntityExtractor& entities) const {
  return SignatoryReader(document, entities, detail::compiled(impl_, "SignatoryExtractor").options).read();
}

}  // namespace hrtext
