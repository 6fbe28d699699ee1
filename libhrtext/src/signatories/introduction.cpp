#include "signatories/introduction.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <vector>

#include "document/ascii_case.hpp"
#include "document/utf8.hpp"
#include "document/words.hpp"
#include "match/byte_phrases.hpp"

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

// Stems of the words that say the names sign, matched at the start of a word: English, French,
// Spanish, Portuguese, German, Italian, Russian (in folded case) and Arabic.
constexpr std::array kSigningStems = {
    "sign"sv, "undersign"sv, "co-sign"sv, "cosign"sv, "countersign"sv, "endors"sv, "support"sv,
    "join"sv, "co-sponsor"sv, "cosponsor"sv, "behalf"sv, "adhere"sv,
    "signatai"sv, "soussign"sv, "souten"sv, "soutien"sv, "appui"sv, "adhèr"sv, "cosignatai"sv,
    "firm"sv, "suscri"sv, "respald"sv, "apoy"sv, "adhier"sv, "adhes"sv, "adhesi"sv, "suscrib"sv,
    "assin"sv, "subscrev"sv, "apoi"sv, "unterzeichn"sv, "unterschr"sv, "unterstütz"sv, "mitzeichn"sv,
    "erstunterzeichn"sv, "mitunterzeichn"sv, "erstunterschr"sv,
    "sottoscri"sv, "aderent"sv, "aderisc"sv, "подпис"sv, "поддерж"sv, "присоедин"sv,
    // Dutch, Swedish, Polish and Turkish ("Ondertekenaars", "Undertecknare", "Podpisani", "İmzacılar").
    "onderteken"sv, "medeonderteken"sv, "ondersteun"sv, "underteckn"sv, "podpis"sv, "imza"sv, "i\xCC\x87mza"sv,
    "الموقع"sv, "موقع"sv, "وقع"sv, "الموقّع"sv};

// Phrases of several words, or in scripts without spaces, found anywhere in the words.
constexpr std::array kSigningPhrases = {
    "on behalf of"sv, "au nom de"sv, "au nom des"sv, "en nombre de"sv, "em nome de"sv, "im namen"sv,
    "от имени"sv, "باسم"sv, "statement by"sv,
    "delivered by"sv, "launched by"sv, "issued by"sv, "by the following"sv, "by following"sv, "déclaration de"sv, "lettre de"sv, "initiated by"sv,
    // A UN press release closes with the experts who speak in it ("The experts: Ms. Mary
    // Lawlor, Special Rapporteur on ...").
    "the experts"sv, "the un experts"sv, "los expertos"sv, "las expertas"sv, "les experts"sv, "les expertes"sv,
    // Those who wrote or began what others signed sign it first.
    "drafted by"sv, "authored by"sv, "written by"sv, "rédigé par"sv, "rédigée par"sv, "initié par"sv,
    "initiée par"sv, "à l'initiative de"sv, "elaborado por"sv, "elaborada por"sv, "redactado por"sv,
    "redactada por"sv, "convocado por"sv, "convocada por"sv, "verfasst von"sv, "erstellt von"sv,
    "haben erstellt"sv, "hat erstellt"sv, "initiiert von"sv,
    // Those who joined a statement after it was read ("Les États suivants se sont associés à la
    // déclaration :").
    "se sont associ\xC3\xA9s"sv, "se sont associ\xC3\xA9" "es"sv, "s'associent"sv, "se sont joints"sv,
    "se han sumado"sv, "se sumaron"sv, "se adhirieron"sv, "haben sich angeschlossen"sv,
    "schlie\xC3\x9F" "en sich"sv,
    "joint statement"sv, "joint letter"sv, "joint declaration"sv, "communiqué conjoint"sv,
    "déclaration conjointe"sv, "lettre conjointe"sv, "declaración conjunta"sv, "carta conjunta"sv,
    "comunicado conjunto"sv, "联署"sv, "連署"sv, "连署"sv, "签署"sv, "簽署"sv, "署名"sv, "联名"sv, "聯名"sv, "联合声明"sv, "聯合聲明"sv};

// Words that are no signing although they start like it.
constexpr std::array kNotSigning = {"joint"sv, "signific"sv, "signal"sv, "signe "sv, "signs of"sv, "firme "sv,
                                    "firmly"sv, "firmeza"sv, "firmemente"sv, "supportive"sv};

