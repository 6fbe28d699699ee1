#include "entities/organisation_forms.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bitset>

#include "document/byte_scan.hpp"
#include "document/words.hpp"
#include "match/flat_map.hpp"

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

// Head nouns: a name that holds one is the name of an organisation.
constexpr std::array kHeads = {
    "Foundation"sv, "Association"sv, "Network"sv, "Centre"sv, "Center"sv, "Coalition"sv,
    "Watch"sv, "Institute"sv, "Initiative"sv, "Alliance"sv, "League"sv, "Federation"sv,
    "Society"sv, "Union"sv, "Forum"sv, "Trust"sv, "Project"sv, "Campaign"sv, "Movement"sv,
    "Defenders"sv, "Collective"sv, "Observatory"sv, "Fundación"sv, "Fundação"sv,
    "Asociación"sv, "Associação"sv, "Red"sv, "Rede"sv, "Réseau"sv, "Centro"sv,
    "Coalición"sv, "Instituto"sv, "Institut"sv, "Liga"sv, "Ligue"sv, "Federación"sv,
    "Fédération"sv, "Sociedad"sv, "Sociedade"sv, "Société"sv, "Unión"sv, "Colectivo"sv, "Collectif"sv,
    "Movimiento"sv, "Mouvement"sv, "Observatorio"sv, "Observatoire"sv, "Fondation"sv, "Foro"sv,
    "Fórum"sv, "Alianza"sv, "Aliança"sv, "Agrupación"sv, "Cooperativa"sv,
    // Catalan.
    "Associació"sv, "Fundació"sv, "Federació"sv, "Moviment"sv, "Xarxa"sv, "Col·lectiu"sv, "Observatori"sv,
    // Italian, Dutch and Turkish, whose common nouns take no capital in running text.
    "Associazione"sv, "Fondazione"sv, "Rete"sv, "Istituto"sv, "Federazione"sv, "Movimento"sv,
    "Osservatorio"sv, "Coordinamento"sv, "Stichting"sv, "Vereniging"sv, "Derneği"sv, "Vakfı"sv,
    "Merkezi"sv, "Platformu"sv, "Birliği"sv, "Federasyonu"sv, "Enstitüsü"sv, "Girişimi"sv};

// Words of states, courts, companies, universities, laws and events: a name with one is no NGO.
constexpr std::array kExcluded = {
    "Ministry"sv, "Government"sv, "University"sv, "Université"sv, "Universidad"sv,
    "College"sv, "School"sv, "Party"sv, "Company"sv, "Corporation"sv, "Inc"sv, "Ltd"sv,
    "LLC"sv, "Bank"sv, "Court"sv, "Parliament"sv, "Police"sv, "Army"sv, "Department"sv,
    "Embassy"sv, "Agency"sv, "Council"sv, "Commission"sv, "Office"sv, "Law"sv, "Act"sv,
    "Region"sv, "Province"sv, "Republic"sv, "Kingdom"sv, "Assembly"sv, "Secretariat"sv,
    "Tribunal"sv, "Ministerio"sv, "Gobierno"sv, "Ministère"sv, "Gouvernement"sv,
    "Autonomous"sv, "Bureau"sv, "Administration"sv, "Authority"sv, "Prison"sv, "Camp"sv,
    "Hospital"sv, "Detention"sv, "Agreement"sv, "Convention"sv, "Covenant"sv, "Declaration"sv, "Treaty"sv,
    "Protocol"sv, "Resolution"sv, "Report"sv, "Statement"sv, "Letter"sv, "Day"sv,
    "Session"sv, "Review"sv, "Games"sv, "Cup"sv, "Olympic"sv, "Olympics"sv, "Station"sv,
    "Airlines"sv, "Group"sv, "Committee"sv, "Procuratorate"sv, "Congress"sv,
    "Civil"sv, "Governance"sv, "Conference"sv, "Summit"sv};

// Lower-case words that may join the capitalised words of a name.
constexpr std::array kParticles = {
    "of"sv, "for"sv, "the"sv, "and"sv, "on"sv, "in"sv, "against"sv, "to"sv, "at"sv, "&"sv,
    "de"sv, "des"sv, "du"sv, "la"sv, "le"sv, "les"sv, "pour"sv, "para"sv, "por"sv, "y"sv,
    "et"sv, "del"sv, "e"sv, "da"sv, "do"sv, "dos"sv, "das"sv, "los"sv, "las"sv, "el"sv,
    "en"sv, "sur"sv, "contre"sv, "contra"sv, "al"sv, "a"sv, "à"sv, "d'"sv, "l'"sv};

