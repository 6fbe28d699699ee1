#include "signatories/line_kinds.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "document/ascii_case.hpp"
#include "document/byte_scan.hpp"
#include "document/words.hpp"
#include "match/byte_phrases.hpp"
#include "signatories/item_cleaning.hpp"
#include "signatories/item_form.hpp"

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;


// Phrases looked up at the start of a lower-cased line, in one automaton: a line is read as far
// as some phrase could still start it, not compared with each phrase.
class PhraseTable {
 public:
  template <std::size_t N>
  explicit PhraseTable(const std::array<std::string_view, N>& phrases) : phrases_([&] {
    BytePhrases::Builder builder;
    builder.add(phrases, 0);
    return std::move(builder).build();
  }()) {
    for (const std::string_view phrase : phrases) first_bytes_[static_cast<unsigned char>(phrase.front())] = true;
  }

  // The length of the longest phrase that starts `folded`, or 0.
  [[nodiscard]] std::size_t longest_at_start(std::string_view folded) const {
    std::size_t longest = 0;
    phrases_.for_each_prefix(folded, [&](const BytePhrases::Found& found) {
      if (ends_a_word_there(folded, found.length)) longest = found.length;  // shortest first
    });
    return longest;
  }

  // Whether some phrase could start a line that starts with `byte` (lower case).
  [[nodiscard]] bool may_start(char byte) const { return first_bytes_[static_cast<unsigned char>(byte)]; }

 private:
  // A phrase that ends a word ends one in the line too ("notes" in "notes:", not in
  // "notesdelbierzo"; "<" before anything).
  static bool ends_a_word_there(std::string_view text, std::size_t length) {
    return !word_character_before(text, length) || ends_word_at(text, length);
  }

  BytePhrases phrases_;
  std::array<bool, 256> first_bytes_{};
};

// The colon after a marker, in the spellings texts use: ':', ' :' with a (narrow) no-break
// space, the full-width '：'. Returns its length at `at`, 0 when there is none.
std::size_t colon_at(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  // German writes both genders with a colon inside the word: "Unterzeichner:innen".
  if (text.substr(at).starts_with(":innen") || text.substr(at).starts_with(":Innen")) return 0;
  for (const std::string_view colon : {":"sv, "\xC2\xA0:"sv, "\xE2\x80\xAF:"sv, "\xEF\xBC\x9A"sv}) {
    if (text.substr(at).starts_with(colon)) return at + colon.size();
  }
  return 0;
}

constexpr std::array kMarkers = {
    // English
    "signatories"sv, "signatory organisations"sv, "signatory organizations"sv, "list of signatories"sv,
    "signed by"sv, "signed"sv, "co-signed by"sv, "cosigned by"sv, "co-signatories"sv, "co-signers"sv,
    "the undersigned"sv, "the undersigned organisations"sv, "the undersigned organizations"sv,
    "undersigned organisations"sv, "undersigned organizations"sv, "endorsed by"sv,
    "endorsing organisations"sv, "endorsing organizations"sv, "endorsements"sv, "supported by"sv,
    "signing organisations"sv, "signing organizations"sv, "organisations signing"sv,
    "organizations signing"sv, "list of countries"sv, "list of states"sv, "list of co-sponsors"sv,
    "co-sponsors"sv, "the experts"sv, "signatures"sv, "organisations"sv, "organizations"sv,
    "organisations endorsing"sv, "organizations endorsing"sv, "submitted jointly by"sv,
    "jointly submitted by"sv, "the following organisations have signed"sv,
    "the following organizations have signed"sv,
    // Arabic and Russian
    "الموقعون"sv, "المنظمات الموقعة"sv, "подписали"sv, "Подписали"sv,
    "endorsing organisations and individuals"sv, "supporting organisations"sv, "supporting organizations"sv,
    // French
    "signataires"sv, "organisations signataires"sv, "les organisations signataires"sv,
    "liste des signataires"sv, "premiers signataires"sv, "signé par"sv, "signée par"sv,
    "cosigné par"sv, "soutenu par"sv, "liste des pays"sv, "les experts"sv,
    // Spanish and Portuguese
    "firmantes"sv, "organizaciones firmantes"sv, "lista de firmantes"sv, "firmado por"sv,
    "firmada por"sv, "suscriben"sv, "organizaciones que suscriben"sv, "adhieren"sv,
    "organizaciones adherentes"sv, "respaldado por"sv, "lista de países"sv, "los expertos"sv,
    "las expertas"sv, "organizações signatárias"sv, "assinam"sv,
    // Chinese
    "联署团体"sv, "連署團體"sv, "连署团体"sv, "联署机构"sv, "聯署機構"sv, "联署组织"sv, "聯署組織"sv,
    "签署团体"sv, "簽署團體"sv, "联署人"sv, "聯署人"sv,
};

// Closings of a letter: the names that follow may be its signatories, or one person and a title.
constexpr std::array kSignOffs = {
    "sincerely"sv, "yours sincerely"sv, "yours faithfully"sv, "respectfully"sv, "respectfully submitted"sv,
    "kind regards"sv,
    "best regards"sv, "cordialement"sv, "atentamente"sv, "cordialmente"sv, "in solidarity"sv,
    "yours truly"sv, "with respect"sv, "warm regards"sv, "en solidarit\xC3\xA9"sv, "en solidaridad"sv,
    "saludos cordiales"sv, "mit freundlichen gr\xC3\xBC\xC3\x9F" "en"sv, "solidarische gr\xC3\xBC\xC3\x9F" "e"sv,
    "distinti saluti"sv, "cordiali saluti"sv, "in fede"sv, "atenciosamente"sv, "saudações solidárias"sv,
    "un saludo"sv, "salutations distinguées"sv, "bien à vous"sv, "hochachtungsvoll"sv, "met vriendelijke groet"sv,
};

