#include "signatories/item_cleaning.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "document/ascii_case.hpp"
#include "document/byte_scan.hpp"
#include "document/parentheses.hpp"
#include "entities/organisation_forms.hpp"
#include "signatories/item_form.hpp"
#include "signatories/line_kinds.hpp"

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

constexpr std::array kPersonalCapacity = {
    "personal capacity"sv, "individual capacity"sv, "private capacity"sv, "à titre personnel"sv,
    "a título personal"sv, "a titulo personal"sv, "título individual"sv,
};

constexpr std::array kTitles = {"dr"sv, "prof"sv, "professor"sv, "mr"sv, "mrs"sv, "ms"sv, "mme"sv, "m"sv,
                                "rev"sv, "sir"sv, "dame"sv, "sr"sv, "sra"sv, "dra"sv, "hon"sv, "senator"sv,
                                "judge"sv, "ambassador"sv, "mx"sv, "miss"sv, "lord"sv, "baroness"sv,
                                "pr"sv, "dr\xC2\xAA"sv, "mep"sv, "mp"sv, "rep"sv, "reps"sv, "representative"sv,
                                "representatives"sv, "senators"sv, "sen"sv, "congresswoman"sv, "congressman"sv,
                                // Offices held before a name in French, Spanish, Portuguese and Italian.
                                "deputado"sv, "deputada"sv, "diputado"sv, "diputada"sv, "senador"sv, "senadora"sv,
                                "d\xC3\xA9put\xC3\xA9"sv /* député */, "d\xC3\xA9put\xC3\xA9" "e"sv,
                                "s\xC3\xA9nateur"sv, "s\xC3\xA9natrice"sv, "vereador"sv, "vereadora"sv,
                                "concejal"sv, "concejala"sv, "onorevole"sv, "on"sv, "lic"sv, "ing"sv, "profa"sv,
                                "prof\xC2\xAA"sv /* profª */, "padre"sv, "fr"sv, "rabbi"sv, "bishop"sv,
                                "archbishop"sv, "msgr"sv, "father"sv, "sister"sv, "emeritus"sv, "associate"sv,
                                "me"sv /* Maître, a French lawyer */, "ma\xC3\xAEtre"sv, "maitre"sv, "mtre"sv,
                                "assistant"sv, "adjunct"sv, "visiting"sv,
                                // Clergy of the Catholic and other churches, in the languages above.
                                "monse\xC3\xB1or"sv, "monsenhor"sv, "monseigneur"sv, "cardinal"sv, "cardenal"sv,
                                "cardeal"sv, "arzobispo"sv, "arcebispo"sv, "archev\xC3\xAAque"sv, "reverendo"sv,
                                "reverenda"sv, "r\xC3\xA9v\xC3\xA9rend"sv, "rabino"sv};
constexpr FoldedWords kTitleWords(kTitles);

// Words that name organisations, never people.
constexpr std::array kOrganisationWords = {
    "foundation"sv, "association"sv, "network"sv, "centre"sv, "center"sv, "council"sv, "committee"sv,
    "coalition"sv, "alliance"sv, "federation"sv, "society"sv, "union"sv, "forum"sv, "trust"sv, "project"sv,
    "institute"sv, "watch"sv, "group"sv, "league"sv, "movement"sv, "campaign"sv, "initiative"sv,
    "international"sv, "organisation"sv, "organization"sv, "rights"sv, "human"sv, "university"sv,
    "college"sv, "school"sv, "church"sv, "fund"sv, "media"sv, "press"sv, "justice"sv, "party"sv, "guild"sv,
    "club"sv, "chapter"sv, "lab"sv, "collective"sv, "ngo"sv, "confederation"sv, "f\xC3\xA9" "d\xC3\xA9ration"sv,
    "syndicat"sv, "sindicato"sv, "asociaci\xC3\xB3n"sv, "verband"sv,
};
constexpr FoldedWords kOrganisationWordSet(kOrganisationWords);

// How the role of a person who signs begins ("Javaid Rehman, Special Rapporteur on ...").
constexpr std::array kRoles = {
    "special rapporteur"sv, "independent expert"sv, "chair"sv, "member"sv, "director"sv, "executive"sv,
    "president"sv, "secretary"sv, "professor"sv, "lawyer"sv, "journalist"sv, "researcher"sv, "founder"sv,
    "co-founder"sv, "coordinator"sv, "advocate"sv, "activist"sv, "writer"sv, "novelist"sv, "poet"sv,
    "human rights lawyer"sv, "human rights defender"sv, "former"sv, "senior"sv, "head of"sv, "nobel"sv,
    "laureate"sv, "judge"sv, "ambassador"sv, "scholar"sv, "author"sv, "artist"sv, "lecturer"sv,
    "attorney"sv, "economist"sv, "editor"sv, "historian"sv, "rapporteur"sv, "representative"sv,
    "repr\xC3\xA9sentant"sv, "representante"sv, "vertreter"sv,
    // French, Spanish and Portuguese.
    "avocat"sv, "abogad"sv, "advogad"sv, "professeur"sv, "professora"sv, "profesor"sv, "journaliste"sv,
    "periodista"sv, "jornalista"sv, "\xC3\xA9" "crivain"sv /* écrivain */, "escritor"sv, "poeta"sv, "po\xC3\xA8te"sv,
    "ex "sv, "ex-"sv, "ancien"sv, "ancienne"sv, "presidente"sv, "pr\xC3\xA9sident"sv, "diretor"sv,
    "directora"sv, "directeur"sv, "directrice"sv, "coordenador"sv, "coordinador"sv, "coordinadora"sv,
    "coordinateur"sv, "coordinatrice"sv, "pesquisador"sv, "investigador"sv, "chercheu"sv, "defensor"sv,
    "ativista"sv, "activista"sv, "militant"sv, "te\xC3\xB3log"sv /* teólog */, "ouvidor"sv, "doutor"sv,
    "reitor"sv, "rector"sv, "juiz"sv, "ju\xC3\xADza"sv, "juez"sv, "jueza"sv, "magistrad"sv, "soci\xC3\xB3log"sv,
    "economista"sv, "historiador"sv, "antrop\xC3\xB3log"sv, "fil\xC3\xB3sof"sv, "m\xC3\xA9" "dic"sv,
    "psic\xC3\xB3log"sv, "deputad"sv, "diputad"sv, "senador"sv, "docente"sv, "investigadora"sv, "membre"sv,
    "miembro"sv, "membro"sv, "fondat"sv, "fundador"sv, "secr\xC3\xA9tair"sv, "secretari"sv,
    "vicepresident"sv, "vice-president"sv, "vice president"sv, "vice-pr\xC3\xA9sident"sv, "maestr"sv,
    "catedr\xC3\xA1tic"sv /* catedrático */,
    // Artists and scientists.
    "actor"sv, "actriz"sv, "actress"sv, "singer"sv, "cantante"sv, "cantor"sv, "m\xC3\xBAsic"sv, "musician"sv,
    "cineasta"sv, "filmmaker"sv, "pintor"sv, "painter"sv, "scientist"sv, "cient\xC3\xAD" "fic"sv, "poet"sv,
    // Offices of the law and of universities, and how long one has held them.
    "retired"sv, "emerit"sv, "principal"sv, "dean"sv, "doyen"sv, "deputy"sv, "distinguished"sv, "phd"sv,
    "candidate"sv, "postdoc"sv, "chief"sv, "head"sv, "lecturer"sv,
    "barrister"sv, "solicitor"sv, "partner"sv, "counsel"sv, "fellow"sv, "honorary"sv, "visiting"sv,
    // Offices of state, in the languages above.
    "minist"sv, "ambassador"sv, "embajador"sv, "ambassadeur"sv, "embaixador"sv, "procurador"sv, "fiscal"sv,
    "maire"sv, "alcald"sv, "sindac"sv, "prefeit"sv, "governor"sv, "gobernador"sv, "governador"sv,
    "chancellor"sv, "canciller"sv, "ombudsman"sv,
};

// Whether `word` opens, in any ASCII case, with one of the roles of one word (kRoles): looked up
// among those that share its first letter, no copy made (asked of the words of every item).
bool is_role_word(std::string_view word) {
  static const std::array<std::vector<std::string_view>, 256> kByFirstByte = [] {
    std::array<std::vector<std::string_view>, 256> table;
    for (const std::string_view role : kRoles) {
      if (role.find(' ') == std::string_view::npos) table[static_cast<unsigned char>(role.front())].push_back(role);
    }
    return table;
  }();
  if (word.empty()) return false;
  const std::vector<std::string_view>& roles = kByFirstByte[static_cast<unsigned char>(ascii_lower(word.front()))];
  return std::any_of(roles.begin(), roles.end(), [&](std::string_view role) { return starts_with_folded(word, role); });
}