// Words that say what an organisation does but not which one it is: a name of only these and
// head nouns ("Human Rights Centre", "National Coalition") is a description, not a name.
constexpr std::array kGeneric = {
    "Human"sv, "Rights"sv, "International"sv, "National"sv, "Regional"sv, "Global"sv,
    "Public"sv, "Legal"sv, "Independent"sv, "Local"sv};

// Particles that join two names rather than the words of one.
constexpr std::array kCoordinators = {"and"sv, "&"sv, "y"sv, "et"sv, "e"sv};

// Capitalised words that start a sentence or a phrase rather than a name.
constexpr std::array kLeading = {
    "The"sv, "A"sv, "An"sv, "Our"sv, "Their"sv, "This"sv, "That"sv, "These"sv, "Those"sv,
    "Its"sv, "Every"sv, "Each"sv, "All"sv, "Both"sv, "Such"sv, "Dear"sv, "Signed"sv, "La"sv,
    "Le"sv, "Les"sv, "El"sv, "Los"sv, "Las"sv, "Member"sv, "Members"sv, "Joint"sv, "Local"sv,
    "National"sv, "Independent"sv, "Other"sv, "Many"sv, "Several"sv, "Some"sv};

// A word list as a hash set: judging a run asks about each of its words.
// What a word can be in a name, one bit each: a word may be in several lists ("Union" is a
// head noun; "e" a particle and a coordinator).
enum Role : unsigned char {
  kHead = 1,
  kExcludedWord = 2,
  kParticle = 4,
  kLeadingWord = 8,
  kCoordinator = 16,
  kGenericWord = 32,
};

// Every listed word with its roles: one lookup per word of the text.
class WordRoles {
 public:
  WordRoles() {
    add(kHeads, kHead);
    add(kExcluded, kExcludedWord);
    add(kParticles, kParticle);
    add(kLeading, kLeadingWord);
    add(kCoordinators, kCoordinator);
    add(kGeneric, kGenericWord);
    // The words that make a run worth judging: head nouns, and "Rights" of "... for Human Rights".
    for (const std::string_view head : kHeads) trigger_prefixes_[prefix_slot(head)] = true;
    trigger_prefixes_[prefix_slot("Rights")] = true;
  }
  [[nodiscard]] unsigned char of(std::string_view word) const {
    const std::uint32_t id = ids_.find(word);
    return id == FlatStringIds::kMissing ? 0 : roles_[id];
  }
  // Whether text may start with a trigger word: asked of every capital that starts a word,
  // it passes over most ("The", "Committee", "China") on their first three bytes, without
  // finding their end or looking them up.
  [[nodiscard]] bool may_start_trigger(std::string_view text) const {
    return text.size() >= 3 && trigger_prefixes_[prefix_slot(text)];
  }

 private:
  template <std::size_t N>
  void add(const std::array<std::string_view, N>& words, Role role) {
    for (const std::string_view word : words) {
      const std::uint32_t id = ids_.intern(word);
      if (id >= roles_.size()) roles_.resize(id + 1, 0);
      roles_[id] |= role;
    }
  }
  static std::size_t prefix_slot(std::string_view text) {
    const std::uint32_t prefix = static_cast<unsigned char>(text[0]) | static_cast<unsigned char>(text[1]) << 8 |
                                 static_cast<unsigned char>(text[2]) << 16;
    return (prefix * 0x9E3779B1U) >> 20;  // 12 bits
  }
  FlatStringIds ids_;
  std::vector<unsigned char> roles_;
  std::bitset<4096> trigger_prefixes_;
};

const WordRoles& word_roles() {
  static const WordRoles roles;
  return roles;
}

enum class WordShape { kCapitalised, kAllCaps, kLower, kNumber, kOther };

struct Word {
  ByteSpan span;
  WordShape shape = WordShape::kOther;
  bool line_break_before = false;  // the gap before it holds a line break or punctuation
  unsigned char roles = 0;         // Role bits
};

// What a word's characters say of its shape, one bit each.
enum LetterKind : unsigned char { kUpper = 1, kLowerLetter = 2, kDigit = 4 };

// The kind of each ASCII character; 0 for a character that is no letter or digit.
constexpr std::array<unsigned char, 128> kAsciiLetterKinds = [] {
  std::array<unsigned char, 128> table{};
  for (unsigned c = 0; c < 128; ++c) {
    table[c] = c >= 'A' && c <= 'Z' ? kUpper : c >= 'a' && c <= 'z' ? kLowerLetter : c >= '0' && c <= '9' ? kDigit : 0;
  }
  return table;
}();