// Stems of the words of lists that are not of signers.
constexpr std::array kOtherListStems = {
    "recipient"sv, "addressee"sv, "dear"sv, "vot"sv, "abstain"sv, "abstention"sv, "favour"sv,
    "favor"sv, "against"sv, "member"sv, "participant"sv, "attendee"sv, "speaker"sv, "panel"sv,
    "content"sv, "agenda"sv, "recommend"sv, "urge"sv, "demand"sv, "victim"sv, "detain"sv,
    "detention"sv, "arrest"sv, "imprison"sv, "jailed"sv, "sentenc"sv, "killed"sv, "disappear"sv,
    "prisoner"sv, "interview"sv, "elected"sv, "ratif"sv, "reference"sv, "footnote"sv, "source"sv,
    "contact"sv, "question"sv, "measure"sv, "step"sv, "reason"sv, "priorit"sv, "concern"sv,
    "destinatai"sv, "membre"sv, "recommand"sv, "détenu"sv, "arrêt"sv, "exhort"sv,
    "destinatari"sv, "miembro"sv, "participante"sv, "recomend"sv, "víctima"sv, "detenid"sv,
    "instamos"sv, "pedimos"sv, "solicitamos"sv, "exigimos"sv, "membro"sv, "mitglied"sv,
    "голосова"sv, "член"sv, "жертв"sv, "partner"sv, "sponsor"sv, "funder"sv, "donor"sv, "partenaire"sv,
    "socio"sv, "patrocin"sv, "parceir"sv,
    // A page's metadata ("tags:", "categories:" in a post's front matter).
    "tags"sv, "categor"sv, "cat\xC3\xA9gor"sv, "keyword"sv, "topics"sv, "\xC3\xA9tiquette"sv, "etiqueta"sv,
    "schlagw"sv, "kategorie"sv};

// Phrases of other lists, found anywhere in the words.
constexpr std::array kOtherListPhrases = {"to:"sv, "cc:"sv, "cc :"sv, "bcc"sv, "call on"sv, "call upon"sv, "to sign"sv,
                                          "to join"sv, "calls on"sv, "we ask"sv, "à l'attention"sv,
                                          "a la atención"sv, "投票"sv, "成员"sv, "الضحايا"sv};

// How to sign: steps, not signers, though they speak of signing ("Para aderir, veja como é
// fácil:", "Ways to sign this letter:").
constexpr std::array kHowToSignPhrases = {"how to"sv, "veja como"sv, "para aderir"sv, "para assinar"sv, "para firmar"sv,
                                          "para adherir"sv, "pour signer"sv, "pour adhérer"sv, "ways to sign"sv,
                                          "ways to join"sv, "ways to endorse"sv};

constexpr std::array kPersonStems = {"individual"sv, "personal capacity"sv, "personal"sv, "persons"sv,
                                     "people"sv, "academic"sv, "scholar"sv, "professor"sv,
                                     "researcher"sv, "personnes"sv, "à titre personnel"sv,
                                     "individus"sv, "personas"sv, "a título personal"sv,
                                     "particulares"sv, "pessoas"sv, "einzelperson"sv,
                                     // Well-known people ("personaggi della cultura", "personnalités").
                                     "personaggi"sv, "personalit"sv, "personnalit"sv, "personalidades"sv,
                                     "pers\xC3\xB6nlichkeiten"sv, "intellectuals"sv, "intellectuels"sv,
                                     "intelectuales"sv, "intellettuali"sv, "intelectuais"sv, "figuras"sv,
                                     "figures"sv, "representantes"sv, "representatives"sv,
                                     "repr\xC3\xA9sentants"sv, "artists"sv, "artistas"sv, "artistes"sv,
                                     "writers"sv, "escritores"sv, "\xC3\xA9" "crivains"sv, "scientists"sv,
                                     "cient\xC3\xAD" "ficos"sv, "scientifiques"sv, "cientistas"sv,
                                     "физических лиц"sv, "个人"sv, "個人"sv};

constexpr std::array kStateWords = {"countries"sv, "states"sv, "governments"sv, "delegations"sv,
                                    "member states"sv, "pays"sv, "états"sv, "etats"sv, "países"sv,
                                    "estados"sv, "staaten"sv, "länder"sv, "стран"sv, "государств"sv,
                                    "الدول"sv, "国家"sv, "國家"sv};