// Words that name the kind of an organisation besides the head nouns of unlisted organisations
// (entities/organisation_forms.hpp): an article before them is no part of the name.
constexpr std::array kKindsOfOrganisation = {
    "Comité"sv, "Comisión"sv, "Commission"sv, "Syndicat"sv, "Sindicato"sv, "Parti"sv, "Partido"sv,
    "Conseil"sv, "Consejo"sv, "Coordination"sv, "Coordinadora"sv, "Confédération"sv, "Confederación"sv,
    "Plateforme"sv, "Plataforma"sv, "Assemblée"sv, "Asamblea"sv, "Groupe"sv, "Grupo"sv, "Ordem"sv,
    "Ordre"sv, "Organisation"sv, "Organización"sv, "Organização"sv, "Comissão"sv, "Associazione"sv,
    "Comitê"sv, "Conselho"sv, "Coletivo"sv, "Federação"sv, "Confederação"sv, "Articulação"sv, "Frente"sv,
    "Núcleo"sv, "Sindicat"sv, "Sindacato"sv, "Comitato"sv,
    // Latin America's associations and foundations are often a "Corporación" ("Corporación
    // Humanas", "Corporação ..."), no company.
    "Corporación"sv, "Corporação"sv,
    // Legal forms of associations: German, Belgian, Italian.
    "e.V"sv, "gGmbH"sv, "asbl"sv, "ASBL"sv, "vzw"sv, "VZW"sv, "ONLUS"sv, "Onlus"sv};

// Dashes that set off an annotation: " - ", " – ", " — ".
constexpr std::array kDashes = {" - "sv, " \xE2\x80\x93 "sv, " \xE2\x80\x94 "sv};

// Footnote marks and punctuation that end an item: "Amnesty International*", "HRW¹", "CELS;",
// "جمعية الحق في الاختلاف،".
std::size_t without_trailing_marks(std::string_view text, std::size_t begin, std::size_t end) {
  const auto alphanumeric = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  for (bool changed = true; changed && end > begin;) {
    changed = false;
    if (alphanumeric(text[end - 1])) break;  // no mark ends so: most items
    const std::string_view rest = text.substr(begin, end - begin);
    // A parenthesis the item does not open closes the words around the list ("50 organisations
    // (among them Amnesty International)"); one it opens is the name's own.
    if (rest.ends_with(')')) {
      if (rest.find('(') != std::string_view::npos) break;
      --end;
      changed = true;
      continue;
    }
    for (const std::string_view mark : {" "sv, "\xC2\xA0"sv /* no-break space */, "."sv, ","sv, ";"sv, ":"sv, "*"sv, "_"sv, "\t"sv, "\\"sv, " -"sv, "\xE2\x80\x93"sv /*–*/,
                                        "\xE2\x80\x94"sv /*—*/, "\xE2\x80\xA6"sv /*… the list goes on*/, "\xE2\x80\xA0"sv /*†*/,
                                        "\xE2\x80\xA1"sv /*‡*/, "\xC2\xB9"sv, "\xC2\xB2"sv, "\xC2\xB3"sv,
                                        "\xD8\x8C"sv /* Arabic comma */, "\xD8\x9B"sv /* Arabic semicolon */}) {
      if (rest.ends_with(mark)) {
        end -= mark.size();
        changed = true;
        break;
      }
    }
    // The end of a quotation the name closes, its opening mark before the list ("... and Radio
    // Free Asia.”"); a quoted name keeps its pair for later.
    for (const auto& [open, close] : {std::pair{"\xE2\x80\x9C"sv, "\xE2\x80\x9D"sv}, std::pair{"\xC2\xAB"sv, "\xC2\xBB"sv}}) {
      if (!changed && rest.ends_with(close) && rest.find(open) == std::string_view::npos) {
        end -= close.size();
        changed = true;
      }
    }
    // Superscript digits ⁰, ⁴-⁹ (E2 81 B0, E2 81 B4-B9) and bracketed notes "[3]".
    if (!changed && rest.size() >= 3 && rest.substr(rest.size() - 3, 2) == "\xE2\x81") {
      end -= 3;
      changed = true;
    }
    if (!changed && rest.ends_with(']')) {
      const std::size_t open = rest.rfind('[');
      if (open != std::string_view::npos && rest.size() - open <= 5 && open > 0) {
        end = begin + open;
        changed = true;
      }
    }
  }
  return end;
}

// Capitals alone, three or more, no legal form or kind ("GUEPAZ", not "S.J", "A.C." or "ONG").
bool is_bare_acronym(std::string_view word) {
  static constexpr std::array kForms = {"NGO"sv, "ONG"sv, "ASBL"sv, "AISBL"sv, "VZW"sv, "INC"sv, "LTD"sv,
                                        "LLC"sv, "CIC"sv, "OBNL"sv, "GGMBH"sv};
  return word.size() >= 3 && word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos &&
         std::find(kForms.begin(), kForms.end(), word) == kForms.end();
}


// Where the name that an acronym opening `name` stands for starts ("CADA, Asamblea Cerro Azul
// Despierta" -> 6): two words or more after its comma, opening with most of its letters in any
// order; npos for another first word ("GRAIN, Premio Nobel Alternativo", "SWISSAID, Swiss
// Foundation for Development Cooperation").
std::size_t acronym_expansion(std::string_view name) {
  const std::size_t comma = name.find(", ");
  if (comma == std::string_view::npos || !is_bare_acronym(name.substr(0, comma))) return std::string_view::npos;
  const std::string_view acronym = name.substr(0, comma);
  const std::size_t next = comma + 2;
  const std::string_view expansion = name.substr(next, std::min(name.find(", ", next), name.size()) - next);
  constexpr std::size_t kFewestWords = 2;
  const bool expands = word_count(expansion) >= kFewestWords && starts_with_capital(expansion) && abbreviates(acronym, expansion);
  return expands ? next : std::string_view::npos;
}

bool is_acronym(std::string_view text) {
  std::size_t capitals = 0;
  for (const char c : text) {
    if (c >= 'A' && c <= 'Z') ++capitals;
    else if (c == ' ' || (c >= 'a' && c <= 'z' && capitals == 0)) return false;
  }
  return capitals >= 2 && text.size() <= 16;
}

// The first '(' that no ')' closes, or npos: one cut for "Name (https://example.org/a(b".
std::size_t first_unclosed_parenthesis(std::string_view text) {
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') open.push_back(i);
    if (text[i] == ')' && !open.empty()) open.pop_back();
  }
  return open.empty() ? std::string_view::npos : open.front();
}