constexpr std::array kGroupNouns = {
    "organisations"sv, "organizations"sv, "organizaciones"sv, "organizações"sv, "ngos"sv,
    "groups"sv, "networks"sv, "members"sv, "signatories"sv, "signataires"sv, "firmantes"sv,
    "individuals"sv, "individus"sv, "personas"sv, "personnes"sv, "persons"sv, "people"sv,
    "states"sv, "countries"sv, "unions"sv, "coalitions"sv, "associations"sv, "experts"sv,
    "capacity"sv, "capacities"sv, "organisationen"sv, "verb\xC3\xA4nde"sv, "gruppen"sv, "initiativen"sv,
    "personen"sv, "einzelpersonen"sv, "organismos"sv, "entidades"sv, "colectivos"sv, "sindicatos"sv,
    "syndicats"sv, "collectifs"sv, "institutions"sv, "instituciones"sv, "instituições"sv, "asambleas"sv,
    "ongs"sv, "ong"sv, "comunidades"sv, "communities"sv, "movimientos"sv, "movements"sv, "mouvements"sv,
    "organisaties"sv, "personen"sv, "organisationer"sv, "personer"sv,
};

// Words that give a group of a list its scope, and the particles between them.
constexpr std::array kScopeWords = {"national"sv, "regional"sv, "international"sv, "global"sv, "local"sv,
                                    "other"sv, "civil"sv, "society"sv, "non-governmental"sv, "and"sv, "&"sv,
                                    "of"sv, "the"sv, "nationales"sv, "internationales"sv, "régionales"sv,
                                    "nacionales"sv, "internacionales"sv, "regionales"sv, "et"sv, "y"sv, "les"sv,
                                    "des"sv, "los"sv, "las"sv, "e"sv, "as"sv, "os"sv, "nacionais"sv,
                                    "internacionais"sv, "regionais"sv, "locales"sv, "locais"sv};

constexpr std::array kPersonWords = {
    "individual"sv, "personal"sv, "persons"sv, "people"sv, "personas"sv, "individus"sv,
    "personnes"sv, "à titre"sv, "a título"sv, "private capacity"sv,
};

constexpr std::array kClosings = {
    "contact"sv, "contacts"sv, "press contact"sv, "media contact"sv, "media contacts"sv,
    "for more information"sv, "for further information"sv, "for media"sv, "notes to editors"sv,
    "note to editors"sv, "notes"sv, "background"sv, "ends"sv, "-ends-"sv, "footnotes"sv,
    "references"sv, "source"sv, "sources"sv, "related"sv, "read more"sv, "see also"sv,
    "pour plus d"sv, "contacto"sv, "para más información"sv, "más información"sv, "annex"sv,
    "dear"sv, "excellency"sv, "your excellency"sv, "estimado"sv, "estimada"sv, "monsieur le"sv,
    "madame la"sv, "about us"sv, "see the full list"sv, "see full list"sv, "view the full list"sv,
    "the full list"sv, "full list of"sv, "click here"sv, "voir la liste"sv, "liste compl\xC3\xA8te"sv,
    "ver la lista"sv, "lista completa"sv, "ver a lista"sv,
    // A page's link to the document after its list ("Baixe o arquivo AQUI", "Download the PDF").
    "download"sv, "baixe"sv, "descarga"sv, "descargar"sv, "t\xC3\xA9l\xC3\xA9" "charger"sv, "herunterladen"sv,
    "scarica"sv,
    "appendix"sv, "[^"sv, "cc"sv, "copy to"sv, "copyright"sv, "\xC2\xA9"sv /*©*/, "all rights reserved"sv, "http"sv, "https"sv, "www"sv, "<"sv, "[1]"sv, "<sup>"sv,
};

constexpr std::array kProseWords = {
    "is"sv, "are"sv, "was"sv, "were"sv, "has"sv, "have"sv, "had"sv, "will"sv, "would"sv, "can"sv,
    "could"sv, "should"sv, "must"sv, "we"sv, "our"sv, "they"sv, "their"sv, "you"sv, "your"sv,
    "not"sv, "est"sv, "sont"sv, "nous"sv, "es"sv, "son"sv, "somos"sv,
    // Verbs that report what a name did ("Human Rights Law Centre wrote a joint letter with ...").
    "wrote"sv, "sent"sv, "sends"sv, "said"sv, "says"sv, "urged"sv, "asked"sv,
};

bool starts_lower_case(std::string_view word) { return !starts_with_capital(word); }

// A marker of the lexicon, with what its words say ("Signatories of States:" lists States). A
// closing of a letter says nothing of its own.
Marker lexicon_marker(std::string_view line, std::size_t list_start, bool sign_off) {
  Introduction introduction = read_introduction(line.substr(0, std::min(list_start, line.size())));
  introduction.signers = !sign_off;
  introduction.other_list = false;
  return Marker{list_start, sign_off, introduction, false, sign_off};
}