constexpr std::array kPartialPhrases = {
    "including"sv, "include"sv, "among them"sv, "amongst them"sv, "among which"sv, "such as"sv,
    "notamment"sv, "parmi"sv, "dont "sv, "entre ellas"sv, "entre ellos"sv, "entre las que"sv,
    "entre los que"sv, "incluidas"sv, "incluidos"sv, "incluyendo"sv, "incluindo"sv, "entre elas"sv,
    "darunter"sv, "в том числе"sv, "and others"sv, "and other"sv, "and many more"sv,
    "y otros"sv, "y otras"sv, "et d'autres"sv, "et autres"sv, "e outros"sv, "e outras"sv, "包括"sv, "من بينها"sv};

// What a stated number counts: signers of some kind.
constexpr std::array kCountedNouns = {
    "organi"sv, "ngo"sv, "group"sv, "civil"sv, "countr"sv, "state"sv, "government"sv, "delegation"sv,
    "signator"sv, "individual"sv, "people"sv, "person"sv, "network"sv, "association"sv, "union"sv,
    "coalition"sv, "institution"sv, "entit"sv, "human rights"sv, "rights groups"sv, "experts"sv,
    "pays"sv, "états"sv, "etats"sv, "signatai"sv, "países"sv, "estados"sv, "colectivos"sv,
    "personas"sv, "personnes"sv, "staaten"sv, "länder"sv, "стран"sv, "организац"sv, "entidad"sv, "entidade"sv,
    "r\xC3\xA9seau"sv, "syndicat"sv, "sindicat"sv, "netzwerk"sv, "verb\xC3\xA4nde"sv, "gewerkschaft"sv,
    "ong"sv /* "cinq ONG", "25 ONGs" */, "movement"sv, "mouvement"sv, "movimiento"sv, "movimento"sv,
    "organism"sv,
    // People who sign as what they are: "siete expresidentes", "six former foreign ministers".
    "president"sv, "expresident"sv, "ex-president"sv, "former"sv, "minist"sv, "mayor"sv, "alcald"sv,
    "maire"sv, "prefeit"sv, "sindac"sv, "personalit"sv, "personalidad"sv, "leader"sv, "l\xC3\xAD" "der"sv,
    "dirigeant"sv, "dirigente"sv, "scientist"sv, "scientifique"sv, "cient\xC3\xAD" "fic"sv, "academic"sv,
    "acad\xC3\xA9mic"sv, "writer"sv, "escritor"sv, "\xC3\xA9" "crivain"sv, "scrittor"sv, "laureate"sv,
    "ambassador"sv, "embajador"sv, "ambassadeur"sv, "governor"sv, "gobernador"sv, "senator"sv,
    "senador"sv, "s\xC3\xA9nateur"sv, "diputad"sv, "d\xC3\xA9put\xC3\xA9"sv, "deputad"sv, "lawyer"sv,
    "abogad"sv, "avocat"sv, "advogad"sv, "bishop"sv, "obisp"sv, "\xC3\xA9v\xC3\xAAque"sv};

// Nouns of the groups that sign.
constexpr std::array kGroupNouns = {"organisations"sv, "organizations"sv, "groups"sv, "ngos"sv, "networks"sv,
                                    "associations"sv, "unions"sv, "coalitions"sv, "signatories"sv,
                                    "organiza\xC3\xA7\xC3\xB5" "es"sv, "organizaciones"sv, "entidades"sv,
                                    "organisationen"sv, "organizzazioni"sv, "associazioni"sv, "asociaciones"sv,
                                    "syndicats"sv, "sindicatos"sv, "colectivos"sv, "coletivos"sv, "organisaties"sv,
                                    "organisationer"sv,
                                    // Russian, in every case ("организации", "организаций"); Arabic.
                                    "\xD0\xBE\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8"sv /* организаци */,
                                    "\xD0\xBD\xD0\xBF\xD0\xBE"sv /* нпо, folded */,
                                    "\xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xB8\xD9\x85\xD8\xA7\xD8\xAA"sv /* المنظمات */};

// The documents that signers sign: groups named with one, and a verb that names them, over a
// list are its signers ("As organizações que assinam a Carta são:", even misspelt; not "Veja
// abaixo a declaração conjunta das organizações:", which introduces the text).
constexpr std::array kDocumentNouns = {"letter"sv, "carta"sv, "lettre"sv, "brief"sv, "statement"sv,
                                       "declaration"sv, "d\xC3\xA9" "claration"sv, "declaraci\xC3\xB3n"sv,
                                       "declara\xC3\xA7\xC3\xA3o"sv, "manifest"sv, "manifiesto"sv, "appeal"sv,
                                       "appel"sv, "aufruf"sv, "appello"sv, "petition"sv, "p\xC3\xA9tition"sv,
                                       "petici\xC3\xB3n"sv, "tribune"sv, "comunicado"sv, "communiqu\xC3\xA9"sv,
                                       "erkl\xC3\xA4rung"sv};
