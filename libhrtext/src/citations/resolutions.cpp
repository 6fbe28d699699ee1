#include "citations/resolutions.hpp"

#include <algorithm>
#include <cstdlib>
#include <array>
#include <string_view>

#include "document/byte_scan.hpp"
#include "match/tokens.hpp"

namespace hrtext::detail {
namespace {

enum class Body { kNone, kHumanRightsCouncil, kGeneralAssembly, kSecurityCouncil, kCommission, kEcosoc };

struct BodyName {
  std::string_view name;  // normalised
  Body body;
};

// Names of adopting bodies as the normalised text writes them, longest first within a body.
constexpr std::array<BodyName, 26> kBodies = {{
    {"united nations human rights council", Body::kHumanRightsCouncil},
    {"un human rights council", Body::kHumanRightsCouncil},
    {"human rights council", Body::kHumanRightsCouncil},
    {"conseil des droits de l'homme", Body::kHumanRightsCouncil},
    {"consejo de derechos humanos", Body::kHumanRightsCouncil},
    {"hrc", Body::kHumanRightsCouncil},
    {"united nations general assembly", Body::kGeneralAssembly},
    {"un general assembly", Body::kGeneralAssembly},
    {"general assembly", Body::kGeneralAssembly},
    {"assemblée générale", Body::kGeneralAssembly},
    {"asamblea general", Body::kGeneralAssembly},
    {"unga", Body::kGeneralAssembly},
    {"ga", Body::kGeneralAssembly},
    {"united nations security council", Body::kSecurityCouncil},
    {"un security council", Body::kSecurityCouncil},
    {"security council", Body::kSecurityCouncil},
    {"conseil de sécurité", Body::kSecurityCouncil},
    {"consejo de seguridad", Body::kSecurityCouncil},
    {"unsc", Body::kSecurityCouncil},
    {"sc", Body::kSecurityCouncil},
    {"commission on human rights", Body::kCommission},
    {"commission des droits de l'homme", Body::kCommission},
    {"comisión de derechos humanos", Body::kCommission},
    {"economic and social council", Body::kEcosoc},
    {"ecosoc", Body::kEcosoc},
    {"conseil économique et social", Body::kEcosoc},
}};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// The body whose name ends right before `end` (spaces skipped), and where the name starts.
Body body_before(std::string_view text, std::size_t end, std::size_t& start) {
  while (end > 0 && text[end - 1] == ' ') --end;
  for (const BodyName& b : kBodies) {
    if (end >= b.name.size() && text.substr(end - b.name.size(), b.name.size()) == b.name &&
        (end == b.name.size() || !is_word_char(text[end - b.name.size() - 1]))) {
      start = end - b.name.size();
      return b.body;
    }
  }
  return Body::kNone;
}

// The body named right after a list: "of the Human Rights Council", "du Conseil ...".
Body body_after(std::string_view text, std::size_t at) {
  for (const std::string_view link : {" of the ", " of ", " du ", " de la ", " del ", " de l'", " de "}) {
    if (text.substr(at, link.size()) != link) continue;
    const std::size_t name_at = at + link.size();
    for (const BodyName& b : kBodies) {
      if (b.name.size() > 3 && text.substr(name_at, b.name.size()) == b.name &&
          (name_at + b.name.size() == text.size() || !is_word_char(text[name_at + b.name.size()]))) {
        return b.body;
      }
    }
  }
  return Body::kNone;
}

struct Number {
  ByteSpan span;  // normalised
  std::string text;
  int session = -1;  // the part before the slash
  int index = -1;    // the part after it, or the whole number
  bool has_year = false;
  std::string roman_session;  // "XXI" of the numbers before 1976: "2200 A (XXI)"
  bool emergency = false;     // an emergency special session's: "ES-11/1"
  int adopted = -1;           // the year of the date after it: "12/16 of 2 October 2009"
};

std::string upper_ascii(std::string_view lower) {
  std::string upper(lower);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

// The value of a Roman numeral in capitals: "XLII" -> 42.
int roman_value(std::string_view roman) {
  const auto value = [](char c) { return c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : c == 'L' ? 50 : 0; };
  int total = 0;
  for (std::size_t i = 0; i < roman.size(); ++i) {
    const int v = value(roman[i]);
    total += i + 1 < roman.size() && v < value(roman[i + 1]) ? -v : v;
  }
  return total;
}

bool digits_only(std::string_view s) {
  return !s.empty() && s.size() <= 4 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// A session in Roman numerals, as the normalised (lower-case) text writes it: "xxi".
bool is_roman(std::string_view s) {
  return !s.empty() && s.size() <= 6 && s.find_first_not_of("ivxl") == std::string_view::npos;
}

// A resolution number at the tokens starting at k: "37/23", "s-27/1", "1325 (2000)", "2005/63".
std::optional<Number> number_at(std::string_view text, const std::vector<ByteSpan>& tokens, std::size_t& k) {
  const auto token = [&](std::size_t i) {
    return i < tokens.size() ? text.substr(tokens[i].start, tokens[i].end - tokens[i].start) : std::string_view{};
  };
  const auto touching = [&](std::size_t i) { return i + 1 < tokens.size() && tokens[i].end == tokens[i + 1].start; };
  Number n;
  std::size_t i = k;
  std::string prefix;
  if ((token(i) == "s" || token(i) == "es") && token(i + 1) == "-" && touching(i) && touching(i + 1)) {
    n.emergency = token(i) == "es";  // "ES-11/1"; "S-29/1" is a special session's
    prefix = n.emergency ? "ES-" : "S-";
    i += 2;
  }
  if (!digits_only(token(i))) return std::nullopt;
  if (token(i + 1) == "/" && touching(i) && touching(i + 1) && digits_only(token(i + 2))) {
    n.session = std::stoi(std::string(token(i)));
    n.index = std::stoi(std::string(token(i + 2)));
    n.text = prefix + std::string(token(i)) + "/" + std::string(token(i + 2));
    n.span = {tokens[k].start, tokens[i + 2].end};
    i += 3;
    if (token(i) == "/") return std::nullopt;  // a longer chain: a symbol's numbers
  } else {
    if (!prefix.empty()) return std::nullopt;
    n.index = std::stoi(std::string(token(i)));
    n.text = std::string(token(i));
    n.span = {tokens[k].start, tokens[i].end};
    i += 1;
  }
  // The Assembly's numbers before 1976: "2200 A (XXI)", "3452 (XXX)".
  const std::string_view letter = token(i);  // the "A" of "2200 A (XXI)"
  const bool lettered = n.session < 0 && letter.size() == 1 && letter >= "a" && letter <= "h";
  const std::size_t open = lettered ? i + 1 : i;
  if (n.session < 0 && prefix.empty() && token(open) == "(" && is_roman(token(open + 1)) && token(open + 2) == ")") {
    n.roman_session = upper_ascii(token(open + 1));
    if (lettered) n.text.append(" ").append(upper_ascii(letter));
    n.text.append(" (").append(n.roman_session).append(")");
    n.span.end = tokens[open + 2].end;
    k = open + 3;
    return n;
  }
  if (token(i) == "(" && token(i + 1).size() == 4 && digits_only(token(i + 1)) && token(i + 2) == ")") {
    n.text += " (" + std::string(token(i + 1)) + ")";
    n.has_year = true;
    n.span.end = tokens[i + 2].end;
    i += 3;
  }
  k = i;
  return n;
}

// The year of a date right after a number, whose tokens it skips: "of 2 October 2009", "du 2
// octobre 2009", "de 2 de octubre de 2009", "of 2009"; or -1, skipping nothing.
int skip_date(std::string_view text, const std::vector<ByteSpan>& tokens, std::size_t& k) {
  const auto token = [&](std::size_t i) {
    return i < tokens.size() ? text.substr(tokens[i].start, tokens[i].end - tokens[i].start) : std::string_view{};
  };
  const std::string_view of = token(k);
  if (of != "of" && of != "du" && of != "de" && of != "del") return -1;
  for (std::size_t i = k + 1; i <= k + 6; ++i) {
    const std::string_view word = token(i);
    if (word.size() == 4 && digits_only(word) && (word[0] == '1' || word[0] == '2')) {
      k = i + 1;
      return std::stoi(std::string(word));
    }
    const bool day = !word.empty() && word.size() <= 2 && digits_only(word);
    const bool month_or_de = !word.empty() && word.size() <= 10 && word != "the" && word != "la" &&
                             std::all_of(word.begin(), word.end(), [](char c) {
                               return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
                             });
    if (!day && !month_or_de) return -1;
  }
  return -1;
}

// Whether a body numbers its resolutions as `n` is numbered: by session ("39/1": the Council
// and the Assembly) or by year ("2005/63": the Commission and the Economic and Social Council).
bool numbers_alike(Body body, bool year_numbered) {
  return year_numbered ? (body == Body::kCommission || body == Body::kEcosoc)
                       : (body == Body::kHumanRightsCouncil || body == Body::kGeneralAssembly);
}

// Where the document first names an adopting body by `name` before `limit` (not inside a
// symbol: "A/HRC/40/2" names no body), or npos.
std::size_t first_naming(std::string_view text, std::string_view name, std::size_t limit) {
  const auto outside = [](char c) { return !is_word_char(c) && c != '/'; };
  for (std::size_t at = text.find(name); at != std::string_view::npos && at < limit; at = text.find(name, at + 1)) {
    const std::size_t end = at + name.size();
    if ((at == 0 || outside(text[at - 1])) && (end == text.size() || outside(text[end]))) return at;
  }
  return std::string_view::npos;
}

// What the document says of the adopting bodies, looked up once and only when an unqualified
// number needs it: which one numbering alike it names alone, and which it names first (in a
// resolution, the author: "The Human Rights Council, ... Recalling its resolution 37/23").
class NamedBodies {
 public:
  explicit NamedBodies(std::string_view text) : text_(text) {}

  // The one body numbering alike that the document names, or kNone.
  Body sole(bool year_numbered) {
    std::optional<Body>& known = sole_[year_numbered ? 1 : 0];
    if (known) return *known;
    Body sole = Body::kNone;
    for (const BodyName& b : kBodies) {
      if (!numbers_alike(b.body, year_numbered) || b.body == sole || b.name.size() < 3) continue;
      if (first_naming(text_, b.name, text_.size()) == std::string_view::npos) continue;
      if (sole != Body::kNone) {  // two of them
        sole = Body::kNone;
        break;
      }
      sole = b.body;
    }
    known = sole;
    return sole;
  }

  // The body the document names first, or kNone.
  Body first() {
    if (first_) return *first_;
    std::size_t first_at = text_.size();
    first_ = Body::kNone;
    for (const BodyName& b : kBodies) {
      if (b.name.size() < 3) continue;  // "ga", "sc": only before "resolution"
      const std::size_t at = first_naming(text_, b.name, first_at);  // only before the first so far
      if (at != std::string_view::npos) first_at = at, first_ = b.body;
    }
    return *first_;
  }

 private:
  std::string_view text_;
  std::array<std::optional<Body>, 2> sole_;
  std::optional<Body> first_;
};

// The body a number alone tells, or kNone. Only the Assembly holds emergency special sessions
// ("ES-11/1"); Roman sessions ("2200 A (XXI)") are the Assembly's up to its thirtieth (1975), the
// Economic and Social Council's above; a year in parentheses ("1325 (2000)") is the Security
// Council's. A session number with the year of adoption is the body whose session fell in that
// year (the Assembly's n-th in 1945 + n, the Council's, three a year since 2006, in
// 2006 + (n - 1) / 3). A session above 62 or a resolution number above 80 is the Assembly's (the
// Council has held fewer sessions and adopts fewer resolutions a session); the Council numbers
// its decisions from 101 and the Assembly from 401.
Body body_of_number(const Number& n, bool decision) {
  constexpr int kFirstYear = 1946;
  constexpr int kLastCouncilSession = 62;
  constexpr int kLastRomanAssemblySession = 30;
  if (n.emergency) return Body::kGeneralAssembly;
  if (!n.roman_session.empty()) {
    return roman_value(n.roman_session) > kLastRomanAssemblySession ? Body::kEcosoc : Body::kGeneralAssembly;
  }
  if (n.has_year && n.session < 0) return Body::kSecurityCouncil;
  if (n.session < 0 || n.session >= kFirstYear) return Body::kNone;
  if (n.adopted > 0) {
    if (std::abs(n.adopted - (1945 + n.session)) <= 1) return Body::kGeneralAssembly;
    if (n.session <= kLastCouncilSession && std::abs(n.adopted - (2006 + (n.session - 1) / 3)) <= 1) {
      return Body::kHumanRightsCouncil;
    }
  }
  if (decision && n.index >= 401) return Body::kGeneralAssembly;
  if (decision && n.index >= 101 && n.session <= kLastCouncilSession) return Body::kHumanRightsCouncil;
  if (!decision && (n.session > kLastCouncilSession || n.index > 80)) return Body::kGeneralAssembly;
  return Body::kNone;
}

// The body of a number no body is named for: the one the number tells; else, after "its"
// ("Recalling its resolution 37/23"), the document's author, the body it names first; else the
// one body numbering alike that the document names; else none.
Body body_of_unnamed(const Number& n, bool decision, bool after_its, NamedBodies& named) {
  constexpr int kFirstYear = 1946;
  const Body told = body_of_number(n, decision);
  if (told != Body::kNone) return told;
  const bool year_numbered = n.session >= kFirstYear;
  if (after_its && numbers_alike(named.first(), year_numbered)) return named.first();
  return named.sole(year_numbered);
}

std::optional<std::string> symbol_of(Body body, const Number& n, bool decision) {
  std::string number = n.text;
  if (!n.roman_session.empty()) {  // "2200 A (XXI)" -> "2200(XXI)"
    number = std::to_string(n.index) + "(" + n.roman_session + ")";
  } else if (n.has_year) {  // "1325 (2000)" -> "1325(2000)"
    const std::size_t space = number.find(' ');
    number.erase(space, 1);
  }
  const char* kind = decision ? "DEC" : "RES";
  switch (body) {
    case Body::kHumanRightsCouncil: return std::string("A/HRC/") + kind + "/" + number;
    case Body::kGeneralAssembly: return std::string("A/") + kind + "/" + number;
    case Body::kSecurityCouncil: return decision ? std::nullopt : std::optional<std::string>("S/RES/" + number);
    case Body::kCommission: return std::string("E/CN.4/") + kind + "/" + number;
    case Body::kEcosoc: return std::string("E/") + kind + "/" + number;
    case Body::kNone: break;
  }
  return std::nullopt;
}

// The possessives by which a body refers to its own resolutions: "Recalling its resolution".
constexpr std::array<std::string_view, 5> kPossessives = {"its", "sa", "ses", "su", "sus"};

// The word that ends right before `at` (spaces skipped), or "".
std::string_view word_before(std::string_view text, std::size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  std::size_t start = at;
  while (start > 0 && is_word_char(text[start - 1])) --start;
  return text.substr(start, at - start);
}

// The words that introduce a resolution or decision number, as the normalised text writes them.
constexpr std::array<std::string_view, 13> kKeywords = {
    "resolution", "resolutions", "res",      "résolution", "résolutions", "resolución", "resoluciones",
    "decision",   "decisions",   "décision", "décisions",  "decisión",    "decisiones"};

// The keywords followed by a number: "resolution 37/23", "res. 60/251", "resolution s-29/1",
// "resolution es-11/1".
// A number is rarer than a keyword's first letter, so the scan goes from each number's first digit
// back to the word before it.
std::vector<ByteSpan> find_keywords(std::string_view text) {
  std::vector<ByteSpan> keywords;
  const auto is_word_byte = [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; };
  for (std::size_t digit = find_digit(text, 0); digit < text.size(); digit = find_digit(text, digit + 1)) {
    std::size_t number = digit;
    if (number >= 2 && text[number - 1] == '-' && text[number - 2] == 's') {  // special sessions: "s-29/1"
      number -= 2;
      if (number >= 1 && text[number - 1] == 'e') --number;  // emergency: "es-11/1"
    }
    if (number < 2 || text[number - 1] != ' ') continue;
    std::size_t end = number - 1;
    if (text[end - 1] == '.') --end;
    std::size_t start = end;
    while (start > 0 && is_word_byte(text[start - 1])) --start;
    if (start == end || (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9')) continue;
    const std::string_view word = text.substr(start, end - start);
    if (std::find(kKeywords.begin(), kKeywords.end(), word) != kKeywords.end()) keywords.push_back({start, end});
  }
  return keywords;
}

}  // namespace

std::vector<FoundResolution> find_resolutions(const Document& document) {
  const std::string_view text = document.normalized().text();
  std::vector<FoundResolution> found;
  NamedBodies named(text);
  std::size_t position = 0;  // the end of the last list: its numbers hold no keyword
  for (const ByteSpan keyword : find_keywords(text)) {
    if (keyword.start < position) continue;
    const std::size_t word_start = keyword.start;
    const std::size_t word_end = keyword.end;
    const bool decision = text[word_start] == 'd';
    // The numbers: a window of tokens after the keyword.
    const std::size_t window_end = std::min(text.size(), word_end + 160);
    std::vector<ByteSpan> tokens;
    for_each_token(text.substr(word_end, window_end - word_end), [&](std::size_t s, std::size_t e) {
      tokens.push_back({word_end + s, word_end + e});
    });
    std::size_t k = 0;
    if (!tokens.empty() && text.substr(tokens[0].start, 1) == ".") k = 1;
    std::vector<Number> numbers;
    while (true) {
      auto n = number_at(text, tokens, k);
      if (!n) break;
      n->adopted = skip_date(text, tokens, k);
      numbers.push_back(*n);
      const auto word = [&](std::size_t i) {
        return i < tokens.size() ? text.substr(tokens[i].start, tokens[i].end - tokens[i].start) : std::string_view{};
      };
      if (word(k) == "," && (word(k + 1) == "and" || word(k + 1) == "y" || word(k + 1) == "et")) ++k;
      if (word(k) == "," || word(k) == "and" || word(k) == "y" || word(k) == "et" || word(k) == "&") {
        ++k;
        continue;
      }
      break;
    }
    if (numbers.empty()) continue;
    // The body named right before the keyword starts the first mention; one named after the
    // list ("... of the Human Rights Council") only gives the symbol.
    std::size_t named_start = word_start;
    const Body named_before = body_before(text, word_start, named_start);
    const std::size_t list_end = tokens[k - 1].end;  // the last number's end, or its date's
    const Body body = named_before != Body::kNone ? named_before : body_after(text, list_end);
    const std::string_view before = word_before(text, word_start);
    const bool after_its = std::find(kPossessives.begin(), kPossessives.end(), before) != kPossessives.end();
    for (std::size_t i = 0; i < numbers.size(); ++i) {
      const std::size_t start = i > 0 ? numbers[i].span.start : named_before != Body::kNone ? named_start : word_start;
      const ByteSpan span = document.normalized().to_original({start, numbers[i].span.end});
      std::string number = numbers[i].text;
      if (number[0] == 's') number[0] = 'S';
      const Body of = body != Body::kNone ? body : body_of_unnamed(numbers[i], decision, after_its, named);
      found.push_back({span, number, symbol_of(of, numbers[i], decision)});
    }
    position = std::max(position, list_end);
  }
  return found;
}

}  // namespace hrtext::detail