// A marker that opens the line: "Signatories:", "Signed by: A, B and C", "Sincerely,".
std::optional<Marker> leading_marker(std::string_view line) {
  const std::string_view stripped = strip_markup(line);
  if (stripped.empty()) return std::nullopt;
  static const PhraseTable markers(kMarkers);
  static const PhraseTable sign_offs(kSignOffs);
  const char head = ascii_lower(stripped.front());
  if (!markers.may_start(head) && !sign_offs.may_start(head)) return std::nullopt;
  const std::size_t offset = static_cast<std::size_t>(stripped.data() - line.data());
  // Markers are short: the head of a long line is enough to tell.
  const std::string folded = ascii_lower(stripped.substr(0, 160));
  std::size_t best = markers.longest_at_start(folded);
  const std::size_t sign_off = sign_offs.longest_at_start(folded);
  const bool weak = sign_off > best;
  best = std::max(best, sign_off);
  if (best == 0) return std::nullopt;
  std::size_t after = best;
  // "Signatories (in alphabetical order):"
  if (const std::size_t open = folded.find_first_not_of(' ', after);
      open != std::string::npos && folded[open] == '(') {
    const std::size_t close = folded.find(')', open);
    if (close == std::string::npos) return std::nullopt;
    after = close + 1;
  }
  if (const std::size_t colon = colon_at(folded, after)) {
    std::size_t start = colon;
    while (start < folded.size() && (folded[start] == ' ' || folded[start] == '*' || folded[start] == '_')) ++start;
    const std::size_t list_start = start == folded.size() ? line.size() : offset + start;
    return lexicon_marker(line, list_start, weak);
  }
  // Without a colon, the marker is the whole line ("Signatories", "Sincerely,").
  std::string_view rest = std::string_view(folded).substr(after);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',' || rest.front() == '.')) rest.remove_prefix(1);
  if (!rest.empty()) return std::nullopt;
  return lexicon_marker(line, line.size(), weak);
}

// The first colon of a line, in any of the spellings colon_at reads; npos when it has none.
std::size_t first_colon(std::string_view line) {
  const auto digit = [&](std::size_t at) { return at < line.size() && line[at] >= '0' && line[at] <= '9'; };
  // A web address ("https://..."), a time ("as of 11:40 am") or the colon of German gendered
  // words ("Unterzeichner:innen") introduces nothing.
  const auto introduces = [&](std::size_t colon) {
    const std::string_view after = line.substr(colon + 1);
    return !after.starts_with("//") && !after.starts_with("innen") && !after.starts_with("Innen") &&
           !(colon > 0 && digit(colon - 1) && digit(colon + 1));
  };
  std::size_t ascii = line.find(':');
  while (ascii != std::string_view::npos && !introduces(ascii)) ascii = line.find(':', ascii + 1);
  const std::size_t fullwidth = line.find("\xEF\xBC\x9A");
  const std::size_t at = std::min(ascii, fullwidth);
  if (at == std::string_view::npos) return at;
  return at == fullwidth ? at + 3 : at + 1;
}

// Whether most words of `words` start with a capital: a name ("International Media Support"),
// where an introduction is a phrase ("Organisations signing this letter").
bool mostly_capitalised(std::string_view words) {
  std::size_t count = 0, capitalised = 0;
  for (std::size_t i = 0; i < words.size();) {
    while (i < words.size() && (words[i] == ' ' || words[i] == '\t')) ++i;
    if (i == words.size()) break;
    const std::size_t start = i;
    while (i < words.size() && words[i] != ' ' && words[i] != '\t') ++i;
    ++count;
    if (!starts_lower_case(words.substr(start, i - start))) ++capitalised;
  }
  return 2 * capitalised > count;
}