// What shape() learns from the characters of a word.
struct Letters {
  unsigned char kinds = 0;  // LetterKind bits
  bool first_upper = false;

  void add(UChar32 c, bool first) {
    unsigned char kind = 0;
    if (c < 0x80) {
      kind = kAsciiLetterKinds[static_cast<std::size_t>(c)];
    } else if (is_capital(c)) {
      kind = kUpper;
    } else if (u_islower(c)) {
      kind = kLowerLetter;
    } else if (u_isdigit(c)) {
      kind = kDigit;
    }
    kinds |= kind;
    first_upper = first_upper || (first && kind == kUpper);
  }

  [[nodiscard]] WordShape shape() const {
    const bool lower = (kinds & kLowerLetter) != 0;
    if (first_upper && lower) return WordShape::kCapitalised;
    if ((kinds & kUpper) != 0 && !lower) return WordShape::kAllCaps;
    if (lower) return WordShape::kLower;
    return (kinds & kDigit) != 0 ? WordShape::kNumber : WordShape::kOther;
  }
};

// The shape of the word text[span].
WordShape shape_of(std::string_view text, ByteSpan span) {
  Letters letters;
  for (std::size_t i = span.start; i < span.end;) {
    const bool first = i == span.start;
    letters.add(next_code_point(text, i), first);
  }
  return letters.shape();
}

// Calls visit(word) for the words of text[from, end): runs of letters and digits (word_end()),
// and '&'. A gap of anything but white space before a word sets its line_break_before: it
// breaks a name. Roles are left for the caller. visit() returns false to stop; the result is
// where the scan stopped: the start of the word that stopped it, or `end`.
//
// While `skip_to_capital` says so, words that cannot start a name are passed over unseen:
// the scan jumps to the next capital letter (or non-ASCII character) at the start of a word.
template <typename Visit, typename SkipToCapital>
std::size_t for_each_word(std::string_view text, ByteSpan span, Visit&& visit, SkipToCapital&& skip_to_capital) {
  text = text.substr(0, span.end);
  bool broken = true;
  std::size_t i = span.start;
  while (i < text.size()) {
    if (skip_to_capital()) {
      while ((i = find_capital_or_lead(text, i)) < text.size() && !starts_joined_word_at(text, i)) ++i;
      broken = true;
      if (i >= text.size()) break;
    }
    std::size_t next = i;
    const UChar32 c = next_code_point(text, next);
    if (c == '&') {
      if (!visit(Word{{i, next}, WordShape::kLower, broken, 0})) return i;
      broken = false;
      i = next;
      continue;
    }
    if (!is_word_character(c)) {
      if (!is_white_space(c)) broken = true;
      i = next;
      continue;
    }
    const ByteSpan word{i, word_end(text, i)};
    if (!visit(Word{word, shape_of(text, word), broken, 0})) return i;
    broken = false;
    i = word.end;
  }
  return span.end;
}

// Where a scan for runs may start, at or before `at` and not before `floor`: just after a
// punctuation mark (a run never goes on across one), or `floor`. Apostrophes and hyphens may
// join the words around them, and '&' names, so they are passed over.
std::size_t run_boundary_before(std::string_view text, std::size_t at, std::size_t floor) {
  while (at > floor) {
    const auto byte = static_cast<unsigned char>(text[at - 1]);
    const bool gap = byte < 0x80 && kAsciiLetterKinds[byte] == 0 && byte != ' ' && byte != '\t' &&
                     byte != '\n' && byte != '\r' && byte != '&' && byte != '\'' && byte != '-';
    if (gap) return at;
    --at;
  }
  return floor;
}

// The longest particle ("against", "contre"): a longer lower-case word ends a run unasked.
constexpr std::size_t kLongestParticle = 7;

void find_in_paragraph(std::string_view text, ByteSpan paragraph, std::span<const ByteSpan> known,
                       const WordRoles& roles, std::vector<Word>& run, std::vector<UnlistedOrganisation>& found);

// The name with each run of white space made one space.
std::string folded(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    if (is_white_space(next_code_point(text, i))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out.append(text.substr(start, i - start));
  }
  return out;
}

}  // namespace

bool is_organisation_head_noun(std::string_view word) { return (word_roles().of(word) & kHead) != 0; }

