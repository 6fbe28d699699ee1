#include "citations/resolutions.hpp"

#include <algorithm>
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
  std::string roman_session;  // "XXI" of the General Assembly's numbers before 1976: "2200 A (XXI)"
};

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
  if (token(i) == "s" && token(i + 1) == "-" && touching(i) && touching(i + 1)) {  // special session
    prefix = "S-";
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
  const bool lettered = n.session < 0 && token(i).size() == 1 && token(i)[0] >= 'a' && token(i)[0] <= 'h';
  const std::size_t open = lettered ? i + 1 : i;
  if (n.session < 0 && prefix.empty() && token(open) == "(" && is_roman(token(open + 1)) && token(open + 2) == ")") {
    for (const char c : token(open + 1)) n.roman_session += static_cast<char>(c - 'a' + 'A');
    if (lettered) n.text.append(" ").push_back(static_cast<char>(token(i)[0] - 'a' + 'A'));
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

// The one body the document names among those that number their resolutions the same way, or
// kNone: an unqualified "resolution 39/1" in a letter about the Council is the Council's. Session
// numbers ("39/1") are the Council's or the Assembly's; year numbers ("2005/63") the
// Commission's or the Economic and Social Council's.
Body sole_named_body(std::string_view text, bool year_numbered) {
  Body sole = Body::kNone;
  for (const BodyName& b : kBodies) {
    const bool numbers_alike = year_numbered ? (b.body == Body::kCommission || b.body == Body::kEcosoc)
                                             : (b.body == Body::kHumanRightsCouncil || b.body == Body::kGeneralAssembly);
    if (!numbers_alike || b.body == sole || b.name.size() < 3) continue;
    for (std::size_t at = text.find(b.name); at != std::string_view::npos; at = text.find(b.name, at + 1)) {
      const std::size_t end = at + b.name.size();
      // Not inside a symbol: "A/HRC/40/2" names no body.
      const auto outside = [](char c) { return !is_word_char(c) && c != '/'; };
      if ((at == 0 || outside(text[at - 1])) && (end == text.size() || outside(text[end]))) {
        if (sole != Body::kNone) return Body::kNone;  // two of them
        sole = b.body;
        break;
      }
    }
  }
  return sole;
}

// sole_named_body, looked up once per document and only when an unqualified number needs it.
class SoleNamedBody {
 public:
  explicit SoleNamedBody(std::string_view text) : text_(text) {}
  Body operator()(bool year_numbered) {
    std::optional<Body>& known = known_[year_numbered ? 1 : 0];
    if (!known) known = sole_named_body(text_, year_numbered);
    return *known;
  }

 private:
  std::string_view text_;
  std::array<std::optional<Body>, 2> known_;
};

// The body of a resolution number no body is named for: from the number where only one body
// numbers so, else the one body of its kind the document names, else none. Only the Assembly
// numbered by Roman session ("2200 A (XXI)") and only the Security Council by year in parentheses;
// a session above 62 or a resolution number above 80 is the Assembly's (the Council has held
// fewer sessions and adopts fewer resolutions a session); the Council numbers its decisions
// from 101 and the Assembly from 401.
Body body_of_unnamed(const Number& n, bool decision, SoleNamedBody& sole_named) {
  constexpr int kFirstYear = 1946;
  constexpr int kLastCouncilSession = 62;
  if (!n.roman_session.empty()) return Body::kGeneralAssembly;
  if (n.has_year && n.session < 0) return Body::kSecurityCouncil;
  if (n.session < 0) return Body::kNone;
  const bool year_numbered = n.session >= kFirstYear;
  if (!year_numbered) {
    if (decision && n.index >= 401) return Body::kGeneralAssembly;
    if (decision && n.index >= 101 && n.session <= kLastCouncilSession) return Body::kHumanRightsCouncil;
    if (!decision && (n.session > kLastCouncilSession || n.index > 80)) return Body::kGeneralAssembly;
  }
  return sole_named(year_numbered);
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

// The words that introduce a resolution or decision number, as the normalised text writes them.
constexpr std::array<std::string_view, 13> kKeywords = {
    "resolution", "resolutions", "res",      "résolution", "résolutions", "resolución", "resoluciones",
    "decision",   "decisions",   "décision", "décisions",  "decisión",    "decisiones"};

// The keywords followed by a number: "resolution 37/23", "res. 60/251", "resolution s-29/1".
// A number is rarer than a keyword's first letter, so the scan goes from each number's first digit
// back to the word before it.
std::vector<ByteSpan> find_keywords(std::string_view text) {
  std::vector<ByteSpan> keywords;
  const auto is_word_byte = [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; };
  for (std::size_t digit = find_digit(text, 0); digit < text.size(); digit = find_digit(text, digit + 1)) {
    std::size_t number = digit;
    if (number >= 2 && text[number - 1] == '-' && text[number - 2] == 's') number -= 2;  // special session
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
  SoleNamedBody sole_named(text);
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
      const auto n = number_at(text, tokens, k);
      if (!n) break;
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
    const Body body = named_before != Body::kNone ? named_before : body_after(text, numbers.back().span.end);
    for (std::size_t i = 0; i < numbers.size(); ++i) {
      const std::size_t start = i > 0 ? numbers[i].span.start : named_before != Body::kNone ? named_start : word_start;
      const ByteSpan span = document.normalized().to_original({start, numbers[i].span.end});
      std::string number = numbers[i].text;
      if (number[0] == 's') number[0] = 'S';
      const Body of = body != Body::kNone ? body : body_of_unnamed(numbers[i], decision, sole_named);
      found.push_back({span, number, symbol_of(of, numbers[i], decision)});
    }
    position = std::max(position, numbers.back().span.end);
  }
  return found;
}

}  // namespace hrtext::detail