constexpr std::array kWordsThatName = {"are:"sv, "are "sv, "s\xC3\xA3o:"sv, "s\xC3\xA3o "sv, "sont:"sv, "sont "sv, "son:"sv,
                                     "son "sv, "sind:"sv, "sind "sv, "sono:"sv, "sono "sv, "include"sv, "incluem"sv,
                                     "incluyen"sv, "comprennent"sv};

// Numbers in words, two to twenty, by value: English, French, Spanish, Portuguese, German and
// Italian ("six réseaux", "cinco organizaciones"). Words that are also common words of another
// of these languages stay out ("dos" is Portuguese "of the", "sei" German "be").
struct NumberWord {
  std::string_view word;
  std::size_t value;
};
constexpr auto kNumberWords = std::to_array<NumberWord>({
    {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
    {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
    {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5}, {"sept", 7}, {"huit", 8}, {"neuf", 9}, {"dix", 10},
    {"onze", 11}, {"douze", 12}, {"vingt", 20}, {"tres", 3}, {"cuatro", 4}, {"cinco", 5}, {"seis", 6},
    {"siete", 7}, {"ocho", 8}, {"nueve", 9}, {"diez", 10}, {"doce", 12}, {"veinte", 20}, {"duas", 2},
    {"dois", 2}, {"tr\xC3\xAAs", 3}, {"quatro", 4}, {"sete", 7}, {"oito", 8}, {"dez", 10}, {"zwei", 2},
    {"drei", 3}, {"vier", 4}, {"f\xC3\xBCnf", 5}, {"sechs", 6}, {"sieben", 7}, {"acht", 8}, {"neun", 9},
    {"zehn", 10}, {"zw\xC3\xB6lf", 12}, {"zwanzig", 20}, {"quattro", 4}, {"cinque", 5}, {"sette", 7},
    {"otto", 8}, {"dieci", 10}, {"venti", 20}});

struct Word {
  std::size_t begin = 0;
  std::string_view text;
};

// The words of `folded`, joined words whole ("co-signed", "l'homme").
std::vector<Word> words_in(std::string_view folded) {
  std::vector<Word> words;
  for (std::size_t i = 0; i < folded.size();) {
    if (!word_character_at(folded, i)) {
      next_code_point(folded, i);
      continue;
    }
    const std::size_t start = i;
    i = word_end(folded, i);
    words.push_back({start, folded.substr(start, i - start)});
  }
  return words;
}

// The verb "to be" in the plural, closing an introduction that says what a group is: "The
// organisations of the coalition are:", "Las organizaciones del grupo convocante son:".
constexpr std::array kPluralCopulas = {"are"sv, "son"sv, "sont"sv, "sind"sv, "s\xC3\xA3o"sv, "sono"sv, "zijn"sv,
                                       "\xC3\xA4r"sv, "s\xC4\x85"sv};

// Every table of words above in one automaton, each its group: an introduction is read in one
// pass, whatever the number of phrases.
enum IntroductionGroup : unsigned {
  kSigningStem, kNotSigningStart, kOtherListStem, kCountedNoun,  // at the start of a word
  kSigningPhrase, kOtherListPhrase, kPersonPhrase, kStatePhrase, kPartialPhrase, kGroupNoun,
  kFollowing, kUnitedStates, kHowToSign, kDocumentNoun, kWordThatNames,  // anywhere in the words (see phrase_stands)
};

const BytePhrases& introduction_phrases() {
  // "following" in the languages of the lists above, in any of their forms ("suivantes",
  // "folgenden", "следующих", "التالية").
  static constexpr std::array kFollowingPhrase = {
      "following"sv, "suivant"sv, "siguientes"sv, "seguintes"sv, "folgende"sv, "seguenti"sv, "volgende"sv,
      "\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD1\x83\xD1\x8E\xD1\x89"sv /* следующ */,
      "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD9\x84\xD9\x8A\xD8\xA9"sv /* التالية */};
  static constexpr std::array kUnitedStatesPhrase = {"united states"sv};
  static const BytePhrases phrases = [] {
    BytePhrases::Builder builder;
    builder.add(kSigningStems, kSigningStem);
    builder.add(kNotSigning, kNotSigningStart);
    builder.add(kOtherListStems, kOtherListStem);
    builder.add(kCountedNouns, kCountedNoun);
    builder.add(kSigningPhrases, kSigningPhrase);
    builder.add(kOtherListPhrases, kOtherListPhrase);
    builder.add(kHowToSignPhrases, kHowToSign);
    builder.add(kPersonStems, kPersonPhrase);
    builder.add(kStateWords, kStatePhrase);
    builder.add(kPartialPhrases, kPartialPhrase);
    builder.add(kGroupNouns, kGroupNoun);
    builder.add(kDocumentNouns, kDocumentNoun);
    builder.add(kWordsThatName, kWordThatNames);
    builder.add(kFollowingPhrase, kFollowing);
    builder.add(kUnitedStatesPhrase, kUnitedStates);
    return std::move(builder).build();
  }();
  return phrases;
}

// Whether a phrase found at `at` counts: at the start of a word ("join" not in "adjoining"), or
// anywhere for phrases of scripts without spaces ("联署").
bool phrase_stands(std::string_view folded, std::size_t at) {
  return starts_joined_word_at(folded, at) || static_cast<unsigned char>(folded[at]) >= 0x80;
}

}  // namespace

bool opens_like_number(std::string_view word) {
  if (word.empty()) return false;
  if (word[0] >= '0' && word[0] <= '9') return true;
  if (word.size() < 2) return false;
  static const std::vector<bool> openings = [] {
    std::vector<bool> table(1U << 16, false);
    for (const NumberWord& number : kNumberWords) {
      table[static_cast<unsigned char>(number.word[0]) << 8 | static_cast<unsigned char>(number.word[1])] = true;
    }
    return table;
  }();
  return openings[static_cast<unsigned char>(word[0]) << 8 | static_cast<unsigned char>(word[1])];
}

std::optional<std::size_t> number_of(std::string_view word) {
  if (!word.empty() && word.size() <= 6 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const std::size_t value = leading_digits(word, word.size()).value;
    // A year counts no signers ("the 2020 joint statement of States").
    constexpr std::size_t kFirstYear = 1900, kLastYear = 2099;
    if (word.size() == 4 && value >= kFirstYear && value <= kLastYear) return std::nullopt;
    return value;
  }
  constexpr std::size_t kShortest = 3, kLongest = 9;  // bytes: "dix" to "seventeen"
  if (word.size() < kShortest || word.size() > kLongest || !opens_like_number(word)) return std::nullopt;
  static const std::vector<NumberWord> sorted = [] {
    std::vector<NumberWord> words(kNumberWords.begin(), kNumberWords.end());
    std::sort(words.begin(), words.end(), [](const NumberWord& a, const NumberWord& b) { return a.word < b.word; });
    return words;
  }();
  const auto found = std::lower_bound(sorted.begin(), sorted.end(), word,
                                      [](const NumberWord& number, std::string_view wanted) { return number.word < wanted; });
  if (found == sorted.end() || found->word != word) return std::nullopt;
  return found->value;
}


std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
      ++i;
      continue;
    }
    UChar32 c;
    const std::size_t start = i;
    U8_NEXT(text.data(), i, text.size(), c);
    if (c < 0) {
      out.append(text.substr(start, i - start));
      continue;
    }
    char buffer[U8_MAX_LENGTH];
    std::size_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, u_foldCase(c, U_FOLD_CASE_DEFAULT));
    out.append(buffer, length);
  }
  return out;
}