std::vector<UnlistedOrganisation> find_unlisted_organisations(std::string_view text,
                                                             std::span<const ByteSpan> paragraphs,
                                                             std::span<const ByteSpan> known) {
  std::vector<UnlistedOrganisation> found;
  const WordRoles& roles = word_roles();
  std::vector<Word> run;  // the words of the current run, its memory kept from one run to the next
  for (const ByteSpan& paragraph : paragraphs) find_in_paragraph(text, paragraph, known, roles, run, found);
  return found;
}

namespace {

// "XII" in "XII Latin American ... Forum": the edition of an event, not part of a name.
bool is_roman_numeral(std::string_view word) {
  return !word.empty() && word.size() <= 6 && word.find_first_not_of("IVXLC") == std::string_view::npos;
}

// Judges the words [first, last) of a run as one name, or as two names joined by "and" (each
// with a head noun: "Asociación de Familiares y Fundación Libertad").
class RunJudge {
 public:
  RunJudge(std::string_view text, const std::vector<Word>& words, std::span<const ByteSpan> known,
           std::vector<UnlistedOrganisation>& found)
      : text_(text), words_(words), known_(known), found_(found) {}

  void judge(std::size_t first, std::size_t last) {
    while (first < last && ((words_[first].roles & kLeadingWord) != 0 || words_[first].shape == WordShape::kLower ||
                            is_roman_numeral(word(first)))) {
      ++first;
    }
    while (last > first && words_[last - 1].shape == WordShape::kLower) --last;
    if (first >= last) return;
    for (std::size_t k = first + 1; k + 1 < last; ++k) {
      const bool name_follows = words_[k + 1].shape == WordShape::kCapitalised || word(k + 1) == "the";
      if ((words_[k].roles & kCoordinator) != 0 && name_follows &&
          (is_known(first, k) || (names_by_form(first, k) && names_by_form(k + 1, last)))) {
        judge(first, k);
        judge(k + 1, last);
        return;
      }
    }
    // The last head noun must start the name ("Fundación Libertad"), end it, or be followed by
    // a particle ("Network for ...", "Centre of ..."): in "Prisoners Watch Report Series" it
    // does none of these.
    bool head = false;
    bool excluded = false;
    bool mixed_case = false;
    bool distinctive = false;  // a capitalised word that is neither a head noun nor generic
    std::size_t capitalised = 0;
    for (std::size_t k = first; k < last; ++k) {
      distinctive = distinctive || (words_[k].shape != WordShape::kLower &&
                                    (words_[k].roles & (kHead | kGenericWord)) == 0);
      if ((words_[k].roles & kHead) != 0) {
        head = k == first || k + 1 == last || words_[k + 1].shape == WordShape::kLower;
      }
      excluded = excluded || (words_[k].roles & kExcludedWord) != 0;
      mixed_case = mixed_case || words_[k].shape == WordShape::kCapitalised;
      capitalised += words_[k].shape != WordShape::kLower ? 1 : 0;
    }
    const ByteSpan span{words_[first].span.start, words_[last - 1].span.end};
    const std::string_view name = text_.substr(span.start, span.end - span.start);
    if ((head || ends_for_human_rights(first, last)) && !excluded && mixed_case && distinctive && capitalised >= 2) {
      found_.push_back({span, folded(name)});
    }
  }

 private:
  std::string_view word(std::size_t k) const {
    return text_.substr(words_[k].span.start, words_[k].span.end - words_[k].span.start);
  }
  bool is_known(std::size_t first, std::size_t last) const {
    const ByteSpan span{words_[first].span.start, words_[last - 1].span.end};
    const auto at = std::lower_bound(known_.begin(), known_.end(), span.start,
                                     [](const ByteSpan& k, std::size_t start) { return k.start < start; });
    for (auto it = at; it != known_.end() && it->start == span.start; ++it) {
      if (it->end == span.end) return true;
    }
    return false;
  }
  // Whether the words [first, last) hold a head noun or end in "for Human Rights".
  bool names_by_form(std::size_t first, std::size_t last) const {
    for (std::size_t k = first; k < last; ++k) {
      if ((words_[k].roles & kHead) != 0) return true;
    }
    return ends_for_human_rights(first, last);
  }
  bool ends_for_human_rights(std::size_t first, std::size_t last) const {
    return last - first >= 3 && word(last - 3) == "for" && word(last - 2) == "Human" && word(last - 1) == "Rights";
  }

