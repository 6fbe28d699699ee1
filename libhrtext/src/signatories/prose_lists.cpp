#include "signatories/prose_lists.hpp"

#include <algorithm>
#include <bit>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "document/ascii_case.hpp"
#include "document/utf8.hpp"
#include "document/words.hpp"
#include "match/arabic_proclitics.hpp"
#include "match/byte_phrases.hpp"
#include "signatories/introduction.hpp"
#include "signatories/item_cleaning.hpp"
#include "signatories/item_form.hpp"
#include "signatories/line_kinds.hpp"
#include "signatories/paragraph_items.hpp"

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

// Longer sentences are read only this far: a list of signers in prose is short, and reading no
// further keeps the pass linear on text without sentence ends.
constexpr std::size_t kLongestSentence = 4000;
// The name weights (item_form.hpp) from which a piece of a sentence reads as a name, and from
// which a name in a parenthesised list of names does.
constexpr double kSentenceName = 0.7;  // persons read as names in a sentence that names signers
constexpr double kListedName = 0.5;
constexpr double kOrganisationName = 0.9;  // the weight of an organisation's form
// A run of names in a sentence tolerates a name of no known form after this many that read as
// names, when it is short.
constexpr std::size_t kNamesBeforeALowerCaseOne = 3;
constexpr std::size_t kLongestListedName = 60;
// Where a count of signers and the run of names it matches stand (SentenceReader::counted_elsewhere):
// the title, the lead and the first paragraphs.
constexpr std::size_t kCountedOpening = 4000;  // bytes

// How far after "signed by" a count and a colon may come ("signed by 22 countries:").
constexpr std::size_t kCountReach = 100;

// Phrases after which a sentence names who signs.
constexpr std::array kByPhrases = {
    "signed by"sv, "endorsed by"sv, "supported by"sv, "co-signed by"sv, "cosigned by"sv,
    "sent by"sv, "envoy\xC3\xA9" "e par"sv, "envoy\xC3\xA9 par"sv, "enviada por"sv, "enviado por"sv,
    "enviada pela"sv, "enviada pelo"sv, "inviata da"sv, "verschickt von"sv, "geschickt von"sv,
    "co-sponsored by"sv, "sponsored jointly by"sv, "jointly sponsored by"sv, "submitted jointly by"sv,
    "jointly submitted by"sv, "signed jointly by"sv, "jointly signed by"sv, "joined by"sv, "signé par"sv,
    "signée par"sv, "signés par"sv, "signées par"sv,
    "cosigné par"sv, "cosignée par"sv, "soutenu par"sv, "soutenue par"sv, "firmado por"sv,
    "firmada por"sv, "firmados por"sv, "firmadas por"sv, "suscrito por"sv, "suscrita por"sv,
    "respaldado por"sv, "respaldada por"sv, "assinado por"sv, "assinada por"sv, "assinado pela"sv,
    "assinado pelo"sv, "assinada pela"sv, "assinada pelo"sv, "assinados pela"sv, "assinados pelo"sv,
    "assinadas pela"sv, "assinadas pelo"sv, "assinada pelos"sv, "assinada pelas"sv, "assinado pelos"sv,
    "assinado pelas"sv, "assinados pelos"sv, "assinados pelas"sv, "assinadas pelos"sv, "assinadas pelas"sv,
    "unterzeichnet von"sv,
    // German passives name the agent before the verb that ends the sentence ("Der Brief wurde
    // von A, B und C unterzeichnet"): the names end at the verb, a word in lower case.
    "wurde von"sv, "wird von"sv, "wurden von"sv, "werden von"sv,
    "led by"sv, "headed by"sv, "initiated by"sv, "launched by"sv, "issued by"sv, "released by"sv, "encabezada por"sv,
    // A UN written statement's heading: "Joint written statement submitted by A, B, non-governmental
    // organizations in special consultative status" (in the document's head only: signed_by).
    "submitted by"sv, "pr\xC3\xA9sent\xC3\xA9" "e par"sv, "pr\xC3\xA9sent\xC3\xA9 par"sv, "presentada por"sv,
    "presentado por"sv, "presented by"sv,
    "encabezado por"sv, "liderada por"sv, "impulsada por"sv, "promovida por"sv, "lancée par"sv,
    "initiée par"sv, "portée par"sv, "firmata da"sv, "firmato da"sv, "sottoscritta da"sv,
    "sottoscritto da"sv, "promossa da"sv, "promosso da"sv, "lanciata da"sv, "подписали "sv, "подписано "sv,
    // The signatures a document bears ("la misiva cuenta con la firma de A y B").
    "con la firma de"sv, "con las firmas de"sv, "com a assinatura de"sv, "com as assinaturas de"sv,
    "avec la signature de"sv, "avec les signatures de"sv, "with the signatures of"sv, "with the signature of"sv,
    "con la firma di"sv, "con le firme di"sv, "mit den unterschriften von"sv,
    // With an adverb between the verb and its agent ("est signée notamment par A, B et C", "è stata
    // firmata anche da").
    "sign\xC3\xA9" "e aussi par"sv, "sign\xC3\xA9 aussi par"sv,
    "sign\xC3\xA9" "e \xC3\xA9galement par"sv, "sign\xC3\xA9 \xC3\xA9galement par"sv, "firmada tambi\xC3\xA9n por"sv,
    "firmado tambi\xC3\xA9n por"sv, "assinada tamb\xC3\xA9m por"sv, "assinado tamb\xC3\xA9m por"sv,
    "firmata anche da"sv, "firmato anche da"sv, "sottoscritta anche da"sv, "sottoscritto anche da"sv,
    "unterzeichnet auch von"sv, "auch unterzeichnet von"sv,
    "notamment par"sv, "entre autres par"sv, "among others by"sv, "among others, by"sv, "entre otros, por"sv,
    "entre otros por"sv, "entre otras, por"sv, "entre otras por"sv, "unter anderem von"sv,
    "u. a. von"sv,
    // Where a document comes from, in a sentence that names it ("The letter came from A (Kenya),
    // B (Colombia) and C (Nigeria)").
    "came from"sv, "comes from"sv, "\xC3\xA9mane de"sv, "\xC3\xA9manant de"sv, "proviene de"sv,
    // Those at whose call a strike, a rally or a day of action is held: its signers ("à l'appel
    // des syndicats CFDT – CGT – FSU ...").
    "\xC3\xA0 l'appel de"sv, "\xC3\xA0 l'appel d'"sv, "\xC3\xA0 l\xE2\x80\x99" "appel de"sv, "at the call of"sv,
    "convocada por"sv, "convocado por"sv, "convocadas por"sv, "convocados por"sv, "a convocatoria de"sv,
    "aufgerufen von"sv};

// Groups of signers that a sentence opens with, their names after them: "Las organizaciones
// Amnistía Internacional, el Centro por la Justicia ... y Robert F. Kennedy Human Rights,
// enfatizaron ...".
constexpr std::array kNamedGroups = {
    "the organisations "sv, "the organizations "sv, "the groups "sv, "the ngos "sv, "las organizaciones "sv,
    "los organismos "sv, "las ong "sv, "les organisations "sv, "les ong "sv, "les associations "sv,
    "as organiza\xC3\xA7\xC3\xB5" "es "sv, "as entidades "sv, "die organisationen "sv, "le organizzazioni "sv,
    "le associazioni "sv, "the unions "sv, "the trade unions "sv, "los sindicatos "sv, "les syndicats "sv,
    "les organisations syndicales "sv, "os sindicatos "sv, "die gewerkschaften "sv, "i sindacati "sv,
    "the associations "sv, "las asociaciones "sv, "las entidades "sv, "los colectivos "sv,
    // Governments that speak together: "Los Ministros de Relaciones Exteriores de Costa Rica,
    // Belice, ... y España, expresan ...".
    "the foreign ministers of "sv, "the ministers of foreign affairs of "sv, "the governments of "sv,
    "los ministros de relaciones exteriores de "sv, "los cancilleres de "sv, "los gobiernos de "sv,
    "les ministres des affaires \xC3\xA9trang\xC3\xA8res de "sv, "les gouvernements de "sv,
    "os ministros das rela\xC3\xA7\xC3\xB5" "es exteriores de "sv, "os governos de "sv,
    "die au\xC3\x9F" "enminister von "sv, "die regierungen von "sv, "the heads of state and government of "sv,
    "representatives of "sv, "los jefes de estado y de gobierno de "sv, "les chefs d'\xC3\xA9tat et de gouvernement de "sv,
    "the presidents of "sv, "the prime ministers of "sv, "the leaders of "sv, "los presidentes de "sv,
    "les pr\xC3\xA9sidents de "sv, "os presidentes de "sv, "foreign ministers of "sv, "presidents of "sv,
    "presidentes de "sv, "pr\xC3\xA9sidents de "sv, "ministers of foreign affairs of "sv, "cancilleres de "sv,
    // and without their article after "Nous, ...", "Nosotros, ...".
    "ministres des affaires \xC3\xA9trang\xC3\xA8res de "sv, "ministros de relaciones exteriores de "sv,
    "ministros das rela\xC3\xA7\xC3\xB5" "es exteriores de "sv, "chefs d'\xC3\xA9tat et de gouvernement de "sv,
    "jefes de estado y de gobierno de "sv};

// The members that make up a coalition which speaks ("Koalisi Masyarakat Sipil ... berunsurkan,
// Imparsial, YLBHI, ...", "the coalition, made up of A, B and C, ..."): a coalition's noun
// before the phrase, names after it.
constexpr std::array kComposedOf = {
    "comprising"sv, "composed of"sv, "consisting of"sv, "made up of"sv, "compos\xC3\xA9" "e de"sv,
    "regroupant"sv, "integrada por"sv, "conformada por"sv, "compuesta por"sv, "formada por"sv,
    "composta por"sv, "integrado por"sv, "conformado por"sv, "compuesto por"sv, "berunsurkan"sv,
    "terdiri dari"sv, "terdiri atas"sv, "bestehend aus"sv};
constexpr std::array kCoalitionNouns = {
    "coalition"sv, "network"sv, "alliance"sv, "platform"sv, "coalici\xC3\xB3n"sv, "coaliz\xC3\xA3o"sv,
    "r\xC3\xA9seau"sv, "red "sv, "rede "sv, "plataforma"sv, "alianza"sv, "alian\xC3\xA7" "a"sv, "collectif"sv,
    "colectivo"sv, "coletivo"sv, "koalisi"sv, "aliansi"sv, "b\xC3\xBCndnis"sv, "netzwerk"sv};

// Verbs with which several signers voice what they sign, after their names at the opening of a
// sentence ("Adiconsum, Agorà Digitale, Altroconsumo ... esprimono la loro soddisfazione",
// "Amnesty International, FIDH and Human Rights Watch condemned ..."): three names at least.
constexpr std::array kVoicingVerbs = {
    " condemn"sv, " denounce"sv, " urge"sv, " call on"sv, " called on"sv, " call for"sv, " called for"sv,
    " call upon"sv, " called upon"sv, " appeal to"sv, " appealed to"sv, " express"sv, " welcome"sv,
    " announce"sv, " annoncent"sv, " anuncian"sv, " anunciaron"sv, " anunciam"sv, " annunciano"sv,
    " demand"sv, " reject"sv, " warn"sv, " condenan"sv, " denuncian"sv, " exigen"sv, " rechazan"sv,
    " expresan"sv, " manifiestan"sv, " advierten"sv, " instan"sv, " condenaron"sv, " denunciaron"sv,
    " exigieron"sv, " rechazaron"sv, " expresaron"sv, " manifestaron"sv, " instaron"sv, " condamnent"sv,
    " d\xC3\xA9" "noncent"sv, " exigent"sv, " appellent"sv, " expriment"sv, " alertent"sv, " condenam"sv,
    " denunciam"sv, " exigem"sv, " repudiam"sv, " manifestam"sv, " alertam"sv, " condannano"sv,
    " denunciano"sv, " chiedono"sv, " esprimono"sv, " esortano"sv, " verurteilen"sv, " fordern"sv,
    " kritisieren"sv, " warnen"sv, " ask"sv, " protest"sv, " oppose"sv, " deplore"sv, " r\xC3\xA9" "agissent"sv,
    " demandent"sv, " protestent"sv, " s'opposent"sv, " d\xC3\xA9plorent"sv, " saluent"sv, " piden"sv,
    " reclaman"sv, " solicitan"sv, " lamentan"sv, " deploran"sv, " pedem"sv, " reivindicam"sv, " lamentam"sv,
    " pledge"sv, " committed"sv, " se sont engag"sv, " se sont collectivement engag"sv, " s'engagent"sv,
    " se comprometen"sv, " se comprometieron"sv, " verpflichten sich"sv, " interpellent"sv, " estiment"sv,
    " protestano"sv, " sollecitano"sv, " verlangen"sv, " appellieren"sv, " protestieren"sv,
    // Past tenses of the same: "A, B et C ont dénoncé ...", "A, B y C han exigido ...".
    " ont d\xC3\xA9nonc\xC3\xA9"sv, " ont condamn\xC3\xA9"sv, " ont appel\xC3\xA9"sv, " ont exhort\xC3\xA9"sv,
    " ont demand\xC3\xA9"sv, " ont exprim\xC3\xA9"sv, " ont exig\xC3\xA9"sv, " ont alert\xC3\xA9"sv,
    " han denunciado"sv, " han condenado"sv, " han exigido"sv, " han rechazado"sv, " han expresado"sv,
    " han pedido"sv, " han instado"sv, " denunciaram"sv, " exigiram"sv, " repudiaram"sv, " cobraram"sv,
    " hanno denunciato"sv, " hanno chiesto"sv, " hanno condannato"sv, " haben gefordert"sv,
    " haben kritisiert"sv, " haben verurteilt"sv,
    // One author's voice, in a letter it wrote ("Amnistía Internacional pidió, en una carta
    // abierta, ...", "X said in a letter to the minister").
    " pidi\xC3\xB3"sv, " pide"sv, " inst\xC3\xB3"sv, " exigi\xC3\xB3"sv, " denunci\xC3\xB3"sv, " conden\xC3\xB3"sv,
    " rechaz\xC3\xB3"sv, " exhorte"sv, " forderte"sv, " said in a"sv, " says in a"sv, " wrote in a"sv,
    " asked"sv};

// Where a sentence says its subject speaks through a letter or statement it wrote ("In an open
// letter, Amnesty International urged ...", "X pidió, en una carta abierta, ..."): one author
// is enough (SentenceReader::voiced_in_document).
constexpr std::array kInADocument = {
    "in a letter"sv, "in an open letter"sv, "in a joint letter"sv, "in a public letter"sv, "in a statement"sv,
    "in a joint statement"sv, "in a public statement"sv, "en una carta"sv, "en carta"sv, "en un comunicado"sv,
    "dans une lettre"sv, "dans un communiqu\xC3\xA9"sv, "dans une d\xC3\xA9" "claration"sv, "in einem brief"sv,
    "in einem offenen brief"sv, "in einer erkl\xC3\xA4rung"sv, "numa carta"sv, "em carta"sv, "em nota"sv,
    "in una lettera"sv, "in una nota"sv};

// A document of its authors: "the joint statement by A, B and C", "die gemeinsame Erklärung von
// A, B und C", "la lettre de A, B et C". One name after them is as often the subject of a
// sentence ("the statement by the Secretary-General"), so a list of two at least must follow.
constexpr std::array kAuthoredBy = {
    "statement by"sv, "statement from"sv, "letter from"sv, "letter by"sv, "erkl\xC3\xA4rung von"sv,
    "aufruf von"sv, "brief von"sv, "appell von"sv, "stellungnahme von"sv, "d\xC3\xA9" "claration de"sv,
    "lettre de"sv, "communiqu\xC3\xA9 de"sv, "declaraci\xC3\xB3n de"sv, "carta de"sv, "comunicado de"sv,
    "open letter from"sv, "joint letter from"sv, "carta p\xC3\xBA" "blica de"sv, "carta abierta de"sv, "carta aberta de"sv,
    "lettre ouverte de"sv, "offener brief von"sv, "offener brief der"sv, "offener brief des"sv};

// The documents whose signers a sentence names: a sentence that names none of them speaks of
// something else ("the agreement signed by China, Russia and Iran").
constexpr std::array kSignedDocuments = {
    "letter"sv, "statement"sv, "appeal"sv, "petition"sv, "declaration"sv, "submission"sv,
    "communication"sv, "lettre"sv, "déclaration"sv, "appel"sv, "communiqué"sv, "carta"sv,
    "declaración"sv, "pronunciamiento"sv, "comunicado"sv, "llamamiento"sv, "petición"sv,
    "manifiesto"sv, "brief"sv, "la présente"sv, "la presente"sv, "erklärung"sv, "misiva"sv, "documento"sv,
    "document"sv, "campaign"sv, "campagne"sv, "campaña"sv, "ofício"sv, "oficio"sv, "lettera"sv,
    "dichiarazione"sv, "appello"sv, "açıklama"sv, "mektup"sv, "bildiri"sv, "обращени"sv, "письм"sv,
    "заявлени"sv, "texto"sv, "texte"sv, "manifiesto"sv, "manifeste"sv, "manifesto"sv, "tribune"sv,
    "nota"sv, "op-ed"sv, "position paper"sv, "declara\xC3\xA7\xC3\xA3o"sv, "peti\xC3\xA7\xC3\xA3o"sv,
    "abaixo-assinado"sv, "p\xC3\xA9tition"sv, "petizione"sv, "aufruf"sv, "stellungnahme"sv, "appell"sv,
    // Public texts that signers sign in Latin America: a call, a paid notice in the press
    // (Argentina's "solicitada", Mexico's "desplegado"), a proclamation.
    "convocatoria"sv, "convocat\xC3\xB3ria"sv, "solicitada"sv, "desplegado"sv, "proclama"sv,
    // German's formal "Schreiben" (a letter), after a determiner: the verb is "schreiben" too.
    "das schreiben"sv, "dieses schreiben"sv, "ein schreiben"sv, "einem schreiben"sv, "im schreiben"sv,
    "unser schreiben"sv, "gemeinsames schreiben"sv,
    // A draft resolution's sponsors sign it (its supporters in a vote do not: "resolution" alone is none).
    "draft resolution"sv, "projet de r\xC3\xA9solution"sv, "proyecto de resoluci\xC3\xB3n"sv};

// Verbs with which signers send what they sign ("A, B and C sent a letter to ...", "The Working
// Group ... and the Special Rapporteur ... have released their communications").
constexpr std::array kSendingVerbs = {
    " sent "sv, " send "sv, " released "sv, " release "sv, " issued "sv, " issue "sv, " signed "sv,
    " wrote "sv, " write "sv, " written "sv, " submitted "sv, " published "sv, " delivered "sv, " addressed "sv,
    " launched "sv, " drafted "sv, " ont envoyé "sv, " ont adressé "sv, " ont publié "sv, " ont signé "sv,
    " enviaron "sv, " firmaron "sv, " suscribieron "sv, " emitieron "sv, " publicaron "sv,
    " enviaram "sv, " assinaram "sv, " tarafından "sv /* Turkish: "by", after the names */,
    " ont r\xC3\xA9" "dig\xC3\xA9 "sv, " ont lanc\xC3\xA9 "sv, " redactaron "sv, " lanzaron "sv, " redigiram "sv,
    " lan\xC3\xA7" "aram "sv, " hanno scritto "sv, " hanno lanciato "sv, " hanno presentato "sv, " haben verfasst "sv,
    " submeteram "sv, " apresentaram "sv,
    // Making a document public or handing it over ("A, B y C hicieron un comunicado").
    " ont diffus\xC3\xA9 "sv, " ont remis "sv,
    " ont pr\xC3\xA9sent\xC3\xA9 "sv, " ont transmis "sv, " ont fait parvenir "sv, " ont soumis "sv, " hicieron "sv,
    " difundieron "sv, " presentaron "sv, " entregaron "sv, " remitieron "sv, " dirigieron "sv,
    " dieron a conocer "sv, " divulgaram "sv, " entregaram "sv, " publicaram "sv, " schickten "sv,
    " ver\xC3\xB6" "ffentlichten "sv, " \xC3\xBC" "bergaben "sv, " haben ver\xC3\xB6" "ffentlicht "sv};

// Verbs of signing that open a sentence before the names of those who sign ("Assinam o
// documento, além do Instituto Vladimir Herzog, a Associação ...").
constexpr std::array kOpeningSigningVerbs = {"assinam"sv, "assinaram"sv, "firman"sv, "signent"sv, "ont sign\xC3\xA9"sv,
                                             "suscriben"sv, "firmaron"sv, "suscribieron"sv, "hanno firmato"sv,
                                             "signed by"sv, "signé par"sv, "firmado por"sv, "unterzeichnen"sv,
                                             "firmano"sv, "unterzeichnet hat"sv, "unterzeichnet haben"sv,
                                             "unterschrieben hat"sv, "unterschrieben haben"sv, "unterzeichnet ist"sv,
                                             "unterzeichnet wurde"sv, "unterschrieben ist"sv, "unterschrieben wurde"sv};

// How the end of a list of signers speaks of the others ("and many more", "y otros
// organismos"): the names end there, and the list is partial.
constexpr std::array kOthers = {"others"sv, "other "sv, "many more"sv, "more "sv, "among "sv, "amongst "sv,
                                "otros"sv, "otras"sv, "entre otr"sv, "autres"sv, "d'autres"sv, "parmi "sv,
                                "outros"sv, "outras"sv, "entre outr"sv, "weitere"sv, "unter anderem"sv,
                                "varios"sv, "varias"sv, "plusieurs"sv, "several"sv, "altre "sv, "altri "sv,
                                "andere"sv};

// Documents that several signers send together: the names before them are their signers.
constexpr std::array kJointDocuments = {
    "joint letter"sv, "joint statement"sv, "open letter"sv, "joint appeal"sv, "joint submission"sv,
    "joint declaration"sv, "lettre conjointe"sv, "lettre ouverte"sv, "déclaration conjointe"sv,
    "carta conjunta"sv, "carta abierta"sv, "declaración conjunta"sv, "pronunciamiento conjunto"sv,
    "comunicado conjunto"sv, "carta aberta"sv, "nota conjunta"sv, "declara\xC3\xA7\xC3\xA3o conjunta"sv,
    "lettera aperta"sv, "dichiarazione congiunta"sv, "appello congiunto"sv, "gemeinsame erkl\xC3\xA4rung"sv,
    "gemeinsamen erkl\xC3\xA4rung"sv, "offener brief"sv, "offenen brief"sv, "gemeinsamer brief"sv,
    "gemeinsamen brief"sv, "gemeinsamen appell"sv, "gemeinsamer appell"sv, "gemeinsame stellungnahme"sv,
    "gemeinsamen stellungnahme"sv, "joint ad"sv, "joint advertisement"sv, "joint op-ed"sv, "joint editorial"sv,
    "joint plea"sv, "joint call"sv, "joint communiqu\xC3\xA9"sv, "joint press release"sv, "joint position"sv,
    "posicionamiento conjunto"sv, "prise de position commune"sv,
    "comunicato congiunto"sv, "lettera congiunta"sv, "nota congiunta"sv, "comunicato unitario"sv, "manifesto conjunto"sv,
    "nota p\xC3\xBA" "blica conjunta"sv, "gemeinsame pressemitteilung"sv, "gemeinsamen pressemitteilung"sv,
    "gezamenlijke verklaring"sv, "gezamenlijke brief"sv, "open brief"sv};