std::string lower_case_in_place(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size();) {
    const auto byte = static_cast<unsigned char>(out[i]);
    if (byte < 0x80) {
      if (byte >= 'A' && byte <= 'Z') out[i] = static_cast<char>(byte - 'A' + 'a');
      ++i;
      continue;
    }
    const std::size_t start = i;
    UChar32 c;
    U8_NEXT(out.data(), i, out.size(), c);
    if (c < 0) continue;
    const UChar32 lower = u_tolower(c);
    if (lower == c || U8_LENGTH(lower) != static_cast<int>(i - start)) continue;
    std::size_t at = start;
    U8_APPEND_UNSAFE(out.data(), at, lower);
  }
  return out;
}

bool opens_with_group_noun(std::string_view name) {
  const std::string first = fold_case(name.substr(0, name.find(' ')));
  return std::find(kGroupNouns.begin(), kGroupNouns.end(), first) != kGroupNouns.end();
}

Introduction read_introduction(std::string_view words) {
  constexpr std::size_t kRead = 1000;  // bytes: a long sentence of Portuguese or Russian, whole
  if (words.size() > kRead) {
    std::size_t from = words.size() - kRead;
    while (from < words.size() && is_continuation_byte(words[from])) ++from;
    words.remove_prefix(from);
  }
  const std::string folded = fold_case(words);
  // What the automaton finds: the groups of the phrases that stand in the words, and those of
  // the stems that start each word (by the word's first byte).
  std::uint64_t phrases = 0;
  std::size_t first_group_noun = std::string_view::npos;
  std::vector<std::uint8_t> word_stems(folded.size(), 0);
  introduction_phrases().for_each(folded, [&](const BytePhrases::Found& found) {
    const unsigned group = introduction_phrases().group_of(found.phrase);
    const bool word_start = starts_joined_word_at(folded, found.at);
    if (group <= kCountedNoun) {
      if (word_start) word_stems[found.at] |= static_cast<std::uint8_t>(1U << group);
    } else if (phrase_stands(folded, found.at)) {
      phrases |= std::uint64_t{1} << group;
      if (group == kGroupNoun) first_group_noun = std::min(first_group_noun, found.at);
    }
  });
  const auto stems_of = [&](const Word& word) { return word_stems[word.begin]; };
  const auto has = [&](unsigned group) { return (phrases >> group & 1) != 0; };
  Introduction introduction;
  const std::vector<Word> list = words_in(folded);
  bool signing_word = false, other_word = false;
  for (std::size_t w = 0; w < list.size(); ++w) {
    const std::uint8_t stems = stems_of(list[w]);
    // A stem counts within its word ("sign" in "signatories"); what denies signing may run on
    // ("signs of").
    if ((stems & 1U << kSigningStem) != 0 && (stems & 1U << kNotSigningStart) == 0) signing_word = true;
    if ((stems & 1U << kOtherListStem) != 0) other_word = true;
    if (!introduction.stated) {
      if (const std::optional<std::size_t> number = number_of(list[w].text)) {
        // "47 countries", "39 other NGOs", "22 civil society organisations": the noun within
        // three words.
        for (std::size_t next = w + 1; next < list.size() && next <= w + 3; ++next) {
          if (list[next].text == "other" || list[next].text == "others" || list[next].text == "more" ||
              list[next].text == "autres" || list[next].text == "otras" || list[next].text == "otros") {
            introduction.others = true;
          }
          if ((stems_of(list[next]) & 1U << kCountedNoun) != 0) {
            introduction.stated = *number;
            break;
          }
        }
        if (!introduction.stated) introduction.others = false;
      }
    }
  }
  // "the following international human rights organisations:": a list of organisations that no
  // other word says is of something else reads as its signers.
  const bool following_groups = has(kFollowing) && has(kGroupNoun) && !other_word;
  const bool groups_of_a_document = has(kGroupNoun) && has(kDocumentNoun) && has(kWordThatNames) && !other_word;
  // "The organisations of the coalition are:": a list that says which groups a group is, the
  // groups its subject ("The countries where the organisations work are:" lists no groups).
  constexpr std::size_t kWordsBeforeTheSubject = 2;  // "Las nuevas organizaciones"
  const auto words_before = std::count_if(list.begin(), list.end(), [&](const Word& w) { return w.begin < first_group_noun; });
  const bool groups_named = has(kGroupNoun) && !list.empty() && !other_word &&
                            static_cast<std::size_t>(words_before) <= kWordsBeforeTheSubject &&
                            std::find(kPluralCopulas.begin(), kPluralCopulas.end(), list.back().text) != kPluralCopulas.end();
  introduction.signers =
      (signing_word || following_groups || groups_of_a_document || groups_named || has(kSigningPhrase)) &&
      !has(kHowToSign);
  introduction.other_list = !introduction.signers && (other_word || has(kOtherListPhrase) || has(kHowToSign));
  introduction.persons = has(kPersonPhrase);
  introduction.states = has(kStatePhrase) && !has(kUnitedStates);
  introduction.partial = has(kPartialPhrase) || introduction.others;
  return introduction;
}

}  // namespace hrtext::detail