// A web or mail address given beside a name ("www.accessnow.org", "info@eff.org", "hrw.org").
bool is_address(std::string_view text) {
  // The text of a Markdown link whose address the item lost: "[alper.nl]".
  if (text.size() > 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
  if (text.empty() || text.find(' ') != std::string_view::npos) return false;
  if (text.find('@') != std::string_view::npos || text.starts_with("www.") || text.starts_with("http")) return true;
  const std::size_t dot = text.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view domain = text.substr(dot + 1);
  return domain.size() >= 2 && domain.size() <= 4 &&
         std::all_of(domain.begin(), domain.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool mentions_personal_capacity(std::string_view text) {
  // Every phrase has one of these words, in lower case as texts write them.
  if (text.find("capacit") == std::string_view::npos && text.find("titre") == std::string_view::npos &&
      text.find("tulo") == std::string_view::npos) {
    return false;
  }
  const std::string folded = ascii_lower(text);
  return std::any_of(kPersonalCapacity.begin(), kPersonalCapacity.end(),
                     [&](std::string_view phrase) { return folded.find(phrase) != std::string::npos; });
}

// Where a web address or a tag after the name starts, from the byte before it (" http", "(http",
// "<http", " www.", " <"), or `end`. Searched by the words themselves, rarer than the spaces.
std::size_t address_start(std::string_view item, std::size_t begin, std::size_t end) {
  const std::string_view within = item.substr(0, end);
  // Most items hold none of it: one look at their bytes spares them the searches below.
  constexpr std::size_t kFewestPhoneDigits = 6;
  std::size_t digit_count = 0;
  bool marked = false;  // an "@", a "<", or an "http" or "www." that may open an address
  for (std::size_t i = begin + 1; i < within.size() && !marked; ++i) {
    const char c = within[i];
    if (c >= '0' && c <= '9') ++digit_count;
    marked = c == '@' || c == '<' || (c == 'h' && within.substr(i).starts_with("http")) ||
             (c == 'w' && within.substr(i).starts_with("www."));
  }
  if (!marked && digit_count < kFewestPhoneDigits) return end;
  std::size_t cut = end;
  const auto earliest = [&](std::string_view word, std::string_view before) {
    for (std::size_t at = within.find(word, begin + 1); at != std::string_view::npos && at - 1 < cut;
         at = within.find(word, at + 1)) {
      if (at - 1 > begin && before.find(within[at - 1]) != std::string_view::npos) {
        cut = at - 1;
        return;
      }
    }
  };
  earliest("http", " (<");
  earliest("www.", " ");
  earliest("<", " ");
  // Contact details after a dash, a comma or a space: "Associação Catarinense de Medicina - (48) 3231.0300
  // - acm@acm.org.br", "Sindicato ... simesc@simesc.org.br".
  const auto contact = [](std::string_view rest) {
    constexpr std::size_t kPhoneReach = 20;  // bytes: "(48) 3231.0300", "+41 22 917 9000"
    const std::string_view head = rest.substr(0, kPhoneReach);
    const auto digits = std::count_if(head.begin(), head.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool phone = !rest.empty() && (rest.front() == '(' || rest.front() == '+' || (rest.front() >= '0' && rest.front() <= '9')) &&
                       digits >= 6;
    const std::string_view word = rest.substr(0, rest.find(' '));
    return phone || (word.find('@') != std::string_view::npos && word.find('.') != std::string_view::npos);
  };
  for (const std::string_view dash : {kDashes[0], kDashes[1], kDashes[2], ", "sv}) {
    for (std::size_t at = within.find(dash, begin + 1); at != std::string_view::npos && at < cut; at = within.find(dash, at + 1)) {
      if (contact(within.substr(at + dash.size()))) {
        cut = at;
        break;
      }
    }
  }
  for (std::size_t at = within.find('@', begin + 1); at != std::string_view::npos && at < cut; at = within.find('@', at + 1)) {
    const std::size_t word = within.rfind(' ', at);
    if (word != std::string_view::npos && word > begin && contact(within.substr(word + 1))) cut = word;
  }
  return cut;
}

// Where "(ACRONYM)" stands inside `name` before an annotation: a dash, a comma or words in lower
// case after it; npos when it does not ("(FfD) Group" goes on with the name).
std::size_t acronym_before_annotation(std::string_view name) {
  const std::size_t open = name.find(" (");
  if (open == std::string_view::npos) return open;
  const std::size_t close = name.find(')', open);
  if (close == std::string_view::npos || close + 1 >= name.size() || !is_acronym(name.substr(open + 2, close - open - 2))) {
    return std::string_view::npos;
  }
  std::string_view after = name.substr(close + 1);
  const bool set_off = after.starts_with(',') || after.starts_with(" -") || after.starts_with(" \xE2\x80\x93") ||
                       after.starts_with(" \xE2\x80\x94");
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  const bool conjunction = leading_list_conjunction(after) != 0;  // "(MBDHP) et Tournons La Page"
  const bool lower = !after.empty() && after.front() >= 'a' && after.front() <= 'z' && !conjunction;
  return set_off || lower ? open : std::string_view::npos;
}

// Where a description set off by a comma starts in `name` (", a global alliance", ", which",
// ", une association"), or npos.
std::size_t description_start(std::string_view name) {
  if (name.find(", ") == std::string_view::npos) return std::string_view::npos;  // most names, at once
  for (const std::string_view opening : {", a "sv, ", an "sv, ", the "sv, ", which "sv, ", who "sv, ", un "sv,
                                         ", une "sv, ", qui "sv, ", una "sv, ", que "sv, ", el "sv, ", la "sv,
                                         ", le "sv, ", l'"sv}) {
    const std::size_t at = name.find(opening);
    if (at != std::string_view::npos && at > 0) return at;
  }
  // One word, then what it stands for: "SWISSAID, Swiss Foundation for Development
  // Cooperation", "Addameer, Asociación de Apoyo a los Presos Políticos".
  constexpr std::size_t kWordsToTheKind = 4;
  const std::size_t comma = name.find(", ");
  if (comma > 0 && name.substr(0, comma).find(' ') == std::string_view::npos &&
      acronym_expansion(name) == std::string_view::npos) {
    std::size_t at = comma + 2;
    for (std::size_t w = 0; w < kWordsToTheKind && at < name.size(); ++w) {
      const std::size_t space = std::min(name.find(' ', at), name.size());
      if (names_a_kind_of_organisation(name.substr(at, space - at))) return comma;
      at = space + 1;
    }
  }
  return std::string_view::npos;
}

// Where the organisation starts after "Name, on behalf of" and its translations, or 0.
std::size_t on_behalf_of(std::string_view item) {
  // Every phrase below has one of these words, in lower case as items write them.
  if (item.find("behalf") == std::string_view::npos && item.find(" nom") == std::string_view::npos &&
      item.find(" representaci") == std::string_view::npos && item.find(" namen") == std::string_view::npos) {
    return 0;
  }
  const std::string folded = ascii_lower(item.substr(0, 200));
  for (const std::string_view phrase : {" on behalf of "sv, " au nom de "sv, " au nom du "sv, " en nombre de "sv,
                                        " en representación de "sv, " em nome de "sv, " im namen "sv}) {
    const std::size_t at = folded.find(phrase);
    if (at != std::string::npos && at > 0) return at + phrase.size();
  }
  return 0;
}

// "HRW: Human Rights Watch", "El Karama : Association El Karama ...": where the name starts
// after a short label (an acronym, a short name) and a colon that open the item, or 0.
std::size_t after_label(std::string_view item) {
  constexpr std::size_t kLongestLabel = 24;
  const std::size_t colon = item.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > kLongestLabel || colon + 2 >= item.size() ||
      item[colon + 1] != ' ' || !(item[0] >= 'A' && item[0] <= 'Z')) {
    return 0;
  }
  if (std::count(item.begin(), item.begin() + static_cast<std::ptrdiff_t>(colon), ' ') > 2) return 0;
  std::size_t start = colon + 1;
  while (start < item.size() && item[start] == ' ') ++start;
  return start;
}

// Where a name whose surname is written in capitals ends ("Manon AUBRY The Left group" -> 11):
// after the run of words in capitals among its first four words, when words follow it; else npos.
std::size_t after_capitalised_surname(std::string_view name) {
  constexpr std::size_t kWordsToTheSurname = 4;
  const auto all_capitals = [](std::string_view word) {
    std::size_t letters = 0;
    for (const char c : word) {
      if (c >= 'a' && c <= 'z') return false;
      if (c >= 'A' && c <= 'Z') ++letters;
    }
    // Initials are no surname: "E.J. Dommering", "N.A.N.M. van Eijk".
    const bool initials = std::count(word.begin(), word.end(), '.') >= static_cast<std::ptrdiff_t>(letters);
    return letters >= 2 && !initials;
  };
  std::size_t words = 0, run_end = std::string_view::npos;
  for (std::size_t i = 0; i < name.size() && words < kWordsToTheSurname + 1;) {
    while (i < name.size() && name[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < name.size() && name[i] != ' ') ++i;
    if (start == i) break;
    ++words;
    const bool capitals = all_capitals(name.substr(start, i - start));
    if (capitals && words > 1) {
      run_end = i;  // a given name first, then the surname
    } else if (run_end != std::string_view::npos) {
      return run_end;  // the first word after the surname
    }
  }
  return std::string_view::npos;
}
// The length of one or two words in lower case that open `item` before a capitalised word and
// describe who follows ("writers Ian McEwan"), with the space after them; 0 when there are none,
// or when they may start a name ("van der Berg", "della Rete", "etika").
std::size_t descriptor_length(std::string_view item) {
  constexpr std::size_t kMostWords = 3;  // "trade union federation CNV Internationaal"
  constexpr std::size_t kShortestWord = 4;  // bytes: shorter lower-case words are particles
  std::size_t at = 0;
  for (std::size_t words = 0; words < kMostWords; ++words) {
    const std::size_t space = item.find(' ', at);
    if (space == std::string_view::npos) return 0;
    const std::string_view word = item.substr(at, space - at);
    const bool letters = std::all_of(word.begin(), word.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    });
    if (!letters || word.size() < kShortestWord || starts_with_capital(word) || word.starts_with("dell") ||
        word.starts_with("degl")) {
      return 0;
    }
    at = space + 1;
    if (starts_with_capital(item.substr(at))) return at;
  }
  return 0;
}

// Whether a descriptor says what kind of organisation follows it ("trade union federation",
// "trade association", "the NGO").
bool describes_an_organisation(std::string_view descriptor) {
  const auto is_word = [](std::string_view word) {
    return std::find(kOrganisationWords.begin(), kOrganisationWords.end(), word) != kOrganisationWords.end();
  };
  for (const std::string_view word : words_of(descriptor)) {
    const std::string lower = ascii_lower(word);
    if (is_word(lower) || (lower.ends_with('s') && is_word(std::string_view(lower).substr(0, lower.size() - 1)))) {
      return true;  // "unions"
    }
  }
  return false;
}

}  // namespace

bool abbreviates(std::string_view acronym, std::string_view name) {
  std::string initials;
  for (const std::string_view word : words_of(name)) initials += ascii_lower(word.front());
  const auto matching = std::count_if(acronym.begin(), acronym.end(), [&](char letter) {
    return initials.find(ascii_lower(letter)) != std::string::npos;
  });
  return !acronym.empty() && 3 * static_cast<std::size_t>(matching) >= 2 * acronym.size();
}

// HTML tags around an item that a page left in the text ("Group<br>", "<li>FIDH</li>"): the
// length of `item` without those that close it.
std::size_t without_markup_tags(std::string_view item) {
  while (item.ends_with('>')) {
    const std::size_t open = item.rfind('<');
    if (open == std::string_view::npos || item.substr(open).find(' ') != std::string_view::npos) break;
    item = item.substr(0, open);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
  }
  return item.size();
}

std::size_t others_start(std::string_view item) {
  static constexpr std::array kOthers = {"many others"sv, "many more"sv, "others"sv,  "otros"sv,    "otras"sv,
                                         "d'autres"sv,    "autres"sv,    "outros"sv,  "outras"sv,   "weitere"sv,
                                         "altri"sv,       "altre"sv};
  std::size_t end = item.size();
  while (end > 0 && (item[end - 1] == '.' || item[end - 1] == ' ')) --end;
  const std::string_view trimmed = item.substr(0, end);
  for (const std::string_view others : kOthers) {
    if (!ends_with_folded(trimmed, others)) continue;  // most items: no copy made
    const std::string folded = ascii_lower(trimmed);
    std::size_t start = folded.size() - others.size();
    if (start == 0) return 0;
    if (start < 2 || folded[start - 1] != ' ') continue;
    // The conjunction or "among" before it, then the comma: "FIDH, and others", "entre otros";
    // a count between them ("University of Oxford and 791 others").
    std::size_t word = folded.rfind(' ', start - 2) + 1;  // npos + 1 == 0
    std::string_view before = std::string_view(folded).substr(word, start - 1 - word);
    if (!before.empty() && word >= 2 && std::all_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      start = word;
      word = folded.rfind(' ', start - 2) + 1;
      before = std::string_view(folded).substr(word, start - 1 - word);
    }
    const bool joined = leading_list_conjunction(std::string(before) + " ") != 0 || before == "among" ||
                        before == "entre";
    if (!joined && folded[start - 2] != ',') continue;
    if (joined) start = word;
    while (start > 0 && (folded[start - 1] == ' ' || folded[start - 1] == ',')) --start;
    return start;
  }
  return std::string_view::npos;
}

namespace {

// German writes the kind of an organisation at the end of a compound ("Menschenrechtsdachverband",
// "PEN-Zentrum", "Weltkongress"), in lower case there, or as a word of its own ("Digitale
// Gesellschaft"); some kinds only in a compound ("Kinderschutzbund", not "Bund").
bool is_german_compound_kind(std::string_view word) {
  static constexpr std::array kGermanKinds = {"verband"sv, "verein"sv, "zentrum"sv, "stiftung"sv,
                                              "gesellschaft"sv, "netzwerk"sv, "kongress"sv, "komitee"sv,
                                              "b\xC3\xBCndnis"sv /* bündnis */, "initiative"sv, "institut"sv,
                                              "akademie"sv, "organisation"sv, "vereinigung"sv, "liga"sv,
                                              "gewerkschaft"sv, "kampagne"sv, "forum"sv};
  static constexpr std::array kGermanCompoundKinds = {"bund"sv, "werk"sv, "hilfe"sv, "dienst"sv, "kreis"sv};
  if (!starts_with_capital(word)) return false;
  return std::any_of(kGermanKinds.begin(), kGermanKinds.end(),
                     [&](std::string_view kind) { return word.size() >= kind.size() && ends_with_folded(word, kind); }) ||
         std::any_of(kGermanCompoundKinds.begin(), kGermanCompoundKinds.end(), [&](std::string_view kind) {
           return word.size() > kind.size() + 2 && ends_with_folded(word, kind);
         });
}

// Russian head nouns of organisations, as stems that case endings follow ("Общественного
// фонда", "Туркменской инициативы"): Russian writes names in sentence case, the head noun often in
// lower case.
constexpr std::array kRussianKindStems = {
    "\xD1\x84\xD0\xBE\xD0\xBD\xD0\xB4"sv /* фонд */, "\xD0\xA4\xD0\xBE\xD0\xBD\xD0\xB4"sv /* Фонд */,
    "\xD0\xB1\xD1\x8E\xD1\x80\xD0\xBE"sv /* бюро */, "\xD0\x91\xD1\x8E\xD1\x80\xD0\xBE"sv /* Бюро */,
    "\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x86\xD0\xB8\xD0\xB0\xD1\x82\xD0\xB8\xD0\xB2"sv /* инициатив */, "\xD0\x98\xD0\xBD\xD0\xB8\xD1\x86\xD0\xB8\xD0\xB0\xD1\x82\xD0\xB8\xD0\xB2"sv /* Инициатив */,
    "\xD0\xB4\xD0\xB2\xD0\xB8\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8"sv /* движени */, "\xD0\x94\xD0\xB2\xD0\xB8\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8"sv /* Движени */,
    "\xD0\xBE\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8"sv /* организаци */, "\xD0\x9E\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8"sv /* Организаци */,
    "\xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xBD\xD0\xB5\xD1\x80\xD1\x81\xD1\x82\xD0\xB2"sv /* партнерств */, "\xD0\x9F\xD0\xB0\xD1\x80\xD1\x82\xD0\xBD\xD0\xB5\xD1\x80\xD1\x81\xD1\x82\xD0\xB2"sv /* Партнерств */,
    "\xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xBD\xD1\x91\xD1\x80\xD1\x81\xD1\x82\xD0\xB2"sv /* партнёрств */, "\xD0\x9F\xD0\xB0\xD1\x80\xD1\x82\xD0\xBD\xD1\x91\xD1\x80\xD1\x81\xD1\x82\xD0\xB2"sv /* Партнёрств */,
    "\xD0\xB0\xD1\x81\xD1\x81\xD0\xBE\xD1\x86\xD0\xB8\xD0\xB0\xD1\x86\xD0\xB8"sv /* ассоциаци */, "\xD0\x90\xD1\x81\xD1\x81\xD0\xBE\xD1\x86\xD0\xB8\xD0\xB0\xD1\x86\xD0\xB8"sv /* Ассоциаци */,
    "\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80"sv /* центр */, "\xD0\xA6\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80"sv /* Центр */,
    "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xB8\xD1\x82\xD0\xB5\xD1\x82"sv /* комитет */, "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xB8\xD1\x82\xD0\xB5\xD1\x82"sv /* Комитет */,
    "\xD1\x81\xD0\xBE\xD1\x8E\xD0\xB7"sv /* союз */, "\xD0\xA1\xD0\xBE\xD1\x8E\xD0\xB7"sv /* Союз */,
    "\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB5\xD1\x81\xD1\x82\xD0\xB2"sv /* обществ */, "\xD0\x9E\xD0\xB1\xD1\x89\xD0\xB5\xD1\x81\xD1\x82\xD0\xB2"sv /* Обществ */,
    "\xD0\xBA\xD0\xBE\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB8"sv /* коалици */, "\xD0\x9A\xD0\xBE\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB8"sv /* Коалици */,
    "\xD0\xBE\xD0\xB1\xD1\x8A\xD0\xB5\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xB8"sv /* объединени */, "\xD0\x9E\xD0\xB1\xD1\x8A\xD0\xB5\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xB8"sv /* Объединени */,
    "\xD0\xB3\xD1\x80\xD1\x83\xD0\xBF\xD0\xBF"sv /* групп */, "\xD0\x93\xD1\x80\xD1\x83\xD0\xBF\xD0\xBF"sv /* Групп */};

// Whether `word` is a Russian head noun in any case: a stem and an ending of two letters at most.
bool is_russian_kind(std::string_view word) {
  constexpr std::size_t kLongestEnding = 4;  // bytes: two Cyrillic letters
  const auto lead = static_cast<unsigned char>(word.empty() ? 0 : word.front());  // Cyrillic: D0 or D1
  return (lead == 0xD0 || lead == 0xD1) &&
         std::any_of(kRussianKindStems.begin(), kRussianKindStems.end(), [&](std::string_view stem) {
           return word.starts_with(stem) && word.size() - stem.size() <= kLongestEnding;
         });
}

}  // namespace

bool has_spaced_dash(std::string_view text) {
  return std::any_of(kDashes.begin(), kDashes.end(),
                     [&](std::string_view dash) { return text.find(dash) != std::string_view::npos; });
}

bool names_a_kind_of_organisation(std::string_view rest) {
  const std::string_view word = rest.substr(0, rest.find(' '));
  return is_german_compound_kind(word) || is_organisation_head_noun(word) || is_russian_kind(word) ||
         std::find(kKindsOfOrganisation.begin(), kKindsOfOrganisation.end(), word) != kKindsOfOrganisation.end();
}

std::pair<std::size_t, std::size_t> name_before_places(std::string_view item) {
  const std::size_t comma = item.find(", ");
  if (comma == std::string_view::npos || comma == 0) return {0, item.size()};
  // "CADA, Asamblea Cerro Azul Despierta, Córdoba": the name the acronym stands for.
  if (const std::size_t expansion = acronym_expansion(item); expansion != std::string_view::npos) {
    return {expansion, std::min(item.find(", ", expansion), item.size())};
  }
  return {0, comma};
}

bool opens_with_label(std::string_view item) {
  return after_label(item.substr(list_mark_length(item))) != 0;
}

namespace {

// "Bogotá, Colombia", "Rio de Janeiro, Brazil": a city (one to three capitalised words, and the
// particles of places) and the place after its comma; not "Por outro futuro, Brazil".
bool is_city_and_place(std::string_view annotation, const IsPlace& is_place) {
  static constexpr std::array kPlaceParticles = {"de"sv, "del"sv, "do"sv, "da"sv, "dos"sv, "das"sv, "la"sv,
                                                 "le"sv, "les"sv, "el"sv, "sur"sv, "am"sv, "an"sv, "upon"sv};
  constexpr std::size_t kLongestCity = 3;  // words
  const std::size_t comma = annotation.rfind(", ");
  if (comma == std::string_view::npos || comma == 0) return false;
  const std::string_view city = annotation.substr(0, comma);
  const std::vector<std::string_view> words = words_of(city);
  if (city.find(',') != std::string_view::npos || words.empty() || words.size() > kLongestCity) return false;
  const bool capitalised = std::all_of(words.begin(), words.end(), [](std::string_view word) {
    return starts_with_capital(word) ||
           std::find(kPlaceParticles.begin(), kPlaceParticles.end(), word) != kPlaceParticles.end();
  });
  return capitalised && starts_with_capital(words.front()) && is_place(annotation.substr(comma + 2));
}

// Whether `name` holds a byte that sets off an annotation: a parenthesis (fullwidth ones start
// with 0xEF), a dash (en and em dashes start with 0xE2), a comma or a slash.
bool may_hold_annotation(std::string_view name) {
  return std::any_of(name.begin(), name.end(), [](char c) {
    return c == '(' || c == ')' || c == ',' || c == '/' || c == '-' || c == '\xE2' || c == '\xEF';
  });
}

// Where the space before a bare acronym that closes a name of three words or more stands
// ("Guerrilleros Por la Paz GUEPAZ", "Asociación Mayoritaria de Afrodescendientes del Ecuador
// AMAE", "... de la torture -APT"), or npos; a place stays ("Amnesty International UK").
std::size_t trailing_acronym(std::string_view name, const IsPlace& is_place) {
  const std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return space;
  std::string_view last = name.substr(space + 1);
  // Joined to the name's last word by a hyphen: "... de la santé du Québec-FIQ" (not a name of
  // acronyms alone: "SNJ-CGT", "CFE-CGC").
  if (const std::size_t hyphen = last.rfind('-'); hyphen != std::string_view::npos && hyphen > 0) {
    const std::string_view word = last.substr(0, hyphen);
    const std::string_view tail = last.substr(hyphen + 1);
    if (is_bare_acronym(tail) && !is_acronym(word) && starts_with_capital(word) && word_count(name) >= 3 && !is_place(tail)) {
      return space + 1 + hyphen;
    }
  }
  // French lists write it after a hyphen, which sets it apart whatever the word before it:
  // "Association pour la prévention de la torture -APT".
  const bool hyphened = last.size() > 2 && last.front() == '-';
  if (hyphened) last.remove_prefix(1);
  // "... – Fórum EJA" is the dash's.
  if (!is_bare_acronym(last) || word_count(name) < 3 || has_spaced_dash(name)) return std::string_view::npos;
  const std::string_view before = name.substr(0, space);
  const std::string_view previous = before.substr(before.rfind(' ') + 1);
  // The acronym starts as a word of the name does ("Occupy Wall Street NYC" keeps its city).
  const auto initial = [&](std::string_view words) {
    for (std::size_t at = 0; at < words.size(); at = words.find(' ', at) + 1) {
      if (words[at] == last.front()) return true;
      if (words.find(' ', at) == std::string_view::npos) break;
    }
    return false;
  };
  const bool acronym = initial(before) && (hyphened || (starts_with_capital(previous) && !is_acronym(previous))) &&
                       !is_place(last);
  return acronym ? space : std::string_view::npos;
}

}  // namespace

CleanedItem clean_item(std::string_view item, const IsPlace& is_place, const IsPlace& is_name, bool labelled) {
  CleanedItem cleaned;
  std::size_t begin = 0, end = item.size();
  const auto trim = [&] {
    while (begin < end && (item[begin] == ' ' || item[begin] == '\t' || item[begin] == '_')) ++begin;  // "_" of Markdown's emphasis
    end = without_trailing_marks(item, begin, end);
  };
  trim();
  begin += list_mark_length(item.substr(begin, end - begin));
  // Quotes around the whole name: "“Amnesty International”", "« Droit au logement »".
  for (const auto& [open, close] : {std::pair{"\xE2\x80\x9C"sv, "\xE2\x80\x9D"sv}, std::pair{"\xC2\xAB"sv, "\xC2\xBB"sv},
                                    std::pair{"\""sv, "\""sv}}) {
    const std::string_view name = item.substr(begin, end - begin);
    if (name.size() > open.size() + close.size() && name.starts_with(open) && name.ends_with(close) &&
        name.substr(open.size(), name.size() - open.size() - close.size()).find(close) == std::string_view::npos) {
      begin += open.size();
      end -= close.size();
      trim();
      break;
    }
  }
  if (item.substr(begin, end - begin).starts_with("/s/")) {  // a signature: "/s/ Maria Gonzalez"
    cleaned.signature = true;
    begin += 3;
    trim();
  }
  // A Markdown link: "[Derechos Digitales](https://...)".
  if (begin < end && item[begin] == '[') {
    const std::size_t close = item.find("](", begin);
    if (close != std::string_view::npos && close < end) end = close, ++begin;
  }
  end = address_start(item, begin, end);
  end = begin + without_markup_tags(item.substr(begin, end - begin));
  if (const std::size_t others = others_start(item.substr(begin, end - begin)); others != std::string_view::npos) {
    cleaned.others = true;
    end = begin + others;
  }
  // "Chee Yoke Ling, on behalf of the Third World Network (TWN)": the organisation signs.
  if (const std::size_t behalf = on_behalf_of(item.substr(begin, end - begin)); behalf != 0) {
    begin += behalf;
    cleaned.on_behalf = true;
  }
  // "AISPP : Association Internationale pour le Soutien des Prisonniers Politiques", in a list
  // that labels each name so (elsewhere "CIVICUS: Alianza Mundial ..." is one name); and a
  // country that groups the names after it ("Argentina: Liga Argentina por los Derechos Humanos").
  if (const std::size_t label_end = after_label(item.substr(begin, end - begin)); label_end != 0) {
    std::string_view label = item.substr(begin, item.substr(begin).find(':'));
    while (label.ends_with(' ')) label.remove_suffix(1);
    const bool place = is_place(label);
    if (labelled && !place) cleaned.acronym = std::string(label);
    if (labelled || place) begin += label_end;
  }
  for (bool changed = true; changed;) {
    changed = false;
    trim();
    const std::string_view name = item.substr(begin, end - begin);
    if (is_name(name)) break;  // "Assistance Association for Political Prisoners (Burma)"
    if (!may_hold_annotation(name)) {  // most names: only a bare acronym may close them
      if (const std::size_t space = trailing_acronym(name, is_place); space != std::string_view::npos) {
        if (cleaned.acronym.empty()) cleaned.acronym = std::string(name.substr(space + 1));
        end = begin + space;
        changed = true;
      }
      continue;
    }
    // A name ends with its acronym: what follows describes it ("Our World Is Not for Sale
    // (OWINFS) global network", "(CEPI) – FGV Direito SP", "(CELE), Universidad de Palermo").
    if (const std::size_t open = acronym_before_annotation(name); open != std::string_view::npos) {
      cleaned.acronym = std::string(name.substr(open + 1, name.find(')', open) - open - 1));
      end = begin + open;
      changed = true;
      continue;
    }
    // Annotations in parentheses, the acronym among them: "(CPJ)", "(Norway)", "(in personal
    // capacity)"; in Chinese text between fullwidth ones: "中国人权捍卫者（CHRD）".
    if (name.ends_with(')') || name.ends_with(detail::kFullwidthClose) || name.find('(') != std::string_view::npos) {
      int depth = 0;
      std::size_t open = std::string_view::npos;
      std::size_t open_size = 1;
      std::size_t close_size = 0;
      if (name.ends_with(')')) {
        close_size = 1;
        for (std::size_t i = name.size(); i-- > 0;) {
          if (name[i] == ')') ++depth;
          if (name[i] == '(' && --depth == 0) {
            open = i;
            break;
          }
        }
      } else if (name.ends_with(detail::kFullwidthClose)) {
        close_size = detail::kFullwidthClose.size();
        open = name.rfind(detail::kFullwidthOpen);
        open_size = detail::kFullwidthOpen.size();
      } else {
        open = first_unclosed_parenthesis(name);  // cut off by the end of the item
      }
      if (open != std::string_view::npos && open > 0) {
        const std::string_view inside = name.substr(open + open_size, name.size() - open - open_size - close_size);
        if (is_acronym(inside) && cleaned.acronym.empty()) cleaned.acronym = inside;
        if (cleaned.place.empty() && is_place(inside)) {
          cleaned.place = inside;
        } else if (!is_acronym(inside) && !mentions_personal_capacity(inside)) {
          cleaned.affiliation = inside;
        }
        if (mentions_personal_capacity(inside)) cleaned.personal_capacity = true;
        end = begin + open;
        changed = true;
        continue;
      }
    }
    // "Sherpa – France", "CIVICUS – Global", "Amnesty International, Norway"; a city before its
    // country ("Dejusticia – Bogotá, Colombia").
    for (const std::string_view dash : kDashes) {
      const std::size_t at = rfind_bytes(name, dash);
      if (at == std::string_view::npos || at == 0) continue;
      const std::string_view annotation = name.substr(at + dash.size());
      if (is_address(annotation) || is_place(annotation) || is_city_and_place(annotation, is_place)) {
        if (cleaned.place.empty() && !is_address(annotation)) cleaned.place = annotation;
        end = begin + at;
        changed = true;
        break;
      }
    }
    if (changed) continue;
    // A place joined to the acronym before it: "Kirchliche Arbeitsstelle Südliches Afrika (KASA)-Germany".
    if (const std::size_t joined = name.rfind(")-"); joined != std::string_view::npos && is_place(name.substr(joined + 2))) {
      if (cleaned.place.empty()) cleaned.place = name.substr(joined + 2);
      end = begin + joined + 1;
      changed = true;
      continue;
    }
    if (const std::size_t space = trailing_acronym(name, is_place); space != std::string_view::npos) {
      if (cleaned.acronym.empty()) cleaned.acronym = std::string(name.substr(space + 1));
      end = begin + space;
      changed = true;
      continue;
    }
    // A name and its translation, each of two words or more: "Reporters Without Borders /
    // Reporters Sans Frontières".
    if (const std::size_t slash = name.find(" / "); slash != std::string_view::npos && slash > 0 &&
                                                    word_count(name.substr(0, slash)) >= 2 &&
                                                    word_count(name.substr(slash + 3)) >= 2 &&
                                                    starts_with_capital(name.substr(slash + 3))) {
      end = begin + slash;
      changed = true;
      continue;
    }
    // A description after the name: "CIVICUS, a global alliance of civil society", "Sherpa, qui
    // défend les victimes".
    if (const std::size_t at = description_start(name); at != std::string_view::npos) {
      end = begin + at;
      changed = true;
      continue;
    }
    // From the end: "Name, Law and Development, Thailand", "Front, Hong Kong, China".
    if (const std::size_t comma = rfind_bytes(name, ", "); comma != std::string_view::npos && comma > 0) {
      const std::string_view annotation = name.substr(comma + 2);
      if (is_address(annotation) || is_place(annotation)) {
        if (!is_address(annotation)) cleaned.place = annotation;
        end = begin + comma;
        changed = true;
      }
    }
  }
  // "CELS, Centro de Estudios Legales y Sociales": the name, its acronym noted.
  if (const std::string_view name = item.substr(begin, end - begin);
      name.find(", ", name.find(", ") + 2) == std::string_view::npos) {
    if (const std::size_t expansion = acronym_expansion(name); expansion != std::string_view::npos) {
      if (cleaned.acronym.empty()) cleaned.acronym = std::string(name.substr(0, name.find(", ")));
      begin += expansion;
    }
  }
  if (mentions_personal_capacity(item.substr(begin, end - begin))) cleaned.personal_capacity = true;
  // The conjunction before the last item of a list, and a leading article ("The European Work
  // Hazards Network", "la FIDH"), are no part of the name.
  // Articles in lower case only: a capital starts a name ("La Strada International").
  for (bool stripped = true; stripped;) {
    stripped = false;
    const std::string_view rest = item.substr(begin, end - begin);
    if (const std::size_t conjunction = leading_list_conjunction(rest); conjunction != 0 && rest.size() > conjunction) {
      begin += conjunction;
      stripped = true;
      continue;
    }
    // The first bytes of the articles below: most names start otherwise, and skip both tables.
    if (rest.empty() || std::string_view("TtleoadLEOADIpig").find(rest.front()) == std::string_view::npos) continue;
    for (const std::string_view lead : {"The "sv, "the "sv, "le "sv, "la "sv, "les "sv, "l'"sv, "l\xE2\x80\x99"sv,
                                        "il "sv, "lo "sv, "gli "sv,
                                        "el "sv, "los "sv, "las "sv, "o "sv, "a "sv, "os "sv, "as "sv, "die "sv,
                                        "der "sv, "das "sv, "dem "sv, "den "sv, "pela "sv, "pelo "sv, "pelas "sv,
                                        "pelos "sv}) {
      if (rest.starts_with(lead) && rest.size() > lead.size()) {
        begin += lead.size();
        stripped = true;
        break;
      }
    }
    // A capitalised article before the kind of organisation ("Le Comité pour ...",
    // "L'Association des ..."), not before the name itself ("La Strada International").
    for (const std::string_view lead : {"Le "sv, "La "sv, "Les "sv, "L'"sv, "L\xE2\x80\x99"sv, "El "sv, "Los "sv, "Las "sv,
                                        "O "sv, "A "sv, "Die "sv, "Der "sv, "Il "sv}) {
      if (!stripped && rest.starts_with(lead) && names_a_kind_of_organisation(rest.substr(lead.size()))) {
        begin += lead.size();
        stripped = true;
      }
    }
  }
  // What the signers are, in a few words before their names ("actors Emma Thompson",
  // "режиссер Эльдар Рязанов", "trade union federation CNV Internationaal"): words in lower case
  // that no particle of a name is, before a person's name or a known one, or that say what kind
  // of organisation follows.
  if (const std::size_t descriptor = descriptor_length(item.substr(begin, end - begin)); descriptor != 0) {
    const std::string_view rest = item.substr(begin + descriptor, end - begin - descriptor);
    // Three words only when they name a kind ("trade union federation"), not "social activists
    // from" before "United States".
    const std::string_view words = item.substr(begin, descriptor);
    const bool kind = describes_an_organisation(words);
    const bool short_words = std::count(words.begin(), words.end(), ' ') <= 2;
    if ((short_words && (reads_as_person_name(rest) || is_name(rest))) || kind) begin += descriptor;
  }
  // Where an organisation is based, before its name ("the Geneva-based NGO UPR Info", "the
  // London-based rights group Amnesty International"): the name starts at the first capitalised
  // word after "-based" and the words in lower case, or "NGO", that say what it is.
  constexpr std::size_t kPlaceReach = 40;  // bytes before "-based"
  if (const std::size_t based = item.substr(begin, end - begin).find("-based "); based < kPlaceReach) {
    std::size_t at = begin + based + std::string_view("-based ").size();
    while (at < end) {
      const std::size_t word_end = std::min(item.find(' ', at), end);
      const std::string_view word = item.substr(at, word_end - at);
      if (starts_with_capital(word) && word != "NGO" && word != "NGOs") break;
      at = word_end + 1;
    }
    if (at < end) begin = at;
  }
  // A German compound that says what the organisation is, before its known name
  // ("Menschenrechtsdachverband FIDH").
  if (const std::size_t space = item.find(' ', begin); space < end && is_german_compound_kind(item.substr(begin, space - begin)) &&
                                                        is_name(item.substr(space + 1, end - space - 1))) {
    begin = space + 1;
  }
  // A Markdown link that an article opened: "the [Association for Computers and the Humanities](/)";
  // a wiki link, its label after a bar: "[[Anna Schmidt]]", "[[Amnesty International|Amnesty]]".
  if (end - begin > 4 && item.substr(begin).starts_with("[[")) {
    const std::size_t close = item.find("]]", begin);
    if (close != std::string_view::npos && close < end) {
      const std::size_t bar = item.substr(begin, close - begin).rfind('|');
      begin = bar == std::string_view::npos ? begin + 2 : begin + bar + 1;
      end = close;
    }
  } else if (end - begin > 2 && item[begin] == '[') {
    const std::size_t close = item.find(']', begin);
    if (close != std::string_view::npos && close < end) {
      end = close;
      ++begin;
    }
  }
  cleaned.begin = begin;
  cleaned.end = end;
  return cleaned;
}

bool has_personal_title(std::string_view name) {
  if (name.empty() || name[0] < 'A' || name[0] > 'Z') return false;
  const std::size_t end = name.find_first_of(". ");
  if (end == std::string_view::npos || end == 0) return false;
  const std::string_view word = name.substr(0, end);
  if (kTitleWords.contains(word)) return true;
  // An office written before the titles, as German writes it ("Weihbischof Dr. Peter Birkhofer",
  // "Oberkirchenrat Prof. Dr. Ulrich Heckel"): one word, then a title with its full stop.
  if (name[end] == ' ') {
    const std::string_view rest = name.substr(end + 1);
    const std::size_t dot = rest.find_first_of(". ");
    if (dot != std::string_view::npos && dot > 0 && rest[dot] == '.' && kTitleWords.contains(rest.substr(0, dot)) &&
        rest.size() > dot + 1 && rest[dot + 1] == ' ') {
      return std::count(rest.begin(), rest.end(), ' ') >= 2 && starts_with_capital(rest.substr(dot + 2));
    }
  }
  // Abbreviations that are titles only with their full stop: Mexico's "Magdo." and "Magda."
  // (Magistrado, Magistrada; "Magda" is also a given name).
  static constexpr std::array kDottedTitles = {"magdo"sv, "magda"sv};
  if (name[end] == '.' && std::any_of(kDottedTitles.begin(), kDottedTitles.end(),
                                      [&](std::string_view title) { return equals_folded(word, title); })) {
    return true;
  }
  // Titles of clergy, also given names ("Don Smith"): a title before a given name and a surname
  // ("Don Luigi Ciotti", "Padre Alejandro Solalinde", "Rabbi Jill Jacobs").
  static constexpr std::array kClergy = {"don"sv, "do\xC3\xB1" "a"sv, "dom"sv, "padre"sv, "father"sv, "sister"sv,
                                         "suor"sv, "frei"sv, "fray"sv, "rabbi"sv, "imam"sv, "sheikh"sv, "pastor"sv,
                                         "pastora"sv, "pfarrer"sv, "pfarrerin"sv, "mons"sv, "monsignor"sv,
                                         "mgr"sv, "abb\xC3\xA9"sv, "reverend"sv, "bishop"sv, "bispo"sv, "obispo"sv};
  static constexpr FoldedWords kClergyWords(kClergy);
  // German writes a profession before the name, capitalised, in the singular or the plural
  // ("Schriftsteller Günter Grass", "die Regisseure Jürgen Flimm und ...", "PEN-Präsident
  // Johano Strasser": the last part of a compound).
  static constexpr std::array kProfessions = {
      "schriftsteller"sv, "regisseur"sv, "komponist"sv, "historiker"sv, "philosoph"sv, "schauspieler"sv,
      "pr\xC3\xA4sident"sv, "autor"sv, "journalist"sv, "maler"sv, "s\xC3\xA4nger"sv, "dichter"sv, "theolog"sv,
      "soziolog"sv, "politolog"sv, "kabarettist"sv, "liedermacher"sv, "publizist"sv, "filmemacher"sv,
      "k\xC3\xBCnstler"sv, "musiker"sv, "architekt"sv, "bischof"sv, "dirigent"sv, "verleger"sv};
  const std::string_view head = word.substr(word.rfind('-') == std::string_view::npos ? 0 : word.rfind('-') + 1);
  const bool profession = std::any_of(kProfessions.begin(), kProfessions.end(),
                                      [&](std::string_view stem) { return starts_with_folded(head, stem); });
  if (!profession && !kClergyWords.contains(word)) return false;
  const std::string_view rest = name.substr(end + 1);
  return std::count(rest.begin(), rest.end(), ' ') >= 1 && starts_with_capital(rest);
}

// Whether `name` opens with a title that follows another in lower case, with its full stop:
// "mr." and "dr." in "Prof. mr. Y. Buruma", "Prof. dr. ir. H. van Tilborg", "Dr. med. Anna Roth".
bool stacked_title(std::string_view name) {
  // Beside the titles that open a name, the Dutch and German degrees that only follow one.
  static constexpr std::array kDegrees = {"drs"sv, "ir"sv, "med"sv, "phil"sv, "habil"sv, "jur"sv, "rer"sv, "nat"sv,
                                          "mag"sv};
  const std::size_t dot = name.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 5) return false;
  const std::string_view word = name.substr(0, dot);
  return std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end() ||
         std::find(kDegrees.begin(), kDegrees.end(), word) != kDegrees.end();
}

std::size_t person_name_start(std::string_view name) {
  std::size_t start = 0;
  while (has_personal_title(name.substr(start)) || (start > 0 && stacked_title(name.substr(start)))) {
    const std::size_t end = name.find_first_of(". ", start);
    start = name.find_first_not_of(". ", end);
    if (start == std::string_view::npos) return 0;  // a title alone is no name to cut
  }
  return start;
}

namespace {

// Letters after a person's name for an honour or a degree: "AO", "QC", "PhD".
bool is_post_nominal(std::string_view word) {
  const auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  return word == "PhD" || word == "Ph.D." ||
         (word.size() >= 2 && word.size() <= 4 && std::all_of(word.begin(), word.end(), capital));
}

}  // namespace

std::size_t person_name_end(std::string_view name) {
  // "Emma Jones (she/her)", "Alexandre Mandl - advogado", "Martine Wonner: eine Abgeordnete
  // aus Frankreich": a person's name holds no comma, parenthesis, colon or spaced dash.
  std::size_t end = std::min({name.find(','), name.find(" ("), name.find(": ")});
  for (const std::string_view dash : kDashes) end = std::min(end, name.find(dash));
  if (end == std::string_view::npos) end = name.size();
  // A surname in capitals ends the name before what follows it: "Manon AUBRY The Left group".
  end = std::min(end, after_capitalised_surname(name.substr(0, end)));
  // Post-nominal letters: "Julian Burnside AO QC", "Jane Doe PhD".
  for (std::size_t space = name.rfind(' ', end); space != std::string_view::npos && space > 0;
       space = name.rfind(' ', end - 1)) {
    if (!is_post_nominal(name.substr(space + 1, end - space - 1))) break;
    end = space;
  }
  return end;
}

bool reads_as_person_name(std::string_view name, bool heads_a_block) {
  // The particles of surnames, between capitalised words ("José Geraldo de Souza Junior",
  // "Ursula von der Leyen").
  static constexpr std::array kParticles = {"de"sv, "da"sv, "do"sv, "dos"sv, "das"sv, "del"sv, "della"sv,
                                            "di"sv, "du"sv, "van"sv, "von"sv, "der"sv, "den"sv, "la"sv,
                                            "le"sv, "bin"sv, "ibn"sv, "al"sv, "el"sv};
  std::size_t words = 0, particles = 0;
  bool after_particle = false;
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t space = std::min(name.find(' ', at), name.size());
    const std::string_view word = name.substr(at, space - at);
    if (words > 0 && !after_particle && space < name.size() &&
        std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end()) {
      after_particle = true;
      ++particles;
      at = space + 1;
      continue;
    }
    after_particle = false;
    if (word.empty() || !starts_with_capital(word) || word.find_first_of("0123456789") != std::string_view::npos) {
      return false;
    }
    // Words that name organisations, in English in any case and in other languages as their
    // head nouns are written ("Federación Latinoamericana de Trabajadores" is no person of
    // "Trabajadores").
    if (kOrganisationWordSet.contains(word) || names_a_kind_of_organisation(word)) {
      return false;
    }
    ++words;
    at = space + 1;
  }
  // A particle between two capitalised words names a place or a cause as often as a person
  // ("Terra de Direitos", "Além das Grades"): three such words at least, unless titles follow.
  return words >= (particles == 0 || heads_a_block ? 2 : 3) && words <= 4;
}

