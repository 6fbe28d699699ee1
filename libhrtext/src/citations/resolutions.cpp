#include "citations/resolutions.hpp"

#include <re2/re2.h>

#include <array>
#include <string_view>

#include "hrtext/error.hpp"
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
};

bool digits_only(std::string_view s) {
  return !s.empty() && s.size() <= 4 && s.find_first_not_of("0123456789") == std::string_view::npos;
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
  if (token(i) == "(" && token(i + 1).size() == 4 && digits_only(token(i + 1)) && token(i + 2) == ")") {
    n.text += " (" + std::string(token(i + 1)) + ")";
    n.has_year = true;
    n.span.end = tokens[i + 2].end;
    i += 3;
  }
  k = i;
  return n;
}

std::optional<std::string> symbol_of(Body body, const Number& n, bool decision) {
  std::string number = n.text;
  if (n.has_year) {  // "1325 (2000)" -> "1325(2000)"
    const std::size_t space = number.find(' ');
    number.erase(space, 1);
  }
  if (body == Body::kNone) {
    if (n.has_year && n.session < 0) body = Body::kSecurityCouncil;
    else if (n.session > 62 || n.index > 80) body = Body::kGeneralAssembly;
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

}  // namespace

ResolutionFinder::ResolutionFinder() {
  RE2::Options options;
  options.set_log_errors(false);
  keywords_ = std::make_unique<RE2>(
      "(?:^|[^a-z0-9\\x{80}-\\x{10FFFF}])(resolutions?|res|decisions?|résolutions?|resolución|resoluciones|"
      "décisions?|decisión|decisiones)\\.? [0-9s]",
      options);
  if (!keywords_->ok()) throw Error("the resolution pattern does not compile: " + keywords_->error());
}

ResolutionFinder::~ResolutionFinder() = default;
ResolutionFinder::ResolutionFinder(ResolutionFinder&&) noexcept = default;
ResolutionFinder& ResolutionFinder::operator=(ResolutionFinder&&) noexcept = default;

std::vector<FoundResolution> ResolutionFinder::find(const Document& document) const {
  const std::string_view text = document.normalized().text();
  std::vector<FoundResolution> found;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[2];
  std::size_t position = 0;
  while (position < text.size() && keywords_->Match(input, position, text.size(), RE2::UNANCHORED, groups, 2)) {
    const std::size_t word_start = static_cast<std::size_t>(groups[1].data() - text.data());
    const std::size_t word_end = word_start + groups[1].size();
    position = word_end;
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
      found.push_back({span, number, symbol_of(body, numbers[i], decision)});
    }
    position = std::max(position, numbers.back().span.end);
  }
  return found;
}

}  // namespace hrtext::detail