// The last sentence of `text`: after the last full stop, question or exclamation mark followed
// by a space ("... military decisions. The organisations that signed are:").
std::string_view last_sentence(std::string_view text) {
  // From the end: a paragraph on one line is read as far back as its last sentence only.
  std::size_t start = 0;
  for (std::size_t i = text.size(); i-- > 1;) {
    if (text[i] == ' ' && (text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?')) {
      start = i + 1;
      break;
    }
  }
  for (const std::string_view end : {"\xD8\x9F"sv /* ؟ */, "\xE3\x80\x82"sv /* 。 */}) {
    if (const std::size_t at = rfind_bytes(text.substr(start), end); at != std::string_view::npos) {
      start += at + end.size();
    }
  }
  return text.substr(start);
}

// Whether the last word of `words` names a group of signers ("... Organizations", "ONG").
// The last word of `text` in lower case, without the marks that may close it ("Organisations):").
std::string last_word(std::string_view text) {
  const std::size_t space = text.find_last_of(' ');
  std::string last = ascii_lower(space == std::string_view::npos ? text : text.substr(space + 1));
  while (!last.empty() && (last.back() == ')' || last.back() == '.' || last.back() == ':')) last.pop_back();
  return last;
}

bool ends_with_group_noun(std::string_view words) {
  const std::string_view stripped = strip_markup(words);
  const std::string last = last_word(stripped);
  // "Inclusive Development International, United States": a name and its country.
  if (last == "states" && ascii_lower(stripped).find("united states") != std::string::npos) return false;
  return std::find(kGroupNouns.begin(), kGroupNouns.end(), last) != kGroupNouns.end();
}

// One past participle alone ("Signed", "(Signé)", "Firmado"): the word before a signature.
bool signs_alone(std::string_view words) {
  std::string word;  // the letters of the words, "(Signed )" read as "signed"
  for (const std::string_view each : words_of(words)) {
    std::string letters;
    for (const char c : each) {
      if (c != '(' && c != ')' && c != ':') letters += ascii_lower(c);
    }
    if (letters.empty()) continue;
    if (!word.empty()) return false;
    word = std::move(letters);
  }
  return word.ends_with("ed") || word.ends_with("\xC3\xA9") || word.ends_with("\xC3\xA9" "e") || word.ends_with("ado") ||
         word.ends_with("ada");
}

// A list introduced by the words before a colon that say its names sign ("The following
// groups endorse this appeal:", "The statement was signed by 22 countries: Australia, ...",
// "Las organizaciones que suscriben:"), or by a short line of such words alone ("Organisations
// signing this letter"). The words are read by read_introduction, not looked up.
// Whether `rest` of a line holds no text, only the marks that close its markup: emphasis, a hard
// break, the end of a Pandoc span with its attributes ("]{.titre-gras}**\\").
bool only_closing_markup(std::string_view rest) {
  const auto mark = [](char c) { return c == ' ' || c == '*' || c == '_' || c == '\\'; };
  while (!rest.empty() && mark(rest.front())) rest.remove_prefix(1);
  while (!rest.empty() && mark(rest.back())) rest.remove_suffix(1);
  return rest.empty() || rest == "]" || (rest.starts_with("]{") && rest.ends_with('}'));
}

std::optional<Marker> introduced_list(std::string_view line, LinePlace place) {
  constexpr std::size_t kMostWords = 40;  // an introduction is one sentence
  // A paragraph whose last sentence says its names sign, above lines of names: the sentence may
  // run on ("As organizações da sociedade civil que assinam esta nota endossam a denúncia ...").
  constexpr std::size_t kMostWordsAboveNames = 80;
  const std::size_t after_colon = first_colon(line);
  const bool colon = after_colon != std::string_view::npos;
  const std::string_view words = last_sentence(colon ? line.substr(0, after_colon) : line);
  const bool sentence_above_names = !colon && place.names_follow && line.ends_with('.');
  const std::size_t words_before = word_count(words, kMostWordsAboveNames + 1);
  if (words_before > (sentence_above_names ? kMostWordsAboveNames : kMostWords)) return std::nullopt;
  if (!colon) {
    // Without a colon: a heading ("### Firman", "Organisations signing this letter"), or a line
    // that a comma ends before a bulleted list ("..., à savoir,"); not a sentence, not a name
    // ("International Media Support (IMS)"), not a status ("Supported", beside a recommendation).
    // A heading, short or not a sentence: a news headline is one ("# The United Kingdom, France,
    // and Germany call on the President to endorse the ... Plan of Action.").
    constexpr std::size_t kLongestHeading = 12;  // words
    const bool heading = (line.starts_with('#') || (line.starts_with("**") && line.ends_with("**"))) &&
                         (words_before <= kLongestHeading || !strip_markup(line).ends_with('.'));
    const bool phrase = (place.alone || place.list_follows) && words_before >= 3 && words_before <= 12 &&
                        !line.ends_with('.') && !mostly_capitalised(words);
    // A word or two alone ("Supporters", "Unterzeichnende"): weak, as a status beside a
    // recommendation reads the same ("Supported").
    constexpr std::size_t kShortHeading = 4;  // words: "Supporters", "Cosignatory List 簽署人"
    const bool short_alone = place.alone && words_before <= kShortHeading && !line.ends_with('.');
    // A heading that names a group ("PUBLIC ADVOCACY ORGANIZATIONS", "Supporting individuals"):
    // weak, as "Short alone" is; not one of another list ("Partner organisations").
    constexpr std::size_t kLongestGroupHeading = 6;
    const bool group_heading = place.alone && words_before <= kLongestGroupHeading && !line.ends_with('.') &&
                               ends_with_group_noun(words);
    if ((short_alone || group_heading) && !heading) {
      Introduction introduction = read_introduction(words);
      if (introduction.signers || (group_heading && !introduction.other_list)) {
        if (reads_as_person(line, false)) return std::nullopt;  // "John Roe, on behalf of CIVICUS" is an item
        return Marker{line.size(), true, introduction, false};
      }
      if (!phrase && !sentence_above_names) return std::nullopt;
    }
    // A sentence over bulleted or numbered items that says they sign ("Ne sottoscrivono i
    // contenuti le seguenti organizzazioni facenti capo al [Network di Frontiere Digitali](...)").
    // A sentence, not a status beside a recommendation ("Supported" over its themes).
    constexpr std::size_t kFewestSentenceWords = 3;
    const bool above_items = place.list_follows && words_before >= kFewestSentenceWords;
    if (!heading && !phrase && !short_alone && !sentence_above_names && !above_items) return std::nullopt;
    if (reads_as_person(line, false)) return std::nullopt;  // "John Roe, on behalf of CIVICUS" is an item
  } else if (signs_alone(words) && std::count(line.begin() + static_cast<std::ptrdiff_t>(after_colon), line.end(), ',') < 2) {
    return std::nullopt;  // "(Signed): Ambassador Hisham Badr" opens a signature, not a list ("Signed: A, B, C")
  }
  Introduction introduction = read_introduction(words);
  if (!introduction.signers) return std::nullopt;
  std::size_t start = colon ? after_colon : line.size();
  while (start < line.size() && (line[start] == ' ' || line[start] == '*' || line[start] == '_')) ++start;
  if (only_closing_markup(line.substr(start))) start = line.size();  // "Les signataires :]{.titre}**\\"
  // A phrase alone, with no colon and no heading mark, may be a headline ("Higher ranks who
  // signed the letter" above a page's "Click to follow"): what follows counts when it reads as
  // names.
  // So is a sentence above lines (a statement's title lines under "... joined the statement.").
  const bool headline = !colon && !line.starts_with('#') && !line.starts_with("**") && !place.list_follows;
  return Marker{start, headline, introduction, start < line.size()};
}

// A short heading: with a colon, any ("Organisationen:", weak unless its words say the names
// sign: "Erstunterzeichner*innen:", "Lista de firmas:"); without one, a heading whose words say
// so by a word for signers (speaks_of_signers), its last ("UnterzeichnerInnen", "Organisations
// signataires", "Adhesiones") or its first before a group noun ("Erstunterzeichnende
// Organisationen"); not a name with a word of support ("Legal Support", "Apoyo Mutuo").
std::optional<Marker> short_heading(std::string_view line) {
  const std::string_view stripped = strip_markup(line);
  const bool colon = stripped.ends_with(':') || stripped.ends_with("\xEF\xBC\x9A");
  if (stripped.empty() || word_count(stripped, 4) > 3) return std::nullopt;
  if (!colon) {  // the words first, cheaply: most short lines are names
    if (stripped.ends_with('.') || stripped.ends_with(',')) return std::nullopt;
    const std::vector<std::string_view> words = words_of(stripped);
    const bool signing_last = speaks_of_signers(words.back());
    const bool signing_first = words.size() > 1 && speaks_of_signers(words.front()) &&
                               std::find(kGroupNouns.begin(), kGroupNouns.end(), ascii_lower(words.back())) !=
                                   kGroupNouns.end();
    if (!signing_last && !signing_first) return std::nullopt;
  }
  Introduction introduction = read_introduction(stripped);
  if (introduction.other_list) return std::nullopt;
  return Marker{line.size(), colon && !introduction.signers, introduction, false};
}

}  // namespace