std::size_t person_before_affiliation(std::string_view item) {
  for (const std::string_view link : {" of "sv, " from "sv, " at "sv, " de "sv, " du "sv, " von "sv, " della "sv, " del "sv,
                                      " dello "sv, " dell'"sv, " di "sv, " do "sv, " da "sv}) {
    const std::size_t at = item.find(link);
    if (at == std::string_view::npos || at + link.size() >= item.size()) continue;
    const std::string_view after = item.substr(at + link.size());
    if (!reads_as_person_name(item.substr(0, at)) || !starts_with_capital(after)) continue;
    // In French, Spanish, Portuguese and German the word is also a particle of surnames and of
    // names of organisations ("José Geraldo de Souza", "Ação Franciscana de Ecologia"): an
    // organisation must follow, by its kind, an English word of organisations or an acronym.
    constexpr std::size_t kWordsToTheKind = 3;
    const bool english = link == " of "sv || link == " from "sv || link == " at "sv;
    bool organisation = english;  // English names of persons hold no such particle: "Jane Roe of France24"
    std::size_t from = 0;
    for (std::size_t w = 0; w < kWordsToTheKind && from < after.size() && !organisation; ++w) {
      const std::size_t space = std::min(after.find(' ', from), after.size());
      const std::string_view word = after.substr(from, space - from);
      organisation = names_a_kind_of_organisation(word) || is_acronym(word) || kOrganisationWordSet.contains(word);
      from = space + 1;
    }
    if (!organisation) continue;
    return at;
  }
  return std::string_view::npos;
}