// Words after a count that open the names it includes.
constexpr std::array kIncluding = {"including"sv, "such as"sv, "among them"sv, "amongst them"sv,
                                   "notamment"sv, "parmi lesquelles"sv, "dont"sv, "entre ellas"sv,
                                   "entre las que se encuentran"sv, "entre los que se encuentran"sv,
                                   "entre las que se encuentra"sv, "entre los que se encuentra"sv,
                                   "entre las cuales"sv, "entre los cuales"sv, "entre as quais"sv, "entre os quais"sv,
                                   "entre elas"sv, "entre eles"sv, "among which"sv, "amongst which"sv,
                                   "entre ellos"sv, "incluyendo"sv, "incluidas"sv, "incluidos"sv,
                                   "incluindo"sv, "darunter"sv, " como "sv, " comme "sv, " wie "sv, "tels que"sv,
                                   "telles que"sv, "tales como"sv, "tal como"sv,
                                   "tra cui"sv, "fra cui"sv, "tra i quali"sv, "tra le quali"sv,
                                   "в том числе"sv, "среди них"sv};

// Nouns of those who sign, and the verbs that then name them: "among the signatories are A, B
// and C", "entre los firmantes se encuentra España, ...".
constexpr std::array kSignerNouns = {"signatories"sv, "signers"sv, "signees"sv, "signatures"sv, "undersigning"sv,
                                     "undersigned"sv, "endorsers"sv, "supporters"sv, "firmantes"sv,
                                     "signataires"sv, "unterzeichner"sv, "signatários"sv, "signatárias"sv,
                                     "firmatari"sv, "those who signed"sv, "those who have signed"sv,
                                     "quienes firmaron"sv, "ceux qui ont sign\xC3\xA9"sv,
                                     // Those who began it sign it first ("Zu den Initiator:innen zählen ...").
                                     "initiators"sv, "initiatoren"sv, "initiator:innen"sv, "initiator*innen"sv,
                                     "initiatorinnen"sv, "initiateurs"sv, "initiatrices"sv, "promotores"sv,
                                     "promotori"sv,
                                     // Relative clauses that make a noun one of signers ("the fifty
                                     // countries that signed the joint statement are A, B, ...").
                                     "that signed"sv, "who signed"sv, "which signed"sv, "that have signed"sv,
                                     "who have signed"sv, "that endorsed"sv, "who endorsed"sv, "that joined"sv,
                                     "que se sum\xC3\xB3"sv, "que se sumaron"sv, "que se adhiri\xC3\xB3"sv,
                                     "qui se sont jointes"sv, "qui s'est jointe"sv, "que firmaron"sv,
                                     "que han firmado"sv, "qui ont sign\xC3\xA9"sv, "que assinaram"sv,
                                     // and participles ("Those endorsing the Declaration include A, ...").
                                     "signing the"sv, "signing this"sv, "endorsing the"sv, "endorsing this"sv};
constexpr std::array kNamingVerbs = {" are "sv, " include "sv, " included "sv, " were "sv, " se encuentra "sv, " est\xC3\xA1n "sv,
                                     " se encuentran "sv, " figuran "sv, " figura "sv, " son "sv, " sont "sv,
                                     " figurent "sv, " sind "sv, " incluyen "sv, " estão "sv, " são "sv,
                                     " geh\xC3\xB6ren "sv /* gehören */, " geh\xC3\xB6rt "sv, " z\xC3\xA4hlen "sv,
                                     " figurano "sv, " ci sono "sv, " sono "sv, " compaiono "sv,
                                     // one of them: "Una de las organizaciones que se sumó ... es la UTE"
                                     " is "sv, " es "sv, " est "sv, " \xC3\xA9 "sv, " ist "sv};

// Lower-case words inside names: a run of names goes on over them.
constexpr std::array kNameParticles = {"and"sv, "et"sv, "y"sv, "e"sv, "of"sv, "for"sv, "the"sv, "de"sv,
                                       "la"sv, "le"sv, "les"sv, "du"sv, "des"sv, "del"sv, "los"sv,
                                       "las"sv, "el"sv, "da"sv, "do"sv, "dos"sv, "das"sv, "on"sv,
                                       "in"sv, "&"sv, "pour"sv, "para"sv, "por"sv, "sur"sv, "à"sv,
                                       "al"sv, "against"sv, "contre"sv, "contra"sv, "und"sv, "für"sv,
                                       "di"sv, "per"sv, "della"sv, "delle"sv, "dei"sv, "degli"sv, "en"sv,
                                       "van"sv, "voor"sv, "ve"sv, "и"sv, "der"sv, "die"sv, "im"sv,
                                       "am"sv, "zum"sv, "zur"sv, "von"sv, "vom"sv, "gegen"sv, "mit"sv,
                                       "dem"sv, "den"sv, "des"sv, "pela"sv, "pelo"sv,
                                       "e.V."sv, "e.V"sv};

// Where the titles of UN letters name the States that send them, and where that list ends.
constexpr std::array kRepresentatives = {
    "permanent representatives of "sv, "permanent representative of "sv, "permanent missions of "sv,
    "permanent mission of "sv, "représentants permanents de "sv, "représentant permanent de "sv,
    "représentants permanents du "sv, "représentant permanent du "sv, "representantes permanentes de "sv,
    "representante permanente de "sv};
constexpr std::array kLetterTitles = {"letter dated"sv, "letters dated"sv, "note verbale dated"sv,
                                      "lettre datée"sv, "lettres identiques"sv, "note verbale datée"sv,
                                      "carta de fecha"sv, "cartas idénticas"sv, "nota verbal de fecha"sv,
                                      // A statement's title, by the diplomat who delivers it ("Statement on
                                      // behalf of the Group of 77 and China by Ms. ..., First Secretary,
                                      // Permanent Mission of Ecuador to the United Nations").
                                      "statement by"sv, "statement on behalf of"sv, "statement delivered by"sv,
                                      "d\xC3\xA9" "claration de"sv, "declaraci\xC3\xB3n de"sv,
                                      "intervention by"sv, "intervenci\xC3\xB3n de"sv};
constexpr std::array kAfterRepresentatives = {" to the "sv, " addressed"sv, " auprès"sv, " ante "sv,
                                              " dirigida"sv, " adressée"sv, " in geneva"sv, " à genève"sv};

// The phrases of the sentence forms, by group: which groups a sentence holds, and where the
// first phrase of a group stands, are each found in one pass over it (match/byte_phrases.hpp),
// so that the forms look further only in the few sentences that can hold them.
enum PhraseGroup : std::uint64_t {
  kBy = 1U << 0,
  kDocument = 1U << 1,
  kJoint = 1U << 2,
  kSome = 1U << 3,
  kSending = 1U << 4,
  kJoining = 1U << 5,
  kInclude = 1U << 6,
  kOpening = 1U << 7,
  kSigners = 1U << 8,
  kNaming = 1U << 9,
  kSentToRecipients = 1U << 10,
  kRepresenting = 1U << 11,
  kLetterTitle = 1U << 12,
  kAfterRepresenting = 1U << 13,
  kAuthors = 1U << 14,
  kNamedGroup = 1U << 15,
  kMembers = 1U << 16,
  kCoalition = 1U << 17,
  kVoicing = 1U << 18,
  kMembership = 1U << 19,
  kArabicSigning = 1U << 20,
  kSignsIt = 1U << 21,
  kAmong = 1U << 22,
  kSharesViews = 1U << 23,
  kClosingParticiple = 1U << 24,
  kBehalf = 1U << 25,
  kInDocument = 1U << 26,
};

// Arabic verbs of signing and joining (وقع, انضم), whose names a sentence joins with "و".
constexpr std::array kArabicSigningVerbs = {"\xD9\x88\xD9\x82\xD8\xB9"sv, "\xD8\xA7\xD9\x86\xD8\xB6\xD9\x85"sv};

// Prepositions that open a sentence before its subject, and conjunctions that open a clause
// before it ("Alors que les libertés associatives continuent à être fragilisées, le Mouvement
// Associatif adresse ..."): no name opens so.
constexpr std::array kOpeningPrepositions = {
    "On "sv, "In "sv, "At "sv, "Am "sv, "Em "sv, "Dans "sv, "En "sv, "Durante "sv, "Pendant "sv, "During "sv,
    "Nel "sv, "Nella "sv, "Alors que "sv, "Tandis que "sv, "While "sv, "As "sv, "After "sv, "Apr\xC3\xA8s "sv,
    "Tras "sv, "Despu\xC3\xA9s de "sv, "Ante "sv, "Face \xC3\xA0 "sv, "Frente a "sv, "Following "sv, "Amid "sv,
    "Despite "sv, "Malgr\xC3\xA9 "sv, "Pese a "sv, "A pesar de "sv, "Mientras "sv, "Nachdem "sv, "Angesichts "sv,
    "Sur "sv, "Avec "sv, "Pour "sv, "Par "sv, "Depuis "sv, "Sous "sv, "Avant "sv, "With "sv, "From "sv, "Since "sv,
    "Under "sv, "Before "sv, "Against "sv, "Con "sv, "Sobre "sv, "Desde "sv, "Bajo "sv, "Antes de "sv, "Dopo "sv,
    "Prima di "sv, "Dal "sv, "Nach "sv, "Vor "sv, "Seit "sv, "Mit "sv, "Unter "sv, "Sob "sv, "Ap\xC3\xB3s "sv};

// Adverbs that add a sentence to the one before, before its subject ("Auch der KOK ist
// Mitunterzeichner", "También la FIDH firmó la carta"): no name opens so either.
constexpr std::array kAddingAdverbs = {"Also "sv, "Auch "sv, "Zudem "sv, "Au\xC3\x9F" "erdem "sv, "Ebenso "sv,
                                       "Aussi "sv, "Tambi\xC3\xA9n "sv, "Tamb\xC3\xA9m "sv, "Anche "sv};

bool opens_with_preposition(std::string_view text) {
  return std::any_of(kOpeningPrepositions.begin(), kOpeningPrepositions.end(),
                     [&](std::string_view word) { return text.starts_with(word); });
}

// Verbs with which the signers named before them sign the document named after them ("La
// ADunicamp acaba de assinar a Carta ...", "Amnesty International has signed the open letter"):
// one name is enough, the document makes it a signer.
constexpr std::array kSignsItVerbs = {
    " signed "sv, " has signed "sv, " have signed "sv, " co-signed "sv, " cosigned "sv, " has co-signed "sv,
    " endorsed "sv, " has endorsed "sv, " have endorsed "sv, " a sign\xC3\xA9 "sv, " ont sign\xC3\xA9 "sv,
    " a cosign\xC3\xA9 "sv, " firm\xC3\xB3 "sv, " ha firmado "sv, " han firmado "sv, " suscribi\xC3\xB3 "sv,
    " ha suscrito "sv, " assinou "sv, " assina "sv, " acaba de assinar "sv, " acabam de assinar "sv,
    " subscreveu "sv, " ha firmato "sv, " hanno firmato "sv, " ha sottoscritto "sv, " heeft ondertekend "sv,
    " ondertekende "sv, " undertecknade "sv, " har undertecknat "sv, " unterzeichnete "sv,
    " unterzeichneten "sv,
    // Its one author sends, issues or writes it ("RI has written a letter to Mrs. Sonia Gandhi",
    // "The Coalition on Human Needs sent a letter to all House members"); a publisher of it
    // ("published") is none.
    " sent "sv, " has sent "sv, " have sent "sv, " issued "sv, " has issued "sv, " have issued "sv, " released "sv,
    " has released "sv, " wrote "sv, " has written "sv, " have written "sv, " submitted "sv, " has submitted "sv,
    " a envoy\xC3\xA9 "sv, " a adress\xC3\xA9 "sv, " envi\xC3\xB3 "sv, " ha enviado "sv,
    " emiti\xC3\xB3 "sv, " enviou "sv, " hat geschickt "sv, " ha inviato "sv,
    // and in the present of news and headlines ("le Mouvement Associatif adresse une lettre ouverte").
    " adresse "sv, " envoie "sv, " signe "sv, " sends "sv, " signs "sv, " writes "sv, " env\xC3\xAD" "a "sv,
    " dirige "sv, " remite "sv, " firma "sv, " suscribe "sv, " envia "sv, " schickt "sv, " unterzeichnet "sv,
    " invia "sv,
    // ... and sent by several ("STOP homophobie, SOS homophobie, Le Refuge et Urgence homophobie
    // ont adressé une lettre").
    " ont adress\xC3\xA9 "sv, " ont envoy\xC3\xA9 "sv, " adressent "sv, " envoient "sv, " signent "sv,
    " enviaron "sv, " han enviado "sv, " env\xC3\xAD" "an "sv, " firman "sv, " enviaram "sv, " assinaram "sv,
    " haben geschickt "sv, " schicken "sv, " unterzeichnen "sv, " hanno inviato "sv, " inviano "sv, " firmano "sv,
    " send "sv, " sign "sv, " write "sv, " have released "sv,
    // It joins the document ("CIVICUS has joined a joint letter", "GIESCR joins NGOs' letter"); the
    // verbs of delivering one are of the same group (kDeliveringVerbs).
    " joins "sv, " joined "sv, " has joined "sv, " have joined "sv};

// A State or an organisation delivers a statement that it signs ("Canada delivered the joint
// statement on behalf of 47 countries"); a person who delivers one speaks for a delegation ("The
// Deputy Head of Mission of ..., Fenja Yamaguchi-Fasting, delivers the joint statement"): with
// these verbs (kSignsIt's too) only known names sign.
constexpr std::array kDeliveringVerbs = {" delivered "sv, " has delivered "sv, " delivers "sv};

// Words that count the names before them among the signers ("Die Flüchtlingshilfe Neu-Isenburg
// gehört zu den Unterzeichnern", "Amnesty International is among the signatories").
constexpr std::array kAmongSigners = {
    " is among the signatories"sv, " are among the signatories"sv, " was among the signatories"sv,
    " were among the signatories"sv, " is among the signers"sv, " are among the signers"sv,
    " is one of the signatories"sv, " are some of the signatories"sv, " figure parmi les signataires"sv,
    " figurent parmi les signataires"sv, " fait partie des signataires"sv, " font partie des signataires"sv,
    " est l'un des signataires"sv, " est signataire"sv, " sont signataires"sv, " est\xC3\xA1 entre los firmantes"sv,
    " est\xC3\xA1n entre los firmantes"sv, " se encuentra entre los firmantes"sv, " es uno de los firmantes"sv,
    " es una de las firmantes"sv, " est\xC3\xA1 entre os signat\xC3\xA1rios"sv, " \xC3\xA9 um dos signat\xC3\xA1rios"sv,
    " \xC3\xA9 uma das signat\xC3\xA1rias"sv, " \xC3\xA8 tra i firmatari"sv, " sono tra i firmatari"sv,
    " \xC3\xA8 uno dei firmatari"sv, " geh\xC3\xB6rt zu den unterzeichnern"sv, " geh\xC3\xB6ren zu den unterzeichnern"sv,
    " geh\xC3\xB6rt zu den erstunterzeichnern"sv, " z\xC3\xA4hlt zu den unterzeichnern"sv,
    " behoort tot de ondertekenaars"sv, " \xC3\xA4r en av undertecknarna"sv,
    // One signer said to be one ("Amnesty International is a signatory to the letter", "Auch der
    // KOK ist Mitunterzeichner").
    " is a signatory"sv, " is a co-signatory"sv, " is also a signatory"sv, " is a cosignatory"sv,
    " est cosignataire"sv, " es firmante"sv, " es cofirmante"sv, " \xC3\xA9 signat\xC3\xA1ri"sv,
    " ist mitunterzeichner"sv, " ist unterzeichner"sv, " ist erstunterzeichner"sv, " sind mitunterzeichner"sv};

// What a UN written statement's note says of the organisations that join its submitters ("*
// Asociación Pro Derechos Humanos, Cairo Institute ..., NGO(s) without consultative status,
// also share the views expressed in this statement.").
constexpr std::array kSharedViews = {"also share the views"sv, "also shares the views"sv,
                                     "partagent \xC3\xA9galement les opinions"sv,
                                     "partage \xC3\xA9galement les opinions"sv,
                                     "comparten tambi\xC3\xA9n las opiniones"sv,
                                     "comparte tambi\xC3\xA9n las opiniones"sv};

// The words on whose behalf a letter is written or a statement spoken ("On behalf of A, B and
// C, we write to ...", "I have the honour to speak on behalf of the European Union").
constexpr std::array kOnBehalfOf = {"on behalf of "sv, "en nombre de "sv, "au nom de "sv, "au nom d'"sv,
                                    "em nome de "sv, "em nome da "sv, "em nome do "sv, "im namen von "sv,
                                    "im namen der "sv, "im namen des "sv, "a nome di "sv, "a nome della "sv,
                                    "a nome del "sv};

// Words of speaking or writing before "on behalf of": the speaker speaks for the names after.
constexpr std::array kSpeaking = {"speak"sv, "statement"sv, "writ"sv, "deliver"sv, "hablar"sv, "hablo"sv,
                                  "la parole"sv, "intervenci"sv, "declaraci"sv, "d\xC3\xA9" "claration"sv,
                                  "spreche"sv, "erkl\xC3\xA4rung"sv, "falo"sv, "falar"sv, "escrib"sv,
                                  "\xC3\xA9" "cri"sv, "intervengo"sv, "parlo"sv};

// What opens a sentence whose writers name themselves before speaking in the first person
// ("As A, B and C, we call on ...": SentenceReader::speaking_as), and the pronouns they speak in.
constexpr std::array kSpeakingAs = {"as "sv, "als "sv, "en tant que "sv, "en tant qu'"sv, "como "sv,
                                    "enquanto "sv, "in qualit\xC3\xA0 di "sv};
constexpr std::array kFirstPerson = {" we "sv, " wir "sv, " nous "sv, " nosotros "sv, " nosotras "sv, " n\xC3\xB3s "sv,
                                     " noi "sv, " wij "sv};
// What opens a sentence whose writers name themselves in apposition to "we" ("We, the women of
// the International Indigenous Women's Forum, ...", "Nous, membres du collectif X, ...":
// SentenceReader::we_as).
constexpr std::array kWeAs = {"we, "sv, "nous, "sv, "nosotros, "sv, "nosotras, "sv, "wir, "sv, "noi, "sv,
                              "n\xC3\xB3s, "sv, "wij, "sv};
// What opens the preamble of a declaration of States, their office holders before the States
// they speak for ("The Ministers of Foreign Affairs of the Republic of Armenia, ..., and the
// Republic of Uzbekistan,\nReaffirming ...": SentenceReader::holders_preamble).
constexpr std::array kOfficeHolders = {"the ministers "sv, "the foreign ministers "sv, "the heads of state"sv,
                                       "the leaders of "sv, "the governments of "sv, "the presidents of "sv,
                                       "the prime ministers "sv, "les ministres "sv, "les chefs d'\xC3\xA9tat"sv,
                                       "les gouvernements "sv, "los ministros "sv, "los jefes de estado"sv,
                                       "los presidentes de "sv, "los gobiernos de "sv};
// Where a group of people in that apposition names the organisation they belong to ("the women
// of", "les membres du", "los miembros de la").
constexpr std::array kGroupOf = {" of the "sv, " of "sv, " du "sv, " de la "sv, " de l'"sv, " des "sv, " de los "sv,
                                 " de las "sv, " del "sv, " de "sv, " der "sv, " della "sv, " dell'"sv, " di "sv,
                                 " da "sv, " do "sv, " van de "sv, " van "sv};

// Whether a sentence of the paragraph may open with the words of kSpeakingAs: asked of
// paragraphs that hold no phrase of the other forms, before their sentences are read.
bool may_open_speaking_as(std::string_view folded) {
  const auto opens_at = [&](std::size_t at) {
    const std::string_view sentence = folded.substr(at);
    const auto opens = [&](std::string_view as) { return sentence.starts_with(as); };
    return std::any_of(kSpeakingAs.begin(), kSpeakingAs.end(), opens) || std::any_of(kWeAs.begin(), kWeAs.end(), opens) ||
           std::any_of(kOfficeHolders.begin(), kOfficeHolders.end(), opens);
  };
  if (opens_at(0)) return true;
  for (std::size_t stop = folded.find(". "); stop != std::string_view::npos; stop = folded.find(". ", stop + 2)) {
    if (opens_at(stop + 2)) return true;
  }
  return false;
}

// German participles of signing that close a sentence in the perfect, its signers between
// the auxiliary and them ("Den offenen Brief haben unter anderem A, B und C unterzeichnet.").
constexpr std::array kClosingParticiples = {"unterzeichnet."sv, "unterschrieben."sv, "mitunterzeichnet."sv,
                                            "mitgezeichnet."sv};

// Groups of States or organisations whose members a sentence lists in apposition ("The 68
// members of the International Counter Ransomware Initiative (CRI)—Albania, ...—met").
constexpr std::array kMembershipNouns = {"members of "sv, "member states of "sv, "participating states"sv,
                                         "etats participants"sv, "\xC3\xA9tats participants"sv,
                                         "estados participantes"sv, "estados miembros"sv, "etats membres"sv,
                                         "\xC3\xA9tats membres"sv, "mitgliedstaaten"sv, "teilnehmerstaaten"sv,
                                         "countries of "sv, "pa\xC3\xADses de "sv, "pa\xC3\xADses da "sv,
                                         "pa\xC3\xADses do "sv, "pays de "sv, "pays du "sv, "l\xC3\xA4nder der "sv,
                                         // Signers the sentence speaks of as a group ("In a joint
                                         // statement, the groups — A, B and C — said ...").
                                         "the groups"sv, "the organizations"sv, "the organisations"sv,
                                         "the ngos"sv, "les organisations"sv, "les associations"sv,
                                         "las organizaciones"sv, "as organiza\xC3\xA7\xC3\xB5" "es"sv,
                                         "die organisationen"sv, "le ong"sv, "les ong"sv, "las ong"sv, "as ongs"sv,
                                         "le organizzazioni"sv, "le associazioni"sv,
                                         // A coalition, its members after it ("l'intersyndicale (CFDT, CGT,
                                         // FO, ...) appelle à la grève").
                                         "intersyndicale"sv, "intersindical"sv, "the coalition"sv,
                                         "la coalition"sv, "la coalici\xC3\xB3n"sv, "a coaliz\xC3\xA3o"sv,
                                         "the alliance"sv, "la alianza"sv, "the platform"sv, "la plateforme"sv,
                                         "la plataforma"sv, "le collectif"sv, "el colectivo"sv,
                                         "das b\xC3\xBCndnis"sv, "the network"sv, "le r\xC3\xA9seau"sv};

constexpr std::array kJoiningPhrases = {" joins "sv, " join "sv, " joined "sv, " along with "sv, " together with "sv,
                                        " junto con "sv, " junto a "sv, " aux côtés de "sv, " se suma a "sv,
                                        " se suman a "sv, " se une a "sv, " se unen a "sv, " se junta a "sv,
                                        " s'associe \xC3\xA0 "sv, " s'associent \xC3\xA0 "sv, " se joint \xC3\xA0 "sv,
                                        " se joignent \xC3\xA0 "sv, " rejoint "sv, " soma-se a "sv, " somam-se a "sv,
                                        " schlie\xC3\x9Ft sich "sv, " schlie\xC3\x9F" "en sich "sv};
constexpr std::array kIncludeVerbs = {" include "sv, " includes "sv, " included "sv, " incluyen "sv,
                                      " comprennent "sv};

// Verbs of sending followed by their recipients: "including" after them names recipients ("35
// organisations have written to several bodies, including the African Union").
constexpr std::array kSentTo = {"written to "sv, "wrote to "sv, "write to "sv, "writes to "sv,
                                "writing to "sv, "sent to "sv, "addressed to "sv, "écrit à "sv,
                                "écrit au "sv, "adressée à "sv, "escrito a "sv, "enviado a "sv,
                                "dirigida a "sv};