std::string_view strip_markup(std::string_view line) {
  const auto strip = [&] {
    while (!line.empty() && (line.front() == '#' || line.front() == '*' || line.front() == '_' ||
                             line.front() == ' ')) {
      line.remove_prefix(1);
    }
    // A Markdown hard break ("\\" at the end) too.
    while (!line.empty() && (line.back() == '*' || line.back() == '_' || line.back() == ' ' || line.back() == '\\')) {
      line.remove_suffix(1);
    }
  };
  strip();
  // A Pandoc span with its attributes: "[Les signataires :]{.titre-gras-bleu-petite-cap}".
  if (line.starts_with('[') && line.ends_with('}')) {
    if (const std::size_t close = line.rfind("]{"); close != std::string_view::npos) {
      line = line.substr(1, close - 1);
      strip();
    }
  }
  // A LaTeX heading or emphasis: "\section*{Signatories}", "\textbf{Signed:}".
  if (line.starts_with('\\') && line.ends_with('}')) {
    if (const std::size_t open = line.find('{'); open != std::string_view::npos &&
                                                  line.substr(1, open - 1).find_first_of(" {}") == std::string_view::npos) {
      line = line.substr(open + 1, line.size() - open - 2);
      strip();
    }
  }
  return line;
}

std::size_t word_count(std::string_view text, std::size_t enough) {
  std::size_t count = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word && ++count == enough) return count;
    in_word = !space;
  }
  return count;
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

// A closing no lexicon lists: a phrase of two or three words alone on its line that a
// preposition opens, in lower case after it, and a comma ("With urgency,", "In hope,", "Con
// esperanza,"); not a name of a list ("Croix-Rouge française,").
std::optional<Marker> closing_phrase(std::string_view line) {
  static constexpr std::array kPrepositions = {"With"sv, "In"sv, "Con"sv, "En"sv, "Avec"sv, "Mit"sv, "Com"sv, "Em"sv};
  if (!line.ends_with(',')) return std::nullopt;
  const std::vector<std::string_view> words = words_of(line.substr(0, line.size() - 1));
  if (words.size() < 2 || words.size() > 3 ||
      std::find(kPrepositions.begin(), kPrepositions.end(), words.front()) == kPrepositions.end()) {
    return std::nullopt;
  }
  const bool rest_lower = std::all_of(words.begin() + 1, words.end(), [](std::string_view word) {
    return word.front() >= 'a' && word.front() <= 'z';
  });
  if (!rest_lower) return std::nullopt;
  return lexicon_marker(line, line.size(), true);
}

std::optional<Marker> find_marker(std::string_view line, LinePlace place) {
  // White space after the line's text, a no-break space too ("... humanos”.\u00A0").
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1), trimmed = true;
    if (line.ends_with("\xC2\xA0")) line.remove_suffix(2), trimmed = true;
  }
  // An item of a list that closes with a full stop introduces nothing ("- Clique em "Assine".").
  if (line.ends_with('.') && list_mark_length(line) > 0) return std::nullopt;
  if (std::optional<Marker> marker = leading_marker(line)) return marker;
  if (std::optional<Marker> marker = introduced_list(line, place)) return marker;
  if (std::optional<Marker> marker = closing_phrase(line)) return marker;
  return short_heading(line);
}

