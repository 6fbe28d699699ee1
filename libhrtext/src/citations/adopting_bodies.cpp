#include "citations/adopting_bodies.hpp"

#include <algorithm>
#include <cstdlib>

#include "document/words.hpp"

namespace hrtext::detail {
namespace {

// The first year a resolution number can hold: a number from it on is a year ("2005/63").
constexpr int kFirstYear = 1946;

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

// Whether a body numbers its resolutions as `n` is numbered: by session ("39/1": the Council
// and the Assembly) or by year ("2005/63": the Commission and the Economic and Social Council).
bool numbers_alike(Body body, bool year_numbered) {
  return year_numbered ? (body == Body::kCommission || body == Body::kEcosoc)
                       : (body == Body::kHumanRightsCouncil || body == Body::kGeneralAssembly);
}

// Where the document first names an adopting body by `name` before `limit` (not inside a
// symbol: "A/HRC/40/2" names no body), or npos.
std::size_t first_naming(std::string_view text, std::string_view name, std::size_t limit) {
  for (std::size_t at = text.find(name); at != std::string_view::npos && at < limit; at = text.find(name, at + 1)) {
    const std::size_t end = at + name.size();
    const bool in_symbol = (at > 0 && text[at - 1] == '/') || (end < text.size() && text[end] == '/');
    if (starts_word_at(text, at) && ends_word_at(text, end) && !in_symbol) return at;
  }
  return std::string_view::npos;
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

// The body a number alone tells, or kNone. Only the Assembly holds emergency special sessions
// ("ES-11/1"); Roman sessions ("2200 A (XXI)") are the Assembly's up to its thirtieth (1975), the
// Economic and Social Council's above; a year in parentheses ("1325 (2000)") is the Security
// Council's. A session number with the year of adoption is the body whose session fell in that
// year (the Assembly's n-th in 1945 + n, the Council's, three a year since 2006, in
// 2006 + (n - 1) / 3). A session above 62 or a resolution number above 80 is the Assembly's (the
// Council has held fewer sessions and adopts fewer resolutions a session); the Council numbers
// its decisions from 101 and the Assembly from 401.
Body body_of_number(const ResolutionNumber& n, bool decision) {
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

}  // namespace

Body body_before(std::string_view text, std::size_t end, std::size_t& start) {
  while (end > 0 && text[end - 1] == ' ') --end;
  for (const BodyName& b : kBodies) {
    if (end >= b.name.size() && text.substr(end - b.name.size(), b.name.size()) == b.name &&
        starts_word_at(text, end - b.name.size())) {
      start = end - b.name.size();
      return b.body;
    }
  }
  return Body::kNone;
}

Body body_after(std::string_view text, std::size_t at) {
  for (const std::string_view link : {" of the ", " of ", " du ", " de la ", " del ", " de l'", " de "}) {
    if (text.substr(at, link.size()) != link) continue;
    const std::size_t name_at = at + link.size();
    for (const BodyName& b : kBodies) {
      if (b.name.size() > 3 && text.substr(name_at, b.name.size()) == b.name &&
          ends_word_at(text, name_at + b.name.size())) {
        return b.body;
      }
    }
  }
  return Body::kNone;
}

Body NamedBodies::sole(bool year_numbered) {
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

Body NamedBodies::first() {
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

bool NamedBodies::names(Body body) {
  std::optional<bool>& known = names_[static_cast<std::size_t>(body)];
  if (!known) {
    known = std::any_of(kBodies.begin(), kBodies.end(), [&](const BodyName& b) {
      return b.body == body && b.name.size() >= 3 && first_naming(text_, b.name, text_.size()) != std::string_view::npos;
    });
  }
  return *known;
}

bool reads_as_un_resolution(const ResolutionNumber& n, NamedBodies& named) {
  const bool plain = n.session < 0 && !n.has_year && n.roman_session.empty();
  if (plain) return named.names(Body::kSecurityCouncil);
  if (n.session >= kFirstYear) return named.names(Body::kCommission) || named.names(Body::kEcosoc);
  return true;
}

Body body_of_unnamed(const ResolutionNumber& n, bool decision, bool after_its, NamedBodies& named) {
  const Body told = body_of_number(n, decision);
  if (told != Body::kNone) return told;
  if (n.session < 0) return named.names(Body::kSecurityCouncil) ? Body::kSecurityCouncil : Body::kNone;
  const bool year_numbered = n.session >= kFirstYear;
  if (after_its && numbers_alike(named.first(), year_numbered)) return named.first();
  return named.sole(year_numbered);
}

std::optional<std::string> symbol_of(Body body, const ResolutionNumber& n, bool decision) {
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

}  // namespace hrtext::detail