const BytePhrases& sentence_phrases() {
  static const BytePhrases phrases = [] {
    BytePhrases::Builder builder;
    const auto add = [&](std::span<const std::string_view> table, PhraseGroup group) {
      builder.add(table, static_cast<unsigned>(std::countr_zero(static_cast<std::uint64_t>(group))));
    };
    add(kByPhrases, kBy);
    add(kSignedDocuments, kDocument);
    add(kJointDocuments, kJoint);
    add(kIncluding, kSome);
    add(kSendingVerbs, kSending);
    add(kJoiningPhrases, kJoining);
    add(kIncludeVerbs, kInclude);
    add(kOpeningSigningVerbs, kOpening);
    add(kSignerNouns, kSigners);
    add(kNamingVerbs, kNaming);
    add(kSentTo, kSentToRecipients);
    add(kRepresentatives, kRepresenting);
    add(kLetterTitles, kLetterTitle);
    add(kAfterRepresentatives, kAfterRepresenting);
    add(kAuthoredBy, kAuthors);
    add(kNamedGroups, kNamedGroup);
    add(kComposedOf, kMembers);
    add(kCoalitionNouns, kCoalition);
    add(kVoicingVerbs, kVoicing);
    add(kMembershipNouns, kMembership);
    add(kArabicSigningVerbs, kArabicSigning);
    add(kSignsItVerbs, kSignsIt);
    add(kDeliveringVerbs, kSignsIt);
    add(kAmongSigners, kAmong);
    add(kSharedViews, kSharesViews);
    add(kClosingParticiples, kClosingParticiple);
    add(kOnBehalfOf, kBehalf);
    add(kInADocument, kInDocument);
    return std::move(builder).build();
  }();
  return phrases;
}

// The groups of the phrases that `folded` holds.
std::uint64_t phrase_groups_in(std::string_view folded) { return sentence_phrases().groups_in(folded); }

// Where the first phrase of `group` stands in `folded` from `from` on (npos when none does);
// `length` gets its length.
std::size_t find_any(std::string_view folded, PhraseGroup group, std::size_t from, std::size_t* length = nullptr) {
  const BytePhrases::Found found = sentence_phrases().first(folded, from, group);
  if (found.at != BytePhrases::npos && length != nullptr) *length = found.length;
  return found.at;
}