std::optional<SubHeading> sub_heading(std::string_view line) {
  std::string_view text = strip_markup(line);
  // A Markdown heading ("## Businesses") heads what follows it as a colon does.
  const std::size_t hashes = std::min(line.find_first_not_of('#'), line.size());
  const bool atx_heading = hashes > 0 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ';
  const bool colon = text.ends_with(':') || text.ends_with("\xEF\xBC\x9A") || atx_heading;
  if (text.ends_with(':') || text.ends_with("\xEF\xBC\x9A")) text.remove_suffix(text.ends_with(':') ? 1 : 3);
  bool group_last = false;
  // Without a colon, a heading ends with a group noun or a word of scope ("Global"): most lines
  // fail here, cheaply.
  if (!colon) {
    const std::string last = last_word(text);  // (the colon is gone: there is none)
    // The word of scope may come last, after the noun ("les Organisations Internationales"):
    // then every word must be a group noun, a word of scope or a particle (below).
    group_last = std::find(kGroupNouns.begin(), kGroupNouns.end(), last) != kGroupNouns.end();
    if (!group_last && std::find(kScopeWords.begin(), kScopeWords.end(), last) == kScopeWords.end()) return std::nullopt;
  }
  const std::vector<std::string_view> words = words_of(text);
  if (words.empty() || words.size() > 8) return std::nullopt;
  const std::string folded = ascii_lower(text);
  SubHeading heading;
  heading.persons = std::any_of(kPersonWords.begin(), kPersonWords.end(), [&](std::string_view word) {
    return folded.find(word) != std::string::npos;
  });
  if (colon) return heading;
  // "International and regional organisations": a group noun at the end, no capitalised word
  // after the first (names capitalise theirs: "Human Rights Organisation"); or only words of
  // scope and groups, whatever their case ("National Organizations", "Regional and
  // International Organizations").
  if (group_last && std::all_of(words.begin() + 1, words.end(), starts_lower_case)) return heading;
  // ... or in capitals, whatever its other words ("ASAMBLEAS, ONGs Y OTRAS INSTITUCIONES").
  const auto capitals = std::count_if(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const auto small = std::count_if(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (group_last && small * 5 <= capitals) return heading;
  if (words.size() <= 2 && std::all_of(words.begin(), words.end(), [](std::string_view word) {
        const std::string lower = ascii_lower(word);
        return std::find(kScopeWords.begin(), kScopeWords.end(), lower) != kScopeWords.end();
      })) {
    return heading;  // "Global", "Regional", "National" heading a group of the list
  }
  return only_kinds_of_signers(text) ? std::optional(heading) : std::nullopt;
}

bool only_kinds_of_signers(std::string_view text) {
  bool group = false;
  for (const std::string_view word : words_of(text)) {
    const std::string lower = ascii_lower(word);
    const bool group_noun = std::find(kGroupNouns.begin(), kGroupNouns.end(), lower) != kGroupNouns.end();
    if (!group_noun && std::find(kScopeWords.begin(), kScopeWords.end(), lower) == kScopeWords.end()) return false;
    group = group || group_noun;
  }
  return group;
}

bool closes_list(std::string_view line) {
  std::string_view text = strip_markup(line);
  if (text.starts_with('[')) text.remove_prefix(1);  // a Markdown link: "[See the full list ...][1]"
  if (text.empty()) return false;
  if (std::none_of(text.begin(), text.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
      })) {
    return true;  // a rule ("---", "* * *"), a number, a date in figures
  }
  static const PhraseTable closings(kClosings);
  if (!closings.may_start(ascii_lower(text.front()))) return false;
  return closings.longest_at_start(ascii_lower(text.substr(0, 40))) > 0;
}

bool describes_the_list(std::string_view line) {
  static constexpr std::array kOrders = {"alphabetical order"sv, "alphabetically"sv, "ordre alphab\xC3\xA9tique"sv,
                                         "orden alfab\xC3\xA9tico"sv, "ordem alfab\xC3\xA9tica"sv,
                                         "alphabetischer reihenfolge"sv, "ordine alfabetico"sv};
  // The order in which they signed, as a line of its own ("In order of signing"; a heading
  // "Signatories (in order of signing)" introduces the list).
  static constexpr std::array kSigningOrders = {"in order of signing"sv, "order of signing"sv, "in order of signature"sv,
                                                "par ordre de signature"sv, "por orden de firma"sv,
                                                "por ordem de assinatura"sv, "in ordine di firma"sv};
  static constexpr std::array kAlphabet = {"lphab"sv, "LPHAB"sv, "lfab"sv, "LFAB"sv};
  static constexpr std::array kAsOf = {"as of "sv, "updated "sv, "last updated"sv, "mis \xC3\xA0 jour"sv,
                                       "actualizado"sv, "atualizado"sv, "stand:"sv, "stand "sv};
  constexpr std::size_t kLongestNote = 60;  // bytes
  const std::string_view text = strip_markup(line);
  if (text.empty() || text.size() > kLongestNote) return false;
  // Asked of every line of a list, most of them names: no copy unless an order's word is there
  // (each alphabetical one spells "lphab" or "lfab", in one case or the other).
  const bool alphabet = std::any_of(kAlphabet.begin(), kAlphabet.end(),
                                    [&](std::string_view part) { return text.find(part) != std::string_view::npos; });
  if (alphabet) {
    const std::string folded = ascii_lower(text);
    const auto holds = [&](std::string_view order) { return folded.find(order) != std::string::npos; };
    if (std::any_of(kOrders.begin(), kOrders.end(), holds)) return true;
  }
  if (text.find("rd") != std::string_view::npos) {  // "order", "ordre", "orden", "ordem", "ordine"
    std::string folded = ascii_lower(text);
    std::erase_if(folded, [](char c) { return c == '(' || c == ')' || c == '[' || c == ']' || c == ':' || c == '.'; });
    while (!folded.empty() && folded.back() == ' ') folded.pop_back();
    if (std::find(kSigningOrders.begin(), kSigningOrders.end(), folded) != kSigningOrders.end()) return true;
  }
  return std::any_of(kAsOf.begin(), kAsOf.end(), [&](std::string_view as_of) {
    return starts_with_folded(text, as_of) && reads_as_date(text.substr(as_of.size()));
  });
}

bool is_page_furniture(std::string_view line) {
  std::string_view text = line;
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return false;
  // A bare web address, the page's own ("https://www.example.org/letter").
  if ((text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.")) &&
      text.find(' ') == std::string_view::npos) {
    return true;
  }
  constexpr std::size_t kLongestPageNumber = 24;  // bytes: "Página 123 de 456", most lines at once
  if (text.size() > kLongestPageNumber) return false;
  const std::string folded = ascii_lower(text);
  std::string_view rest = folded;
  // "Page 2", "Page 2 of 3", "Página 2 de 3", "Seite 2 von 3", "p. 2".
  for (const std::string_view word : {"page "sv, "p\xC3\xA1gina "sv, "pagina "sv, "seite "sv, "p. "sv}) {
    if (rest.starts_with(word)) {
      rest.remove_prefix(word.size());
      break;
    }
  }
  const auto digits = [](std::string_view part) {
    return !part.empty() && part.size() <= 4 && part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  while (rest.starts_with("- ") || rest.starts_with("\xE2\x80\x93 ")) rest.remove_prefix(rest.find(' ') + 1);  // "- 2 -"
  const std::size_t number_end = std::min(rest.find_first_not_of("0123456789"), rest.size());
  if (digits(rest.substr(0, number_end))) {
    std::string_view after = rest.substr(number_end);
    for (const std::string_view of : {" of "sv, " de "sv, " von "sv, " sur "sv, "/"sv, " / "sv}) {
      if (after.starts_with(of)) {
        after.remove_prefix(of.size());
        const std::size_t total_end = std::min(after.find_first_not_of("0123456789"), after.size());
        if (digits(after.substr(0, total_end))) after.remove_prefix(total_end);
        break;
      }
    }
    while (after.starts_with(" -") || after.starts_with(" \xE2\x80\x93")) after.remove_prefix(after.starts_with(" -") ? 2 : 4);
    return after.empty();
  }
  // A page numbered in roman figures alone: "ii", "xiv".
  constexpr std::size_t kLongestRoman = 6;
  return folded.size() <= kLongestRoman && folded.find_first_not_of("ivxl") == std::string::npos;
}

bool holds_prose_word(std::string_view text) {
  // As written: a title capitalises them ("Our World Is Not for Sale"). Words are short: only
  // those of two to five bytes are looked up.
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') ++i;
    const std::string_view word = text.substr(start, i - start);
    if (word.size() >= 2 && word.size() <= 5 &&
        std::find(kProseWords.begin(), kProseWords.end(), word) != kProseWords.end()) {
      return true;
    }
  }
  return false;
}

bool names_a_group(std::string_view line) { return ends_with_group_noun(line); }

bool speaks_of_signers(std::string_view text) {
  static constexpr std::array kSignerStems = {
      "signator"sv, "signer"sv, "signature"sv, "signatair"sv, "signat\xC3\xA1ri"sv, "firmante"sv, "firmas"sv,
      "firmatari"sv, "unterzeichne"sv, "erstunterzeichne"sv, "mitunterzeichne"sv, "unterst\xC3\xBCtzer"sv,
      "co-sign"sv, "cosign"sv, "undersign"sv, "soussign"sv, "endorser"sv, "endorsement"sv, "supporters"sv,
      "adhesion"sv, "adh\xC3\xA9sion"sv,
      "soutiens"sv, "assinatura"sv, "aderent"sv, "sottoscritt"sv};
  constexpr std::size_t kShortestStem = 6;
  // Each run of letters (and of the bytes of other scripts), wherever punctuation sets it off:
  // "[INITIAL SIGNERS]", "{languagesObject.[language].signatories}".
  const auto letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || static_cast<unsigned char>(c) >= 0x80;
  };
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && !letter(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && letter(text[i])) ++i;
    if (i - start < kShortestStem) continue;
    // Every stem opens with one of these letters.
    if (std::string_view("sfuemcaSFUEMCA").find(text[start]) == std::string_view::npos) continue;
    const std::string_view run = text.substr(start, i - start);
    if (std::any_of(kSignerStems.begin(), kSignerStems.end(),
                    [&](std::string_view stem) { return starts_with_folded(run, stem); })) {
      return true;
    }
  }
  return false;
}