bool opens_with_role(std::string_view words) {
  const std::string lower = ascii_lower(words.substr(0, words.find(' ', words.find(' ') + 1)));  // two words at most
  return std::any_of(kRoles.begin(), kRoles.end(), [&](std::string_view role) { return lower.starts_with(role); });
}

std::size_t person_after_role(std::string_view item) {
  // One comma: "Professor Saskia Sassen, Columbia University, New York City" is a person with her
  // affiliation and its place.
  const std::size_t comma = item.find(", ");
  if (comma == std::string_view::npos || comma == 0 || item.find(',', comma + 1) != std::string_view::npos) {
    return std::string_view::npos;
  }
  const std::string_view person = item.substr(comma + 2);
  if (!reads_as_person_name(person)) return std::string_view::npos;
  // Short words in lower case before the office: articles and prepositions ("a la", "al", "the").
  constexpr std::size_t kLongestLinkWord = 3;
  constexpr std::size_t kMostLinkWords = 2;
  std::string_view office = item.substr(0, comma);
  for (std::size_t words = 0; words < kMostLinkWords; ++words) {
    const std::size_t space = office.find(' ');
    if (space == std::string_view::npos || space > kLongestLinkWord || office.front() < 'a' || office.front() > 'z') break;
    office.remove_prefix(space + 1);
  }
  return is_role_word(office.substr(0, office.find(' '))) ? comma + 2 : std::string_view::npos;
}

