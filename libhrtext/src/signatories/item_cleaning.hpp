#pragma once

// A signatory's name out of its list item: without numbering, footnote marks, links and the
// annotations lists add ("(Norway)", "– International", "(on behalf of 12 organisations)").

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace hrtext::detail {

struct CleanedItem {
  std::size_t begin = 0;  // the name in the item's text
  std::size_t end = 0;
  std::string acronym;             // given in parentheses after the name ("(CPJ)"), else empty
  bool personal_capacity = false;  // "(in personal capacity)", "à titre personnel"
  std::string place;               // the place an annotation gave ("Norway" in "– Norway")
  std::string affiliation;         // another annotation in parentheses ("Jane Doe (Amnesty International)")
  bool signature = false;          // signed "/s/ Jane Doe"
  bool on_behalf = false;          // "Jane Doe, on behalf of Amnesty International": the organisation signs
  bool others = false;             // the item ends, or is, a mention of unnamed others ("FIDH, and others")
};

// Where a mention of signers left unnamed closes `item` (", and others", " y otros", "and many
// more"; 0 when the item is only that), or npos.
[[nodiscard]] std::size_t others_start(std::string_view item);

// Whether an annotation names a place or a scope ("Norway", "Hong Kong, China", "Global"), or
// a string is a known name.
using IsPlace = std::function<bool(std::string_view)>;

// Cleans `item`. Annotations after a dash or a comma are dropped only when they name a place
// ("Sherpa – France"; not "FIDH – International Federation for Human Rights"), and none is
// dropped from a name that `is_name` knows whole ("Assistance Association for Political
// Prisoners (Burma)").
// `labelled`: the list opens each item with a label and a colon ("AI : Amnesty International"),
// which is no part of the name.
[[nodiscard]] CleanedItem clean_item(std::string_view item, const IsPlace& is_place, const IsPlace& is_name,
                                     bool labelled = false);

// Whether `rest` starts with a word that names a kind of organisation: a head noun of unlisted
// organisations ("Association", "Réseau") or another ("Comité", "Syndicat", "Ordem").
[[nodiscard]] bool names_a_kind_of_organisation(std::string_view rest);

// Whether `text` holds a dash between spaces (" - ", " – ", " — "), which sets off an annotation
// or a role ("Sherpa – France", "Alexandre Mandl - advogado").
[[nodiscard]] bool has_spaced_dash(std::string_view text);

// In a list that gives each name with its places after commas ("SOS Huasco, Comuna de Huasco,
// Valle del Huasco, Chile"), where the name stands in `item`: the first piece, or the one after
// an acronym that it expands ("CADA, Asamblea Cerro Azul Despierta, Córdoba"), as [begin, end).
[[nodiscard]] std::pair<std::size_t, std::size_t> name_before_places(std::string_view item);

// Whether `item` opens with a short label and a colon ("HRW: Human Rights Watch").
[[nodiscard]] bool opens_with_label(std::string_view item);

// Written as a person's name: two to four capitalised words, none a word organisations are
// named with, no digit ("Jane Doe", "Morris Tidball-Binz").
// `heads_a_block`: the name opens a block of its titles (person_blocks), where a particle
// between two capitalised words is a person's ("José de Anchieta") as the titles under it say.
[[nodiscard]] bool reads_as_person_name(std::string_view name, bool heads_a_block = false);

// An individual: a name with a title ("Dr.", "Prof.", "Mme") or signing in a personal capacity.
[[nodiscard]] bool has_personal_title(std::string_view name);

// Where a person's name starts after its titles ("Professor Sir Richard Jolly" -> 22,
// "Dr. Ana Ruiz" -> 4).
[[nodiscard]] std::size_t person_name_start(std::string_view name);

// A person's name without the role after it ("Kavita Raman, advocate" -> "Kavita Raman").
[[nodiscard]] std::size_t person_name_end(std::string_view name);

// HTML tags that a page left around an item ("Group<br>", "<li>FIDH</li>"): the length of
// `item` without those that close it.
[[nodiscard]] std::size_t without_markup_tags(std::string_view item);

// Where a person's name ends before the organisation they are of ("Ben Wedeman of CNN
// International", "Lyce Doucet from BBC World News"), or npos.
[[nodiscard]] std::size_t person_before_affiliation(std::string_view item);

// Whether `acronym` abbreviates `name`: two thirds of its letters, in any order, open words of
// the name ("CELS" and "Centro de Estudios Legales y Sociales"; not "PP" and "Ciro Nogueira").
[[nodiscard]] bool abbreviates(std::string_view acronym, std::string_view name);

// Whether `words` open with a word of roles or offices ("directeur général", "former minister",
// "doyenne"), in any ASCII case.
[[nodiscard]] bool opens_with_role(std::string_view words);

// Where a person's name starts after the office they hold, one comma between ("la Procuradora
// General de la Nación, Alejandra Gils Carbó", "Secretary-General of the ITUC, Luc Triangle"),
// or npos: the office opens with a word of roles (after an article or a preposition) and the
// name after the comma reads as a person's.
[[nodiscard]] std::size_t person_after_role(std::string_view item);

// Where a person's name ends before the role written after it with no comma, as letters pages
// and lists of academics write it ("Lawrence Collins Retired justice of the supreme court",
// "Ammiel Alcalay Professor"), or npos: two to four words that read as a person's name, then a
// capitalised word of roles (last, only a word that is no surname: "Mary Louise Dean" stays).
[[nodiscard]] std::size_t person_before_role(std::string_view item);

// Written as a person signs: two to four capitalised words before a comma, none of them a word
// organisations are named with, and an affiliation ("Judith Butler, University of California";
// not "Human Rights Watch, United States") or, `with_role`, a role that says it is a person
// ("Javaid Rehman, Special Rapporteur on ...", "Teng Biao, human rights lawyer").
[[nodiscard]] bool reads_as_person(std::string_view item, bool with_role);

}  // namespace hrtext::detail