std::size_t page_chrome_start(std::string_view text) {
  static constexpr std::array kChrome = {" Share this"sv, " Share:"sv, " Related posts"sv, " Related articles"sv,
                                         " Read more"sv, " Tags:"sv, " Leave a comment"sv, " Posted in"sv,
                                         " Print this"sv, " Partager"sv, " Compartir"sv, " Teilen"sv};
  std::size_t start = text.size();
  for (const std::string_view chrome : kChrome) {
    start = std::min(start, text.starts_with(chrome.substr(1)) ? 0 : text.find(chrome));
  }
  // "Related" alone, last: a heading of the page's other articles.
  if (text == "Related") return 0;
  if (text.ends_with(" Related")) start = std::min(start, text.size() - std::string_view(" Related").size());
  return start;
}

bool ends_with_legal_form(std::string_view line) {
  static constexpr std::array kLegalForms = {"Inc"sv, "Ltd"sv, "Co"sv, "Corp"sv, "LLC"sv, "LLP"sv, "PC"sv, "PLC"sv,
                                             "plc"sv, "GmbH"sv, "AG"sv, "SA"sv, "SL"sv, "SAS"sv, "SRL"sv, "Srl"sv,
                                             "Ltda"sv, "Pty"sv, "Cia"sv, "Cie"sv, "NV"sv, "BV"sv, "e.V"sv};
  const std::size_t space = line.find_last_of(" ,");
  if (space == std::string_view::npos) return false;  // the form follows the name
  // The form of the name itself, not of an affiliation after a person's name ("Holly Peck, Bytez
  // Inc"): no comma before, but the one that may set the form off.
  const std::size_t comma = line.find(", ");
  if (comma != std::string_view::npos && comma + 1 != space) return false;
  std::string_view last = line.substr(space + 1);
  if (last.ends_with('.')) last.remove_suffix(1);
  return std::find(kLegalForms.begin(), kLegalForms.end(), last) != kLegalForms.end();
}

bool ends_with_abbreviation(std::string_view line) {
  const std::size_t space = line.find_last_of(" ,");
  return line.ends_with('.') && space != std::string_view::npos &&
         (is_dotted_abbreviation(line.substr(space + 1)) || ends_with_legal_form(line));
}

