#include "entities/organisation_forms.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "document/byte_scan.hpp"
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
    "Fédération"sv, "Sociedad"sv, "Société"sv, "Unión"sv, "Colectivo"sv, "Collectif"sv,
    "Movimiento"sv, "Mouvement"sv, "Observatorio"sv, "Observatoire"sv, "Fondation"sv};

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
  }
  [[nodiscard]] unsigned char of(std::string_view word) const {
    const std::uint32_t id = ids_.find(word);
    return id == FlatStringIds::kMissing ? 0 : roles_[id];
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
  FlatStringIds ids_;
  std::vector<unsigned char> roles_;
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

inline UChar32 decode(std::string_view text, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) {
    ++i;
    return byte;
  }
  UChar32 c;
  U8_NEXT_UNSAFE(text.data(), i, c);
  return c;
}

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

inline bool is_word_char(UChar32 c) {
  if (c < 0x80) return kAsciiLetterKinds[static_cast<std::size_t>(c)] != 0;
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// What shape() learns from the characters of a word.
struct Letters {
  unsigned char kinds = 0;  // LetterKind bits
  bool first_upper = false;

  void add(UChar32 c, bool first) {
    unsigned char kind = 0;
    if (c < 0x80) {
      kind = kAsciiLetterKinds[static_cast<std::size_t>(c)];
    } else if (u_isupper(c) || u_istitle(c)) {
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

// Calls visit(word) for the words of a paragraph: runs of letters and digits, with apostrophes
// and hyphens inside ("People's", "Al-Haq"), and '&'. A gap of anything but white space before
// a word sets its line_break_before: it breaks a name. Roles are left for the caller. One pass:
// each character is decoded once (ASCII without ICU) and gives the word its shape as it goes.
//
// While `skip_to_capital` says so, words that cannot start a name are passed over unseen:
// the scan jumps to the next capital letter (or non-ASCII character) at the start of a word.
template <typename Visit, typename SkipToCapital>
void for_each_word(std::string_view text, ByteSpan paragraph, Visit&& visit, SkipToCapital&& skip_to_capital) {
  text = text.substr(0, paragraph.end);
  bool broken = true;
  std::size_t i = paragraph.start;
  while (i < text.size()) {
    if (skip_to_capital()) {
      while ((i = find_capital_or_lead(text, i)) < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const auto before = i > paragraph.start ? static_cast<unsigned char>(text[i - 1]) : ' ';
        if (before < 0x80 && kAsciiLetterKinds[before] == 0) break;  // the start of a word
        if (before >= 0x80 && byte >= 0xC0) break;              // can't tell cheaply: look
        ++i;
      }
      broken = true;
      if (i >= text.size()) break;
    }
    std::size_t next = i;
    const UChar32 c = decode(text, next);
    if (c == '&') {
      visit(Word{{i, next}, WordShape::kLower, broken, 0});
      broken = false;
      i = next;
      continue;
    }
    if (!is_word_char(c)) {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') broken = true;
      i = next;
      continue;
    }
    Letters letters;
    letters.add(c, true);
    std::size_t end = next;
    while (end < text.size()) {
      const auto byte = static_cast<unsigned char>(text[end]);
      if (byte < 0x80 && kAsciiLetterKinds[byte] != 0) {  // the common case, without decoding
        letters.kinds |= kAsciiLetterKinds[byte];
        ++end;
        continue;
      }
      std::size_t after = end;
      const UChar32 d = decode(text, after);
      if (is_word_char(d)) {
        letters.add(d, false);
        end = after;
        continue;
      }
      // An apostrophe or hyphen between letters stays inside the word.
      const bool joiner = d == '\'' || d == 0x2019 || d == '-' || d == 0x2010;
      std::size_t peek = after;
      if (joiner && after < text.size() && is_word_char(decode(text, peek))) {
        end = after;
        continue;
      }
      break;
    }
    visit(Word{{i, end}, letters.shape(), broken, 0});
    broken = false;
    i = end;
  }
}

// The longest particle ("against", "contre"): a longer lower-case word ends a run unasked.
constexpr std::size_t kLongestParticle = 7;

void find_in_paragraph(std::string_view text, ByteSpan paragraph, std::span<const ByteSpan> known,
                       std::vector<Word>& run, std::vector<UnlistedOrganisation>& found);

std::string folded(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::vector<UnlistedOrganisation> find_unlisted_organisations(std::string_view text,
                                                             std::span<const ByteSpan> paragraphs,
                                                             std::span<const ByteSpan> known) {
  std::vector<UnlistedOrganisation> found;
  std::vector<Word> run;  // the words of the current run, its memory kept from one paragraph to the next
  for (const ByteSpan& paragraph : paragraphs) find_in_paragraph(text, paragraph, known, run, found);
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
          (is_known(first, k) || (has_head(first, k) && has_head(k + 1, last)))) {
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
    const bool for_human_rights = name.ends_with(" for Human Rights");
    if ((head || for_human_rights) && !excluded && mixed_case && distinctive && capitalised >= 2) {
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
  bool has_head(std::size_t first, std::size_t last) const {
    for (std::size_t k = first; k < last; ++k) {
      if ((words_[k].roles & kHead) != 0) return true;
    }
    return false;
  }

  std::string_view text_;
  const std::vector<Word>& words_;
  std::span<const ByteSpan> known_;
  std::vector<UnlistedOrganisation>& found_;
};

void find_in_paragraph(std::string_view text, ByteSpan paragraph, std::span<const ByteSpan> known,
                       std::vector<Word>& run, std::vector<UnlistedOrganisation>& found) {
  // A run: a capitalised word, then capitalised words, numbers and particles, not broken by
  // punctuation. Only the words of runs are kept, and only their words are looked up.
  run.clear();
  const auto close_run = [&] {
    std::size_t names = 0;
    for (const Word& w : run) names += w.shape != WordShape::kLower ? 1 : 0;
    if (names >= 2) {
      for (Word& w : run) w.roles = word_roles().of(text.substr(w.span.start, w.span.end - w.span.start));
      RunJudge(text, run, known, found).judge(0, run.size());
    }
    run.clear();
  };
  const auto skip_to_capital = [&] { return run.empty(); };
  for_each_word(text, paragraph, [&](Word word) {
    const bool name_word = word.shape == WordShape::kCapitalised || word.shape == WordShape::kAllCaps;
    if (!run.empty() && !word.line_break_before) {
      if (name_word || word.shape == WordShape::kNumber) {
        run.push_back(word);
        return;
      }
      const std::size_t length = word.span.end - word.span.start;
      if (word.shape == WordShape::kLower && length <= kLongestParticle &&
          (word_roles().of(text.substr(word.span.start, length)) & kParticle) != 0) {
        run.push_back(word);
        return;
      }
    }
    if (!run.empty()) close_run();
    if (name_word) run.push_back(word);
  }, skip_to_capital);
  if (!run.empty()) close_run();
}

}  // namespace
}  // namespace hrtext::detail