// Whether a sentence stops at a line break with no mark that ends it, and a comma or a name's
// letter before the break.
bool runs_on(std::string_view sentence) {
  std::size_t end = sentence.size();
  while (end > 0 && (sentence[end - 1] == ' ' || sentence[end - 1] == '\r')) --end;
  if (end == 0 || sentence[end - 1] != '\n') return false;
  --end;
  while (end > 0 && (sentence[end - 1] == ' ' || sentence[end - 1] == '\r')) --end;
  if (end == 0) return false;
  const char last = sentence[end - 1];
  return last == ',' || (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z');
}

// Whether the first `count` commas or semicolons of `text` stand at most a listed name's length
// from each other and from its start ("Amnesty International, Human Rights Watch, FIDH, ...").
bool separated_soon(std::string_view text, std::size_t count) {
  std::size_t from = 0;
  for (std::size_t n = 0; n < count; ++n) {
    const std::size_t at = text.find_first_of(",;", from);
    if (at == std::string_view::npos || at - from > kLongestListedName) return false;
    from = at + 1;
  }
  return true;
}

// Whether `gaps` gaps in a row between the commas or semicolons of `text` are at most a listed
// name's length ("..., Human Rights Watch, FIDH, ARTICLE 19, ...").
bool separators_close(std::string_view text, std::size_t gaps) {
  std::size_t in_a_row = 0;
  std::size_t last = text.find_first_of(",;");
  for (std::size_t at = last; in_a_row < gaps && at != std::string_view::npos; last = at) {
    at = text.find_first_of(",;", last + 1);
    if (at == std::string_view::npos) break;
    in_a_row = at - last <= kLongestListedName ? in_a_row + 1 : 0;
  }
  return in_a_row >= gaps;
}

// Whether three names could stand before `end` in `folded`: two separators at least, a comma
// and a conjunction or two commas.
bool separated_before(std::string_view folded, std::size_t end) {
  const std::string_view before = folded.substr(0, std::min(end, folded.size()));
  const auto commas = std::count(before.begin(), before.end(), ',');
  std::size_t conjunction = 0;
  return commas >= 2 || (commas >= 1 && find_list_conjunction(before, 0, conjunction) != std::string_view::npos);
}

// The number that opens `folded` before "other" ("seven other environmental ... groups", "70
// other"), in digits or in words.
std::optional<std::size_t> counted_before_other(std::string_view folded) {
  const std::size_t space = folded.find(' ');
  if (space == std::string_view::npos || !folded.substr(space).starts_with(" other ")) return std::nullopt;
  return number_of(folded.substr(0, space));
}

// Whether `folded` names one or a few beside others it counts before byte `end` ("The Committee
// to Protect Journalists and 80 other NGOs have urged ...", "ISHR and 18 organisations call on
// ..."): "other", or a count of signers, after a conjunction.
bool beside_others_before(std::string_view folded, std::size_t end) {
  const std::string_view before = folded.substr(0, std::min(end, folded.size()));
  std::size_t conjunction = 0;
  const std::size_t at = find_list_conjunction(before, 0, conjunction);
  if (at == std::string_view::npos) return false;
  const std::string_view after = before.substr(at + conjunction);
  return after.find(" other ") != std::string_view::npos ||
         (leading_digits(after, 6).length > 0 && read_introduction(after).stated);
}

bool is_particle(std::string_view word) {
  return std::find(kNameParticles.begin(), kNameParticles.end(), word) != kNameParticles.end();
}

bool starts_lower_case_letter(std::string_view word) {
  return !word.empty() && word.front() >= 'a' && word.front() <= 'z';
}

// Whether `piece` names an office of an organisation, an article and words in lower case that
// open with a word of roles, before the organisation's name after a preposition ("le directeur général des Hospices Civils de Lyon",
// "the executive director of Amnesty International", "la doyenne de la faculté de médecine"); not
// a description right before a name ("the London-based rights group Amnesty International").
bool office_of(std::string_view piece) {
  static constexpr std::array kArticles = {"the "sv, "le "sv, "la "sv, "l'"sv, "el "sv, "o "sv, "a "sv, "il "sv,
                                           "der "sv, "die "sv};
  static constexpr std::array kPrepositions = {"of"sv, "de"sv, "des"sv, "du"sv, "del"sv, "della"sv, "do"sv, "da"sv,
                                               "dos"sv, "das"sv, "der"sv, "von"sv, "at"sv};
  const auto article = std::find_if(kArticles.begin(), kArticles.end(), [&](std::string_view a) { return piece.starts_with(a); });
  if (article == kArticles.end() || !opens_with_role(piece.substr(article->size()))) return false;
  std::size_t at = article->size();
  bool lower_word = false;
  while (at < piece.size()) {
    const std::size_t end = std::min(piece.find(' ', at), piece.size());
    const std::string_view word = piece.substr(at, end - at);
    if (!starts_lower_case_letter(word)) return false;  // a name before any preposition
    if (lower_word && std::find(kPrepositions.begin(), kPrepositions.end(), word) != kPrepositions.end()) return true;
    lower_word = true;
    at = end + 1;
  }
  return false;
}

// Where a description of the names before it starts, set apart by commas at the end of a
// sentence's subject ("A, B et C, associations dédiées à la défense des droits,", "A and B,
// organisations that defend rights,"): the comma before words in lower case; or npos.
std::size_t trailing_apposition(std::string_view subject) {
  std::size_t end = subject.size();
  while (end > 0 && subject[end - 1] == ' ') --end;
  if (end == 0 || subject[end - 1] != ',') return std::string_view::npos;
  const std::size_t comma = subject.rfind(", ", end - 1);
  if (comma == std::string_view::npos || comma == 0) return std::string_view::npos;
  return starts_lower_case_letter(subject.substr(comma + 2)) ? comma : std::string_view::npos;
}

// Whether `word` is an elided article or preposition before a capital, inside a name ("France
// Terre d’Asile", "Ligue des droits de l'Homme", "Confederazione dell'Industria").
bool elided_before_capital(std::string_view word) {
  for (const std::string_view elided : {"d'"sv, "l'"sv, "d\xE2\x80\x99"sv, "l\xE2\x80\x99"sv, "dell'"sv,
                                        "dell\xE2\x80\x99"sv, "all'"sv, "all\xE2\x80\x99"sv}) {
    if (word.starts_with(elided) && starts_with_capital(word.substr(elided.size()))) return true;
  }
  return false;
}

// Where a run of names that starts at `begin` ends: at the first word in lower case that is no
// particle of a name ("Amnesty International and FIDH sent ..." ends before "sent").
std::size_t end_of_names(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  while (i < end) {
    while (i < end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    const std::size_t word_start = i;
    while (i < end && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    std::string_view word = text.substr(word_start, i - word_start);
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    if (starts_lower_case_letter(word) && !is_particle(word) && !elided_before_capital(word)) return word_start;
  }
  return end;
}

// Whether `text` opens as a name does: with a capital, or with a Markdown link around one
// ("[Apache Software Foundation](https://www.apache.org/)").
bool opens_as_name(std::string_view text) {
  return starts_with_capital(text) || (text.starts_with('[') && starts_with_capital(text.substr(1)));
}

// Where the name inside a piece that a description opens starts ("la organización
// estadounidense Human Rights Watch" -> "Human Rights Watch", "além do Instituto Vladimir
// Herzog"): at its first capitalised word, when the piece opens in lower case.
std::size_t name_after_description(std::string_view piece) {
  constexpr std::size_t kLongestDescription = 3;  // words: "la organización estadounidense"
  // Longer when it ends "of" the name: "the leaders of the Associated Press".
  constexpr std::size_t kLongestGenitive = 6;
  // It opens in lower case, or with an acronym that qualifies a noun ("IT companies Boxcryptor",
  // "EU member states Austria"; not the particle of a name: "MAR por Cuba").
  constexpr std::size_t kLongestParticle = 3;
  const std::size_t first_space = piece.find(' ');
  const std::string_view first_word = piece.substr(0, first_space);
  const std::string_view second_word =
      first_space == std::string_view::npos ? std::string_view{} : piece.substr(first_space + 1, piece.find(' ', first_space + 1) - first_space - 1);
  const bool qualifying_acronym = first_word.size() >= 2 && first_word.size() <= 5 &&
                                  std::all_of(first_word.begin(), first_word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                                  second_word.size() > kLongestParticle && second_word.front() >= 'a' && second_word.front() <= 'z';
  // A plural noun of signers before the name, capitalised or not ("the NGOs Child Rights Connect").
  const auto group_before_name = [&](std::size_t at) {
    return opens_with_group_noun(piece.substr(at)) && piece.find(' ', at) != std::string_view::npos;
  };
  if (piece.empty() || !((piece.front() >= 'a' && piece.front() <= 'z') || qualifying_acronym || group_before_name(0))) {
    return std::string_view::npos;
  }
  // An elided article before the name: "l’Organisation Mondiale Contre la Torture", "d'Amnesty".
  for (const std::string_view elided : {"l'"sv, "l\xE2\x80\x99"sv, "d'"sv, "d\xE2\x80\x99"sv}) {
    if (piece.starts_with(elided) && opens_as_name(piece.substr(elided.size()))) return elided.size();
  }
  std::size_t words = 1;
  bool genitive = false;  // the word before is "of", "de", "von"... (an article may follow it)
  std::size_t word_start = 0;
  for (std::size_t i = 1; i < piece.size(); ++i) {
    if (piece[i - 1] != ' ') continue;
    const std::string_view word = piece.substr(word_start, i - 1 - word_start);
    if (word == "of" || word == "de" || word == "del" || word == "des" || word == "du" || word == "von" ||
        word == "der" || word == "do" || word == "da") {
      genitive = true;
    } else if (!(word == "the" || word == "la" || word == "le" || word == "los" || word == "las" || word == "l'")) {
      genitive = false;
    }
    word_start = i;
    if (++words > kLongestGenitive + 1) return std::string_view::npos;
    // An elided article before the name: "de l'Italie", "d’Amnesty".
    std::size_t name = i;
    for (const std::string_view elided : {"l'"sv, "l\xE2\x80\x99"sv, "d'"sv, "d\xE2\x80\x99"sv}) {
      if (piece.substr(i).starts_with(elided)) name = i + elided.size();
    }
    if (opens_as_name(piece.substr(name)) && !group_before_name(name)) {
      return words <= kLongestDescription + 1 || genitive ? name : std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

// Where a folded sentence goes on after the salutation that a wrapped letter ran into it
// ("dear president, on behalf of ...", after a page's chrome: "twitterfacebook dear president,
// ..."): after its comma, or 0 when none stands among its first words.
std::size_t after_salutation(std::string_view folded) {
  static constexpr std::array kSalutations = {
      "dear "sv, "cher "sv, "ch\xC3\xA8re "sv, "chers "sv, "ch\xC3\xA8res "sv, "madame,"sv, "monsieur,"sv,
      "estimado "sv, "estimada "sv, "estimados "sv, "estimadas "sv, "caro "sv, "cara "sv, "cari "sv, "gentile "sv,
      "egregio "sv, "sehr geehrte"sv, "liebe "sv, "lieber "sv, "prezado "sv, "prezada "sv, "prezados "sv};
  constexpr std::size_t kLongestSalutation = 80;  // bytes: "Dear Secretary-General, dear Ambassadors,"
  constexpr std::size_t kChromeBefore = 40;       // bytes of a page's words before it
  for (std::size_t at = 0; at <= kChromeBefore && at < folded.size();) {
    const std::string_view rest = folded.substr(at);
    if (std::any_of(kSalutations.begin(), kSalutations.end(), [&](std::string_view word) { return rest.starts_with(word); })) {
      const std::size_t comma = rest.substr(0, kLongestSalutation).find(',');
      return comma == std::string_view::npos ? 0 : at + comma + 1;
    }
    const std::size_t space = folded.find_first_of(" \n", at);
    if (space == std::string_view::npos) break;
    at = space + 1;
  }
  return 0;
}

bool speaks_of_others(std::string_view piece) {
  const std::string folded = ascii_lower(piece.substr(0, 20));
  return std::any_of(kOthers.begin(), kOthers.end(), [&](std::string_view word) { return folded.starts_with(word); });
}

// Whether a folded piece of a run of names joins others to them without naming them ("together
// with many other organisations", "insieme a tante altre associazioni", "junto con otras
// organizaciones", "avec d'autres syndicats"): the names before it are some of the signers.
bool accompanied_by_others(std::string_view folded) {
  static constexpr std::array kAlongWith = {
      "together with "sv, "along with "sv, "alongside "sv, "insieme a "sv, "insieme ad "sv, "assieme a "sv,
      "junto con "sv, "junto a "sv, "junto com "sv, "juntamente com "sv, "avec "sv, "aux c\xC3\xB4t\xC3\xA9s d'"sv,
      "aux c\xC3\xB4t\xC3\xA9s de "sv, "zusammen mit "sv, "gemeinsam mit "sv};
  constexpr std::size_t kWordsBeforeOther = 3;  // "together with many other", "insieme a tante altre"
  for (const std::string_view along : kAlongWith) {
    if (!folded.starts_with(along)) continue;
    std::string_view rest = folded.substr(along.size());
    for (std::size_t word = 0; word < kWordsBeforeOther && !rest.empty(); ++word) {
      if (speaks_of_others(rest)) return true;
      rest.remove_prefix(std::min(rest.find(' ') + 1, rest.size()));
    }
    return false;
  }
  return false;
}

// Where the name that opens `text` ends, before the rest of its sentence ("Human Rights Watch in
// a letter to ...", "... Anwälteverein finden Sie im Anhang"): before its first word in lower
// case that is no particle of a name, when the words before it read as a name and end with no
// particle ("Ligue des | droits de l'Homme" goes on, French names hold words in lower case);
// npos when the name does not end inside `text`.
std::size_t end_of_leading_name(std::string_view text, const NameWeight& weight) {
  const std::size_t head = end_of_names(text, 0, text.size());
  std::size_t head_end = head;
  while (head_end > 0 && (text[head_end - 1] == ' ' || text[head_end - 1] == ',')) --head_end;
  if (head_end == 0 || head >= text.size()) return std::string_view::npos;
  std::string_view name = text.substr(0, head_end);
  const auto last_word = [&] {
    const std::size_t last_space = name.rfind(' ');
    return last_space == std::string_view::npos ? name : name.substr(last_space + 1);
  };
  // English words that open what the sentence says of the name ("FIDH on the trial") go with
  // the rest; a French or Spanish particle goes on into the name ("Ligue des droits").
  static constexpr std::array kClauseWords = {"on"sv, "in"sv, "the"sv, "for"sv, "against"sv, "at"sv};
  while (std::find(kClauseWords.begin(), kClauseWords.end(), last_word()) != kClauseWords.end() &&
         name.size() > last_word().size()) {
    name = name.substr(0, name.size() - last_word().size() - 1);
  }
  if (is_particle(last_word()) || weight(name) < kSentenceName) return std::string_view::npos;
  return name.size();
}

// The items of a run that read as names, from the first: the run ends at the first that does
// not even look like a name, which keeps its head when that reads as a name ("Human Rights Watch
// in a letter to ..."), or at the others it speaks of ("and many more": `others` is set). Names
// that only look like names (capitalised words: "iFreedom Uganda") count between names that
// read as names, not at the end.
// Whether `item` follows its list's conjunction in `text` ("... e Antigone", "... und Pro Asyl").
bool after_conjunction(std::string_view text, const RawItem& item) {
  std::string_view before = text.substr(0, item.text.source_of(0));
  if (!before.ends_with(' ')) return false;
  before.remove_suffix(1);
  // An article the name dropped stands between ("... and the National Community ..."): a short
  // word in lower case.
  constexpr std::size_t kLongestArticle = 3;
  const std::size_t space = before.rfind(' ');
  if (space != std::string_view::npos && before.size() - space - 1 <= kLongestArticle &&
      std::all_of(before.begin() + static_cast<std::ptrdiff_t>(space) + 1, before.end(),
                  [](char c) { return c >= 'a' && c <= 'z'; }) &&
      trailing_list_conjunction(before.substr(0, space)) != 0) {
    return true;
  }
  return trailing_list_conjunction(before) != 0;
}

// Whether a list's shape says its pieces are names, whatever each weighs alone: three or more,
// each of a few words that look like a name's, the last after the list's conjunction
// ("Boxcryptor, Mailfence, Tresorit and Tutanota", "CGT, FO, Solidaires et FSU").
bool shaped_as_names(const std::vector<RawItem>& items, std::string_view document_text,
                     const std::function<bool(std::string_view)>& looks_like_name) {
  constexpr std::size_t kFewest = 3;
  constexpr std::size_t kMostWords = 4;
  return items.size() >= kFewest && after_conjunction(document_text, items.back()) &&
         std::all_of(items.begin(), items.end(), [&](const RawItem& item) {
           const std::string& name = item.text.text();
           return word_count(name, kMostWords + 1) <= kMostWords && looks_like_name(name);
         });
}

// The signers a run of names speaks of after them without naming them: whether it does ("and
// many others"), and how many when it counts them ("and 58 other organizations").
struct Others {
  bool named = false;
  std::optional<std::size_t> counted;
};

// `closed`: the run is all the names (a list in parentheses), no sentence goes on after its last.
std::vector<RawItem> leading_names(std::vector<RawItem> items, std::string_view document_text, const NameWeight& weight,
                                   Others& others, bool closed) {
  std::vector<RawItem> names;
  std::vector<double> weights;   // of each name kept
  std::size_t last_strong = 0;  // names[0, last_strong) end with a name that reads as one
  std::size_t read = 0;         // items read
  for (RawItem& item : items) {
    ++read;
    const std::string& text = item.text.text();
    // Past the first piece: "unter anderem die Diakonie Deutschland" opens the names ("among
    // others, ..."), where "and many more" closes them.
    if (read > 1 && speaks_of_others(text)) {
      others.named = true;
      break;
    }
    // "and 58 other co-signing organizations": the others, and how many.
    if (const std::optional<std::size_t> count = counted_before_other(ascii_lower(without_conjunction(text)));
        read > 1 && count) {
      others.named = true;
      others.counted = count;
      break;
    }
    // A description first: "la organización estadounidense Human Rights Watch", "the leaders of
    // the Associated Press" (a name that only looks like one counts if names that read as names
    // follow).
    if (const std::size_t start = name_after_description(text); start != std::string_view::npos) {
      const double tail_weight = weight(std::string_view(text).substr(start));
      if (tail_weight >= kListedName) {
        names.push_back({item.text.slice(start, text.size()), item.person});
        weights.push_back(tail_weight);
        if (tail_weight >= kSentenceName) last_strong = names.size();
        continue;
      }
    }
    const double item_weight = weight(text);
    // In a long run of names, one the weights miss ("medico international", in lower case)
    // stays between names that read as names; a piece of the sentence ends the run.
    const bool between_names = last_strong >= kNamesBeforeALowerCaseOne && item_weight > 0.0 &&
                               text.size() <= kLongestListedName && text.find('.') == std::string::npos;
    if (item_weight >= kListedName || between_names) {
      names.push_back(std::move(item));
      weights.push_back(item_weight);
      if (item_weight >= kSentenceName) last_strong = names.size();
      continue;
    }
    if (const std::size_t head_end = end_of_leading_name(text, weight); head_end != std::string_view::npos) {
      names.resize(last_strong);
      weights.resize(last_strong);
      names.push_back({item.text.slice(0, head_end), item.person});
      weights.push_back(kSentenceName);
      last_strong = names.size();
    }
    break;
  }
  // The run ends with its last name that reads as one, or, after enough of those, with the last
  // that looks like one ("..., Sky News, The New Yorker, and The Economist").
  std::size_t end = names.size();
  const auto looks_like_name = [&](std::size_t i) { return weights[i] >= kListedName; };
  // Names that only look like names fill the rest of the sentence in a list shaped as names
  // ("Joint statement by Boxcryptor, Mailfence, Tresorit and Tutanota.").
  if (last_strong == 0 && read == items.size() && names.size() == items.size() &&
      shaped_as_names(names, document_text, [&](std::string_view name) { return weight(name) >= kListedName; })) {
    last_strong = names.size();
  }
  if (last_strong >= kNamesBeforeALowerCaseOne) {
    while (end > last_strong && !looks_like_name(end - 1)) --end;
  } else {
    end = last_strong;
    // The names after the last that reads as one, up to one after the list's last conjunction,
    // close it whatever their weight ("A, B e Antigone, chiede ...", "A, Quercus and Geota.",
    // "... und Pro Asyl unterzeichnet"): the sentence goes on after them, or ends with them,
    // when the last may be longer ("... and the National Community for Human Rights and Law.").
    constexpr std::size_t kMostWords = 5;
    constexpr std::size_t kMostWordsEndingTheSentence = 10;
    const auto short_names = [&](std::size_t first, std::size_t last, std::size_t most) {
      for (std::size_t i = first; i < last; ++i) {
        if (!looks_like_name(i) || word_count(names[i].text.text(), most + 1) > most) return false;
      }
      return true;
    };
    if (last_strong > 0 && names.size() > last_strong && after_conjunction(document_text, names.back())) {
      const ItemText& last = names.back().text;
      const std::size_t after = last.text().empty() ? 0 : last.source_of(last.text().size() - 1) + 1;
      const bool ends_sentence = after >= document_text.size() || document_text[after] == '.' || document_text[after] == '\n';
      const std::size_t most = ends_sentence ? kMostWordsEndingTheSentence : kMostWords;
      if (short_names(last_strong, names.size() - 1, kMostWords) && short_names(names.size() - 1, names.size(), most)) {
        end = names.size();
      }
    }
  }
  names.resize(end);
  // The sentence goes on after its last name ("... und Anwälteverein finden Sie im Anhang"): the
  // name ends before the first word in lower case that no name holds.
  if (!closed && !names.empty() && end == read && read == items.size()) {
    const std::size_t head_end = end_of_leading_name(names.back().text.text(), weight);
    if (head_end != std::string_view::npos) names.back().text = names.back().text.slice(0, head_end);
  }
  return names;
}

// "signed by 22 countries: Australia, ..." and "signed by more than 40 groups, including A, B":
// where the names start after the words that count them, or `start` when none do.
std::size_t after_count(std::string_view folded, std::size_t start, std::size_t end) {
  const std::size_t reach = std::min(end, start + kCountReach);
  const std::size_t colon = folded.find(':', start);
  const std::size_t comma = folded.find(',', start);
  if (colon < reach && colon < comma) return colon + 1;
  std::size_t length = 0;
  const std::size_t including = find_any(folded.substr(0, reach), kSome, start, &length);
  if (including != std::string_view::npos && read_introduction(folded.substr(start, including - start)).stated) {
    return including + length;
  }
  return start;
}

// People of organisations or places, whom a sentence names by what they lead ("released by
// leaders of the House Democratic Caucuses", "former leaders of Canada, Japan, ..."): the
// organisations and places are no signers.
constexpr std::array kPeopleOf = {"leaders of "sv, "members of "sv, "heads of "sv, "chairs of "sv,
                                  "representatives of "sv, "presidents of "sv, "directors of "sv,
                                  "dirigeants de "sv, "responsables de "sv, "dirigentes de "sv};

class SentenceReader {
 public:
  // `lowered`: the text as lower_case_in_place gives it, at the same offsets.
  // `stated_counts`: the numbers of signers the document states (stated_counts).
  SentenceReader(std::string_view text, std::string_view lowered, const NameWeight& name_weight,
                 std::vector<std::size_t> stated_counts)
      : text_(text), lowered_(lowered), name_weight_(name_weight), stated_counts_(std::move(stated_counts)) {}

  // The names of a sentence that opens by referring back to signers ("Among them are A and B,
  // both former ...", "Others include C, president of ...; D ..."): read where the sentence
  // before said who signs without naming them all.
  std::optional<ProseList> read_more(ByteSpan sentence, bool after_unfinished) const {
    // Each before a space, a colon or a comma; the longest that opens the sentence counts.
    static constexpr std::array kMore = {
        "among them"sv, "among them are"sv, "among them is"sv, "others include"sv, "they include"sv, "these include"sv,
        "among those who signed are"sv, "entre ellos"sv, "entre ellas"sv, "entre ellos est\xC3\xA1n"sv,
        "entre ellas est\xC3\xA1n"sv, "entre eles"sv, "entre elas"sv, "entre eles est\xC3\xA3o"sv,
        "entre elas est\xC3\xA3o"sv, "parmi eux"sv, "parmi elles"sv, "parmi eux figurent"sv, "darunter"sv,
        "unter ihnen"sv, "tra questi"sv, "tra loro"sv, "fra questi"sv, "tra di loro"sv};
    const std::string_view folded = lowered_.substr(sentence.start, std::min<std::size_t>(40, sentence.end - sentence.start));
    std::size_t names = std::string_view::npos;
    for (const std::string_view opening : kMore) {
      const bool opens = folded.starts_with(opening) && folded.size() > opening.size() &&
                         std::string_view(" :,").find(folded[opening.size()]) != std::string_view::npos;
      if (opens && (names == std::string_view::npos || opening.size() > names)) names = opening.size();
    }
    // "Those leaders include: ...", "These organisations are ...": the group just named.
    if (names == std::string_view::npos && (folded.starts_with("those ") || folded.starts_with("these "))) {
      const std::size_t noun_end = folded.find(' ', 6);
      for (const std::string_view verb : {" include"sv, " are"sv}) {
        if (noun_end != std::string_view::npos && folded.substr(noun_end).starts_with(verb)) {
          names = noun_end + verb.size();
          break;
        }
      }
    }
    if (names == std::string_view::npos) return after_unfinished ? rest_of_list(sentence) : std::nullopt;
    sentence.end = std::min(sentence.end, sentence.start + kLongestSentence);
    const std::string_view whole = lowered_.substr(sentence.start, sentence.end - sentence.start);
    while (names < whole.size() && (whole[names] == ':' || whole[names] == ' ' || whole[names] == ',')) ++names;
    std::optional<ProseList> list = names_from(sentence, whole, names);
    if (list) list->introduction.partial = true;
    return list;
  }

  std::optional<ProseList> read(ByteSpan sentence) const {
    std::optional<ProseList> list = read_forms(sentence);
    if (list) add_names_in_addition(sentence, *list);
    return list;
  }

  // The names of a sentence read from their run alone, whatever words it uses: counted_elsewhere,
  // long_run.
  std::optional<ProseList> read_runs(ByteSpan sentence) const {
    if (std::optional<ProseList> list = counted_elsewhere(sentence)) return list;
    return long_run(sentence);
  }

 private:
  // The rest of a list that a full stop cut (ends_unfinished): a sentence of names alone, most
  // reading as names, its last after the list's conjunction ("Coalition Against Bullingdon
  // Immigration Removal Centre, Campaign to Close Campsfield, ... and Zimbabwe Association.").
  std::optional<ProseList> rest_of_list(ByteSpan sentence) const {
    constexpr std::size_t kFewest = 2;
    for (NameRun& run : name_runs(sentence, kFewest, true)) {
      if (!run.whole || !after_conjunction(text_, run.names.back())) continue;
      ProseList list;
      list.items = std::move(run.names);
      return list;
    }
    return std::nullopt;
  }

  // A run of names as long as a count of signers the document states elsewhere, whatever the
  // sentence says of them: "cinq ONG renforcent leur soutien" in the title, then "Amnesty
  // International France, La Cimade, Médecins du Monde, Médecins Sans Frontières et le Secours
  // Catholique-Caritas France s'engagent ..."; "15 países han firmado un comunicado", then
  // "España es uno de los que figura en la lista, junto con Colombia, ..., Portugal y Uruguay."
  // (the name that opens the sentence and the run make the count). The count and the names
  // agree, which a list of places, topics or dates seldom does by chance.
  std::optional<ProseList> counted_elsewhere(ByteSpan sentence) const {
    constexpr std::size_t kFewest = 4;
    if (sentence.start >= kCountedOpening) return std::nullopt;
    // The fewest names a count of them may match, the subject's aside.
    std::size_t fewest = 0;
    for (const std::size_t count : stated_counts_) {
      if (count >= kFewest && (fewest == 0 || count < fewest)) fewest = count;
    }
    if (fewest == 0) return std::nullopt;
    for (NameRun& run : name_runs(sentence, fewest - 1, false)) {
      for (const std::size_t count : stated_counts_) {
        const bool with_subject = run.subject && run.names.size() + 1 == count;
        if (count < kFewest || !(run.names.size() == count || with_subject)) continue;
        ProseList list;
        list.introduction.stated = count;
        if (with_subject) list.items.push_back(*run.subject);
        list.items.insert(list.items.end(), std::make_move_iterator(run.names.begin()), std::make_move_iterator(run.names.end()));
        return list;
      }
    }
    return std::nullopt;
  }

  // A long run of names, four in five reading as names, that opens a sentence speaking of a
  // joint text or of signing ("Amnistía Internacional, Human Rights Watch, FIDH, ARTICLE 19, PEN
  // Internacional y Reporteros Sin Fronteras han elaborado la carta"): whatever verb follows,
  // five names and more are its signers.
  std::optional<ProseList> long_run(ByteSpan sentence) const {
    constexpr std::size_t kFewest = 5;
    const std::string_view folded = lowered_.substr(sentence.start, sentence.end - sentence.start);
    if ((phrase_groups_in(folded) & (kDocument | kJoint | kSigners | kSignsIt | kBy | kVoicing)) == 0) return std::nullopt;
    for (NameRun& run : name_runs(sentence, kFewest, true)) {
      if (5 * run.strong < 4 * run.names.size()) continue;
      ProseList list;
      if (run.subject) list.items.push_back(*run.subject);
      list.items.insert(list.items.end(), std::make_move_iterator(run.names.begin()), std::make_move_iterator(run.names.end()));
      return list;
    }
    return std::nullopt;
  }

  // The name of the piece before a run that belongs to it: the capitalised words that end the
  // piece ("The ambassadors to Pakistan of the United States, Canada, ..."), or else the name
  // that opens it ("España es uno de los que figura en la lista, junto con Colombia, ...").
  std::optional<RawItem> subject_of(const RawItem& piece) const {
    const std::string& words = piece.text.text();
    std::size_t tail = words.size();
    // Word by word from the end: `tail` opens a word, the space before it is tail - 1.
    while (tail > 1) {
      const std::size_t space = words.rfind(' ', tail - 2);
      const std::size_t word = space == std::string::npos ? 0 : space + 1;
      if (!starts_with_capital(std::string_view(words).substr(word))) break;
      tail = word;
    }
    if (tail > 0 && tail < words.size() && reads_as_name_(std::string_view(words).substr(tail))) {
      return RawItem{piece.text.slice(tail, words.size()), piece.person};
    }
    if (const std::size_t head_end = end_of_leading_name(words, name_weight_); head_end != std::string_view::npos) {
      return RawItem{piece.text.slice(0, head_end), piece.person};
    }
    return std::nullopt;
  }

  // A run of pieces of a sentence that look like names (most read as names), and the name of
  // the piece before it when the run starts at the sentence's second piece (subject_of).
  struct NameRun {
    std::vector<RawItem> names;
    std::size_t strong = 0;  // names that read as names
    std::optional<RawItem> subject;
    bool whole = false;  // the run is the whole sentence
  };

  // The runs of `fewest` names or more in a sentence, split as inline_items splits it; with
  // `opening`, only the one that opens the sentence.
  std::vector<NameRun> name_runs(ByteSpan sentence, std::size_t fewest, bool opening) const {
    std::vector<NameRun> runs;
    sentence.end = std::min(sentence.end, sentence.start + kLongestSentence);
    const std::string_view whole = text_.substr(sentence.start, sentence.end - sentence.start);
    if (static_cast<std::size_t>(std::count(whole.begin(), whole.end(), ',')) + 1 < fewest) return runs;
    std::size_t end = sentence.end;
    while (end > sentence.start && (text_[end - 1] == '.' || text_[end - 1] == ' ' || text_[end - 1] == '\n')) --end;
    // A dateline opens a press release's first sentence: "(Nice/Paris, le 27/04/17)", "7 August
    // 2012- ", "GENEVA (Reuters) - " (after_dateline).
    std::size_t start = sentence.start;
    if (whole.starts_with('(')) {
      if (const std::size_t close = whole.find(')'); close != std::string_view::npos) start += close + 1;
      while (start < end && text_[start] == ' ') ++start;
    }
    start = after_dateline(start, end);
    // An opening run starts with a name, and its first separators come a name's length apart;
    // any run holds separators a name's length apart.
    const std::string_view span = text_.substr(start, end - start);
    if (start >= end || (opening ? !opens_as_name(span) || !separated_soon(span, fewest - 2)
                                 : !separators_close(span, fewest - 2))) {
      return runs;
    }
    std::vector<RawItem> pieces = inline_items(text_, start, end, is_known_, reads_as_name_);
    if (pieces.size() < fewest) return runs;
    // The first and the last piece of a run may hold words of the sentence around the name
    // ("junto con Colombia", "... Caritas France s'engagent à ...").
    const auto name_of = [&](const RawItem& piece, bool first, bool last) -> std::optional<RawItem> {
      const std::string& words = piece.text.text();
      RawItem name = piece;
      if (first) {
        if (const std::size_t name_start = name_after_description(words); name_start != std::string_view::npos) {
          name.text = name.text.slice(name_start, words.size());
        }
      }
      if (last) {
        const std::string& named = name.text.text();
        if (const std::size_t head_end = end_of_leading_name(named, name_weight_); head_end != std::string_view::npos) {
          name.text = name.text.slice(0, head_end);
        }
      }
      if (!looks_like_name_(name.text.text())) return std::nullopt;
      return name;
    };
    for (std::size_t begin = 0; begin < pieces.size() && !(opening && begin > 0);) {
      const std::size_t run_begin = begin;
      NameRun run;
      std::size_t k = run_begin;
      for (; k < pieces.size(); ++k) {
        if (std::optional<RawItem> name = name_of(pieces[k], k == run_begin, false)) {
          run.names.push_back(std::move(*name));
          continue;
        }
        // A piece that goes on into the sentence ends the run with the name it opens.
        if (std::optional<RawItem> head = name_of(pieces[k], k == run_begin, true)) {
          run.names.push_back(std::move(*head));
          ++k;
        }
        break;
      }
      const bool to_the_end = k == pieces.size() && !run.names.empty() &&
                              run.names.back().text.text().size() == pieces.back().text.text().size();
      begin = std::max(k, run_begin + 1);
      const bool opens_sentence = run_begin == 0 && !run.names.empty() &&
                                  run.names.front().text.text().size() == pieces.front().text.text().size();
      if (opening && !opens_sentence) break;
      run.whole = opens_sentence && to_the_end;
      run.strong = static_cast<std::size_t>(std::count_if(run.names.begin(), run.names.end(), [&](const RawItem& name) {
        return reads_as_name_(name.text.text());
      }));
      // Most of the names read as names, not only look like them.
      if (run.names.size() < fewest || 2 * run.strong < run.names.size()) continue;
      if (run_begin == 1) run.subject = subject_of(pieces.front());
      runs.push_back(std::move(run));
    }
    return runs;
  }

  // The names a sentence that names signers opens with "in addition to" ("In addition to CONGAD
  // and Raddho, the Senegalese League of Human Rights ... signed the joint declaration"): they
  // sign too, before the others.
  void add_names_in_addition(ByteSpan sentence, ProseList& list) const {
    const std::optional<ByteSpan> names_span = in_addition_names(sentence.start, sentence.end);
    if (!names_span || list.items.empty() || list.items.front().text.source_of(0) < names_span->end) return;
    const std::size_t comma = names_span->end;
    const std::size_t start = past_article(names_span->start, comma);
    std::vector<RawItem> names = inline_items(text_, start, comma, is_known_, reads_as_name_);
    if (names.empty() || !all_read_as_names(names)) return;
    list.items.insert(list.items.begin(), std::make_move_iterator(names.begin()), std::make_move_iterator(names.end()));
  }

  std::optional<ProseList> read_forms(ByteSpan sentence) const {
    sentence.end = std::min(sentence.end, sentence.start + kLongestSentence);
    const std::string_view folded = lowered_.substr(sentence.start, sentence.end - sentence.start);
    const std::uint64_t groups = phrase_groups_in(folded);
    const auto has = [&](std::uint64_t wanted) { return (groups & wanted) == wanted; };
    if ((groups & (kDocument | kJoint | kVoicing | kSending | kAmong | kSigners | kSignsIt)) != 0) {
      if (std::optional<ProseList> list = representing(sentence, folded)) return list;
      if (std::optional<ProseList> list = counted_apposition(sentence, folded)) return list;
    }
    if (has(kBy) && (has(kDocument) || document_before(sentence.start))) {
      if (std::optional<ProseList> list = signed_by(sentence, folded)) return list;
    }
    if (has(kNamedGroup)) {
      if (std::optional<ProseList> list = named_group(sentence, folded)) return list;
    }
    if (has(kJoint)) {
      if (std::optional<ProseList> list = joint_title(sentence, folded)) return list;
    }
    if (has(kAuthors)) {
      if (std::optional<ProseList> list = authored_by(sentence, folded)) return list;
    }
    if (has(kMembers | kCoalition)) {
      if (std::optional<ProseList> list = coalition_members(sentence, folded)) return list;
    }
    if (has(kMembership)) {
      if (std::optional<ProseList> list = members_in_apposition(sentence, folded)) return list;
    }
    if (has(kJoining)) {
      if (std::optional<ProseList> list = joining(sentence, folded)) return list;
    }
    // ("Among those who signed are actor A, authors such as B and C, ...": the words for the
    // signers come first, "such as" opens a group inside their list, read whole below.)
    if ((has(kSome) || has(kInclude)) &&
        !(folded.starts_with("among ") && has(kSigners) && find_any(folded, kSigners, 0) < find_any(folded, kSome, 0))) {
      if (std::optional<ProseList> list = some_named(sentence, folded)) return list;
    }
    if (has(kSigners)) {
      if (std::optional<ProseList> list = signers_are(sentence, folded)) return list;
    }
    if (has(kOpening)) {
      if (std::optional<ProseList> list = signing_verb_first(sentence, folded)) return list;
    }
    if (has(kJoint)) {
      if (std::optional<ProseList> list = joint_with(sentence, folded)) return list;
    }
    if (has(kJoint) || has(kDocument | kSending) || has(kSentToRecipients | kSending)) {
      if (std::optional<ProseList> list = senders(sentence, folded)) return list;
    }
    if (has(kClosingParticiple)) {
      if (std::optional<ProseList> list = signed_in_the_perfect(sentence, folded)) return list;
    }
    if (has(kSharesViews)) {
      if (std::optional<ProseList> list = sharing_views(sentence, folded)) return list;
    }
    if (has(kAmong) || has(kSignsIt | kDocument)) {
      if (std::optional<ProseList> list = signs_it(sentence, folded)) return list;
    }
    if (has(kBehalf)) {
      if (std::optional<ProseList> list = on_behalf(sentence, folded)) return list;
    }
    if (std::optional<ProseList> list = speaking_as(sentence, folded)) return list;
    if (std::optional<ProseList> list = we_as(sentence, folded)) return list;
    if (std::optional<ProseList> list = holders_preamble(sentence, folded)) return list;
    if (has(kInDocument)) {
      if (std::optional<ProseList> list = voiced_in_document(sentence, folded)) return list;
    }
    if (has(kVoicing)) {
      if (std::optional<ProseList> list = voicing(sentence, folded)) return list;
    }
    if (has(kArabicSigning)) {
      if (std::optional<ProseList> list = arabic_joined_names(sentence)) return list;
    }
    return read_runs(sentence);
  }

  // Names set apart between dashes or in parentheses right after the words that count them, as
  // many as the count says, in a sentence that speaks of signing or of a joint stance ("three
  // Nobel laureates - Nadine Gordimer, Seamus Heaney and Wole Soyinka - as well as ...",
  // "cinco centrais sindicais – Força Sindical, CTB, UGT, NCST e CSB – divulgaram nota
  // conjunta"): the count and the names agree. Uncounted, three names at least in parentheses
  // after a plural noun of signing groups ("L'ensemble des syndicats de journalistes (SNJ,
  // SNJ-CGT, CFDT, ...) interpellent les pouvoirs publics").
  std::optional<ProseList> counted_apposition(ByteSpan sentence, std::string_view folded) const {
    constexpr std::size_t kCountReachWords = 5;  // "three Nobel laureates in literature"
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kMarks = {{
        {" - "sv, " - "sv}, {" \xE2\x80\x93 "sv, " \xE2\x80\x93 "sv}, {" \xE2\x80\x94 "sv, " \xE2\x80\x94 "sv}, {" ("sv, ")"sv}}};
    for (const auto& [open, close] : kMarks) {
      const std::size_t at = folded.find(open);
      if (at == std::string_view::npos) continue;
      const std::size_t inner = at + open.size();
      const std::size_t end = folded.find(close, inner);
      if (end == std::string_view::npos) continue;
      std::optional<std::size_t> count;
      bool group = false;  // a plural noun of signing groups, uncounted: "l'ensemble des syndicats (A, B, C)"
      const std::vector<std::string_view> before = words_of(folded.substr(0, at));
      for (std::size_t w = before.size() > kCountReachWords ? before.size() - kCountReachWords : 0; w < before.size(); ++w) {
        if (const std::optional<std::size_t> number = number_of(before[w])) count = number;
        const std::size_t word_start = static_cast<std::size_t>(before[w].data() - folded.data());
        group = group || (close == ")"sv && opens_with_group_noun(folded.substr(word_start, at - word_start)));
      }
      if ((!count || *count < 2) && !group) continue;
      // The signing or the stance is said of them: before the names, or just after them ("...
      // with the five unions (A, B, C, D, E), but the letter will be signed by three" is not).
      constexpr std::size_t kStanceReach = 60;  // bytes after the names: "– divulgaram nota conjunta"
      const std::string_view around = folded.substr(0, std::min(folded.size(), end + close.size() + kStanceReach));
      if ((phrase_groups_in(around) & (kDocument | kJoint | kVoicing | kSending | kAmong | kSigners | kSignsIt)) == 0) continue;
      const ByteSpan names{sentence.start + inner, sentence.start + end};
      std::optional<ProseList> list = names_from(names, folded.substr(inner, end - inner), 0, close == ")"sv);
      constexpr std::size_t kFewestUncounted = 3;
      if (list && (count ? list->items.size() == *count : list->items.size() >= kFewestUncounted)) return list;
    }
    return std::nullopt;
  }

  // "The letter was signed by A, B and C." ; "... endorsed by 22 countries: A, B, ..."
  // "Die gemeinsame Erklärung von A, B und C finden Sie im Anhang": two names at least, and no
  // one on whose behalf the authors speak (those are the signers: "Statement by Ms Nell
  // Stewart, First Secretary, ..., on behalf of Canada, Australia and New Zealand").
  std::optional<ProseList> authored_by(ByteSpan sentence, std::string_view folded) const {
    std::size_t length = 0;
    const std::size_t at = find_any(folded, kAuthors, 0, &length);
    if (find_any(folded, kBehalf, 0) != std::string_view::npos) return std::nullopt;  // on_behalf reads it
    // The authors end where the title goes on to its addressee ("Carta Pública de la Coalición
    // Internacional ... a las Presidentas y Presidentes", "Open letter from X to the Minister"):
    // then one is enough.
    static constexpr std::array kAddressed = {" to "sv, " a las "sv, " a los "sv, " al "sv, " a la "sv, " \xC3\xA0 "sv,
                                              " au "sv, " aux "sv, " an "sv, " ao "sv, " aos "sv, " \xC3\xA0s "sv};
    std::size_t addressee = std::string_view::npos;
    for (const std::string_view word : kAddressed) addressee = std::min(addressee, folded.find(word, at + length));
    // "Carta de Organizaciones ... a Gobiernos y OGP": a bare "a" before a capital addresses too.
    for (std::size_t a = folded.find(" a ", at + length); a < addressee; a = folded.find(" a ", a + 1)) {
      if (a + 3 < folded.size() && text_[sentence.start + a + 3] >= 'A' && text_[sentence.start + a + 3] <= 'Z') addressee = a;
    }
    ByteSpan authors = sentence;
    if (addressee != std::string_view::npos) authors.end = sentence.start + addressee;
    std::optional<ProseList> list = names_from(authors, folded.substr(0, authors.end - authors.start), at + length);
    if (!list || list->items.empty()) return std::nullopt;
    if (list->items.size() == 1) {
      // The one author is all that stands between the title's words and its addressee, and a
      // name ("A Letter from a regional OHS network to call on ...", "The joint statement by UN
      // member states called on the government to ..." name none).
      const RawItem& author = list->items.front();
      std::size_t author_end = author.text.source_of(author.text.text().size() - 1) + 1;
      std::size_t name_start = sentence.start + at + length;
      while (name_start < author_end && text_[name_start] == ' ') ++name_start;
      const std::size_t name = past_article(name_start, author_end);
      while (author_end < authors.end && text_[author_end] == ' ') ++author_end;
      if (addressee == std::string_view::npos || author_end != authors.end ||
          !starts_with_capital(text_.substr(name, author_end - name)) ||
          opens_with_group_noun(text_.substr(name, author_end - name))) {
        return std::nullopt;
      }
    }
    return list;
  }

  // The authors that the title of their joint document names after it, two at least ("Joint
  // Statement of Amnesty International, Human Rights Watch and FIDH on the trial",
  // "Pronunciamiento conjunto del GANHRI, RINDHCA, FIO, CCPDH e ILO").
  std::optional<ProseList> joint_title(ByteSpan sentence, std::string_view folded) const {
    static constexpr std::array kLinks = {"of "sv, "by "sv, "from "sv, "de la "sv, "de las "sv, "de los "sv, "del "sv,
                                          "de "sv, "des "sv, "du "sv, "von "sv, "der "sv, "da "sv, "do "sv, "dos "sv};
    constexpr std::size_t kTitleStart = 2;  // bytes: the title opens the sentence
    std::size_t length = 0;
    const std::size_t title = find_any(folded, kJoint, 0, &length);
    if (title > kTitleStart) return std::nullopt;
    std::size_t start = title + length;
    while (start < folded.size() && folded[start] == ' ') ++start;
    const std::string_view after = folded.substr(start);
    const auto link = std::find_if(kLinks.begin(), kLinks.end(), [&](std::string_view word) { return after.starts_with(word); });
    if (link == kLinks.end()) return std::nullopt;
    // A title ends with its line.
    ByteSpan line = sentence;
    if (const std::size_t end = folded.find('\n', start); end != std::string_view::npos) line.end = sentence.start + end;
    std::optional<ProseList> list = names_from(line, folded.substr(0, line.end - line.start), start + link->size());
    if (!list || list->items.size() < 2) return std::nullopt;
    return list;
  }

  // The members of a coalition, after the words that compose it (kComposedOf), three at least.
  std::optional<ProseList> coalition_members(ByteSpan sentence, std::string_view folded) const {
    std::size_t length = 0;
    const std::size_t at = find_any(folded, kMembers, 0, &length);
    const std::size_t coalition = find_any(folded, kCoalition, 0);
    if (at == std::string_view::npos || coalition == std::string_view::npos || coalition > at) return std::nullopt;
    std::size_t start = at + length;
    while (start < folded.size() && (folded[start] == ',' || folded[start] == ':' || folded[start] == ' ')) ++start;
    std::optional<ProseList> list = names_from(sentence, folded, start);
    constexpr std::size_t kFewestMembers = 3;
    if (!list || list->items.size() < kFewestMembers) return std::nullopt;
    return list;
  }

  // The States or organisations that those who speak represent, set apart after them ("the G7
  // foreign ministers, representing Canada, France, ... and the United States, along with ...,
  // expressed unity"): they sign. Two names at least, every one known.
  std::optional<ProseList> representing(ByteSpan sentence, std::string_view folded) const {
    static constexpr std::array kRepresentingWords = {", representing "sv, ", repr\xC3\xA9sentant "sv,
                                                      ", representando a "sv, ", representando "sv,
                                                      ", in representation of "sv, ", en representaci\xC3\xB3n de "sv};
    for (const std::string_view words : kRepresentingWords) {
      const std::size_t at = folded.find(words);
      if (at == std::string_view::npos) continue;
      std::optional<ProseList> list = names_from(sentence, folded, at + words.size());
      if (!list) return std::nullopt;
      // The known names that open the run ("..., along with the High Representative of the
      // European Union" after them is another matter).
      const auto unknown = std::find_if(list->items.begin(), list->items.end(), [&](const RawItem& item) {
        return !is_known_(without_conjunction(item.text.text()));
      });
      list->items.erase(unknown, list->items.end());
      return list->items.size() >= 2 ? std::move(list) : std::nullopt;
    }
    return std::nullopt;
  }

  // A group of signers named where the sentence opens, two names at least (kNamedGroups).
  std::optional<ProseList> named_group(ByteSpan sentence, std::string_view folded) const {
    // The group opens the sentence, or follows "We, the" that opens it ("We, the Heads of State
    // and Government and other High Level Representatives of A, B and C have gathered ...").
    // Or the title of their joint document ("Joint Statement by the Foreign Ministers of A, B
    // and C", "Declaración conjunta de los presidentes de A, B y C").
    constexpr std::size_t kWeReach = 120;  // bytes
    constexpr std::size_t kTitleReach = 60;  // bytes from the title's start to the group
    static constexpr std::array kTitleLinks = {" by "sv, " of "sv, " de "sv, " by the "sv, " of the "sv, " de los "sv,
                                               " des "sv, " du "sv, " von "sv, " der "sv, " dos "sv};
    std::size_t length = 0;
    const std::size_t group = find_any(folded, kNamedGroup, 0, &length);
    const auto titled = [&] {
      const std::size_t title = find_any(folded.substr(0, kTitleReach), kJoint, 0);
      if (title == std::string_view::npos || title > 2 || group > kTitleReach) return false;
      const std::string_view between = folded.substr(title, group - title);
      return std::any_of(kTitleLinks.begin(), kTitleLinks.end(), [&](std::string_view link) { return between.ends_with(link); });
    };
    const bool we = folded.starts_with("we, the ") || folded.starts_with("nous, ") || folded.starts_with("nosotros, ") ||
                    folded.starts_with("nosotras, ") || folded.starts_with("n\xC3\xB3s, ") || folded.starts_with("wir, ");
    const bool opens = group == 0 || (we && group < kWeReach) || (group != std::string_view::npos && titled());
    if (group == std::string_view::npos || !opens) return std::nullopt;
    // Names follow the group, not a clause that introduces them after a colon ("Les organisations
    // suivantes soutiennent cet appel : ...": a list of its own).
    const std::string_view after_group = folded.substr(group + length);
    if (after_group.find(':') < after_group.find(',')) return std::nullopt;
    std::optional<ProseList> list = names_from(sentence, folded, group + length);
    if (!list || list->items.size() < 2) return std::nullopt;
    return list;
  }

  // The members of a group that opens a statement, listed between dashes or parentheses after
  // it: "The 68 members of the International Counter Ransomware Initiative (CRI)—Albania, ...,
  // and Vietnam—met in Washington", "Les représentants des Etats participants à la Conférence
  // ... - Albanie, Allemagne, ... - se sont réunis", "Os países da CELAC (Antígua e Barbuda, ...)
  // condenam". In a document that signers sign (its title above), or voicing a stance.
  std::optional<ProseList> members_in_apposition(ByteSpan sentence, std::string_view folded) const {
    constexpr std::size_t kSubjectReach = 60;   // bytes: the group opens the sentence
    constexpr std::size_t kNameOfGroup = 250;  // bytes from the group's noun to the list's dash
    constexpr std::size_t kFewestMembers = 3;
    std::size_t length = 0;
    const std::size_t noun = find_any(folded.substr(0, kSubjectReach), kMembership, 0, &length);
    if (noun == std::string_view::npos) return std::nullopt;
    const auto dash_at = [&](std::size_t from, std::size_t& dash_length) {
      std::size_t best = std::string_view::npos;
      for (const std::string_view dash : {"\xE2\x80\x94"sv, " \xE2\x80\x93 "sv, " - "sv}) {
        if (const std::size_t at = folded.find(dash, from); at < best) best = at, dash_length = dash.size();
      }
      return best;
    };
    std::size_t open_length = 0, close_length = 0;
    std::size_t open = dash_at(noun + length, open_length);
    std::size_t close = open == std::string_view::npos ? open : dash_at(open + open_length, close_length);
    // Or between parentheses: "Os países da CELAC (Antígua e Barbuda, ..., Uruguai e Venezuela) condenam".
    // (A list there: commas inside, not an acronym: "... en Europe (CSCE) - Albanie, ...".)
    if (const std::size_t parenthesis = folded.find(" (", noun + length); parenthesis < open) {
      const std::size_t closing = folded.find(')', parenthesis);
      if (closing != std::string_view::npos && folded.substr(parenthesis, closing - parenthesis).find(", ") !=
                                                   std::string_view::npos) {
        open = parenthesis + 1;
        open_length = 1;
        close = closing;
      }
    }
    // Or right after the noun, with nothing between: "the NGOs Sea-Watch, Open Arms and
    // Mediterranea said in a joint statement ...", "le Ong Sea-Watch, ... e Mediterranea
    // protestano": the names run to the verb, the first word in lower case after them.
    if (const std::size_t after_noun = noun + length;
        after_noun + 1 < folded.size() && folded[after_noun] == ' ' &&
        starts_with_capital(text_.substr(sentence.start + after_noun + 1, sentence.end - sentence.start - after_noun - 1)) &&
        (open == std::string_view::npos || open > after_noun + kNameOfGroup)) {
      open = after_noun;
      open_length = 1;
      close = folded.size();
    }
    if (open == std::string_view::npos || open > noun + length + kNameOfGroup || close == std::string_view::npos) {
      return std::nullopt;
    }
    // In a document that signers sign, or where the members voice a stance together after the list.
    const bool voiced = (phrase_groups_in(folded.substr(close)) & kVoicing) != 0;
    if (!voiced && !(phrase_groups_in(folded) & kDocument) && !document_before(sentence.start)) return std::nullopt;
    const ByteSpan members{sentence.start, sentence.start + close};
    std::optional<ProseList> list = names_from(members, folded.substr(0, close), open + open_length);
    if (!list || list->items.size() < kFewestMembers) return std::nullopt;
    return list;
  }

  // Whether the text just before `at` (the sentence before) names a document that signers sign:
  // "It was signed by A, B and C" after "... sent a letter to the Secretary-General.".
  bool document_before(std::size_t at) const {
    constexpr std::size_t kReach = 300;  // bytes
    const std::size_t from = at > kReach ? at - kReach : 0;
    return (phrase_groups_in(lowered_.substr(from, at - from)) & kDocument) != 0;
  }

  std::optional<ProseList> signed_by(ByteSpan sentence, std::string_view folded) const {
    std::size_t length = 0;
    const std::size_t at = by_phrase(folded, 0, length);
    if (at == std::string_view::npos) return std::nullopt;
    // Submitters sign the statement whose heading names them, not the submissions a report
    // summarises ("Joint submission 2 submitted by: ..." in a UPR stakeholders' summary).
    constexpr std::size_t kHead = 600;  // bytes
    const std::string_view phrase = folded.substr(at, length);
    const bool submitted = phrase == "submitted by" || phrase.starts_with("pr\xC3\xA9sent") || phrase.starts_with("presentad") ||
                           phrase == "presented by";
    if (submitted && sentence.start + at > kHead) return std::nullopt;
    // Those who lead a document or a campaign sign it; those who lead anything else ("the
    // military junta led by coup leader Min Aung Hlaing") do not: the document just before.
    constexpr std::size_t kLedReach = 60;  // bytes: "a joint letter, coordinated and led by"
    const bool leading = phrase == "led by" || phrase == "headed by" || phrase.starts_with("encabezad") ||
                         phrase.starts_with("liderad");
    if (leading) {
      const std::size_t from = at > kLedReach ? at - kLedReach : 0;
      if ((phrase_groups_in(folded.substr(from, at - from)) & kDocument) == 0) return std::nullopt;
    }
    // "sent by email to ...": the means of sending, its addressees after it.
    static constexpr std::array kMeans = {" email"sv, " e-mail"sv, " mail"sv, " post"sv, " fax"sv, " courier"sv,
                                          " courriel"sv, " courrier"sv, " correo"sv};
    const std::string_view after = folded.substr(at + length);
    if (std::any_of(kMeans.begin(), kMeans.end(), [&](std::string_view means) { return after.starts_with(means); })) {
      return std::nullopt;
    }
    const std::size_t start = after_count(folded, at + length, folded.size());
    if (std::optional<ProseList> lists = two_clauses_of_signers(sentence, folded, start, at + length)) return lists;
    return names_from(sentence, folded, start);
  }

  // Where the first phrase of kBy at or after `from` stands, opening a word ("tabled by" holds
  // "led by", and names its amendments' movers), its length in `length`; or npos.
  static std::size_t by_phrase(std::string_view folded, std::size_t from, std::size_t& length) {
    std::size_t at = find_any(folded, kBy, from, &length);
    while (at != std::string_view::npos && at > 0 && folded[at - 1] >= 'a' && folded[at - 1] <= 'z') {
      at = find_any(folded, kBy, at + 1, &length);
    }
    return at;
  }

  // Two clauses that name signers, the second after the first's names, a conjunction and words
  // in lower case ("initiated by PEN International and signed by AEJ, Index on Censorship and
  // IPI", "initiée par le PEN International et a été signée par l'AEJ, ..."): each list read up to
  // where the next clause begins.
  std::optional<ProseList> two_clauses_of_signers(ByteSpan sentence, std::string_view folded, std::size_t start,
                                                  std::size_t first_end) const {
    std::size_t length = 0;
    const std::size_t next = by_phrase(folded, first_end, length);
    if (next == std::string_view::npos) return std::nullopt;
    std::size_t cut = std::string_view::npos, conjunction = 0;
    for (std::size_t found = 0, at = find_list_conjunction(folded.substr(0, next), start, found);
         at != std::string_view::npos; at = find_list_conjunction(folded.substr(0, next), at + 1, found)) {
      cut = at;
      conjunction = found;
    }
    if (cut == std::string_view::npos) return std::nullopt;
    const std::string_view between = text_.substr(sentence.start + cut + conjunction, next - cut - conjunction);
    if (std::any_of(between.begin(), between.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return std::nullopt;
    std::optional<ProseList> first = names_from({sentence.start, sentence.start + cut}, folded.substr(0, cut), start);
    std::optional<ProseList> second = names_from(sentence, folded, after_count(folded, next + length, folded.size()));
    if (!first || !second) return first ? std::move(first) : std::move(second);
    first->items.insert(first->items.end(), std::make_move_iterator(second->items.begin()),
                        std::make_move_iterator(second->items.end()));
    first->introduction.partial = first->introduction.partial || second->introduction.partial;
    if (!first->introduction.stated) first->introduction.stated = second->introduction.stated;
    return first;
  }

  // "Human Rights in China joins 39 other NGOs in urging ...", "Access Now, along with nearly 70
  // organizations, launched ...": the named, and the others counted.
  std::optional<ProseList> joining(ByteSpan sentence, std::string_view folded) const {
    for (const std::string_view verb : kJoiningPhrases) {
      const std::size_t at = folded.find(verb);
      if (at == std::string_view::npos) continue;
      // The count of the others, and the names joined before it ("The Lawyers' Committee joined
      // The Leadership Conference on Civil and Human Rights and 92 partner organizations in
      // opposing ..."), who sign too.
      constexpr std::size_t kJoinedReach = 200;  // bytes from the verb to the count
      const std::size_t names_start = at + verb.size();
      const std::string_view after = folded.substr(names_start, kJoinedReach);
      // The count right after the verb may be in words, and words may stand between "other" and
      // its noun ("along with seven other environmental and Human Rights organisations").
      std::size_t number = counted_before_other(after) ? 0 : after.find_first_of("0123456789");
      if (number == std::string_view::npos) {
        if (std::optional<ProseList> list = joined_in_doing(sentence, at, verb.size())) return list;
        continue;
      }
      Introduction count = read_introduction(after.substr(number, 60));
      if (const std::optional<std::size_t> others = counted_before_other(after.substr(number)); others && !count.stated) {
        count.stated = others;
        count.others = true;
      }
      if (!count.stated) continue;
      std::vector<RawItem> joined;
      std::size_t conjunction = 0;
      if (const std::size_t and_at = find_list_conjunction(after.substr(0, number + 1), 0, conjunction);
          and_at != std::string_view::npos && and_at + conjunction == number) {
        const std::size_t begin = sentence.start + names_start;
        joined = inline_items(text_, past_article(begin, begin + and_at), begin + and_at, is_known_, reads_as_name_);
        if (joined.empty() || !all_read_as_names(joined)) continue;
      } else if (constexpr std::size_t kWordsBeforeCount = 40; number > kWordsBeforeCount) {
        continue;  // a count of something else, further on ("joined the call on 12 March ...")
      }
      std::size_t subject_begin = after_opening(sentence.start, sentence.start + at);
      // "Today Access Now, along with ...": the names start after the words that open the sentence.
      const std::size_t names_begin = start_of_names(subject_begin, sentence.start + at);
      if (names_begin != std::string_view::npos) subject_begin = names_begin;
      std::size_t subject_end = without_attitude(subject_begin, sentence.start + at);
      while (subject_end > subject_begin && text_[subject_end - 1] == ',') --subject_end;
      std::vector<RawItem> items = inline_items(text_, past_article(subject_begin, subject_end), subject_end, is_known_,
                                                reads_as_name_);
      if (items.empty() || !all_read_as_names(items)) return std::nullopt;
      std::move(joined.begin(), joined.end(), std::back_inserter(items));
      ProseList list;
      list.introduction = count;
      list.introduction.stated = *count.stated + items.size();
      list.introduction.partial = true;
      list.items = std::move(items);
      return list;
    }
    return std::nullopt;
  }

  // Those who joined others in what they did together, with no count: "Amnesty International
  // joined Human Rights Watch and FIDH in signing the letter" (all of them sign).
  std::optional<ProseList> joined_in_doing(ByteSpan sentence, std::size_t verb, std::size_t verb_length) const {
    static constexpr std::array kDoing = {" in signing"sv, " in calling"sv, " in urging"sv, " in writing"sv,
                                          " in condemning"sv, " in sending"sv, " in a joint"sv, " in an open"sv};
    const std::string_view folded = lowered_.substr(sentence.start, sentence.end - sentence.start);
    const std::size_t names_start = verb + verb_length;
    std::size_t doing = std::string_view::npos;
    for (const std::string_view words : kDoing) doing = std::min(doing, folded.find(words, names_start));
    constexpr std::size_t kJoinedReach = 200;  // bytes from the verb to what they did
    if (doing == std::string_view::npos || doing > names_start + kJoinedReach) return std::nullopt;
    const std::size_t begin = sentence.start + names_start;
    std::vector<RawItem> joined = inline_items(text_, past_article(begin, sentence.start + doing), sentence.start + doing,
                                               is_known_, reads_as_name_);
    if (joined.empty() || !all_read_as_names(joined)) return std::nullopt;
    const std::size_t subject_end = sentence.start + verb;
    const std::size_t subject_begin = after_opening(sentence.start, subject_end);
    std::vector<RawItem> items = inline_items(text_, past_article(subject_begin, subject_end), subject_end, is_known_,
                                              reads_as_name_);
    if (items.empty() || !all_read_as_names(items)) return std::nullopt;
    std::move(joined.begin(), joined.end(), std::back_inserter(items));
    ProseList list;
    list.introduction.signers = true;
    list.items = std::move(items);
    return list;
  }

  // "More than 40 organisations, including A, B and C, signed the appeal."; "Other groups
  // include A, B, C and many more."
  std::optional<ProseList> some_named(ByteSpan sentence, std::string_view folded) const {
    constexpr int kMostTries = 8;  // "including" and its kin, each place they stand in the sentence
    std::size_t from = 0;
    for (int tries = 0; tries < kMostTries; ++tries) {
      std::size_t length = 0;
      const std::size_t at = next_including(folded, from, length);
      if (at == std::string_view::npos) return std::nullopt;
      from = at + 1;
      // The words before name groups that sign ("Other groups") or count the signers ("40
      // organisations"): a number is the cheap sign of a count, read only where it stands.
      const std::string_view before = folded.substr(0, at);
      const bool counted = before.find_first_of("0123456789") != std::string_view::npos &&
                           read_introduction(before).stated.has_value();
      if (!names_signers(before) && !counted) continue;
      const std::size_t count = counted ? before.find_last_of("0123456789") : 0;
      if (find_any(before, kSentToRecipients, count) != std::string_view::npos) continue;
      std::optional<ProseList> list = names_from(sentence, folded, at + length);
      // One name is enough among counted signers of a document, or who voice a stance ("More
      // than 200 organisations, including Amnesty International, have signed an open letter",
      // "over 100 national organizations including the Coalition on Human Needs called on ...").
      const bool one_of_counted =
          counted && ((phrase_groups_in(folded) & (kDocument | kSignsIt | kVoicing)) != 0 || document_before(sentence.start));
      if (!list || list->items.size() < (one_of_counted ? 1U : 2U)) continue;
      list->introduction.partial = true;
      return list;
    }
    return std::nullopt;
  }

  // Where the next word that opens the names a count includes stands ("including", "such as",
  // "include"...), from `from`.
  static std::size_t next_including(std::string_view folded, std::size_t from, std::size_t& length) {
    std::size_t at = find_any(folded, kSome, from, &length);
    for (const std::string_view verb : kIncludeVerbs) {
      if (const std::size_t found = folded.find(verb, from); found < at) {
        at = found;
        length = verb.size();
      }
    }
    return at;
  }

  // "Among the signatories are A, B and C", "entre los firmantes se encuentra España, Estados
  // Unidos, ...": a noun of signers, then a verb that names them.
  std::optional<ProseList> signers_are(ByteSpan sentence, std::string_view folded) const {
    constexpr std::size_t kVerbReach = 40;  // bytes from the noun to its verb
    std::size_t length = 0;
    const std::size_t noun = find_any(folded, kSigners, 0, &length);
    if (noun == std::string_view::npos) return std::nullopt;
    std::size_t verb_length = 0;
    const std::size_t verb = find_any(folded, kNaming, noun + length, &verb_length);
    const std::string_view before = folded.substr(0, noun);
    // "... compte parmi ses signataires la CGT, la FSU, ...": among the signers, the names
    // right after the noun.
    const bool among = before.ends_with("parmi ses ") || before.ends_with("among its ") ||
                       before.ends_with("entre sus ") || before.ends_with("entre os seus ") ||
                       before.ends_with("among their ") || before.ends_with("parmi les ") ||
                       before.ends_with("among the ") || before.ends_with("entre los ") ||
                       before.ends_with("entre las ") || before.ends_with("entre os ") ||
                       before.ends_with("unter den ");
    std::size_t names_start = verb + verb_length;
    if (verb == std::string_view::npos || verb > noun + length + kVerbReach) {
      if (!among) return std::nullopt;
      names_start = noun + length;
      // "Parmi les signataires, Alan Dershowitz, ...": the comma after the noun opens the names.
      while (names_start < folded.size() && (folded[names_start] == ',' || folded[names_start] == ':' ||
                                             folded[names_start] == ' ')) {
        ++names_start;
      }
    }
    std::optional<ProseList> list = names_from(sentence, folded, names_start);
    if (!list) return std::nullopt;
    list->introduction.partial = list->introduction.partial || before.find("among") != std::string_view::npos ||
                                 before.find("entre") != std::string_view::npos ||
                                 before.find("parmi") != std::string_view::npos ||
                                 among || folded.find("unter anderem") != std::string_view::npos ||
                                 (verb != std::string_view::npos &&
                                           folded.substr(verb, verb_length).find("incl") != std::string_view::npos);
    return list;
  }

  // "Assinam o documento, além do Instituto Vladimir Herzog, a Associação Brasileira de Imprensa
  // (ABI), o Instituto Ethos e a Comissão Arns."
  std::optional<ProseList> signing_verb_first(ByteSpan sentence, std::string_view folded) const {
    std::size_t length = 0;
    // The verb first, or after one adverb ("Também assinaram ...", "Además firmaron ...").
    const std::size_t verb = find_any(folded.substr(0, 30), kOpening, 0, &length);
    if (verb == std::string_view::npos || (verb != 0 && folded.substr(0, verb - 1).find(' ') != std::string_view::npos)) {
      return std::nullopt;
    }
    std::size_t start = verb + length;
    // The object signed just after the verb is no name, with a comma after it or none ("Assinam o
    // documento, além do ...", "Unterzeichnet haben den Brief A, B und C", "Assinam a carta a
    // Anistia Internacional, ..."): an article and an adjective at most before the document.
    constexpr std::size_t kObjectReach = 40;  // bytes
    std::size_t document_length = 0;
    const std::size_t document = find_any(folded.substr(0, start + kObjectReach), kDocument, start, &document_length);
    if (document != std::string_view::npos && word_count(folded.substr(start, document - start), 4) <= 3) {
      start = document + document_length;
      // The rest of the document's word ("carta" in "cartas"), and the comma after it.
      while (start < folded.size() && folded[start] != ' ' && folded[start] != ',') ++start;
      while (start < folded.size() && (folded[start] == ' ' || folded[start] == ',')) ++start;
      // Its agents after it: "Unterzeichnet ist das Schreiben von A, B und C".
      for (const std::string_view by : {"von "sv, "by "sv, "par "sv, "por "sv}) {
        if (folded.substr(start).starts_with(by)) start += by.size();
      }
    }
    std::optional<ProseList> list = names_from(sentence, folded, start);
    if (!list || list->items.size() < 2) return std::nullopt;
    return list;
  }

  // "Amnesty International, FIDH and Human Rights Watch sent a joint letter to ...", "(APC,
  // Derechos Digitales, EFF and Karisma), have drafted and signed a joint statement".
  // The author of a joint document and those it wrote it with ("The Human Rights Law Centre
  // wrote a joint letter with Human Rights Watch, the Castan Centre for Human Rights and Amnesty
  // International urging ...", "La FIDH a publié une déclaration conjointe avec la LDH et ..."):
  // the subject before the verb, the partners after "with" up to the next verb; one name each
  // side is enough.
  std::optional<ProseList> joint_with(ByteSpan sentence, std::string_view folded) const {
    static constexpr std::array kWith = {"with "sv, "together with "sv, "avec "sv, "con "sv, "junto con "sv,
                                         "com "sv, "mit "sv, "insieme a "sv};
    std::size_t length = 0;
    const std::size_t document = find_any(folded, kJoint, 0, &length);
    if (document == std::string_view::npos || document + length >= folded.size() || folded[document + length] != ' ') {
      return std::nullopt;
    }
    const std::string_view after = folded.substr(document + length + 1);
    const auto with = std::find_if(kWith.begin(), kWith.end(), [&](std::string_view word) { return after.starts_with(word); });
    if (with == kWith.end()) return std::nullopt;
    const std::size_t partners_start = sentence.start + document + length + 1 + with->size();
    const std::size_t partners_end = end_of_names(text_, partners_start, sentence.end);
    std::optional<ProseList> partners = opening_names(past_article(partners_start, partners_end), partners_end, 1);
    if (!partners || partners->items.empty()) return std::nullopt;
    // The subject opens the sentence, or the clause after its last comma ("In response to
    // comments made by ..., the Human Rights Law Centre wrote ...").
    const auto subject_from = [&](std::size_t start) -> std::optional<ProseList> {
      const std::size_t end = end_of_names(text_, start, sentence.start + document);
      std::optional<ProseList> names = opening_names(past_article(start, end), end, 1);
      if (!names || names->items.empty() || name_weight_(names->items.front().text.text()) < kOrganisationName) {
        return std::nullopt;
      }
      return names;
    };
    std::optional<ProseList> subject = subject_from(after_opening(sentence.start, sentence.start + document));
    if (const std::size_t comma = folded.rfind(", ", document); !subject && comma != std::string_view::npos) {
      subject = subject_from(sentence.start + comma + 2);
    }
    if (!subject) return std::nullopt;
    for (RawItem& partner : partners->items) subject->items.push_back(std::move(partner));
    subject->introduction.partial = subject->introduction.partial || partners->introduction.partial;
    return subject;
  }

  std::optional<ProseList> senders(ByteSpan sentence, std::string_view folded) const {
    std::size_t document = find_any(folded, kJoint, 0);
    std::size_t verb = std::string_view::npos;
    // A verb sends a document the sentence names, or writes to someone ("A, B and many other
    // NGOs wrote to the Chairperson").
    if (find_any(folded, kDocument, 0) != std::string_view::npos ||
        find_any(folded, kSentToRecipients, 0) != std::string_view::npos) {
      verb = find_any(folded, kSending, 0);
    }
    const std::size_t trigger = std::min(document, verb);
    if (trigger == std::string_view::npos) return std::nullopt;
    // The document opens the sentence, its senders after it: "In a joint letter, A, B and C
    // urged ...", "Dans une lettre ouverte, A, B et C demandent ...".
    constexpr std::size_t kOpeningReach = 40;  // bytes: "In a joint letter sent on Monday,"
    static constexpr std::array kGermanDocuments = {"brief"sv, "erkl\xC3\xA4rung"sv, "appell"sv, "stellungnahme"sv};
    if (document < kOpeningReach) {
      std::size_t document_length = 0;
      (void)find_any(folded, kJoint, document, &document_length);
      const std::size_t after_document = document + document_length;
      if (const std::size_t comma = folded.find(',', document); comma < document + kOpeningReach) {
        const std::size_t start = sentence.start + comma + 1;
        if (std::optional<ProseList> list = opening_names(start, end_of_names(text_, start, sentence.end), 2)) return list;
      } else if (after_document < folded.size() && folded[after_document] == ' ' &&
                 std::any_of(kGermanDocuments.begin(), kGermanDocuments.end(),
                             [&](std::string_view noun) { return folded.substr(document, document_length).ends_with(noun); })) {
        // German puts the verb second, before its subject, and no comma: "In einer gemeinsamen
        // Erklärung fordern A, B und C die Freilassung".
        const std::size_t verb_end = folded.find(' ', after_document + 1);
        if (verb_end != std::string_view::npos && starts_lower_case_letter(folded.substr(after_document + 1))) {
          const std::size_t start = sentence.start + verb_end + 1;
          // The object follows the names, its article after the last "und" ("fordern A, B und
          // Pro Asyl die Freilassung").
          std::size_t end = end_of_names(text_, start, sentence.end);
          if (const std::size_t und = folded.rfind(" und "); und != std::string_view::npos && und > verb_end) {
            for (const std::string_view article : {" die "sv, " der "sv, " das "sv, " den "sv, " eine "sv, " einen "sv}) {
              if (const std::size_t at = folded.find(article, und + 5); at != std::string_view::npos) {
                end = std::min(end, sentence.start + at);
              }
            }
          }
          if (std::optional<ProseList> list = opening_names(start, end, 2)) return list;
        }
      }
    }
    // Two names or more are separated: a comma, a conjunction, or parentheses before the verb.
    const std::string_view before = folded.substr(0, trigger);
    std::size_t conjunction = 0;
    if (before.find_first_of(",(") == std::string_view::npos &&
        find_list_conjunction(before, 0, conjunction) == std::string_view::npos) {
      return std::nullopt;
    }
    std::vector<RawItem> items = parenthesised_names(sentence.start, sentence.start + trigger);
    if (!items.empty() && mostly_names(items)) {
      ProseList list;
      list.items = std::move(items);
      return list;
    }
    // The names open the sentence, before its verb: "... sent", or the first word in lower case
    // that is no particle of a name.
    // (Past what opens the sentence first: "In honor of World Press Freedom Day, A, B and C are
    // running a joint ad" ends no names at "honor".)
    const std::size_t names_end = verb != std::string_view::npos && verb <= document
                                      ? without_auxiliary(sentence.start, sentence.start + verb)
                                      : end_of_names(text_, after_opening(sentence.start, sentence.start + trigger),
                                                     sentence.start + trigger);
    return opening_names(after_opening(sentence.start, names_end), names_end, 2);
  }

  // Past the date that opens a sentence before its names ("On 21 July 2021 FIDH and ...", "Le
  // 3 mai 2020, la LDH ..."): after the year that one of its first words gives; else `start`.
  // Past what opens a sentence before its names: a news item's dateline, a date.
  // Where the names after "in addition to" that open text_[start, end) stand, up to the comma
  // that ends them ("In addition to CONGAD and Raddho, ...", "Outre la FIDH et la LDH, ..."), or
  // nullopt.
  std::optional<ByteSpan> in_addition_names(std::size_t start, std::size_t end) const {
    static constexpr std::array kInAddition = {
        "in addition to "sv, "besides "sv, "outre "sv, "en plus de "sv, "adem\xC3\xA1s de "sv, "oltre a "sv,
        "al\xC3\xA9m de "sv, "neben dem "sv, "neben der "sv, "neben den "sv, "neben "sv};
    constexpr std::size_t kReach = 200;  // bytes from the phrase to the comma that ends its names
    const std::string_view folded = lowered_.substr(start, end - start);
    const auto phrase = std::find_if(kInAddition.begin(), kInAddition.end(),
                                     [&](std::string_view words) { return folded.starts_with(words); });
    if (phrase == kInAddition.end()) return std::nullopt;
    const std::size_t comma = folded.find(", ", phrase->size());
    if (comma == std::string_view::npos || comma > kReach) return std::nullopt;
    return ByteSpan{start + phrase->size(), start + comma};
  }

  std::size_t after_opening(std::size_t start, std::size_t end) const {
    // A Markdown heading's or quote's marks first ("# The United Kingdom, France and Germany call ...").
    while (start < end && (text_[start] == '#' || text_[start] == '>' || text_[start] == ' ')) ++start;
    // A salutation that a wrapped letter ran into the sentence ("Dear President, On behalf of ...").
    if (const std::size_t salutation = after_salutation(lowered_.substr(start, end - start)); salutation != 0) {
      start += salutation;
      while (start < end && (text_[start] == ' ' || text_[start] == '\n')) ++start;
    }
    // Names "in addition to" which the others sign (read apart: add_names_in_addition).
    if (const std::optional<ByteSpan> addition = in_addition_names(start, end); addition && addition->end + 2 < end) {
      start = addition->end + 2;
    }
    return after_adding_adverb(
        after_opening_words(after_occasion(after_opening_date(after_dateline(start, end), end), end), end), end);
  }

  // Past an adverb that adds the sentence to the one before (kAddingAdverbs); else `start`.
  std::size_t after_adding_adverb(std::size_t start, std::size_t end) const {
    const std::string_view words = text_.substr(start, end - start);
    for (const std::string_view adverb : kAddingAdverbs) {
      if (words.starts_with(adverb)) return start + adverb.size();
    }
    return start;
  }

  // Past a few words that open a sentence before a comma and read as no name ("Hier, la FIDH
  // ...", "Today, Amnesty International ...", "On Thursday, November 30, the Coalition ..."): two
  // such phrases at most; else `start`.
  std::size_t after_opening_words(std::size_t start, std::size_t end) const {
    constexpr std::size_t kLongestOpening = 40;  // bytes
    constexpr std::size_t kLongestPhrase = 100;  // bytes, after a preposition or a conjunction
    constexpr int kMostPhrases = 2;
    for (int phrase = 0; phrase < kMostPhrases; ++phrase) {
      // A preposition opens no name ("On Thursday" reads as one), and a longer phrase ("Dans une
      // tribune publiée par Le Monde, ..."); a count opens the names after it.
      const std::string_view head = text_.substr(start, end - start);
      const bool preposition = opens_with_preposition(head);
      const std::string_view words = head.substr(0, preposition ? kLongestPhrase : kLongestOpening);
      const std::size_t comma = words.find(", ");
      const std::size_t most_spaces = preposition ? 12 : 3;
      if (comma == std::string_view::npos ||
          static_cast<std::size_t>(std::count(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(comma), ' ')) >
              most_spaces) {
        break;
      }
      const std::string_view opening = words.substr(0, comma);
      if ((!preposition && reads_as_name_(opening)) || read_introduction(lower_case_in_place(opening)).stated) break;
      start += comma + 2;
    }
    return start;
  }

  // Past the occasion that opens a sentence, to its comma ("A l'occasion de la 37e session du
  // Conseil, A, B et C se sont engagés ...", "On the occasion of the anniversary, ..."); else
  // `start`.
  std::size_t after_occasion(std::size_t start, std::size_t end) const {
    static constexpr std::array kOccasions = {"A l'occasion d"sv, "\xC3\x80 l'occasion d"sv, "A l\xE2\x80\x99occasion d"sv,
                                              "\xC3\x80 l\xE2\x80\x99occasion d"sv, "Lors d"sv, "On the occasion of"sv,
                                              "Con motivo d"sv, "En el marco d"sv, "Por ocasi\xC3\xA3o d"sv,
                                              "Anl\xC3\xA4sslich"sv, "In occasione d"sv};
    const std::string_view words = text_.substr(start, end - start);
    if (std::none_of(kOccasions.begin(), kOccasions.end(), [&](std::string_view occasion) { return words.starts_with(occasion); })) {
      return start;
    }
    const std::size_t comma = words.find(", ");
    return comma == std::string_view::npos ? start : start + comma + 2;
  }

  // Past the dateline that opens a news item ("GENEVA (Reuters) - ", "BRUSSELS, 4 May 2021 –
  // ", "NEW YORK (5 May) — "): a place in capitals, maybe an agency or a date after it, then a
  // dash; else `start`.
  std::size_t after_dateline(std::size_t start, std::size_t end) const {
    constexpr std::size_t kLongestDateline = 60;  // bytes
    const std::string_view words = text_.substr(start, std::min(end - start, kLongestDateline));
    // A date and a dash, spaced or joined to it ("January 28, 2025 – The Lawyers' Committee
    // joined ...", "7 August 2012- The Global Call to Action Against Poverty (GCAP), ...").
    for (const std::string_view dash : {" - "sv, " \xE2\x80\x93 "sv, " \xE2\x80\x94 "sv, "- "sv, "\xE2\x80\x93 "sv,
                                        "\xE2\x80\x94 "sv}) {
      constexpr std::size_t kDateWords = 5;
      if (const std::size_t at = words.find(dash); at != std::string_view::npos && reads_as_date(words.substr(0, at), kDateWords)) {
        return start + at + dash.size();
      }
    }
    std::size_t capitals = 0;
    while (capitals < words.size() && ((words[capitals] >= 'A' && words[capitals] <= 'Z') || words[capitals] == ' ')) {
      ++capitals;
    }
    if (capitals < 3 || (capitals < words.size() && words[capitals] >= 'a' && words[capitals] <= 'z')) return start;
    for (const std::string_view dash : {" - "sv, " \xE2\x80\x93 "sv, " \xE2\x80\x94 "sv}) {
      if (const std::size_t at = words.find(dash, capitals); at != std::string_view::npos) return start + at + dash.size();
    }
    // "ISLAMABAD: The ambassadors ...": the place alone, a colon after it.
    if (words.substr(0, capitals).find(' ') == std::string_view::npos && words.substr(capitals).starts_with(": ")) {
      return start + capitals + 2;
    }
    return start;
  }

  std::size_t after_opening_date(std::size_t start, std::size_t end) const {
    static constexpr std::array kOpenings = {"On "sv, "In "sv, "Le "sv, "El "sv, "Am "sv, "Em "sv, "Il "sv};
    const std::string_view words = text_.substr(start, end - start);
    if (std::none_of(kOpenings.begin(), kOpenings.end(), [&](std::string_view opening) { return words.starts_with(opening); })) {
      return start;
    }
    constexpr std::size_t kWordsToTheYear = 6;  // "El 13 de abril de 2002"
    std::size_t at = 0;
    for (std::size_t word = 0; word < kWordsToTheYear && at < words.size(); ++word) {
      const std::size_t word_end = std::min(words.find(' ', at), words.size());
      std::string_view token = words.substr(at, word_end - at);
      while (!token.empty() && token.back() == ',') token.remove_suffix(1);
      at = word_end + 1;
      if (token.size() == 4 && token.find_first_not_of("0123456789") == std::string_view::npos) {
        return std::min(start + at, end);
      }
    }
    return start;
  }

  // The names in [start, end) that open a sentence, when there are `fewest` at least and each
  // reads as a name; or one name at least beside others it does not name ("FIDH and many other
  // NGOs", "Human Rights Watch and 45 other organizations"), which make the list partial.
  std::optional<ProseList> opening_names(std::size_t start, std::size_t end, std::size_t fewest) const {
    // "In Deutschland und Europa Schutz ... zu suchen, ..." opens with no names.
    if (opens_with_preposition(text_.substr(start, end - start))) return std::nullopt;
    std::vector<RawItem> items = inline_items(text_, start, end, is_known_, reads_as_name_);
    ProseList list;
    std::size_t unnamed = 0;
    bool all_counted = true;  // every mention of others gives their number
    // A count of others with words between it and its noun ("80 other media and human rights
    // NGOs"): the number before "other", and the pieces after it are of the same phrase.
    const auto counted_other = [](std::string_view folded) -> std::optional<std::size_t> {
      const LeadingDigits number = leading_digits(folded, 6);
      if (number.length == 0 || !folded.substr(number.length).starts_with(" other ")) return std::nullopt;
      return number.value;
    };
    // Each piece folded and read for a count once, for the three readings below.
    std::vector<std::string> folded;
    for (const RawItem& item : items) folded.push_back(lower_case_in_place(item.text.text()));
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (const std::optional<std::size_t> count = counted_other(folded[k])) {
        list.introduction.partial = true;
        unnamed += *count;
        items.resize(k);
        folded.resize(k);
        break;
      }
    }
    std::vector<Introduction> counts;
    for (const std::string& piece : folded) counts.push_back(read_introduction(piece));
    const auto drop_front = [&](std::size_t n) {
      const auto k = static_cast<std::ptrdiff_t>(n);
      items.erase(items.begin(), items.begin() + k);
      folded.erase(folded.begin(), folded.begin() + k);
      counts.erase(counts.begin(), counts.begin() + k);
    };
    // A count that the names follow in apposition ("..., six NGO networks, InterAction, VENRO,
    // ... and VOICE, drafted ..."): the names after it, as many as it says; what opens the
    // sentence before it is none.
    for (std::size_t k = items.size(); k-- > 1 && items.size() >= 3;) {
      const Introduction& count = counts[k - 1];
      if (!count.stated || count.others || *count.stated != items.size() - k) continue;
      list.introduction.stated = count.stated;
      drop_front(k);
      break;
    }
    // Or after them ("L'AJAR et Prenons La Une, deux associations regroupant 400 journalistes,
    // condamnent ..."): then two are enough, the count says they are all.
    if (items.size() >= 3 && !list.introduction.stated) {
      const Introduction& count = counts.back();
      if (count.stated && !count.others && *count.stated == items.size() - 1) {
        list.introduction.stated = count.stated;
        items.pop_back();
        folded.pop_back();
        counts.pop_back();
        fewest = std::min<std::size_t>(fewest, 2);
      }
    }
    // The others a piece speaks of ("and many other NGOs", "35 other organisations"), or the
    // last piece counts ("ISHR and 18 organisations").
    std::vector<RawItem> named;
    for (std::size_t k = 0; k < items.size(); ++k) {
      // "..., together with many other organisations[, and parties]": the names end there.
      if (k > 0 && accompanied_by_others(folded[k])) {
        list.introduction.partial = true;
        all_counted = false;
        break;
      }
      const bool counted_last = k > 0 && k + 1 == items.size() && counts[k].stated &&
                                leading_digits(folded[k], 6).length > 0;
      const bool others = counts[k].others || counted_last || folded[k].starts_with("many other") ||
                          folded[k].starts_with("other ") || folded[k].starts_with("several other") ||
                          folded[k].starts_with("numerous other");
      if (!others) {
        named.push_back(std::move(items[k]));
        continue;
      }
      list.introduction.partial = true;
      unnamed += counts[k].stated.value_or(0);
      all_counted = all_counted && counts[k].stated.has_value();
    }
    items = std::move(named);
    const bool with_others = list.introduction.partial;
    if (items.size() < (with_others ? 1 : fewest) || !all_read_as_names(items)) return std::nullopt;
    if (with_others && all_counted) list.introduction.stated = items.size() + unnamed;
    list.items = std::move(items);
    return list;
  }

  // The names that open a sentence before a verb with which they sign the document it names
  // after the verb (kSignsItVerbs), or before words that count them among the signers
  // (kAmongSigners); one is enough.
  std::optional<ProseList> signs_it(ByteSpan sentence, std::string_view folded) const {
    std::size_t length = 0;
    std::size_t verb = find_any(folded, kAmong, 0, &length);
    if (verb == std::string_view::npos) {
      verb = find_any(folded, kSignsIt, 0, &length);
      // "The letter, signed by ..." has its own form. The document signed follows the verb, an
      // article or two between them ("has written a letter", "issued the following statement"),
      // one document ("has issued communications concerning ..." speaks of others).
      constexpr std::size_t kDocumentReach = 40;  // bytes after the verb: "signed on to the following open statement"
      if (verb == std::string_view::npos || folded.substr(verb + length).starts_with("by ")) return std::nullopt;
      std::size_t document_length = 0;
      const std::string_view after = folded.substr(verb + length, kDocumentReach);
      const std::size_t document = find_any(after, kDocument, 0, &document_length);
      if (document == std::string_view::npos || after.substr(document + document_length).starts_with("s")) {
        return std::nullopt;
      }
    }
    std::size_t names_end = sentence.start + verb;
    const std::size_t start = past_article(after_opening(sentence.start, names_end), names_end);
    // The subject is a name, not words for those a list after the sentence names ("The following
    // members of the Coalition have signed this statement:").
    if (starts_lower_case_letter(text_.substr(start, names_end - start))) return std::nullopt;
    // Words after the names that say what they are, set apart by commas ("STOP homophobie, ...
    // et Urgence homophobie, associations dédiées à la défense des droits LGBT+, ont adressé une
    // lettre"): the names end before them.
    if (const std::size_t apposition = trailing_apposition(text_.substr(start, names_end - start));
        apposition != std::string_view::npos) {
      names_end = start + apposition;
    }
    // An organisation's officer speaks for it: "Service Employees International Union (SEIU)
    // President April Verrett issued the following statement" is the union's.
    if (const std::size_t officer = officer_after_acronym(text_.substr(start, names_end - start)); officer != 0) {
      names_end = start + officer;
    }
    // A first predicate joined to the verb ("Human Rights Watch stands with civil society and
    // signed this letter"): the subject ends where that predicate begins.
    if (const std::size_t conjunction = trailing_list_conjunction(text_.substr(start, names_end - start))) {
      names_end = std::min(names_end, end_of_names(text_, start, names_end - conjunction));
    }
    // A word in lower case just before the verb is its subject ("Professor Dot told FELIX she'd
    // signed the letter"), unless an organisation's name ends so ("Fédération internationale pour
    // les droits humains").
    const std::size_t last_word = text_.rfind(' ', names_end - 1);
    if (last_word != std::string_view::npos && last_word >= start &&
        starts_lower_case_letter(text_.substr(last_word + 1, names_end - last_word - 1)) &&
        name_weight_(text_.substr(start, names_end - start)) < kOrganisationName) {
      return std::nullopt;
    }
    std::optional<ProseList> list = opening_names(start, names_end, 1);
    const std::string_view verb_words = folded.substr(verb, length);
    if (list && std::find(kDeliveringVerbs.begin(), kDeliveringVerbs.end(), verb_words) != kDeliveringVerbs.end()) {
      std::erase_if(list->items, [&](const RawItem& item) { return !is_known_(item.text.text()); });
      if (list->items.empty()) return std::nullopt;
    }
    // The others it signs beside, counted after the verb ("... signed this letter, alongside more
    // than 3700 other organizations", "with 20 other groups"): the list is partial, the count
    // theirs and its own; or those it signs for ("delivered the statement on behalf of 47
    // countries"), itself among them.
    if (list && !list->introduction.stated) {
      for (const std::string_view beside : {" alongside "sv, " along with "sv, " together with "sv, " with "sv,
                                            " aux c\xC3\xB4t\xC3\xA9s de "sv, " junto con "sv, " junto a "sv,
                                            " on behalf of "sv}) {
        const std::size_t at = folded.find(beside, verb);
        if (at == std::string_view::npos) continue;
        const Introduction others = read_introduction(folded.substr(at + beside.size(), kCountReach));
        const bool on_behalf = beside == " on behalf of "sv;
        if (others.stated && (others.others || on_behalf)) {
          list->introduction.partial = true;
          list->introduction.stated = *others.stated + (on_behalf ? 0 : list->items.size());
        }
        break;
      }
    }
    return list;
  }

  // The names on whose behalf the sentence's writer or speaker writes or speaks, where the
  // phrase opens it ("On behalf of A, B and C, we write to urge ...", "En nombre de A, B y C,
  // nos dirigimos a usted") or follows words of speaking ("I have the honour to speak on behalf
  // of the European Union"). One name is enough when it reads as an organisation's.
  std::optional<ProseList> on_behalf(ByteSpan sentence, std::string_view folded) const {
    constexpr std::size_t kOpeningReach = 2;   // bytes: a quote or a bullet before the phrase
    constexpr std::size_t kSpeakingReach = 80;  // bytes before the phrase for the words of speaking
    std::size_t length = 0;
    const std::size_t at = find_any(folded, kBehalf, 0, &length);
    if (at == std::string_view::npos) return std::nullopt;
    const std::string_view before = folded.substr(at > kSpeakingReach ? at - kSpeakingReach : 0, at);
    const bool speaking = std::any_of(kSpeaking.begin(), kSpeaking.end(),
                                      [&](std::string_view word) { return before.find(word) != std::string_view::npos; });
    if (at > after_salutation(folded) + kOpeningReach && !speaking) return std::nullopt;
    return speakers(sentence, folded, at + length, end_of_speakers(sentence, folded, at + length), 1);
  }

  // The names the writers speak as, where the sentence opens with them and goes on in the first
  // person (kSpeakingAs): "As A, B and C, we call on ...", "Als A, B und C haben wir uns
  // zusammengefunden", "En tant que A, B et C, nous demandons". Two names at least: "As Human
  // Rights Watch noted, we ..." cites one.
  std::optional<ProseList> speaking_as(ByteSpan sentence, std::string_view folded) const {
    const auto opening = std::find_if(kSpeakingAs.begin(), kSpeakingAs.end(),
                                      [&](std::string_view as) { return folded.starts_with(as); });
    if (opening == kSpeakingAs.end()) return std::nullopt;
    std::size_t clause = end_of_speakers(sentence, folded, opening->size());
    // German puts the verb before the pronoun, and no comma ("Als A und B haben wir uns ..."):
    // the names end before that verb.
    if (const std::size_t wir = folded.find(" wir ", opening->size());
        wir != std::string_view::npos && (clause == std::string_view::npos || wir < clause)) {
      clause = folded.rfind(' ', wir - 1);
      if (clause == std::string_view::npos || clause <= opening->size()) return std::nullopt;
    } else if (clause == std::string_view::npos) {
      return std::nullopt;
    } else {
      // The clause after the names is in the first person within its first words ("we call").
      constexpr std::size_t kPronounReach = 16;  // bytes
      const std::string_view after = folded.substr(clause + 1, kPronounReach);  // from the space before it
      if (std::none_of(kFirstPerson.begin(), kFirstPerson.end(),
                       [&](std::string_view pronoun) { return after.find(pronoun) != std::string_view::npos; })) {
        return std::nullopt;
      }
    }
    return speakers(sentence, folded, opening->size(), clause, 2);
  }

  // The writers named in apposition to "we" that opens the sentence (kWeAs): "We, Amnesty
  // International and Human Rights Watch, call on ...", or the organisation of the group of
  // people who write ("We, the women of the International Indigenous Women's Forum, ..."); one
  // is enough when it reads as an organisation's.
  std::optional<ProseList> we_as(ByteSpan sentence, std::string_view folded) const {
    const auto opening = std::find_if(kWeAs.begin(), kWeAs.end(), [&](std::string_view we) { return folded.starts_with(we); });
    if (opening == kWeAs.end()) return std::nullopt;
    const std::size_t clause = end_of_speakers(sentence, folded, opening->size());
    if (clause == std::string_view::npos) return std::nullopt;
    std::size_t start = opening->size();
    // "the women of", "les citoyens du collectif de la": a group of people in lower case, then
    // their organisation, from the first capital after one of those words.
    const std::string_view apposition = folded.substr(start, clause - start);
    if (starts_lower_case_letter(text_.substr(sentence.start + start, clause - start))) {
      std::size_t names = std::string_view::npos;
      for (const std::string_view of : kGroupOf) {
        for (std::size_t at = apposition.find(of); at != std::string_view::npos; at = apposition.find(of, at + 1)) {
          const std::size_t after = start + at + of.size();
          if (after < names && capital_at(text_, sentence.start + after)) names = after;
        }
      }
      if (names == std::string_view::npos) return std::nullopt;
      start = names;
    }
    return speakers(sentence, folded, start, clause, 1);
  }

  // The States whose office holders open a declaration's preamble (kOfficeHolders), the line of
  // their names closed by a comma as a preamble's subject is: two at least.
  std::optional<ProseList> holders_preamble(ByteSpan sentence, std::string_view folded) const {
    // At the sentence's start, or a line's: a title over the preamble runs into its sentence.
    std::size_t opening = std::string_view::npos;
    for (const std::string_view holders : kOfficeHolders) {
      if (folded.starts_with(holders)) opening = 0;
      for (std::size_t line = folded.find('\n'); opening != 0 && line != std::string_view::npos;
           line = folded.find('\n', line + 1)) {
        if (folded.substr(line + 1).starts_with(holders)) opening = std::min(opening, line + 1);
      }
    }
    if (opening == std::string_view::npos) return std::nullopt;
    sentence.start += opening;
    folded.remove_prefix(opening);
    std::size_t line_end = folded.find('\n');
    if (line_end == std::string_view::npos) line_end = folded.size();
    std::size_t end = line_end;
    while (end > 0 && folded[end - 1] == ' ') --end;
    if (end == 0 || folded[end - 1] != ',') return std::nullopt;
    // The States start at the first capital after "of", "de", "des" ("of Foreign Affairs of the
    // Republic of Armenia": at "Foreign", which is no State, and then at "Republic").
    for (const std::string_view of : kGroupOf) {
      for (std::size_t at = folded.find(of); at != std::string_view::npos && at < end; at = folded.find(of, at + 1)) {
        const std::size_t start = at + of.size();
        if (!capital_at(text_, sentence.start + start)) continue;
        std::optional<ProseList> list = names_from(ByteSpan{sentence.start, sentence.start + end - 1},
                                                   folded.substr(0, end - 1), start);
        if (list && list->items.size() >= 2 && std::all_of(list->items.begin(), list->items.end(), [&](const RawItem& item) {
              return is_known_(item.text.text());
            })) {
          list->introduction.signers = true;
          list->introduction.states = true;
          return list;
        }
      }
    }
    return std::nullopt;
  }

  // Where the names of those who write end, from `start`: at the first comma that words in lower
  // case follow, where their own clause begins ("..., y D, nos dirigimos a usted"); npos when none.
  std::size_t end_of_speakers(ByteSpan sentence, std::string_view folded, std::size_t start) const {
    for (std::size_t comma = folded.find(", ", start); comma != std::string_view::npos;
         comma = folded.find(", ", comma + 1)) {
      if (starts_lower_case_letter(text_.substr(sentence.start + comma + 2, sentence.end - sentence.start - comma - 2))) {
        return comma;
      }
    }
    return std::string_view::npos;
  }

  // The names between `start` and `end` (npos: the sentence's end) that the writers or speakers
  // speak for or as (on_behalf, speaking_as), `fewest` at least; one only when it reads as an
  // organisation's.
  std::optional<ProseList> speakers(ByteSpan sentence, std::string_view folded, std::size_t start, std::size_t end,
                                    std::size_t fewest) const {
    if (end != std::string_view::npos) {
      sentence.end = sentence.start + end;
      folded = folded.substr(0, end);
    }
    std::optional<ProseList> list = names_from(sentence, folded, start);
    // "..., and my own country, Australia": the speaker's words for a name it gives after them;
    // "the European Union and its Member States": the members of the one who speaks.
    static constexpr std::array kMemberStates = {"member state"sv, "\xC3\xA9tats membres"sv, "etats membres"sv,
                                                 "estados miembros"sv, "estados membros"sv, "mitgliedstaaten"sv,
                                                 "stati membri"sv};
    // A group of States ("the Arab Group", "the Nordic-Baltic States") speaks through its
    // members, which a UN statement names apart; a date is none ("on behalf of ..., 2 November").
    if (list) {
      std::erase_if(list->items, [&](const RawItem& item) {
        const std::string& name = item.text.text();
        const std::string head = ascii_lower(name.substr(0, 20));
        return starts_lower_case_letter(name) || reads_as_date(name) || (speaks_of_a_group(name) && !is_known_(name)) ||
               std::any_of(kMemberStates.begin(), kMemberStates.end(),
                           [&](std::string_view members) { return head.starts_with(members); });
      });
    }
    if (!list || list->items.size() < fewest) return std::nullopt;
    if (list->items.size() == 1 && name_weight_(list->items.front().text.text()) < kOrganisationName) return std::nullopt;
    list->introduction.signers = true;
    return list;
  }

  // The signers between the auxiliary and the participle of signing that closes a German
  // sentence (kClosingParticiples): "Den offenen Brief haben unter anderem A, B und der
  // Paritätische Gesamtverband unterzeichnet."
  std::optional<ProseList> signed_in_the_perfect(ByteSpan sentence, std::string_view folded) const {
    std::size_t length = 0;
    const std::size_t participle = find_any(folded, kClosingParticiple, 0, &length);
    std::string_view rest = folded.substr(participle + length);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\n' || rest.front() == '"')) rest.remove_prefix(1);
    if (!rest.empty()) return std::nullopt;  // the participle closes the sentence
    std::size_t auxiliary = std::string_view::npos;
    for (const std::string_view word : {" haben "sv, " hat "sv}) auxiliary = std::min(auxiliary, folded.find(word));
    if (auxiliary == std::string_view::npos || auxiliary > participle) return std::nullopt;
    std::size_t start = folded.find(' ', auxiliary + 1) + 1;
    for (const std::string_view adverb : {"unter anderem "sv, "u. a. "sv, "auch "sv, "bereits "sv, "bisher "sv}) {
      if (folded.substr(start).starts_with(adverb)) start += adverb.size();
    }
    const std::size_t names_start = sentence.start + start;
    const std::size_t names_end = sentence.start + participle;
    std::optional<ProseList> list = opening_names(past_article(names_start, names_end), names_end, 1);
    if (list && folded.substr(auxiliary, start - auxiliary).find("unter anderem") != std::string_view::npos) {
      list->introduction.partial = true;
    }
    return list;
  }

  // The organisations that a UN written statement's note says share its views (kSharedViews):
  // the names that open the note, before what they are ("NGO(s) without consultative status")
  // or the verb.
  std::optional<ProseList> sharing_views(ByteSpan sentence, std::string_view folded) const {
    static constexpr std::array kWhatTheyAre = {", ngo(s)"sv, ", ngos"sv, ", ngo "sv, ", non-governmental"sv,
                                                ", ong"sv, ", organisation(s) non"sv, ", organizaci\xC3\xB3n(es) no"sv};
    std::size_t end = find_any(folded, kSharesViews, 0);
    for (const std::string_view what : kWhatTheyAre) end = std::min(end, folded.find(what));
    std::size_t start = 0;
    while (start < end && (folded[start] == '*' || folded[start] == ' ')) ++start;
    const std::size_t names_end = without_auxiliary(sentence.start, sentence.start + end);
    return opening_names(sentence.start + start, names_end, 1);
  }

  // Where the organisation ends in "Name (ACRONYM) <office> <person>" ("... (SEIU) President
  // April Verrett"): just after its acronym; 0 when `subject` is not so.
  static std::size_t officer_after_acronym(std::string_view subject) {
    static constexpr std::array kOffices = {"President "sv, "Executive Director "sv, "Director "sv, "Chair "sv,
                                            "Chairman "sv, "Chairperson "sv, "Secretary-General "sv,
                                            "General Secretary "sv, "CEO "sv, "Coordinator "sv, "Spokesperson "sv,
                                            "Head "sv, "Founder "sv, "Presidente "sv, "Pr\xC3\xA9sident "sv,
                                            "Directeur "sv, "Directrice "sv, "Director Ejecutivo "sv};
    const std::size_t close = subject.find(") ");
    if (close == std::string_view::npos || subject.rfind('(', close) == std::string_view::npos) return 0;
    const std::string_view rest = subject.substr(close + 2);
    for (const std::string_view office : kOffices) {
      if (rest.starts_with(office) && reads_as_person_name(rest.substr(office.size()))) return close + 1;
    }
    return 0;
  }

  // Past the article that opens a sentence before a name: in lower case always ("the Coalition
  // on Human Needs"), capitalised ("A ADunicamp", "La Coordinadora ...") when the words after it
  // look like a name and the whole is no known name.
  std::size_t past_article(std::size_t start, std::size_t end) const {
    static constexpr std::array kArticles = {"The "sv, "Le "sv, "La "sv, "Les "sv, "L'"sv, "L\xE2\x80\x99"sv, "El "sv,
                                             "Los "sv, "Las "sv, "O "sv, "A "sv, "Os "sv, "As "sv, "Il "sv, "Lo "sv,
                                             "Die "sv, "Der "sv, "Das "sv, "De "sv, "Het "sv};
    const std::string_view words = text_.substr(start, end - start);
    for (const std::string_view article : kArticles) {
      // In lower case after what opens the sentence ("On Thursday, the Coalition ...").
      const bool lower = !words.empty() && words.front() == ascii_lower(article.front()) &&
                         words.substr(1).starts_with(article.substr(1));
      if (lower && words.size() > article.size()) return start + article.size();
      if (words.starts_with(article) && words.size() > article.size() && !is_known_(words) &&
          looks_like_name_(words.substr(article.size()))) {
        return start + article.size();
      }
    }
    return start;
  }

  // Names that open a sentence before a verb with which they voice a joint stance (kVoicingVerbs).
  std::optional<ProseList> voicing(ByteSpan sentence, std::string_view folded) const {
    constexpr std::size_t kFewestNames = 3;
    const std::size_t verb = find_any(folded, kVoicing, 0);
    if (verb == std::string_view::npos) return std::nullopt;
    // A name or a few beside others the sentence counts ("The Committee to Protect Journalists
    // and 80 other NGOs have urged ..."): opening_names() reads the count.
    std::size_t conjunction = 0;
    const bool beside_others = beside_others_before(folded, verb);
    // Most sentences with such a verb ("We urge the authorities ...") are answered here, before
    // their pieces are weighed.
    if (!beside_others && !separated_before(folded, verb)) return std::nullopt;
    const std::size_t names_end = without_auxiliary(sentence.start, sentence.start + verb);
    std::size_t start = after_opening(sentence.start, names_end);
    while (start < names_end && (text_[start] == '>' || text_[start] == ' ')) ++start;  // a Markdown quote's mark
    start = past_article(start, names_end);  // "La CGT, FO ... appellent"
    // The first piece first: a sentence that opens with no name ("In light of this, ...") is
    // not split.
    const std::size_t first_piece = beside_others ? find_list_conjunction(text_.substr(start, names_end - start), 0, conjunction)
                                                  : text_.find(',', start) - start;
    if (first_piece >= names_end - start || name_weight_(text_.substr(start, first_piece)) < kSentenceName) {
      return std::nullopt;
    }
    return opening_names(start, names_end, kFewestNames);
  }

  // The author that speaks through a letter or statement it wrote, named before the verb of its
  // voice, the document just before the names or just after the verb ("In an open letter,
  // Amnesty International urged ...", "Amnistía Internacional (AI) pidió, en una carta abierta,
  // ..."): one name is enough when it reads as an organisation's.
  std::optional<ProseList> voiced_in_document(ByteSpan sentence, std::string_view folded) const {
    constexpr std::size_t kDocumentReach = 40;  // bytes after the verb
    constexpr std::size_t kOpeningReach = 2;    // bytes: the document opens the sentence
    std::size_t length = 0;
    const std::size_t document = find_any(folded, kInDocument, 0, &length);
    if (document == std::string_view::npos) return std::nullopt;
    const std::size_t comma = folded.find(", ", document + length);
    const bool opens = document <= kOpeningReach && comma < document + length + kDocumentReach;
    // Opened by the document ("In a statement, A, B and C said ..."), any verb ends the names;
    // else one of their voice before the document or just after it.
    const std::size_t verb = opens ? std::string_view::npos : find_any(folded, kVoicing, 0);
    if (!opens && (verb == std::string_view::npos || document < verb || document > verb + kDocumentReach)) {
      return std::nullopt;
    }
    const std::size_t names_end = opens ? end_of_names(text_, sentence.start + comma + 2, sentence.end)
                                        : without_auxiliary(sentence.start, sentence.start + verb);
    const std::size_t start = opens ? sentence.start + comma + 2 : after_opening(sentence.start, names_end);
    // Opened by the document with a verb of any other kind, two names at least: "In a
    // statement, X said ..." reports one party's words as often as its letter.
    const bool voiced = verb != std::string_view::npos || find_any(folded, kVoicing, 0) != std::string_view::npos;
    std::optional<ProseList> list = opening_names(past_article(start, names_end), names_end, voiced ? 1 : 2);
    if (!list || list->items.empty()) return std::nullopt;
    if (list->items.size() == 1 && name_weight_(list->items.front().text.text()) < kOrganisationName) return std::nullopt;
    return list;
  }

  // Arabic joins the names of a list with "و" before each, often with no comma ("كلا من جورجيا
  // وغواتيمالا والكويت ومالطا ... انضمت الى الدول الموقعة"): where a sentence says its names sign
  // or join, its longest run of known names so joined, three at least. A name may hold several
  // words ("الجبل الأسود"); the first of the run may follow a preposition.
  std::optional<ProseList> arabic_joined_names(ByteSpan sentence) const {
    constexpr std::size_t kFewestNames = 3;
    constexpr std::size_t kLongestName = 4;  // words
    using arabic_internal::kWa;  // و
    const std::string_view text = text_.substr(sentence.start, sentence.end - sentence.start);
    if (text.find(kWa) == std::string_view::npos) return std::nullopt;
    std::vector<std::pair<std::size_t, std::size_t>> words;  // [begin, end) in `text`
    for (std::size_t at = 0; at < text.size();) {
      while (at < text.size() && (text[at] == ' ' || text[at] == ',' || text.substr(at).starts_with(kArabicComma))) {
        at += text[at] == ' ' || text[at] == ',' ? 1 : kArabicComma.size();
      }
      const std::size_t begin = at;
      while (at < text.size() && text[at] != ' ' && text[at] != ',' && !text.substr(at).starts_with(kArabicComma)) ++at;
      if (at > begin) words.emplace_back(begin, at);
    }
    // The known name of the most words, up to kLongestName, from word `w` (its "و" dropped when
    // `joined`): its end word, or `w` when none.
    const auto known_from = [&](std::size_t w, bool joined) {
      const std::size_t begin = words[w].first + (joined ? kWa.size() : 0);
      for (std::size_t last = std::min(words.size(), w + kLongestName); last-- > w;) {
        if (is_known_(text.substr(begin, words[last].second - begin))) return last + 1;
      }
      return w;
    };
    std::vector<RawItem> best, run;
    const auto starts_joined = [&](std::size_t w) { return text.substr(words[w].first).starts_with(kWa); };
    for (std::size_t w = 0; w < words.size();) {
      const bool joined = starts_joined(w) && !run.empty();
      std::size_t end = known_from(w, joined);
      // One word no gazetteer knows between two joined names is a name the run holds
      // ("والدنمارك" between "وكرواتيا" and "وإستونيا").
      if (end == w && joined && w + 1 < words.size() && starts_joined(w + 1) && known_from(w + 1, true) > w + 1) {
        end = w + 1;
      }
      if (end == w) {
        if (run.size() > best.size()) best = std::move(run);
        run.clear();
        ++w;
        continue;
      }
      if (!run.empty() && !joined) {  // a name not joined by "و" starts another run
        if (run.size() > best.size()) best = std::move(run);
        run.clear();
      }
      const std::size_t begin = words[w].first + (joined ? kWa.size() : 0);
      RawItem item;
      item.text.append(text.substr(begin, words[end - 1].second - begin), sentence.start + begin);
      run.push_back(std::move(item));
      w = end;
    }
    if (run.size() > best.size()) best = std::move(run);
    if (best.size() < kFewestNames) return std::nullopt;
    ProseList list;
    list.items = std::move(best);
    return list;
  }

  // Most items read as names, and all look like names.
  bool mostly_names(const std::vector<RawItem>& items) const {
    std::size_t names = 0;
    for (const RawItem& item : items) {
      if (!looks_like_name_(item.text.text())) return false;
      if (reads_as_name_(item.text.text())) ++names;
    }
    return 3 * names >= 2 * items.size();
  }

  // text_[begin, end) without the auxiliary verb that ends it ("... defenders have").
  std::size_t without_auxiliary(std::size_t begin, std::size_t end) const {
    for (const std::string_view auxiliary : {" have"sv, " has"sv, " had"sv, " ont"sv, " han"sv, " haben"sv}) {
      if (text_.substr(begin, end - begin).ends_with(auxiliary)) return end - auxiliary.size();
    }
    return end;
  }

  // `end` before the words of the subject's stance that end text_[begin, end) before its verb
  // ("The United States was pleased to join 56 countries ..."); else `end`.
  std::size_t without_attitude(std::size_t begin, std::size_t end) const {
    static constexpr std::array kAttitudes = {" was pleased to"sv, " is pleased to"sv, " are pleased to"sv,
                                              " were pleased to"sv, " is proud to"sv, " was proud to"sv,
                                              " are proud to"sv, " is honoured to"sv, " is honored to"sv,
                                              " is delighted to"sv, " decided to"sv, " has decided to"sv,
                                              " have decided to"sv, " is happy to"sv, " was happy to"sv};
    const std::string_view subject = text_.substr(begin, end - begin);
    for (const std::string_view attitude : kAttitudes) {
      if (subject.ends_with(attitude)) return end - attitude.size();
    }
    return end;
  }

  // The names inside the last parentheses before `end` that list at least three.
  std::vector<RawItem> parenthesised_names(std::size_t begin, std::size_t end) const {
    const std::size_t close = text_.substr(begin, end - begin).rfind(')');
    if (close == std::string_view::npos) return {};
    const std::size_t open = text_.substr(begin, close).rfind('(');
    if (open == std::string_view::npos) return {};
    const std::string_view inside = text_.substr(begin + open + 1, close - open - 1);
    if (std::count(inside.begin(), inside.end(), ',') < 2) return {};
    return inline_items(text_, begin + open + 1, begin + close, is_known_, reads_as_name_);
  }

  // Where the names start in text_[begin, end): after the words that open a sentence ("Today
  // Access Now, along with ..."), at the first capital after a word in lower case or after the
  // first word; npos when none.
  std::size_t start_of_names(std::size_t begin, std::size_t end) const {
    const std::string_view piece = text_.substr(begin, end - begin);
    const std::size_t space = piece.find(' ');
    if (space == std::string_view::npos) return std::string_view::npos;
    // "Today Access Now": a first word that is no name.
    if (reads_as_name_(piece) || reads_as_name_(piece.substr(0, piece.find(',')))) return begin;
    return begin + space + 1;
  }

  // Whether words name groups that sign: "Other groups", "The signatories", "Member organisations",
  // "The founding members", or whatever a phrase of signing introduces ("signed by several
  // movements, such as ...").
  static bool names_signers(std::string_view folded) {
    for (const std::string_view noun : {"groups"sv, "organizations"sv, "organisations"sv, "ngos"sv,
                                        "organizaciones"sv, "organismos"sv, "associations"sv, "entidades"sv,
                                        "organisationen"sv, "organizações"sv, "gruppen"sv, "verbände"sv,
                                        "associazioni"sv, "organizzazioni"sv, "organisaties"sv, "organizacje"sv,
                                        "dernek"sv, "kuruluş"sv, "örgüt"sv, "организаци"sv, "منظمات"sv,
                                        "members"sv, "miembros"sv, "membres"sv, "membros"sv, "mitglieder"sv,
                                        "membri"sv}) {
      if (folded.find(noun) != std::string_view::npos) return true;
    }
    // "The signees of the letter include", "firmada por varios movimientos, como"
    return find_any(folded, kSigners, 0) != std::string_view::npos || find_any(folded, kBy, 0) != std::string_view::npos;
  }

  // Where the quotation that holds `start` closes (a quoted title: 'title: "Carta de A y B"'
  // over the next field's line): the names in it end there. npos when `start` is quoted by none.
  static std::size_t end_of_quotation(std::string_view folded, std::size_t start) {
    const std::string_view before = folded.substr(0, start);
    if (std::count(before.begin(), before.end(), '"') % 2 == 1) return folded.find('"', start);
    const std::size_t opening = before.rfind("\xE2\x80\x9C");  // “
    if (opening != std::string_view::npos && before.find("\xE2\x80\x9D", opening) == std::string_view::npos) {
      return folded.find("\xE2\x80\x9D", start);  // ”
    }
    return std::string_view::npos;
  }

  std::optional<ProseList> names_from(ByteSpan sentence, std::string_view folded, std::size_t start,
                                      bool closed = false) const {
    // A phrase that ends inside a no-break space (read as two spaces) leaves its second byte.
    while (start < folded.size() && is_continuation_byte(text_[sentence.start + start])) ++start;
    // "released by leaders of the House Democratic Caucuses": people of the organisations sign,
    // and the sentence does not name them.
    const std::string_view after = folded.substr(start, 40);
    for (const std::string_view people : kPeopleOf) {
      const std::size_t at = after.find(people);
      if (at != std::string_view::npos && after.substr(0, at).find_first_not_of(' ') == std::string_view::npos) {
        return std::nullopt;
      }
    }
    // Who they are, then some of them: "representantes de la cultura como A, B", "such prominent
    // organisations as A, B": the names start after the words that give examples, and are some.
    bool examples = false;
    const std::size_t example_start = after_examples(folded, text_.substr(sentence.start, folded.size()), start);
    // Names start with a capital within their first words ("including Amnesty International",
    // "encabezada por la organización estadounidense Human Rights Watch"); "including torture
    // and arbitrary detention" names no one, and is not split and weighed piece by piece. After
    // a longer description, where it says the examples are signers ("personaggi della cultura e
    // della politica come ...", not "la majorité des grands industriels comme ...").
    if (!capital_soon(sentence.start + start, sentence.end)) {
      if (example_start == std::string_view::npos) return std::nullopt;
      const std::string_view description = folded.substr(start, example_start - start);
      if (!names_signers(description) && !read_introduction(description).persons) return std::nullopt;
      if (!capital_soon(sentence.start + example_start, sentence.end)) return std::nullopt;
    }
    if (example_start != std::string_view::npos) {
      start = example_start;
      examples = true;
    }
    std::size_t end = std::min(folded.size(), end_of_quotation(folded, start));
    while (end > start && (folded[end - 1] == '.' || folded[end - 1] == ' ' || folded[end - 1] == '\n')) --end;
    Others others;
    std::vector<RawItem> pieces = inline_items(text_, sentence.start + start, sentence.start + end, is_known_, reads_as_name_);
    // "..., ex-Nato chiefs and former leaders of Canada, Japan, Italy": from a piece after the
    // first that opens in lower case by naming people of places, a few words before the phrase
    // at most, the places are theirs, no signers.
    const auto people_of = std::find_if(pieces.begin() + std::min<std::ptrdiff_t>(1, std::ssize(pieces)), pieces.end(),
                                        [](const RawItem& piece) {
      const std::string lowered = ascii_lower(piece.text.text());
      return std::any_of(kPeopleOf.begin(), kPeopleOf.end(), [&](std::string_view people) {
        const std::size_t at = lowered.find(people);
        return at != std::string::npos && !starts_with_capital(piece.text.text()) && word_count(lowered.substr(0, at)) <= 5;
      });
    });
    pieces.erase(people_of, pieces.end());
    // A piece that a possessive opens describes the name before it ("Claudia Duppel, unserer
    // Geschäftsführerin", "Jane Doe, our director"); so does an office of an organisation ("le
    // maire de Lyon, Grégory Doucet", "Raymond Le Moign, le directeur général des Hospices Civils
    // de Lyon"): no name of its own.
    static constexpr std::array kPossessives = {"our "sv, "their "sv, "notre "sv, "leur "sv, "nuestra "sv, "nuestro "sv,
                                                "nossa "sv, "nosso "sv, "nostra "sv, "nostro "sv, "unser"sv, "ihre "sv,
                                                "ihrer "sv};
    // (An office beside a person's name: "the leaders of the Associated Press, The New York Times,
    // ..." is the list's.)
    const auto person_at = [&](std::size_t j) { return j < pieces.size() && reads_as_person_name(pieces[j].text.text()); };
    std::vector<bool> described(pieces.size(), false);
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      const std::string& text = pieces[k].text.text();
      const bool possessive = k > 0 && std::any_of(kPossessives.begin(), kPossessives.end(),
                                                   [&](std::string_view word) { return text.starts_with(word); });
      described[k] = possessive || (office_of(text) && ((k > 0 && person_at(k - 1)) || person_at(k + 1)));
    }
    std::size_t kept = 0;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      if (described[k]) continue;
      if (kept != k) pieces[kept] = std::move(pieces[k]);
      ++kept;
    }
    pieces.resize(kept);
    std::vector<RawItem> items = leading_names(std::move(pieces), text_, name_weight_, others, closed);
    if (items.empty()) return std::nullopt;
    ProseList list;
    list.introduction = read_introduction(folded.substr(0, start));
    list.introduction.partial = list.introduction.partial || others.named || examples;
    if (others.counted && !list.introduction.stated) list.introduction.stated = items.size() + *others.counted;
    list.items = std::move(items);
    return list;
  }

  // Where the names start after the words that describe them and give examples ("representantes
  // de la cultura como ...", "such prominent organisations as ...") in the piece of `folded`
  // (and of the text as `written`, the same bytes) that opens at `start`, before its first comma;
  // npos when it names at once.
  static std::size_t after_examples(std::string_view folded, std::string_view written, std::size_t start) {
    constexpr std::size_t kDescription = 80;  // bytes: "representantes de la cultura"
    const std::string_view piece = folded.substr(start, std::min(kDescription, folded.find(',', start) - start));
    if (piece.starts_with("such ")) {
      if (const std::size_t as = piece.find(" as "); as != std::string_view::npos) return start + as + 4;
    }
    std::size_t length = 0;
    std::size_t at = find_any(piece, kSome, 0, &length);
    // Italian's "come" is also English's "come": a word of examples only here, after the words
    // that name signers, before a capital ("firmata anche da personaggi della cultura come
    // Gianfranco Pasquino"; not "scholars who come from Canada").
    constexpr std::size_t kCome = std::string_view(" come ").size();
    if (const std::size_t come = piece.find(" come "); come < at && starts_with_capital(written.substr(start + come + kCome))) {
      at = come;
      length = kCome;
    }
    // The examples' word after words in lower case that describe the signers.
    if (at == std::string_view::npos || at == 0) return std::string_view::npos;
    std::size_t names = at + length;
    while (names < piece.size() && piece[names] == ' ') ++names;
    return start + names;
  }

  // Whether a word that starts with a capital (starts_with_capital) stands among the first
  // words of text_[begin, end).
  bool capital_soon(std::size_t begin, std::size_t end) const {
    constexpr std::size_t kWordsBeforeAName = 6;  // "the leaders of the Associated Press"
    std::size_t words = 0;
    for (std::size_t i = begin; i < end && words < kWordsBeforeAName;) {
      while (i < end && (text_[i] == ' ' || text_[i] == '\n' || text_[i] == ':' || text_[i] == ',')) ++i;
      if (i == end) break;
      if (opens_as_name(text_.substr(i, end - i))) return true;
      ++words;
      while (i < end && text_[i] != ' ' && text_[i] != '\n') ++i;
    }
    return false;
  }

  // Whether every piece reads as a name; in a long list, one in five may only look like one, in
  // a word or two (a misspelt State: "la Guyanne, le Méxique").
  bool all_read_as_names(const std::vector<RawItem>& items) const {
    constexpr std::size_t kLongList = 5;
    constexpr std::size_t kMostWords = 3;  // an article and two words
    if (shaped_as_names(items, text_, looks_like_name_)) return true;
    std::size_t read = 0;
    for (const RawItem& item : items) {
      const std::string& piece = item.text.text();
      if (reads_as_name_(piece)) {
        ++read;
      } else if (items.size() < kLongList || word_count(piece) > kMostWords || !looks_like_name_(piece)) {
        return false;
      }
    }
    return 5 * read >= 4 * items.size();
  }

  std::string_view text_;
  std::string_view lowered_;
  const NameWeight& name_weight_;
  std::vector<std::size_t> stated_counts_;
  // A piece reads as a name in a sentence where it is known, or an organisation's or an
  // acronym's: capitalised words alone are often none ("The Council", "In June").
  const IsName reads_as_name_ = [this](std::string_view piece) { return name_weight_(piece) >= kSentenceName; };
  // The names of a list in parentheses may be any capitalised names ("(APC, Derechos Digitales,
  // EFF, Intervozes and Karisma)").
  const IsName looks_like_name_ = [this](std::string_view piece) { return name_weight_(piece) >= kListedName; };
  // A known name stays whole ("Bosnia and Herzegovina"); pieces on both sides of a conjunction
  // that read as names split ("Comissão Arns e a Ordem dos Advogados do Brasil").
  const IsName is_known_ = [this](std::string_view piece) { return name_weight_(piece) >= 1.0; };
};

}  // namespace

namespace {

// A list that repeats its preposition before each name after the first ("à l'appel de la CGT, de
// FO, de la FSU et de Solidaires", "signée par la FIDH, par la LDH et par Amnesty"): when most
// of those names open with the same one, it is no part of them.
void drop_repeated_preposition(std::vector<RawItem>& items) {
  if (items.size() < 2) return;
  const auto preposition_of = [](const RawItem& item) {
    const std::string_view piece = item.text.text();
    const std::size_t conjunction = leading_list_conjunction(piece);
    RepeatablePreposition preposition = leading_repeatable_preposition(piece.substr(conjunction));
    if (preposition.length > 0) preposition.length += conjunction;  // up to the name
    return preposition;
  };
  const std::string_view key = preposition_of(items[1]).key;
  if (key.empty()) return;
  const auto repeated = static_cast<std::size_t>(std::count_if(
      items.begin() + 1, items.end(), [&](const RawItem& item) { return preposition_of(item).key == key; }));
  if (2 * repeated < items.size() - 1) return;
  for (auto item = items.begin() + 1; item != items.end(); ++item) {
    if (const RepeatablePreposition preposition = preposition_of(*item); preposition.key == key) {
      item->text = item->text.slice(preposition.length, item->text.text().size());
    }
  }
}

// Whether a list's last name ends its sentence with no conjunction before it ("... Brighton
// Voices in Exile, British Quakers. Coalition Against ..., and Zimbabwe Association."): the
// list may go on in the next sentence.
bool ends_unfinished(std::string_view text, const std::vector<RawItem>& items) {
  constexpr std::size_t kFewest = 3;
  if (items.size() < kFewest || after_conjunction(text, items.back())) return false;
  const ItemText& last = items.back().text;
  if (last.text().empty()) return false;
  std::size_t after = last.source_of(last.text().size() - 1) + 1;
  while (after < text.size() && text[after] == ' ') ++after;
  return after < text.size() && text[after] == '.';
}

// The numbers of signers that the opening of a folded text states ("cinq ONG", "15 países",
// "35 press freedom organisations"): a number read as a count by read_introduction.
std::vector<std::size_t> stated_counts(std::string_view folded) {
  // The number and the noun phrase it counts, no further: "4 ambassadors express concern" says
  // nothing of the ambassadors' list.
  constexpr std::size_t kCountWords = 4;  // "35 press freedom organisations"
  constexpr std::size_t kMost = 200;       // a run of more names is a list of its own
  std::vector<std::size_t> counts;
  folded = folded.substr(0, kCountedOpening);
  const auto word_end = [&](std::size_t at) {
    while (at < folded.size() && folded[at] != ' ' && folded[at] != '\n') ++at;
    return at;
  };
  // Each word from its start, read whole where it opens as a number does.
  for (std::size_t begin = 0, end = word_end(0); begin < folded.size(); begin = end + 1, end = word_end(begin)) {
    if (end == begin || !opens_like_number(folded.substr(begin, 2))) continue;
    const std::optional<std::size_t> number = number_of(folded.substr(begin, end - begin));
    if (number && *number <= kMost) {
      std::size_t phrase_end = end;
      for (std::size_t words = 1; words < kCountWords && phrase_end < folded.size(); ++words) {
        phrase_end = word_end(phrase_end + 1);
      }
      const Introduction count = read_introduction(folded.substr(begin, phrase_end - begin));
      if (count.stated == number && !count.others && !count.other_list && std::find(counts.begin(), counts.end(), *number) == counts.end()) {
        counts.push_back(*number);
      }
    }
  }
  return counts;
}

}  // namespace

std::vector<RawItem> inline_items(std::string_view text, std::size_t begin, std::size_t end, const IsName& is_name,
                                  const IsName& is_side_name) {
  ItemText run;
  // Line by line, so that a name the layout wraps keeps its first part as its span.
  while (begin < end) {
    std::size_t line_end = text.find('\n', begin);
    if (line_end == std::string_view::npos || line_end > end) line_end = end;
    std::size_t a = begin, b = line_end;
    while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r')) ++a;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r')) --b;
    run.append(text.substr(a, b - a), a);
    begin = line_end + 1;
  }
  if (run.empty()) return {};
  const std::string& joined = run.text();
  // Semicolons set names apart: two or more, or one between two names that each carry a
  // description after a comma ("Mary Lawlor, Special Rapporteur on ...; Irene Khan, ...").
  const std::size_t semicolon = joined.find(';');
  const bool described_pair = semicolon != std::string::npos && joined.find(';', semicolon + 1) == std::string::npos &&
                              joined.find(',') < semicolon && joined.find(',', semicolon) != std::string::npos;
  std::vector<RawItem> items;
  if (std::count(joined.begin(), joined.end(), ';') >= 2 || described_pair) {
    items = split_paragraph(run, ";", is_name, is_side_name);
  } else if (const std::optional<std::string_view> separator = one_line_separator(joined, 1)) {
    items = split_paragraph(run, *separator, is_name, is_side_name);
  } else {
    items = split_paragraph(run, ",", is_name, is_side_name);
  }
  drop_repeated_preposition(items);
  return items;
}

std::vector<ProseList> prose_lists(const Document& document, const NameWeight& name_weight) {
  const std::string_view text = document.text();
  // Lower-cased once, read by paragraph and by sentence at the text's own offsets; no-break
  // spaces as spaces, byte for byte, for the phrases ("include\u00A0Albania").
  std::string lowered = lower_case_in_place(text);
  for (std::size_t at = lowered.find("\xC2\xA0"); at != std::string::npos; at = lowered.find("\xC2\xA0", at + 2)) {
    lowered.replace(at, 2, "  ");
  }
  std::vector<std::size_t> counts = stated_counts(lowered);
  const bool counted = !counts.empty();
  const SentenceReader reader(text, lowered, name_weight, std::move(counts));
  std::vector<ProseList> lists;
  // A sentence cut by a bare line break, read with what follows it ("... Canadian AIDS/HIV
  // Legal\nNetwork, CIVICUS, ..."): a list of names wrapped by a page, in one paragraph or two.
  std::optional<ByteSpan> carried;
  // After a sentence that names signers or says how many signed, the next few may name more
  // (SentenceReader::read_more).
  constexpr int kSentencesOfMore = 3;
  int more = 0;
  // The last list read ended its sentence with no conjunction before its last name: a full stop
  // may have cut it (ends_unfinished).
  bool unfinished = false;
  const auto mentions_signers = [&](ByteSpan sentence) {
    return (phrase_groups_in(std::string_view(lowered).substr(sentence.start, sentence.end - sentence.start)) &
            (kBy | kSigners)) != 0;
  };
  const std::vector<ByteSpan> paragraphs(document.paragraphs().begin(), document.paragraphs().end());
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const ByteSpan& paragraph = paragraphs[p];
    const std::string_view folded = std::string_view(lowered).substr(paragraph.start, paragraph.end - paragraph.start);
    const std::uint64_t groups = phrase_groups_in(folded);
    // Each form needs one of these groups of phrases.
    if (!carried && more == 0 &&
        (groups & (kBy | kJoint | kJoining | kSome | kInclude | kSending | kOpening | kSigners | kAuthors |
                   kNamedGroup | kMembers | kMembership | kArabicSigning | kSignsIt | kAmong | kSharesViews | kClosingParticiple |
                   kBehalf | kInDocument)) == 0) {
      // Verbs of a joint stance are common in letters ("we urge"): their form needs names
      // separated before them, and the paragraph's sentences are read only then.
      const std::size_t verb = find_any(folded, kVoicing, 0);
      const bool voicing = (groups & kVoicing) != 0 && (separated_before(folded, verb) || beside_others_before(folded, verb));
      if (!voicing && !may_open_speaking_as(folded)) {
        // Else only runs of names, sentence by sentence (SentenceReader::read_runs): as long as a
        // count the document states, or long in a sentence that speaks of a joint text.
        const auto commas = std::count(folded.begin(), folded.end(), ',');
        if ((counted && paragraph.start < kCountedOpening && commas >= 2) || ((groups & kDocument) != 0 && commas >= 3)) {
          for (const ByteSpan& sentence : document.sentences_in(paragraph)) {
            if (std::optional<ProseList> list = reader.read_runs(sentence)) lists.push_back(std::move(*list));
          }
        }
        continue;
      }
    }
    const std::vector<ByteSpan> sentences = document.sentences_in(paragraph);
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      ByteSpan sentence = sentences[k];
      if (carried) sentence.start = std::exchange(carried, std::nullopt)->start;
      while (k + 1 < sentences.size() && runs_on(text.substr(sentence.start, sentence.end - sentence.start))) {
        sentence.end = sentences[++k].end;
      }
      // The paragraph's last sentence, when a bare line break cuts it from the next paragraph.
      const bool next_follows = p + 1 < paragraphs.size() && paragraphs[p + 1].start == paragraph.end + 1 &&
                                text[paragraph.end] == '\n';
      if (k + 1 == sentences.size() && next_follows &&
          runs_on(text.substr(sentence.start, paragraph.end + 1 - sentence.start))) {
        carried = sentence;
        continue;
      }
      if (std::optional<ProseList> list = reader.read(sentence)) {
        unfinished = ends_unfinished(text, list->items);
        lists.push_back(std::move(*list));
        more = kSentencesOfMore;
      } else if (more > 0) {
        --more;
        std::optional<ProseList> more_names = reader.read_more(sentence, unfinished);
        unfinished = more_names && ends_unfinished(text, more_names->items);
        if (more_names) lists.push_back(std::move(*more_names));
      } else if ((groups & (kBy | kSigners)) != 0 && mentions_signers(sentence)) {
        more = kSentencesOfMore;
      }
    }
  }
  return lists;
}

std::vector<RawItem> header_states(const Document& document, const IsName& is_name) {
  constexpr std::size_t kHeaderSentences = 8;  // the title stands among the first lines
  constexpr std::size_t kHeaderReach = 1500;   // bytes
  const std::string_view text = document.text();
  const std::string head = lower_case_in_place(text.substr(0, kHeaderReach));
  if (find_any(head, kLetterTitle, 0) == std::string_view::npos || find_any(head, kRepresenting, 0) == std::string_view::npos) {
    return {};
  }
  const std::vector<ByteSpan> sentences = document.sentences_in({0, head.size()});
  for (std::size_t s = 0; s < sentences.size() && s < kHeaderSentences; ++s) {
    const ByteSpan sentence{sentences[s].start, std::min(sentences[s].end, sentences[s].start + kLongestSentence)};
    const std::string folded = lower_case_in_place(text.substr(sentence.start, sentence.end - sentence.start));
    if (find_any(folded, kLetterTitle, 0) == std::string_view::npos) continue;
    std::size_t length = 0;
    const std::size_t at = find_any(folded, kRepresenting, 0, &length);
    if (at == std::string_view::npos) continue;
    std::size_t start = at + length;
    if (std::string_view(folded).substr(start).starts_with("the ")) start += 4;
    const std::size_t end = std::min(folded.size(), find_any(folded, kAfterRepresenting, start));
    std::vector<RawItem> items = inline_items(text, sentence.start + start, sentence.start + end, is_name, is_name);
    std::erase_if(items, [&](const RawItem& item) { return !is_name(without_conjunction(item.text.text())); });
    if (!items.empty()) return items;
  }
  return {};
}

std::vector<RawItem> draft_sponsors(std::string_view text, std::span<const TextLine> lines, const IsName& is_name) {
  static constexpr std::array kDrafts = {": draft resolution"sv, ": draft decision"sv, ": revised draft resolution"sv,
                                         ": projet de r\xC3\xA9solution"sv, ": projet de d\xC3\xA9" "cision"sv,
                                         ": proyecto de resoluci\xC3\xB3n"sv, ": proyecto de decisi\xC3\xB3n"sv};
  constexpr std::size_t kHeaderReach = 3000;  // bytes: the sponsors head the document
  for (const TextLine& line : lines) {
    if (line.begin >= kHeaderReach) break;
    std::string_view content = line.in(text);
    while (content.ends_with(' ')) content.remove_suffix(1);
    const std::string folded = ascii_lower(content);
    for (const std::string_view draft : kDrafts) {
      if (!std::string_view(folded).ends_with(draft)) continue;
      const std::size_t end = content.size() - draft.size();
      std::size_t names_end = end;
      while (names_end > 0 && (content[names_end - 1] == '*' || content[names_end - 1] == ' ')) --names_end;  // "Canada*:"
      std::vector<RawItem> items = inline_items(text, line.begin, line.begin + names_end, is_name, is_name);
      std::erase_if(items, [&](const RawItem& item) { return !is_name(without_conjunction(item.text.text())); });
      if (items.size() >= 1) return items;
    }
  }
  return {};
}

}  // namespace hrtext::detail