bool is_prose(std::string_view line) {
  const std::size_t count = word_count(line, 30);  // the words themselves only for a sentence, below
  if (count >= 30) return true;
  if (count < 8) return false;
  const char last = line.back();
  if (last != '.' && last != '!' && last != '?' && last != ':' && last != ';') return false;
  const std::vector<std::string_view> words = words_of(line);
  if (std::any_of(words.begin(), words.end(), [](std::string_view word) {
        const std::string folded = ascii_lower(word);
        return std::find(kProseWords.begin(), kProseWords.end(), folded) != kProseWords.end();
      })) {
    return true;
  }
  // A long sentence with a full stop, nearly all its Latin words in lower case: names of French
  // and Spanish organisations have many lower-case words ("La Fédération des tunisiens
  // citoyens des deux rives"), but not four in five of a dozen.
  std::size_t latin = 0, lower = 0;
  for (const std::string_view word : words) {
    const char first = word.front();
    if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) ++latin;
    if (first >= 'a' && first <= 'z') ++lower;
  }
  return last == '.' && latin >= 12 && 5 * lower >= 4 * latin;
}

namespace {
constexpr std::array kListConjunctions = {"and"sv, "et"sv, "y"sv, "e"sv, "&"sv, "und"sv, "sowie"sv, "ve"sv,
                                          "\xD0\xB8"sv /* и */,
                                          // What joins the last name as well ("A, B ou encore C", "A, B
                                          // as well as C", "A, B así como C").
                                          "ou encore"sv, "ainsi que"sv, "as well as"sv, "as\xC3\xAD como"sv,
                                          "assim como"sv, "bem como"sv, "nonch\xC3\xA9"sv};
}  // namespace

std::size_t find_list_conjunction(std::string_view text, std::size_t from, std::size_t& length) {
  // The bytes the conjunctions open with: most words after a space are told apart by their first.
  static const std::array<bool, 256> opening = [] {
    std::array<bool, 256> bytes{};
    for (const std::string_view word : kListConjunctions) bytes[static_cast<unsigned char>(word.front())] = true;
    return bytes;
  }();
  for (std::size_t space = text.find(' ', from); space != std::string_view::npos; space = text.find(' ', space + 1)) {
    if (space + 1 >= text.size() || !opening[static_cast<unsigned char>(text[space + 1])]) continue;
    for (const std::string_view word : kListConjunctions) {
      const std::size_t after = space + 1 + word.size();
      if (text.compare(space + 1, word.size(), word) == 0 && after < text.size() && text[after] == ' ') {
        length = word.size() + 2;
        return space;
      }
    }
  }
  return std::string_view::npos;
}

std::size_t leading_list_conjunction(std::string_view text) {
  // The first word, whole: no conjunction holds a space, and few words are as short.
  constexpr std::size_t kLongest = 6;
  const std::size_t space = text.substr(0, kLongest + 1).find(' ');
  if (space == std::string_view::npos) return 0;
  const std::string_view first = text.substr(0, space);
  const bool conjunction = std::find(kListConjunctions.begin(), kListConjunctions.end(), first) != kListConjunctions.end();
  return conjunction ? space + 1 : 0;
}

RepeatablePreposition leading_repeatable_preposition(std::string_view text) {
  struct Form {
    std::string_view written;
    std::string_view key;
  };
  // "de" and its forms with an article, in the languages that write them so ("de la CGT, du SNJ
  // et des syndicats", "da Áustria, do Brasil e dos Estados Unidos", "dalla CGIL, dalla CISL"):
  // one key, as a list may change the article from one name to the next.
  static constexpr std::array kForms = {
      Form{"de "sv, "de"sv},    Form{"d'"sv, "de"sv},     Form{"d\xE2\x80\x99"sv, "de"sv}, Form{"du "sv, "de"sv},
      Form{"des "sv, "de"sv},   Form{"del "sv, "de"sv},   Form{"da "sv, "de"sv},      Form{"do "sv, "de"sv},
      Form{"das "sv, "de"sv},   Form{"dos "sv, "de"sv},   Form{"di "sv, "de"sv},      Form{"dal "sv, "de"sv},
      Form{"dalla "sv, "de"sv}, Form{"dallo "sv, "de"sv}, Form{"dai "sv, "de"sv},     Form{"dagli "sv, "de"sv},
      Form{"dalle "sv, "de"sv}, Form{"dall'"sv, "de"sv},  Form{"par "sv, "par"sv},    Form{"by "sv, "by"sv},
      Form{"por "sv, "por"sv},  Form{"pelo "sv, "por"sv}, Form{"pela "sv, "por"sv},   Form{"pelos "sv, "por"sv},
      Form{"pelas "sv, "por"sv}, Form{"von "sv, "von"sv}, Form{"vom "sv, "von"sv}};
  for (const Form& form : kForms) {
    if (text.starts_with(form.written) && text.size() > form.written.size()) return {form.written.size(), form.key};
  }
  return {};
}

std::size_t trailing_list_conjunction(std::string_view text) {
  for (const std::string_view word : kListConjunctions) {
    if (text.ends_with(word) && text.size() > word.size() && text[text.size() - word.size() - 1] == ' ') {
      return word.size() + 1;
    }
  }
  return 0;
}

bool reads_as_date(std::string_view item, std::size_t most_words) {
  if (word_count(item, most_words + 1) > most_words) return false;
  constexpr std::size_t kFirstYear = 1900, kLastYear = 2099;
  bool year = false, day = false;
  for (std::size_t at = 0; at < item.size();) {
    const LeadingDigits number = leading_digits(item.substr(at), item.size());
    if (number.length == 0) {
      ++at;
      continue;
    }
    year = year || (number.length == 4 && number.value >= kFirstYear && number.value <= kLastYear);
    day = day || number.length <= 2;
    at += number.length;
  }
  return year && day;
}

}  // namespace hrtext::detail