std::size_t person_before_role(std::string_view item) {
  constexpr std::size_t kFewestNameWords = 2, kMostNameWords = 4;
  // Before any comma, parenthesis or colon: "Arturo Di Corinto, giornalista" has its role after one.
  item = item.substr(0, std::min({item.find(','), item.find(" ("), item.find(':'), item.find('*')}));
  // The words one after the other, no copy: asked of every item of a list.
  std::size_t at = 0;
  const auto next_word = [&]() -> std::string_view {
    while (at < item.size() && item[at] == ' ') ++at;
    const std::size_t begin = at;
    while (at < item.size() && item[at] != ' ') ++at;
    return item.substr(begin, at - begin);
  };
  for (std::size_t words = 0; words < kFewestNameWords; ++words) {
    if (next_word().empty()) return std::string_view::npos;
  }
  // A person's name opens it: most items (organisations) stop here.
  if (at >= item.size() || !reads_as_person_name(item.substr(0, at), true)) return std::string_view::npos;
  for (std::size_t k = kFewestNameWords; k <= kMostNameWords; ++k) {
    const std::string_view role = next_word();
    if (role.empty()) return std::string_view::npos;
    // A word of roles ("Retired", "Former", "Professor", "Principal of ..."), capitalised, no
    // abbreviation ("Prof. Dr. Dr. h.c. Ingolf Pernice" holds titles): not "All India Drug
    // Action network", "Mary Robinson Foundation for Climate Justice", "Sister Simone Campbell
    // of NETWORK".
    if (role.find('.') != std::string_view::npos || !starts_with_capital(role) || !is_role_word(role)) continue;
    // Last, a word that is a role only, not a surname too ("Mary Louise Dean", "Tom Head").
    static constexpr std::array kRolesOnly = {"professor"sv, "profesor"sv, "professeur"sv, "director"sv, "president"sv,
                                              "candidate"sv, "lecturer"sv, "researcher"sv, "emerit"sv};
    const bool last = at >= item.size() || item.find_first_not_of(' ', at) == std::string_view::npos;
    if (last && std::none_of(kRolesOnly.begin(), kRolesOnly.end(), [&](std::string_view word) { return starts_with_folded(role, word); })) {
      continue;
    }
    std::size_t end = static_cast<std::size_t>(role.data() - item.data());
    while (end > 0 && item[end - 1] == ' ') --end;
    return reads_as_person_name(item.substr(0, end)) ? end : std::string_view::npos;
  }
  return std::string_view::npos;
}

bool reads_as_person(std::string_view item, bool with_role) {
  const std::size_t name_end = person_name_end(item);
  if (name_end >= item.size() || !reads_as_person_name(item.substr(0, name_end))) return false;
  std::string_view after = item.substr(name_end);
  // Post-nominal letters before the comma: "Trevor J McDougall AC, School of Mathematics".
  while (after.starts_with(' ')) {
    const std::size_t word_end = std::min(after.find_first_of(" ,", 1), after.size());
    if (!is_post_nominal(after.substr(1, word_end - 1))) break;
    after.remove_prefix(word_end);
  }
  if (!after.starts_with(',') &&
      std::none_of(kDashes.begin(), kDashes.end(), [&](std::string_view dash) { return after.starts_with(dash); })) {
    return false;  // a comma or a dash before the role, not "(she/her)" or a surname in capitals
  }
  if (!with_role) return true;
  const std::size_t role_start = item.find_first_not_of(",-\xE2\x80\x93\x94 ", name_end);
  if (role_start == std::string_view::npos) return false;
  const std::string role = ascii_lower(item.substr(role_start));
  return std::any_of(kRoles.begin(), kRoles.end(), [&](std::string_view word) { return role.starts_with(word); });
}

}  // namespace hrtext::detail