  std::string_view text_;
  const std::vector<Word>& words_;
  std::span<const ByteSpan> known_;
  std::vector<UnlistedOrganisation>& found_;
};

// Judges the runs of text[span] until the one holding the word that ends at `until` has been
// judged; returns where it stopped (the start of the word after that run, or span.end). A
// run: a capitalised word, then capitalised words, numbers and particles, not broken by
// punctuation. Only the words of runs are kept, and only their words are looked up.
std::size_t judge_runs(std::string_view text, ByteSpan span, std::size_t until, std::span<const ByteSpan> known,
                       const WordRoles& roles, std::vector<Word>& run, std::vector<UnlistedOrganisation>& found) {
  run.clear();
  const auto close_run = [&] {
    std::size_t names = 0;
    for (const Word& w : run) names += w.shape != WordShape::kLower ? 1 : 0;
    if (names >= 2) {
      for (Word& w : run) w.roles = roles.of(text.substr(w.span.start, w.span.end - w.span.start));
      RunJudge(text, run, known, found).judge(0, run.size());
    }
    run.clear();
  };
  const auto skip_to_capital = [&] { return run.empty(); };
  const std::size_t stop = for_each_word(text, span, [&](Word word) {
    const bool name_word = word.shape == WordShape::kCapitalised || word.shape == WordShape::kAllCaps;
    if (!run.empty() && !word.line_break_before) {
      if (name_word || word.shape == WordShape::kNumber) {
        run.push_back(word);
        return true;
      }
      const std::size_t length = word.span.end - word.span.start;
      if (word.shape == WordShape::kLower && length <= kLongestParticle &&
          (roles.of(text.substr(word.span.start, length)) & kParticle) != 0) {
        run.push_back(word);
        return true;
      }
    }
    if (!run.empty()) close_run();
    if (word.span.start >= until) return false;
    if (name_word) run.push_back(word);
    return true;
  }, skip_to_capital);
  if (!run.empty()) close_run();
  return stop;
}

static_assert(std::all_of(kHeads.begin(), kHeads.end(), [](std::string_view head) { return head[0] >= 'A' && head[0] <= 'Z'; }),
              "the scan for head nouns jumps from one ASCII capital to the next");

// Whether the words before `at` are "for Human" ("... for Human Rights"), whatever separates
// them: the words are read as runs of ASCII letters and digits.
bool after_for_human(std::string_view text, std::size_t at) {
  const auto alnum_before = [&](std::size_t at_end) {
    const auto byte = static_cast<unsigned char>(text[at_end - 1]);
    return byte < 0x80 && kAsciiLetterKinds[byte] != 0;
  };
  const auto word_before = [&](std::size_t& end) {
    while (end > 0 && !alnum_before(end)) --end;
    std::size_t start = end;
    while (start > 0 && alnum_before(start)) --start;
    const std::string_view word = text.substr(start, end - start);
    end = start;
    return word;
  };
  std::size_t end = at;
  return word_before(end) == "Human" && word_before(end) == "for";
}

// The first word of text[from, end) that makes its run worth judging (judge() names nothing
// in a run without one), or an empty span at `end`.
ByteSpan next_trigger(std::string_view text, std::size_t from, std::size_t end, const WordRoles& roles) {
  text = text.substr(0, end);
  for (std::size_t i = from; (i = find_ascii_capital(text, i)) < end;) {
    if (!roles.may_start_trigger(text.substr(i)) || !starts_joined_word_at(text, i)) {
      ++i;
      continue;
    }
    const std::size_t stop = word_end(text, i);
    const std::string_view word = text.substr(i, stop - i);
    if ((roles.of(word) & kHead) != 0 || (word == "Rights" && after_for_human(text, i))) return {i, stop};
    i = stop;
  }
  return {end, end};
}

// The runs worth judging are found from their head nouns: the scan jumps from one to the next,
// and reads the words around it from the punctuation mark before it (or where the last run
// ended). Most capitalised words of a text are in no run with a head noun, and are not read
// word by word.
void find_in_paragraph(std::string_view text, ByteSpan paragraph, std::span<const ByteSpan> known,
                       const WordRoles& roles, std::vector<Word>& run, std::vector<UnlistedOrganisation>& found) {
  std::size_t at = paragraph.start;
  while (at < paragraph.end) {
    const ByteSpan trigger = next_trigger(text, at, paragraph.end, roles);
    if (trigger.start >= paragraph.end) return;
    const std::size_t from = run_boundary_before(text, trigger.start, at);
    at = judge_runs(text, {from, paragraph.end}, trigger.end, known, roles, run, found);
  }
}

}  // namespace
}  // namespace hrtext::detail
