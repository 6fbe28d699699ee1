#pragma once

// The bodies that adopt resolutions, and which of them adopted a resolution cited by number:
// the one named before or after it, the one its number tells, or the one the document tells.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "hrtext/document.hpp"

namespace hrtext::detail {

// The bodies whose resolutions texts cite by number.
enum class Body { kNone, kHumanRightsCouncil, kGeneralAssembly, kSecurityCouncil, kCommission, kEcosoc };

// A resolution number as read: "37/23", "S-29/1", "ES-11/1", "1325 (2000)", "2200 A (XXI)".
struct ResolutionNumber {
  ByteSpan span;  // normalised
  std::string text;
  int session = -1;  // the part before the slash
  int index = -1;    // the part after it, or the whole number
  bool has_year = false;
  std::string roman_session;  // "XXI" of the numbers before 1976: "2200 A (XXI)"
  bool emergency = false;     // an emergency special session's: "ES-11/1"
  int adopted = -1;           // the year of the date after it: "12/16 of 2 October 2009"
};

// The body whose name ends right before `end` (spaces skipped), and where the name starts:
// "Human Rights Council resolution", "GA Res".
[[nodiscard]] Body body_before(std::string_view text, std::size_t end, std::size_t& start);

// The body named right after a list: "of the Human Rights Council", "du Conseil ...".
[[nodiscard]] Body body_after(std::string_view text, std::size_t at);

// What the document says of the adopting bodies, looked up once and only when an unqualified
// number needs it: which one numbering alike it names alone, and which it names first (in a
// resolution, the author: "The Human Rights Council, ... Recalling its resolution 37/23").
class NamedBodies {
 public:
  explicit NamedBodies(std::string_view text) : text_(text) {}

  // The one body numbering alike (by session or by year) that the document names, or kNone.
  [[nodiscard]] Body sole(bool year_numbered);

  // The body the document names first, or kNone.
  [[nodiscard]] Body first();

  // Whether the document names `body`.
  [[nodiscard]] bool names(Body body);

 private:
  std::string_view text_;
  std::array<std::optional<Body>, 2> sole_;
  std::optional<Body> first_;
  std::array<std::optional<bool>, 6> names_;  // by Body
};

// Whether a number no body is named for reads as a UN resolution's at all: a plain number
// ("resolution 1325") only in a document that names the Security Council, a year number
// ("resolution 2005/63") only in one that names the Commission on Human Rights or the Economic
// and Social Council; "Resolution 9 of the company's AGM" and "the board's resolution 2023/14"
// are none.
[[nodiscard]] bool reads_as_un_resolution(const ResolutionNumber& n, NamedBodies& named);

// The body of a number no body is named for: the one the number tells; else, after "its"
// ("Recalling its resolution 37/23"), the document's author, the body it names first; else the
// one body numbering alike that the document names; else none.
[[nodiscard]] Body body_of_unnamed(const ResolutionNumber& n, bool decision, bool after_its, NamedBodies& named);

// The symbol of a resolution or decision of `body`: "A/HRC/RES/37/23", "S/RES/1325(2000)",
// "A/RES/2200(XXI)"; none for kNone or a Security Council decision.
[[nodiscard]] std::optional<std::string> symbol_of(Body body, const ResolutionNumber& n, bool decision);

}  // namespace hrtext::detail
