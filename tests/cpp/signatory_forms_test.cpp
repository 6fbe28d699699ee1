// Every way the signatories issue lists that letters, statements and UN documents name their
// signers, each on text shaped as real letters write it, in English, French and Spanish (and the
// introductions of Russian, Arabic and Chinese letters); and what is not a list of signers.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/reader.hpp"
#include "hrtext/signatories.hpp"

namespace hrtext {
namespace {

const EntityExtractor& entities() {
  static const EntityExtractor extractor = EntityExtractor::compile();
  return extractor;
}

Signatories read(const Document& document) {
  static const SignatoryExtractor extractor = SignatoryExtractor::compile();
  return extractor.extract(document, entities());
}

Signatories read(const std::string& text) { return read(Document::from_utf8(text)); }

std::vector<std::string> names_of(const Signatories& read_back) {
  std::vector<std::string> out;
  for (const Signatory& signatory : read_back.signatories) out.push_back(signatory.name);
  return out;
}

std::vector<std::string> names(const std::string& text) { return names_of(read(text)); }

std::vector<std::string> ids(const std::string& text) {
  std::vector<std::string> out;
  for (const Signatory& signatory : read(text).signatories) out.push_back(signatory.id.value_or(""));
  return out;
}

// The names of the persons who sign, and of the others.
struct ByKind {
  std::vector<std::string> people, others;
};
ByKind by_kind(const Signatories& read_back) {
  ByKind out;
  for (const Signatory& signatory : read_back.signatories) {
    (signatory.kind == EntityKind::kPerson ? out.people : out.others).push_back(signatory.name);
  }
  return out;
}

const std::string kBody =
    "We are deeply concerned by the arrest of human rights defenders and call on the authorities to "
    "release them immediately and unconditionally.\n\n";

using Names = std::vector<std::string>;

// The names a sentence gives beside others it speaks of, partial, and the number it states.
void expect_named_beside_others(const std::string& text, const Names& named, std::optional<std::size_t> stated) {
  const Signatories read_back = read(text);
  EXPECT_EQ(names_of(read_back), named) << text;
  EXPECT_TRUE(read_back.partial) << text;
  EXPECT_EQ(read_back.stated, stated) << text;
}

// Each of `lists`, written after `before`, names `expected`.
void expect_each_names(const std::string& before, std::initializer_list<std::string> lists, const Names& expected) {
  for (const std::string& list : lists) EXPECT_EQ(names(before + list), expected) << list;
}

TEST(SignatoryIntroductions, AnySentenceThatSaysTheNamesSign) {
  const Names three = {"Amnesty International", "Human Rights Watch", "Front Line Defenders"};
  for (const std::string introduction :
       {"The following groups endorse this appeal:", "Endorsed by", "Supported by:", "Co-signed by:", "Signed,",
        "Joint statement by:", "Organisations signing this letter:", "The undersigned organisations",
        "These organisations have joined the call:", "Liste des signataires", "Las organizaciones que suscriben:",
        "Подписали:", "الموقعون:", "联署团体：", "Organizações signatárias:"}) {
    EXPECT_EQ(names(kBody + introduction + "\n\nAmnesty International\nHuman Rights Watch\nFront Line Defenders\n"),
              three)
        << introduction;
  }
}

TEST(SignatoryIntroductions, AWordAloneIntroducesAListOfNames) {
  EXPECT_EQ(names(kBody + "Supporters\n\nAmnesty International\nHuman Rights Watch\nFront Line Defenders\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Front Line Defenders"}));
  EXPECT_EQ(names(kBody + "Unterzeichnende\n\nAmnesty International\nHuman Rights Watch\nFIDH\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
  // A status beside recommendations, and themes under it, are no list of signers.
  EXPECT_TRUE(names(kBody + "Supported\n\nEquality and non-discrimination\nRights of the child\nMigrants\n").empty());
}

TEST(SignatoryIntroductions, AListThatNothingIntroducesClosesTheLetter) {
  EXPECT_EQ(names(kBody + kBody + "Amnesty International\nCIVICUS\nFIDH\nInternational Service for Human Rights\n"),
            (Names{"Amnesty International", "CIVICUS", "FIDH", "International Service for Human Rights"}));
  // Each name on a line, its country on the next: the countries annotate, the list is no vote.
  EXPECT_EQ(names(kBody + kBody + "Foro Penal Association\nVenezuela\nKatiba Institute\nKenya\n"
                                  "Chapter Four Foundation\nUganda\nRafto Foundation\nNorway\n"),
            (Names{"Foro Penal Association", "Katiba Institute", "Chapter Four Foundation", "Rafto Foundation"}));
}

TEST(SignatoryLayouts, NumberedAndBulleted) {
  expect_each_names(kBody + "Signatories:\n\n",
                    {"1. Amnesty International\n2. Human Rights Watch\n3. FIDH\n",
                     "1) Amnesty International\n2) Human Rights Watch\n3) FIDH\n",
                     "(1) Amnesty International\n(2) Human Rights Watch\n(3) FIDH\n",
                     "1 - Amnesty International\n2 - Human Rights Watch\n3 \u2013 FIDH\n",
                     "* Amnesty International\n* Human Rights Watch\n* FIDH\n",
                     "- Amnesty International\n- Human Rights Watch\n- FIDH\n",
                     "\u2022 Amnesty International\n\u2022 Human Rights Watch\n\u2022 FIDH\n",
                     "\u2013 Amnesty International\n\u2013 Human Rights Watch\n\u2013 FIDH\n",
                     "\u2023 Amnesty International\n\u2023 Human Rights Watch\n\u2023 FIDH\n",
                     "\u2043 Amnesty International\n\u2043 Human Rights Watch\n\u2043 FIDH\n"},
                    {"Amnesty International", "Human Rights Watch", "FIDH"});
}

TEST(SignatoryLayouts, NamesSeparatedInsideAParagraph) {
  const Names expected = {"Amnesty International", "Human Rights Watch", "FIDH"};
  EXPECT_EQ(names(kBody + "Signatories: Amnesty International, Human Rights Watch and FIDH.\n"), expected);
  EXPECT_EQ(names(kBody + "Signatories: Amnesty International; Human Rights Watch; FIDH\n"), expected);
  EXPECT_EQ(names(kBody + "Signatories: Amnesty International \u00B7 Human Rights Watch \u00B7 FIDH\n"), expected);
  EXPECT_EQ(names(kBody + "Signatories: Amnesty International \u2013 Human Rights Watch \u2013 FIDH\n"), expected);
  // A list flattened onto one line, each name behind the same bullet.
  EXPECT_EQ(names(kBody + "Signatories:\n\u00B7 Amnesty International \u00B7 Human Rights Watch \u00B7 FIDH\n"), expected);
  EXPECT_EQ(names(kBody + "Signatories:\n\u2022 Amnesty International \u2022 Human Rights Watch \u2022 FIDH\n"), expected);
  EXPECT_EQ(names("The countries that signed the joint statement are:\n\u00B7 Argentina \u00B7 Australia \u00B7 Austria\n"),
            (Names{"Argentina", "Australia", "Austria"}));
  EXPECT_EQ(names(kBody + "Signataires : Amnesty International, Human Rights Watch et la FIDH.\n"), expected);
  EXPECT_EQ(names(kBody + "Firmantes: Amnistía Internacional, Human Rights Watch y FIDH.\n"),
            (Names{"Amnistía Internacional", "Human Rights Watch", "FIDH"}));
}

TEST(SignatoryLayouts, NamesRunTogetherOnOneLineEachClosedByItsParentheses) {
  // A page flattened the list: each name ends with its outlet, its city or its country.
  const std::string people = "Christophe Barbier (L'Express) Denis Olivennes (Le Nouvel Observateur) Maurice Szafran "
                             "(Marianne)\n";
  const Names journalists = {"Christophe Barbier", "Denis Olivennes", "Maurice Szafran"};
  EXPECT_EQ(names("Nous tenons \u00E0 exprimer notre solidarit\u00E9 aux journalistes emprisonn\u00E9s.\n\n" + people),
            journalists);
  const Signatories signed_off = read("We call for their release.\n\nSigned:\n" + people);
  EXPECT_EQ(names_of(signed_off), journalists);
  EXPECT_EQ(signed_off.signatories.front().kind, EntityKind::kPerson);
  EXPECT_EQ(names(kBody + "Signatories:\nAmnesty International (London) Human Rights Watch (New York) FIDH (Paris)\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
  // Two such entries are a sentence's, not a list.
  EXPECT_TRUE(names("We call for their release.\n\nChristophe Barbier (L'Express) met Maurice Szafran (Marianne)\n").empty());
}

TEST(SignatoryLayouts, ContactDetailsAfterANameAreNoPartOfIt) {
  EXPECT_EQ(names("We call on the authorities to act now.\n\n"
                  "Associa\u00E7\u00E3o Catarinense de Medicina - (48) 3231.0300 - acm@acm.org.br\n"
                  "Conselho Regional de Medicina do Estado de Santa Catarina - (48) 3952.5000 - cremesc@cremesc.org.br\n"
                  "Sindicato dos M\u00E9dicos do Estado de Santa Catarina - (48) 3223.1060 - simesc@simesc.org.br\n"),
            (Names{"Associa\u00E7\u00E3o Catarinense de Medicina", "Conselho Regional de Medicina do Estado de Santa Catarina",
                   "Sindicato dos M\u00E9dicos do Estado de Santa Catarina"}));
  EXPECT_EQ(names(kBody + "Signatories:\nAmnesty International, +44 20 7413 5500\nHuman Rights Watch, hrwpress@hrw.org\n"
                          "FIDH - fidh@fidh.org\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
  // A number that is part of the name stays.
  EXPECT_EQ(names(kBody + "Signatories:\nArticle 19\nCoalition 2030\nAmnesty International\n"),
            (Names{"Article 19", "Coalition 2030", "Amnesty International"}));
}

TEST(SignatoryLayouts, TwoAcronymsACommaSetsApartAreTwoNames) {
  // The gazetteer knows "CGT-FO" (Force ouvrière): "CGT, FO" is the CGT and FO all the same.
  EXPECT_EQ(names("Le 18 septembre, l'intersyndicale (CFDT, CGT, FO, CFE-CGC, CFTC, UNSA, FSU, Solidaires) appelle "
                  "\u00E0 la gr\u00E8ve.\n"),
            (Names{"CFDT", "CGT", "FO", "CFE-CGC", "CFTC", "UNSA", "FSU", "Solidaires"}));
  EXPECT_EQ(names("La CFDT, la CGT, FO, la CFE-CGC, la CFTC, l'UNSA, la FSU et Solidaires ont appel\u00E9 l'ensemble des "
                  "travailleurs \u00E0 se mobiliser.\n"),
            (Names{"CFDT", "CGT", "FO", "CFE-CGC", "CFTC", "UNSA", "FSU", "Solidaires"}));
}

TEST(SignatoryLayouts, PeopleOneALineAreCountedAsPeople) {
  const auto kinds = [](const std::string& text) {
    std::vector<EntityKind> out;
    for (const Signatory& signatory : read(text).signatories) out.push_back(signatory.kind);
    return out;
  };
  // HTML line breaks a page left after each name.
  const std::string closing = "We hope the conference can take the steps needed to regain that trust.\n\nSigned\n\n";
  const std::vector<std::string> people = {"Patricia Aas", "Bryce Adelstein Lelbach", "John Murray", "Ahmad Beirkdar",
                                           "Peter Sommerlad", "Thomas Peters"};
  std::string broken;
  for (const std::string& person : people) broken += person + " <br>\n";
  EXPECT_EQ(kinds(closing + broken), std::vector<EntityKind>(people.size(), EntityKind::kPerson));
  // A long list of bare names stays one of people where a few read otherwise; those stay
  // organisations ("Hugo Foundation").
  std::string many;
  std::vector<std::string> firsts = {"Anna", "Bruno", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Irene", "Jonas",
                                     "Karin", "Lucas", "Maria", "Nils", "Olga", "Pablo", "Rosa", "Stefan", "Tania", "Umar"};
  for (std::size_t k = 0; k < firsts.size(); ++k) {
    many += firsts[k];
    many += k == 7 ? " Foundation\n" : " Lindqvist\n";
  }
  const std::vector<EntityKind> long_list = kinds(closing + many);
  ASSERT_EQ(long_list.size(), firsts.size());
  EXPECT_EQ(std::count(long_list.begin(), long_list.end(), EntityKind::kPerson), 19);
  EXPECT_EQ(long_list[7], EntityKind::kNgo);
}

TEST(SignatoryLayouts, APipeTableWhoseCellsTabsPad) {
  const Signatories laureates = read("Estos son los Premios Nobel que firman la carta:\n\n"
                                     "| Name                     \t| Category Prize \t| Year \t|\n"
                                     "|--------------------------\t|----------------\t|------\t|\n"
                                     "| Thomas R. Cech           \t| Chemistry      \t| 1989 \t|\n"
                                     "| Martin Chalfie           \t| Chemistry      \t| 2008 \t|\n"
                                     "| Aaron Ciechanover        \t| Chemistry      \t| 2004 \t|\n");
  EXPECT_EQ(names_of(laureates), (Names{"Thomas R. Cech", "Martin Chalfie", "Aaron Ciechanover"}));  // no "Name"
  EXPECT_EQ(laureates.signatories.front().kind, EntityKind::kPerson);
}

TEST(SignatoryLayouts, ALineThatSaysTheOrderOfSigningIsANote) {
  const std::string scientists = "Nerilie Abram (Professor, Australian National University)\nJason Sharples (Professor, "
                                 "University of New South Wales)\nHamish Clarke (Dr, University of Wollongong)\n";
  const Names people = {"Nerilie Abram", "Jason Sharples", "Hamish Clarke"};
  EXPECT_EQ(names("This open letter was co-signed by 446 research scientists.\n\n446 co-signatories (7th February "
                  "2020).\nIn order of signing\n" + scientists),
            people);
  // In a heading it introduces the list.
  EXPECT_EQ(names(kBody + "Signatories (in order of signing):\n" + scientists), people);
}

TEST(SignatoryLayouts, AnAmpersandInsideANameAndAnArticleOpeningTheLast) {
  // "&" binds within a name where a word joins the names; "e il" opens the last one.
  EXPECT_EQ(names("Le associazioni firmatarie sono: Amnesty International, Human Rights Watch e Transport & "
                  "Environment.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Transport & Environment"}));
  EXPECT_EQ(names("Le associazioni firmatarie sono: Amnesty International, Transport & Environment e il WWF European "
                  "Policy Office.\n"),
            (Names{"Amnesty International", "Transport & Environment", "WWF European Policy Office"}));
}

TEST(SignatoryLayouts, AClosingParagraphOfNamesSetApartByDashes) {
  // No words introduce it: the letter's last paragraph, its names between dashes, one of them
  // holding a comma, one a dotted acronym; the letter speaks as "los organismos abajo firmantes".
  const std::string letter =
      "Los organismos de derechos humanos abajo firmantes expresamos nuestra solidaridad con el pueblo de "
      "Chile y repudiamos la represi\u00F3n dispuesta por el gobierno.\n\n"
      "Instamos al Gobierno a resolver los conflictos por la v\u00EDa del di\u00E1logo.\n\n"
      "Asociaci\u00F3n Abuelas de Plaza de Mayo - H.I.J.O.S. Capital - Comisi\u00F3n Memoria, Verdad y Justicia "
      "Zona Norte - Liga Argentina por los Derechos Humanos - Centro de Estudios Legales y Sociales\n";
  EXPECT_EQ(names(letter), (Names{"Asociaci\u00F3n Abuelas de Plaza de Mayo", "H.I.J.O.S. Capital",
                                  "Comisi\u00F3n Memoria, Verdad y Justicia Zona Norte",
                                  "Liga Argentina por los Derechos Humanos", "Centro de Estudios Legales y Sociales"}));
  // A closing sentence that names organisations with commas is prose, not a list.
  EXPECT_EQ(names(kBody + "We thank Amnesty International, Human Rights Watch, FIDH and CIVICUS for their support.\n"),
            Names{});
  // Dashes that set off each name's country are no separators.
  EXPECT_EQ(names(kBody + "\n\nSherpa - France, Katiba Institute - Kenya, Chapter Four - Uganda\n"), Names{});
}

TEST(SignatoryLayouts, GermanNamesWithTheirLegalFormAndKindsOfOrganisation) {
  // "e.V. (DAV)" ends no sentence; "-bund", "-werk", "-hilfe" name kinds of organisation.
  EXPECT_EQ(names("Insgesamt haben 293 Organisationen den Appell unterzeichnet \u2013 darunter auch: der Deutsche "
                  "Anwaltverein e.V. (DAV), die Diakonie Deutschland, das Deutsche Kinderhilfswerk, die Deutsche "
                  "Aidshilfe und der Kinderschutzbund.\n"),
            (Names{"Deutsche Anwaltverein e.V", "Diakonie Deutschland", "Deutsche Kinderhilfswerk",
                   "Deutsche Aidshilfe", "Kinderschutzbund"}));
}

TEST(SignatoryLayouts, NamesWithTheirPlacesAfterCommasOneALine) {
  // An acronym, then the name it stands for.
  EXPECT_EQ(names(kBody + "Signatories:\nCELS, Centro de Estudios Legales y Sociales\nSWISSAID, Swiss Foundation for "
                          "Development Cooperation\nAmnesty International\n"),
            (Names{"Centro de Estudios Legales y Sociales", "SWISSAID", "Amnesty International"}));
  // Each line a name, its places after it and a full stop; an acronym first stands for the
  // name after it where the name's words open with its letters; a heading in capitals.
  EXPECT_EQ(names("Firman la Declaraci\u00F3n del Movimiento:\nASAMBLEAS, ONGs Y OTRAS INSTITUCIONES\n"
                  "FUNAM (Fundaci\u00F3n para la defensa del ambiente), ONG con status consultivo, C\u00F3rdoba, "
                  "Argentina.\nSOS Huasco, Comuna de Huasco, Valle del Huasco, Chile.\nCADA, Asamblea Cerro Azul "
                  "Despierta, C\u00F3rdoba, Argentina.\nGRAIN, Premio Nobel Alternativo 2011, Espa\u00F1a.\n"
                  "Putaendo Resiste, Quinta Regi\u00F3n de Chile, Chile.\n"),
            (Names{"FUNAM", "SOS Huasco", "Asamblea Cerro Azul Despierta", "GRAIN", "Putaendo Resiste"}));
}

TEST(SignatoryLayouts, HeadingsThatSayWhoSignsInTheirOwnWords) {
  // Headings no lexicon lists, with or without a colon, German gendered forms among them; the
  // names under them unknown to the gazetteers, a legal form or a kind of organisation in most.
  const std::string body = "Wir fordern die Bundesregierung auf, das Gesetz zur\u00FCckzuziehen.\n\n";
  const std::string organisations = "\nDigitale Gesellschaft e.V.\nNetzwerk Datenschutzexpertise\nArbeitskreis "
                                    "Vorratsdatenspeicherung\nBerliner Mieterverein\n";
  const Names expected = {"Digitale Gesellschaft e.V", "Netzwerk Datenschutzexpertise", "Arbeitskreis Vorratsdatenspeicherung",
                          "Berliner Mieterverein"};
  for (const std::string heading : {"Erstunterzeichner*innen:", "Unterzeichner:innen:", "UnterzeichnerInnen",
                                    "Erstunterzeichnende Organisationen", "Lista de firmas", "Adhesiones",
                                    "{languagesObject.[language].signatories}"}) {
    EXPECT_EQ(names(body + heading + organisations), expected) << heading;
  }
  // People with no title nor role: persons still, when all of a list are names of people.
  const Signatories people = read(body + "Erstunterzeichner*innen:\nAnna Schmidt\nJonas Weber\nLea Fischer\n");
  EXPECT_EQ(names_of(people), (Names{"Anna Schmidt", "Jonas Weber", "Lea Fischer"}));
  for (const Signatory& person : people.signatories) EXPECT_EQ(person.kind, EntityKind::kPerson) << person.name;
}

TEST(SignatoryLayouts, QuotesEmDashesAndTheSectionAfterTheList) {
  expect_each_names(kBody + "Signatories:\n",
                    {"\u201CAmnesty International\u201D\n\u00ABHuman Rights Watch\u00BB\n\"FIDH\"\n",
                     "Amnesty International \u2014 Human Rights Watch \u2014 FIDH\n",
                     "Amnesty International\nHuman Rights Watch\nFIDH\n\nShare this:\nTwitter\nFacebook\n",
                     // The end of a quotation that closes after the last name.
                     "Amnesty International\nHuman Rights Watch\nFIDH\u201D\n"},
                    {"Amnesty International", "Human Rights Watch", "FIDH"});
  // Words in capitals are no acronyms: a list of goals under a bare heading signs nothing.
  EXPECT_TRUE(names("SDGs:\n- 4 - QUALITY EDUCATION\n- 10 - REDUCED INEQUALITIES\nAffected persons:\n- lesbian\n").empty());
  // One dash a line sets off each name's annotation, over several lines.
  EXPECT_EQ(names(kBody + "Signatories:\nAnna Schmidt \u2013 Digitale Gesellschaft\nJonas Weber \u2013 eco \u2013 Verband "
                          "der Internetwirtschaft\nLea Fischer \u2013 Chaos Computer Club\n"),
            (Names{"Anna Schmidt", "Jonas Weber", "Lea Fischer"}));
}

TEST(SignatoryLayouts, LinesEndedByEveryKindOfBreakAndInvisibleCharacters) {
  const Names expected = {"Amnesty International", "Human Rights Watch", "FIDH"};
  for (const std::string end : {"\r", "\v", "\f", "\u0085", "\u2028", "\u2029"}) {
    EXPECT_EQ(names(kBody + "Signatories:" + end + "Amnesty International" + end + "Human Rights Watch" + end + "FIDH" + end),
              expected);
  }
  // Zero-width spaces and soft hyphens are no part of a name.
  EXPECT_EQ(names(kBody + "Signatories:\nAmnesty Interna\u00ADtional\u200B\nHuman Rights Watch\u200B\nFIDH\n"), expected);
}

TEST(SignatoryLayouts, APagesFurnitureInsideTheList) {
  // A page number, "Page 2 of 3", a page in roman figures or the page's web address between two
  // pages of a list: the list goes on over it, and it signs nothing.
  const Names expected = {"Amnesty International", "Human Rights Watch", "FIDH", "CIVICUS"};
  for (const std::string furniture : {"\n2\n\n", "Page 2 of 3\n", "\nii\n\n", "- 12 -\n",
                                      "https://www.example.org/letter\n"}) {
    EXPECT_EQ(names(kBody + "Signatories:\nAmnesty International\nHuman Rights Watch\n" + furniture + "FIDH\nCIVICUS\n"),
              expected)
        << furniture;
  }
}

TEST(SignatoryLayouts, FootnoteDigitsRunOntoTheNames) {
  // A PDF's footnote marks run onto the names of a list; in a name alone, digits are its own.
  EXPECT_EQ(names(kBody + "Signatories:\nAmnesty International1\nHuman Rights Watch2\nPrivacy International3\n"
                          "Front Line Defenders\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Privacy International", "Front Line Defenders"}));
  EXPECT_EQ(names(kBody + "Signatories:\nAmnesty International\nHuman Rights Watch\nWeb3 Foundation\nCoalition 2030\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Web3 Foundation", "Coalition 2030"}));
}

TEST(SignatoryLayouts, MarkersWithNoListSignNothing) {
  // Ten thousand empty lists (each marker reads a few headings at most, so this stays linear).
  std::string markers;
  for (int i = 0; i < 10000; ++i) markers += "Signatories:\n";
  EXPECT_TRUE(names(markers).empty());
  EXPECT_EQ(names(markers + "\nAmnesty International\nHuman Rights Watch\n"),
            (Names{"Amnesty International", "Human Rights Watch"}));
}

TEST(SignatoryLayouts, TablesWhereTheNameSharesACell) {
  const Names expected = {"Amnesty International", "Human Rights Watch", "FIDH"};
  EXPECT_EQ(names(kBody + "Signatories:\n\n| Organisation | Country |\n|---|---|\n| Amnesty International | United "
                          "Kingdom |\n| Human Rights Watch | United States |\n| FIDH | France |\n"),
            expected);
  EXPECT_EQ(names(kBody + "Signatories:\n\nAmnesty International\tUnited Kingdom\nHuman Rights Watch\tUnited "
                          "States\nFIDH\tFrance\n"),
            expected);
  // A grid table, its cells wrapped over lines.
  EXPECT_EQ(names(kBody + "Signatories:\n\n+--------------------+----------------+\n"
                          "| Amnesty            | United Kingdom |\n| International      |                |\n"
                          "+--------------------+----------------+\n"
                          "| Human Rights Watch | United States  |\n"
                          "+--------------------+----------------+\n"
                          "| FIDH               | France         |\n"
                          "+--------------------+----------------+\n"),
            expected);
  // Rows of a web page's table: a number, the name, a description of it (or a country).
  EXPECT_EQ(names(kBody + "Endorsed by:\n\n1\tAmnesty International\tAmnesty International is a movement of over "
                          "10 million people which campaigns for change so we can all enjoy our human rights.\n"
                          "2\tHuman Rights Watch (HRW)\tHRW is an international non-governmental organization that "
                          "investigates and reports on abuses happening in all corners of the world.\n"
                          "3\tFIDH\tFrance\n4\tFocus on the Global South\tThailand\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH", "Focus on the Global South"}));
}

TEST(SignatoryLayouts, HeadingsCountriesDescriptionsAndRepeats) {
  EXPECT_EQ(names(kBody + "Signatories:\n\nGlobal\nAmnesty International\nCIVICUS\n\nRegional\nDefendDefenders\n\n"
                          "National organisations\nChapter Four Uganda, Uganda\nKatiba Institute - Kenya\n"
                          "Amnesty International\n"),
            (Names{"Amnesty International", "CIVICUS", "DefendDefenders", "Chapter Four Uganda", "Katiba Institute"}));
  // Numbering runs on under each group's heading.
  EXPECT_EQ(names(kBody + "Signatories\n\nGlobal\n\n1. Third World Network\n2. War on Want\n\nNational\n\n"
                          "3. Access to Medicines Ireland\n4. AIDS Access Foundation, Thailand\n"),
            (Names{"Third World Network", "War on Want", "Access to Medicines Ireland", "AIDS Access Foundation"}));
  EXPECT_EQ(names(kBody + "Signatories:\nRafto Foundation (Norway)\nCIVICUS, a global alliance of civil society\n"),
            (Names{"Rafto Foundation", "CIVICUS"}));
  EXPECT_EQ(names(kBody + "Signatories:\nFront Line Defenders \u2013 an Irish foundation that protects human rights "
                          "defenders at risk around the world\nHuman Rights Watch\n"),
            (Names{"Front Line Defenders", "Human Rights Watch"}));
}

TEST(SignatoryLayouts, UnnamedOthersCloseTheListAndMakeItPartial) {
  for (const std::string& closing : {std::string("- FIDH, and others\n"), std::string("- FIDH\n- and many others\n"),
                                     std::string("- FIDH y otros.\n")}) {
    const Signatories read_back = read(kBody + "Signed by:\n\n- Amnesty International\n- Human Rights Watch\n" + closing);
    EXPECT_EQ(names_of(read_back), (Names{"Amnesty International", "Human Rights Watch", "FIDH"})) << closing;
    EXPECT_TRUE(read_back.partial) << closing;
  }
  EXPECT_EQ(names(kBody + "Signed by: Amnesty International, Human Rights Watch, Verified Voting, and others.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Verified Voting"}));
  EXPECT_EQ(names(kBody + "Signed by:\n\n- Doctors for Others\n- Amnesty International\n"),
            (Names{"Doctors for Others", "Amnesty International"}));
}

TEST(SignatoryLayouts, CountriesThatGroupTheNamesAndTagsOfASavedPage) {
  EXPECT_EQ(names(kBody + "Organizaciones firmantes:\n\nArgentina: Liga Argentina por los Derechos Humanos\n\n"
                          "M\u00E9xico: Red Solidaria D\u00E9cada Contra la Impunidad\n\nFIDH\n"),
            (Names{"Liga Argentina por los Derechos Humanos", "Red Solidaria D\u00E9cada Contra la Impunidad", "FIDH"}));
  EXPECT_EQ(names(kBody + "<p>\nSIGNATORIES\n<ol class=\"tail\">\n  <li>Amnesty International\n"
                          "  <li>Third World Network, Malaysia\n  <li>War on Want\n</ol>\n"),
            (Names{"Amnesty International", "Third World Network", "War on Want"}));
  EXPECT_EQ(names(kBody + "Liste der Unterschriften:\nAmnesty International Luxembourg\nGreenpeace\n"
                          "M\u00E9decins du Monde\n"),
            (Names{"Amnesty International Luxembourg", "Greenpeace", "M\u00E9decins du Monde"}));
}

TEST(SignatoryLayouts, LongListsWhateverShareOfThemIsKnown) {
  // A weak introduction ("Signé,") over dozens of names, few of them known and many without a
  // head noun; groups headed "les Organisations Internationales" and "Organisations nationales".
  std::string letter = kBody + "Sign\u00E9,\n\nles Organisations Internationales\n\n";
  Names expected;
  for (int i = 0; i < 12; ++i) {
    const std::string name = std::string("Jubilee ") + static_cast<char>('A' + i) + "ville Collective";
    letter += name + (i % 3 == 0 ? ", US\n" : "\n");
    expected.push_back(name);
  }
  for (const std::string name : {"Ecuador Decide", "Fair Trade Oregon", "Public Citizen", "Sierra Club"}) {
    letter += name + ", US\n";
    expected.push_back(name);
  }
  letter += "\nOrganisations nationales\n\nFederaci\u00F3n Latinoamericana de "
            "Trabajadores de las Industrias (FLATIC)\nSWISSAID, Swiss Foundation for Development Cooperation, "
            "Switzerland\n";
  expected.insert(expected.end(), {"Federaci\u00F3n Latinoamericana de Trabajadores de las "
                                   "Industrias", "SWISSAID"});
  EXPECT_EQ(names(letter), expected);
}

TEST(SignatoryLayouts, BareAcronymsAndTranslationsAfterTheName) {
  EXPECT_EQ(names(kBody + "Signatories:\n\nGuerrilleros Por la Paz GUEPAZ\nReporters Without Borders / Reporters Sans "
                          "Fronti\u00E8res\nAmnesty International UK\nVillage Suisse ONG\nMujeres para el Di\u00E1logo A.C.\n"
                          "Centro de Estudios Sociales \u2013 Foro CES\n"),
            (Names{"Guerrilleros Por la Paz", "Reporters Without Borders", "Amnesty International UK",
                   "Village Suisse ONG", "Mujeres para el Di\u00E1logo A.C", "Centro de Estudios Sociales \u2013 Foro CES"}));
}

// An acronym joined to the name's last word by a hyphen, a place joined to the acronym in
// parentheses; names of acronyms joined by hyphens stay whole.
TEST(SignatoryLayouts, AcronymsAndPlacesJoinedByHyphens) {
  EXPECT_EQ(names(kBody + "Signatories:\n\nF\u00E9d\u00E9ration interprofessionnelle de la sant\u00E9 du Qu\u00E9bec-FIQ\n"
                          "Kirchliche Arbeitsstelle S\u00FCdliches Afrika (KASA)-Germany\nSNJ-CGT\nCFE-CGC\n"
                          "AIDS and Rights Alliance for Southern Africa-ARASA\n"),
            (Names{"F\u00E9d\u00E9ration interprofessionnelle de la sant\u00E9 du Qu\u00E9bec",
                   "Kirchliche Arbeitsstelle S\u00FCdliches Afrika", "SNJ-CGT", "CFE-CGC",
                   "AIDS and Rights Alliance for Southern Africa"}));
}

// A name and its country, one a paragraph: "..., United States" ends with no group of signers.
TEST(SignatoryLayouts, NamesWithTheUnitedStatesAmongOthersAParagraphEach) {
  EXPECT_EQ(names("The undersigned organizations have written collectively to the Bank to express their concerns "
                  "about the limited call for public input.\n\nBoth ENDS, Netherlands\n\nCEE Bankwatch Network, Czech Republic\n\n"
                  "Inclusive Development International, United States\n\nIndian Social Action Forum, India\n\n"
                  "Mekong Watch, Thailand\n"),
            (Names{"Both ENDS", "CEE Bankwatch Network", "Inclusive Development International",
                   "Indian Social Action Forum", "Mekong Watch"}));
}

TEST(SignatoryLayouts, PeopleWithTheirRolesAsALettersPageWritesThem) {
  // A letters page gives each name its role with no comma, one a line or all in one paragraph.
  const std::string body = "We invite both ministers to refrain from such attacks in the future.\n\n";
  const Names people{"Lawrence Collins", "John Dyson", "Robert Walker", "Richard Buxton", "Anthony Hooper",
                     "David Keene", "Alan Moses", "Stephen Sedley", "Theodore Huckle", "Ken Macdonald"};
  EXPECT_EQ(by_kind(read(body + "Lawrence Collins Retired justice of the supreme court\nJohn Dyson Retired justice of the "
                                "supreme court\nRobert Walker Retired justice of the supreme court\nRichard Buxton Retired "
                                "lord justice of appeal\n"))
                .people,
            (Names{"Lawrence Collins", "John Dyson", "Robert Walker", "Richard Buxton"}));
  const Signatories paragraph = read(
      body + "Lawrence Collins Retired justice of the supreme court, John Dyson Retired justice of the supreme court and "
             "former master of the rolls, Robert Walker Retired justice of the supreme court, Richard Buxton Retired lord "
             "justice of appeal, Anthony Hooper Retired lord justice of appeal, David Keene Retired lord justice of appeal, "
             "Alan Moses Retired lord justice of appeal, Stephen Sedley Retired lord justice of appeal, Theodore Huckle "
             "Former counsel general for Wales, Ken Macdonald Former director of public prosecutions, and warden of "
             "Wadham College, University of Oxford and 791 others\n");
  EXPECT_EQ(by_kind(paragraph).people, people);
  EXPECT_TRUE(by_kind(paragraph).others.empty());  // the university is an affiliation
  EXPECT_TRUE(paragraph.partial);
  // Organisations whose names hold words in lower case are no people with roles.
  EXPECT_EQ(names(std::string(kBody) + "Signed,\n\nAll India Drug Action network\nAustralian Fair Trade and Investment "
                                       "Network\nTchad Agir Pour l'Environnement\n"),
            (Names{"All India Drug Action network", "Australian Fair Trade and Investment Network",
                   "Tchad Agir Pour l'Environnement"}));
}

TEST(SignatoryLayouts, PeopleWithTheirTitlesAfterTheirNames) {
  EXPECT_EQ(by_kind(read("We urge the Congressman to withdraw his remarks.\n\nSigned,\n\nAmmiel Alcalay Professor\nEllen Ross "
                         "Professor Emerita\nTemma Kaplan Distinguished Professor\n\u00D6yk\u00FC Tekten PhD Candidate\n"))
                .people,
            (Names{"Ammiel Alcalay", "Ellen Ross", "Temma Kaplan", "\u00D6yk\u00FC Tekten"}));
  // A surname that is also a role, last, stays the surname.
  EXPECT_EQ(by_kind(read("We urge the Congressman to withdraw his remarks.\n\nSigned,\n\nMary Louise Dean\nAnna Maria Head\n"
                         "Peter Paul Fellow\n"))
                .people,
            (Names{"Mary Louise Dean", "Anna Maria Head", "Peter Paul Fellow"}));
}

TEST(SignatoryLayouts, HeadingsAndHeaderRowsOfTables) {
  // A heading that names a group, over a long list; not one of partners.
  std::string groups = kBody + "PUBLIC ADVOCACY ORGANIZATIONS\n\n";
  std::string partners = kBody + "Partner organisations\n\n";
  for (const std::string name : {"18MillionRising", "350.org", "Access Now", "American Library Association",
                                 "Antiwar.com", "Big Bad Lab", "Center for Democracy and Technology",
                                 "Demand Progress", "Fight for the Future"}) {
    groups += name + "\n";
    partners += name + "\n";
  }
  EXPECT_EQ(names(groups).size(), 9U);
  EXPECT_TRUE(names(partners).empty());
  // States under a bare heading are a ranking, not signers.
  EXPECT_TRUE(names("RSF has released its World Press Freedom Index.\n\nTop 10 countries:\n\n1. Norway\n\n2. Denmark\n\n"
                    "3. Sweden\n\n4. Netherlands\n\n5. Finland\n")
                  .empty());
  // A table whose header names its columns: the names stand in the "Name" column, and they are
  // people; years and countries annotate them.
  const Signatories table = read(kBody + "Cosignatory List\n\nNO.\tName\tYear\tCountry\n\n1\tEugenia Lee\t1995\tTaiwan\n"
                                         "2\tJignesh Vasavada\t2006\tIndia\n3\tAngela Anzola\t2014\tColombian\n"
                                         "4\tNazly Frias\t2015\tColombian\n5\tPei-Ting Chou\t2010\tTaiwan\n"
                                         "6\tYadira Rodriguez\t2014\tColombia\n7\tAna Perez\t2016\tPeruvian\n"
                                         "8\tSumit Kumar\t2014\tIndian\n");
  ASSERT_EQ(table.signatories.size(), 8U);
  for (const Signatory& signatory : table.signatories) EXPECT_EQ(signatory.kind, EntityKind::kPerson);
  EXPECT_EQ(table.signatories[2].name, "Angela Anzola");
  // The same in a Markdown table under a marker.
  const Signatories pipes = read(kBody + "Signatories:\n\n| S. No. | Name | Affiliation |\n|---|---|---|\n"
                                         "| 1 | Aruna Roy | MKSS |\n| 2 | Jayati Ghosh | Jawaharlal Nehru University |\n");
  ASSERT_EQ(pipes.signatories.size(), 2U);
  EXPECT_EQ(pipes.signatories[1].name, "Jayati Ghosh");
  EXPECT_EQ(pipes.signatories[1].kind, EntityKind::kPerson);
}

TEST(SignatoryLayouts, TwoTablesEachWithItsHeaderRow) {
  const Signatories found = read(std::string(
      "We wrote to the Ministry.\n\n## Organisations\n\n| S.No | Organisation |\n|---|---|\n"
      "| 1 | Internet Freedom Foundation |\n| 2 | Centre for Internet and Society |\n\n## Individuals\n\n"
      "| S.No | Name | Affiliation |\n|---|---|---|\n| 1 | Anja Kovacs | Researcher |\n"
      "| 2 | Meera Nair | Advocate, Supreme Court of India |\n"));
  const ByKind kinds = by_kind(found);
  EXPECT_EQ(kinds.others, (Names{"Internet Freedom Foundation", "Centre for Internet and Society"}));
  EXPECT_EQ(kinds.people, (Names{"Anja Kovacs", "Meera Nair"}));
}

TEST(SignatoryLayouts, CompaniesWithTheirLegalForms) {
  // A full stop after a legal form ends no sentence, and a name with one is no person's.
  const Signatories found = read(kBody + "## Businesses\n\n* Writerspace\n* Kevin Tullock LLC\n* Veg Box Meals\n"
                                         "* Black Hills Computer Consulting, Inc.\n* Free Geek\n* Gabagool LLC\n"
                                         "* Aragon Anime\n* Simple Energy, Inc.\n* Speedify\n* Wilz Pottery\n");
  EXPECT_EQ(names_of(found), (Names{"Writerspace", "Kevin Tullock LLC", "Veg Box Meals",
                                    "Black Hills Computer Consulting, Inc", "Free Geek", "Gabagool LLC",
                                    "Aragon Anime", "Simple Energy, Inc", "Speedify", "Wilz Pottery"}));
  for (const Signatory& signatory : found.signatories) {
    if (signatory.name.ends_with("LLC") || signatory.name.ends_with("Inc")) {
      EXPECT_NE(signatory.kind, EntityKind::kPerson) << signatory.name;
    }
  }
}

TEST(SignatoryLayouts, ANumberedListWhoseNumbersGoOnAndRunOn) {
  // A page exported with its no-break spaces as references, an item that reads as a sentence
  // but whose number follows the last, two items on one line, a dash whose '#' was lost.
  EXPECT_EQ(names("Cada organiza\u00E7\u00E3o signat\u00E1ria desta carta afirma que n\u00E3o aceita o \u00F3dio.\n\n"
                  "Os coletivos signat\u00E1rios:&nbsp;\n\n1. Rede 8M Guimar\u00E3es&nbsp;\n\n"
                  "2. Coop99- cooperativa integral do Porto, crl.&nbsp;\n\n3. Cor do Luar&nbsp;\n\n"
                  "4. Atelier do Corvo 5. Aveiro Feminista&nbsp;\n\n6. AGRRIN &8211; Corpos Geradores&nbsp;\n"),
            (Names{"Rede 8M Guimar\u00E3es", "Coop99- cooperativa integral do Porto, crl", "Cor do Luar",
                   "Atelier do Corvo", "Aveiro Feminista", "AGRRIN \u2013 Corpos Geradores"}));
}

TEST(SignatoryLayouts, ALongRunOfNamesThatTheNextParagraphSaysSign) {
  std::string run;
  for (const char* name : {"Hispalinux", "FFII", "RITSI", "Comfia-CCOO", "COPYME", "ATI", "Internautas", "AI2",
                           "Linux.es", "APEMIT", "Legalventure", "Iglues", "ESLIC", "AGNIX"}) {
    run += run.empty() ? "_" : ", ";
    run += name;
  }
  const std::string text = "Propuestas de enmienda a la Ley de Impulso de la Sociedad de la Informaci\u00F3n.\n\n" + run +
                           "_\n\nLas organizaciones firmantes han remitido a todos los grupos parlamentarios una serie "
                           "de propuestas.\n";
  const Names found = names(text);
  ASSERT_EQ(found.size(), 14U);
  EXPECT_EQ(found.front(), "Hispalinux");
  EXPECT_EQ(found.back(), "AGNIX");
  // The same run, the paragraph after it speaking of something else: no list of signers.
  EXPECT_TRUE(names(text.substr(0, text.find("Las organizaciones")) + "El Congreso votar\u00E1 en junio.\n").empty());
}

TEST(SignatoryLayouts, AFootnoteListingAsManyNamesAsTheTextCounts) {
  // Lines that are paragraphs each, no blank line between; the list in a footnote, its names
  // in French lower case that no lexicon knows, as many as the text says.
  const std::string names_of_25 =
      "ACAT, Action contre la faim, Agir ici, Aide m\u00E9dicale internationale, Amnesty International, ATD quart "
      "monde, CCFD, Cimade, Cofrade, Comit\u00E9 fran\u00E7ais pour l'Unicef, F\u00E9d\u00E9ration fran\u00E7aise des "
      "clubs Unesco, FIACAT, FIDH, France libert\u00E9s, Fr\u00E8re des hommes, Handicap international, Juristes sans "
      "fronti\u00E8res, Agir ensemble, LDH, M\u00E9decins du monde, MRAP, Reporters sans fronti\u00E8res, Secours "
      "catholique, Service social d'aide aux \u00E9migrants et Terre des hommes.";
  const std::string text = "Alors que l'on s'appr\u00EAte \u00E0 c\u00E9l\u00E9brer le cinquantenaire de la "
                           "D\u00E9claration universelle (1), 25 associations de d\u00E9fense des droits de l'Homme ont "
                           "d\u00E9cid\u00E9 de se regrouper au sein d'un collectif (2).\n(1) Adopt\u00E9e le 10 "
                           "d\u00E9cembre 1948 par les Nations unies.\n(2) " + names_of_25 + "\n";
  const Names found = names(text);
  ASSERT_EQ(found.size(), 25U);
  EXPECT_EQ(found.front(), "ACAT");
  EXPECT_EQ(found.back(), "Terre des hommes");
  // Without the count, nothing supports a list of names that few lexicons know.
  std::string uncounted = text;
  uncounted.replace(uncounted.find("25 associations"), 15, "des associations");
  EXPECT_TRUE(names(uncounted).empty());
}

TEST(SignatoryLayouts, AListThatAPagesExcerptFlattenedOntoOneLine) {
  const std::string page = " date 2020-05-04 Joint statement | Site Home About News Joint statement on the arrest of "
                           "journalists We, the undersigned organisations, call on the authorities to release them. ";
  const Names four = {"Amnesty International", "Human Rights Watch", "Reporters Without Borders", "Index on Censorship"};
  // "Signed:" with a list after it, not one person's signature; the page's chrome after the
  // last name, or as a last piece of its own.
  EXPECT_EQ(names(page + "Signed: Amnesty International, Human Rights Watch, Reporters Without Borders, Index on "
                         "Censorship.\n"),
            four);
  EXPECT_EQ(names(page + "Signatories: Amnesty International, Human Rights Watch, Reporters Without Borders, Index on "
                         "Censorship Share this: Facebook Twitter\n"),
            four);
  EXPECT_EQ(names(page + "Signatories: Amnesty International | Human Rights Watch | Reporters Without Borders | Index "
                         "on Censorship | Related\n"),
            four);
}

TEST(SignatoryLayouts, AListTheMarkupEnds) {
  const auto html_names = [](const std::string& page) {
    return names_of(read(Document::read(page, InputFormat::kHtml)));
  };
  // The lines after the <ul> are no items, whatever they read as; a next list under a heading
  // goes on when it opens with a name.
  EXPECT_EQ(html_names("<p>We urge the authorities to act.</p><h2>Signatories</h2><ul><li>Amnesty International</li>"
                       "<li>Human Rights Watch</li><li>FIDH</li></ul><h3>National organisations</h3><ol><li>Kenya "
                       "Human Rights Commission</li><li>Katiba Institute</li></ol><h3>TIME</h3><ul><li>Rally at "
                       "noon</li><li>Union Station</li></ul>"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH", "Kenya Human Rights Commission",
                   "Katiba Institute"}));
}

TEST(SignatoryLayouts, AnUnintroducedListWithEndnotesOrAWebTableAfterIt) {
  const std::vector<std::string> organisations = {
      "Amnesty International", "Human Rights Watch", "Access Now", "ARTICLE 19", "Front Line Defenders",
      "CIVICUS", "Privacy International", "Derechos Digitales", "Fundaci\u00F3n Karisma", "Red en Defensa de los "
      "Derechos Digitales", "Centro de Estudios Legales y Sociales", "Electronic Frontier Foundation"};
  std::string lines, endnotes, semicolons, rows, cities;
  for (const std::string& name : organisations) {
    lines += name + "\n";
    semicolons += (semicolons.empty() ? "" : "; ") + name;
    rows += "<tr><td>" + name + "</td><td>Kenya</td><td>www.example.org</td></tr>";
    cities += name + " \u2013 Bogot\u00E1, Colombia\n";
  }
  for (int note = 1; note <= 6; ++note) {
    // Appended piece by piece: GCC 12 at -O3 warns falsely on "[" + string&&.
    endnotes += '[';
    endnotes += std::to_string(note);
    endnotes += "] The law was adopted in 2019 and amended twice since, most recently after the elections, without "
                "any public consultation of civil society or of the bar.\n\n";
  }
  // One name a line, the endnotes of the letter after it (the list ends in the first half).
  EXPECT_EQ(names(kBody + lines + "\n\n" + endnotes), organisations);
  // One line of names set apart by semicolons, longer than the letter above it.
  EXPECT_EQ(names(kBody + semicolons + ".\n"), organisations);
  // Ten names or more set apart by commas, with the endnotes after them; but not a sentence
  // that names signers, read as prose once.
  std::string commas;
  for (const std::string& name : organisations) commas += (commas.empty() ? "" : ", ") + name;
  EXPECT_EQ(names(kBody + commas + ".\n\n" + endnotes), organisations);
  EXPECT_EQ(names(kBody + "Signed by " + commas + ".\n"), organisations);
  // A paragraph of names wrapped by hand, set apart by commas, semicolons or dashes (more
  // than lines), with or without words to introduce it.
  const auto wrapped = [](const std::string& paragraph) {
    std::string out;
    std::size_t column = 0;
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
      const bool space = paragraph[i] == ' ';
      out += space && column > 60 ? '\n' : paragraph[i];
      column = space && column > 60 ? 0 : column + 1;
    }
    return out;
  };
  std::string dashes;
  for (const std::string& name : organisations) dashes += (dashes.empty() ? "" : " \u2013 ") + name;
  EXPECT_EQ(names(kBody + wrapped(commas) + ".\n"), organisations);
  EXPECT_EQ(names(kBody + wrapped(semicolons) + ".\n"), organisations);
  EXPECT_EQ(names(kBody + wrapped(dashes) + "\n"), organisations);
  EXPECT_EQ(names(kBody + "Signatories:\n" + wrapped(dashes) + "\n"), organisations);
  // Symbols as bullets, and a name wrapped after its particle.
  std::string symbols;
  for (const std::string& name : organisations) symbols += "\u2705 " + name + "\n";
  EXPECT_EQ(names(kBody + "Signatories:\n" + symbols), organisations);
  EXPECT_EQ(names(kBody + "Signatories:\nAmnesty International\nRed en Defensa de los\nDerechos Digitales\nCIVICUS\n"),
            (Names{"Amnesty International", "Red en Defensa de los Derechos Digitales", "CIVICUS"}));
  // A city before the country after the dash.
  EXPECT_EQ(names(kBody + "Signatories:\n" + cities), organisations);
  // A web page's table: its header row and its column of web sites name no one.
  EXPECT_EQ(names_of(read(Document::read("<p>" + kBody + "</p><table><tr><th>Organisation</th><th>Country</th>"
                                         "<th>Website</th></tr>" + rows + "</table>",
                                         InputFormat::kHtml))),
            organisations);
}

TEST(SignatoryLayouts, TheSentenceAboveLinesOfNamesIntroducesThem) {
  // Portuguese, no colon, a no-break space after the full stop, a long sentence.
  const std::string letter =
      "As organiza\u00E7\u00F5es da sociedade civil que assinam esta nota endossam a den\u00FAncia feita pelo "
      "conselho e alertam para a gravidade desta medida, que acontece um dia depois de a ministra atacar "
      "publicamente o \u00F3rg\u00E3o, indicando que as suas manifesta\u00E7\u00F5es sejam ignoradas.\u00A0\n\n"
      "Associa\u00E7\u00E3o Brasileira de Sa\u00FAde Mental \u2013 ABRASME\nA\u00E7\u00E3o Educativa\n"
      "Al\u00E9m das Grades\nCentro de Forma\u00E7\u00E3o do (a) Negra (a) da Transamaz\u00F4nica e Xingu\n"
      "Terra de Direitos\nCl\u00EDnica de Direitos Humanos | Faculdade de Direito\nConectas Direitos Humanos\n"
      "Justi\u00E7a Global\nInstituto Ethos\n";
  const Signatories read_back = read(letter);
  ASSERT_EQ(read_back.signatories.size(), 9U);
  EXPECT_EQ(read_back.signatories[1].name, "A\u00E7\u00E3o Educativa");
  EXPECT_EQ(read_back.signatories[3].name,
            "Centro de Forma\u00E7\u00E3o do (a) Negra (a) da Transamaz\u00F4nica e Xingu");
}

TEST(SignatoryLayouts, TitleLinesUnderASentenceAreNoList) {
  // The sentence names one who joins the others it counts; the statement's title lines under it
  // are no list.
  const Signatories read_back =
      read("The United States was pleased to join 56 countries in co-sponsoring a joint statement on the situation "
           "in Venezuela.\n\nJoint Statement on the Human Rights Situation in Venezuela\n46th Session of the Human "
           "Rights Council\nDelivered by the Permanent Representative of Peru\n\nMadam President,\n");
  EXPECT_EQ(names_of(read_back), (Names{"United States"}));
  EXPECT_TRUE(read_back.partial);
  EXPECT_EQ(read_back.stated, 57U);
}

TEST(SignatoryPersons, PeopleWhoSignAfterTheOrganisations) {
  const Signatories read_back =
      read(kBody + "Assinam esta nota:\n\nA\u00E7\u00E3o Franciscana de Ecologia e Solidariedade - AFES\n"
                   "Articula\u00E7\u00E3o para o Monitoramento dos Direitos Humanos\nRede Justi\u00E7a Criminal\n"
                   "Alexandre Mandl - advogado\nCezar Britto, ex presidente da OAB\nDeputado Chico Alencar - PSOL/RJ\n"
                   "Jos\u00E9 Geraldo de Souza Junior, ex-Reitor da Universidade de Bras\u00EDlia\n");
  const auto [people, organisations] = by_kind(read_back);
  EXPECT_EQ(organisations, (Names{"A\u00E7\u00E3o Franciscana de Ecologia e Solidariedade - AFES",
                                  "Articula\u00E7\u00E3o para o Monitoramento dos Direitos Humanos",
                                  "Rede Justi\u00E7a Criminal"}));
  EXPECT_EQ(people, (Names{"Alexandre Mandl", "Cezar Britto", "Chico Alencar", "Jos\u00E9 Geraldo de Souza Junior"}));
}

TEST(SignatoryPersons, ARoleAfterAColonIsNoPartOfTheName) {
  EXPECT_EQ(names("Unter den Unterzeichnern der Botschaft befinden sich Politiker wie Dr. Martine Wonner: eine "
                  "Abgeordnete aus Frankreich und Professor Jan Zaloudik: Abgeordneter im Parlament der Tschechischen "
                  "Republik.\n"),
            (Names{"Martine Wonner", "Jan Zaloudik"}));
}

TEST(SignatoryPersons, NamesInMarkdownStrongEmphasis) {
  EXPECT_EQ(names("We, the undersigned, urge you to discontinue this prosecution before it comes to court.\n\n"
                  "  * **Jane Roe**, human rights lawyer, Example Chambers\n  * **Dr John Smith**, founder, Example "
                  "Media\n  * **Emeritus Professor Ann Lee OAM**\n  * **Father Paul Grey**\n\n"
                  "[See the full list of signatures at our site][1]\n"),
            (Names{"Jane Roe", "John Smith", "Ann Lee", "Paul Grey"}));
  // A French lawyer's title.
  EXPECT_EQ(names(kBody + "Signataires :\n\nMe William Bourdon, avocat\nMe Lucie Simon, avocate\n"),
            (Names{"William Bourdon", "Lucie Simon"}));
}

TEST(SignatoryLayouts, NamesNumberedInsideAParagraph) {
  // No introduction: a paragraph that numbers names inline, then a labelled one.
  const Signatories read_back =
      read(kBody + "1. Geoffrey Perera, President's Counsel, 2. Daniel Silva, 3. Dr A.M. Navaratne Bandara, 4. Daneshan "
                   "Chetty, 5. Bishop Duleep de Chickera, 6. Anushaya Collure, 7. Anushya Kumar, 8. Dr Radhika "
                   "Coomaraswamy, 9. Dr Tara de Mel\n\nOrganisations: 1. Alliance Development, 2. Association of War "
                   "Affected Women, 3. Centre for Policy Alternatives, and 4. Law and Society Trust.\n");
  const auto [people, organisations] = by_kind(read_back);
  EXPECT_EQ(people.size(), 9U);
  EXPECT_EQ(people.front(), "Geoffrey Perera");
  EXPECT_EQ(organisations, (Names{"Alliance Development", "Association of War Affected Women",
                                  "Centre for Policy Alternatives", "Law and Society Trust"}));
  // Numbers in running text are no list: "1. the law must ..., 2. the courts ...".
  EXPECT_TRUE(names(kBody + "1. the law must be repealed, 2. the courts must be independent, 3. the detainees must be "
                            "released.\n").empty());
}

TEST(SignatoryLayouts, OrganisationsEachAParagraphAfterAClosing) {
  // A closing, then the organisations each on a paragraph of its own with a full stop: a list
  // (Latin America's associations are often a "Corporación"); a person with a role is none.
  EXPECT_EQ(names("Estimados miembros,\n\nQuedamos a disposici\u00F3n para trabajar juntos sobre los mismos "
                  "valores.\n\nAtentamente,\n\n\nFundaci\u00F3n Corona.\n\nCorporaci\u00F3n Somos M\u00E1s.\n\n"
                  "Datasketch.\n"),
            (Names{"Fundaci\u00F3n Corona", "Corporaci\u00F3n Somos M\u00E1s", "Datasketch"}));
  EXPECT_TRUE(names("Estimados miembros,\n\nQuedamos a disposici\u00F3n para trabajar juntos.\n\nAtentamente,\n\n"
                    "Ana Torres\nVicepresidenta\nCorporaci\u00F3n Somos M\u00E1s\n").size() <= 1);
}

TEST(SignatoryLayouts, PeopleWithRolesAfterDashesAmongOrganisations) {
  const ByKind read_back = by_kind(read(
      "Entre los firmantes est\u00E1n: Corporaci\u00F3n Viva La Ciudadan\u00EDa, Corporaci\u00F3n Podion, "
      "Corporaci\u00F3n Reiniciar, Alejo Vargas \u2013 Maestro de la Universidad Nacional, Alonso Ojeda Awad \u2013 "
      "Vicepresidente del Comit\u00E9 Permanente de Derechos Humanos.\n"));
  EXPECT_EQ(read_back.people, (Names{"Alejo Vargas", "Alonso Ojeda Awad"}));
  EXPECT_EQ(read_back.others.size(), 3U);
}

TEST(SignatoryLayouts, BoldGroupHeadingsSplitOverLinesByAnExport) {
  // A blog's export: the heading in Dutch, "**" alone over each group's name, bullets indented
  // after tab-only lines, links to the signers' sites, and a name whose UTF-8 was read as
  // Windows-1252 once ("Ã‡ugun"), shown repaired.
  const std::string text =
      kBody +
      "**ONDERTEKENAARS**\n\n**\nOrganisaties**\n\n\t\n  * [Bits of Freedom](http://www.bof.nl/) - bof.nl\n\n\t\n"
      "  * [Global Voices](http://www.globalvoicesonline.org/) - globalvoicesonline.org\n\n\n**\nWetenschappers**\n\n\t\n"
      "  * Prof. mr. E.J. Dommering - Universiteit van Amsterdam\n\n\t\n  * Prof. dr. N.A.N.M. van Eijk - Universiteit "
      "van Amsterdam\n\n\n**\nBloggers**\n\n\t\n  * Alper \u00C3\u2021ugun -\u00A0[alper.nl](http://www.alper.nl/)\n\n\t\n"
      "  * Bert Brussen -\u00A0[bbrussen.nl](http://www.bbrussen.nl/)\n";
  EXPECT_EQ(names(text), (Names{"Bits of Freedom", "Global Voices", "E.J. Dommering", "N.A.N.M. van Eijk",
                                "Alper \u00C7ugun", "Bert Brussen"}));
}

TEST(SignatoryLayouts, PeopleAParagraphInItalicsWithPostNominals) {
  // Each paragraph in emphasis and closed by a Markdown hard break; a person's honours before
  // the comma ("AC").
  EXPECT_EQ(names(kBody + "### Signed the ARC Laureate Fellows:\n\n_Steven Sherwood, Climate Change Research Centre, "
                          "UNSW Sydney  \n  \nQuentin Grafton, Crawford School of Public Policy, ANU  \n  \nTrevor J "
                          "McDougall AC, School of Mathematics and Statistics, UNSW Sydney  \n  \n_Katherine Demuth, Centre "
                          "for Language Sciences, Macquarie University_  \n"),
            (Names{"Steven Sherwood", "Quentin Grafton", "Trevor J McDougall", "Katherine Demuth"}));
}

TEST(SignatoryLayouts, ANoteInParenthesesInANamesPlaceNamesNoOne) {
  EXPECT_EQ(names(kBody + "**Co-signatories:**\n\n**Organizations**\n(To come)\n"), Names{});
  EXPECT_EQ(names(kBody + "Signed by:\n\nAmnesty International\n(list in formation)\nHuman Rights Watch\n"),
            (Names{"Amnesty International", "Human Rights Watch"}));
}

TEST(SignatoryLayouts, TwoNamesOnOneLineUnderAClosing) {
  EXPECT_EQ(names(kBody + "Signed,\n\nAmnesty International and Human Rights Watch\n"),
            (Names{"Amnesty International", "Human Rights Watch"}));
  EXPECT_EQ(names(kBody + "Firman,\n\nAmnist\u00EDa Internacional y Human Rights Watch\n"),
            (Names{"Amnist\u00EDa Internacional", "Human Rights Watch"}));
  // One name that holds a conjunction stays one.
  EXPECT_EQ(names(kBody + "Signed,\n\nBosnia and Herzegovina Helsinki Committee for Human Rights\n"),
            (Names{"Bosnia and Herzegovina Helsinki Committee for Human Rights"}));
}

TEST(SignatoryLayouts, OneOrganisationOrOnePersonUnderALettersClosing) {
  EXPECT_EQ(names(kBody + "Sincerely,\n\nHousing Rights Coalition of Somerville\n"),
            (Names{"Housing Rights Coalition of Somerville"}));
  // The closing's paragraph tags, as a template leaves them, are read past.
  EXPECT_EQ(names(kBody + "<p>Sincerely,</p>\n\n<p>Housing Rights Coalition of Somerville</p>\n"),
            (Names{"Housing Rights Coalition of Somerville"}));
  // A person alone signs in their own name (a `person`), and organisations one a paragraph are
  // read as a list.
  const Signatories person = read(kBody + "Sincerely,\n\nJane Doe\n");
  ASSERT_EQ(names_of(person), (Names{"Jane Doe"}));
  EXPECT_EQ(person.signatories[0].kind, EntityKind::kPerson);
  EXPECT_EQ(names(kBody + "Hochachtungsvoll,\n\nJugend Rettet\n"), (Names{"Jugend Rettet"}));
  // An office with its article is no person ("Le Président du CIREM" is not "Le Président").
  EXPECT_TRUE(names(kBody + "Cordialement,\n\nLe Pr\u00E9sident du CIREM\n").empty());
  EXPECT_EQ(names(kBody + "Atentamente,\n\nFundaci\u00F3n Corona.\n\nCorporaci\u00F3n Somos M\u00E1s.\n\nDatasketch.\n"),
            (Names{"Fundaci\u00F3n Corona", "Corporaci\u00F3n Somos M\u00E1s", "Datasketch"}));
}

TEST(SignatoryLayouts, CellsOfMarksAloneInAClosingTable) {
  // A column that holds emphasis marks alone names no one, and breaks nothing.
  const std::string text = kBody + "\n\nAmnesty International\t**\nHuman Rights Watch\t**\nFIDH\t__\nCIVICUS\t**\n";
  EXPECT_EQ(names(text), (Names{"Amnesty International", "Human Rights Watch", "FIDH", "CIVICUS"}));
}

TEST(SignatoryLayouts, NumbersRunOntoTheNames) {
  EXPECT_EQ(names(kBody + "We the undersigned urge you to withdraw the bill.\n\n1.Ajith Perera - Journalist\n\n"
                          "3.Anuratha Silva\n\n5.Arjuna Fernando, Professor Emeritus, University of Colombo\n\n"
                          "131..Marx Kumar - Plantation Workers Centre\n"),
            (Names{"Ajith Perera", "Anuratha Silva", "Arjuna Fernando", "Marx Kumar"}));
}

TEST(SignatoryProse, TheListEndsWithItsSentence) {
  const std::string text =
      "The letter was signed by Amnesty International, FIDH and Human Rights Watch. The five groups cautioned "
      "Guterres against silence.\n";
  EXPECT_EQ(names(text), (Names{"Amnesty International", "FIDH", "Human Rights Watch"}));
  EXPECT_EQ(read(text).signatories.front().via, SignatoryVia::kProse);
  EXPECT_EQ(names("The letter was signed by Amnesty International, FIDH and Human Rights Watch.\nThe five groups "
                  "cautioned Guterres.\n"),
            (Names{"Amnesty International", "FIDH", "Human Rights Watch"}));
}

TEST(SignatoryProse, UncountedNamesInParenthesesAfterAGroupNoun) {
  EXPECT_EQ(names("L\u2019ensemble des syndicats de journalistes (SNJ, SNJ-CGT, CFDT, SGJ-FO, SPC-CFE-CGC et SJ-CFTC) "
                  "estiment que la libert\u00E9 de la presse est en danger et interpellent les pouvoirs publics.\n"),
            (Names{"SNJ", "SNJ-CGT", "CFDT", "SGJ-FO", "SPC-CFE-CGC", "SJ-CFTC"}));
  // Two are no list; places in parentheses are no signers.
  EXPECT_TRUE(names("Les syndicats (SNJ et CFDT) estiment que la presse est en danger.\n").empty());
}

TEST(SignatoryProse, WhereAnOrganisationIsBasedIsNoPartOfItsName) {
  const Signatories initiated = read("The statement was initiated by the Geneva-based NGO UPR Info and is supported "
                                     "by 76 other NGOs.\n");
  EXPECT_EQ(names_of(initiated), Names{"UPR Info"});
  EXPECT_EQ(names("The letter was signed by the London-based rights group Amnesty International and Human Rights "
                  "Watch.\n"),
            (Names{"Amnesty International", "Human Rights Watch"}));
}

TEST(SignatoryProse, WritersNamedInAppositionToWe) {
  EXPECT_EQ(names("We, the women of the International Indigenous Women's Forum, gathered in New York, declare our "
                  "commitment to the rights of indigenous women.\n"),
            Names{"International Indigenous Women's Forum"});
  EXPECT_EQ(names("We, Amnesty International and Human Rights Watch, call on the authorities to release them.\n"),
            (Names{"Amnesty International", "Human Rights Watch"}));
  // The organisation starts at the first capital after the group ("the members of the board of").
  EXPECT_EQ(names("We, the members of the board of the European Refugee Council Network, call on the ministers to "
                  "act.\n"),
            Names{"European Refugee Council Network"});
  // A group of people that names no organisation signs as no one here.
  EXPECT_TRUE(names("We, the undersigned, call on the authorities to release them.\n").empty());
  EXPECT_TRUE(names("We, the participants of this meeting, call on the authorities to act.\n").empty());
}

TEST(SignatoryProse, SentByEmailNamesTheAddresseesNotTheSenders) {
  EXPECT_TRUE(names("Below is a letter sent by email to Colorado's Senators Bennet and Gardner and Congresswoman "
                    "DeGette on January 30, 2017.\n")
                  .empty());
  EXPECT_EQ(names("The letter was sent by Amnesty International and Human Rights Watch.\n"),
            (Names{"Amnesty International", "Human Rights Watch"}));
}

TEST(SignatoryProse, TheLetterCameFromNamesItsSigners) {
  EXPECT_EQ(names("The letter came from Elizabeth Wathuti (Kenya), Laura Ver\xC3\xB3nica Mu\xC3\xB1oz (Colombia), "
                  "Vanessa Nakate (Uganda) and Olumide Idowu (Nigeria).\n"),
            (Names{"Elizabeth Wathuti", "Laura Ver\xC3\xB3nica Mu\xC3\xB1oz", "Vanessa Nakate", "Olumide Idowu"}));
  EXPECT_EQ(names("La carta proviene de Amnist\u00EDa Internacional, Human Rights Watch y la FIDH.\n"),
            (Names{"Amnist\u00EDa Internacional", "Human Rights Watch", "FIDH"}));
  // Where an idea comes from is no document's signers.
  EXPECT_TRUE(names("The idea came from Amnesty International and Human Rights Watch.\n").empty());
}

TEST(SignatoryProse, AListThatRepeatsItsPrepositionBeforeEachName) {
  const Names three = {"FIDH", "LDH", "Amnesty International"};
  EXPECT_EQ(names("La lettre est sign\u00E9e par la FIDH, par la LDH et par Amnesty International.\n"), three);
  EXPECT_EQ(names("La d\u00E9claration \u00E9mane de la FIDH, de la LDH et d'Amnesty International.\n"), three);
  EXPECT_EQ(names("The letter was signed by the FIDH, by the LDH and by Amnesty International.\n"), three);
  EXPECT_EQ(names("Une manifestation aura lieu le 5 d\u00E9cembre \u00E0 l'appel de la CGT, de FO, de la FSU et de "
                  "Solidaires.\n"),
            (Names{"CGT", "FO", "FSU", "Solidaires"}));
  // A preposition inside a name, not repeated by the list, stays there.
  const Names with_prepositions = {"Lawyers for Lawyers", "Front Line Defenders", "Friends of the Earth International"};
  EXPECT_EQ(names("The letter was signed by Lawyers for Lawyers, Front Line Defenders and Friends of the Earth "
                  "International.\n"),
            with_prepositions);
  EXPECT_EQ(names("The letter was signed by Lawyers for Lawyers, by Front Line Defenders and by Friends of the Earth "
                  "International.\n"),
            with_prepositions);
}

TEST(SignatoryProse, NamesThatCallForSomethingTogetherWithUnnamedOthers) {
  const Names three = {"Amnesty International", "Human Rights Watch", "FIDH"};
  EXPECT_EQ(names("Amnesty International, Human Rights Watch and FIDH call for the release of the detainees.\n"), three);
  expect_named_beside_others("Amnesty International, Human Rights Watch, FIDH, together with many other national "
                             "and international organisations, call on the government to act.\n",
                             three, std::nullopt);
  // The others and what follows them ("and parties of the left") are no names.
  expect_named_beside_others("Amnesty International Italia, CGIL, ARCI, insieme a tante altre associazioni nazionali "
                             "e internazionali e partiti della sinistra, chiedono libert\u00E0 di accesso.\n",
                             Names{"Amnesty International Italia", "CGIL", "ARCI"}, std::nullopt);
  // Groups that call for something name no one.
  EXPECT_TRUE(names("Human rights groups, lawyers and journalists call for the release of the detainees.\n").empty());
}

TEST(SignatoryProse, TheAuthorOfAJointLetterAndThoseItWroteItWith) {
  EXPECT_EQ(names("In response to comments made by the Prime Minister during his visit, the Human Rights Law Centre "
                  "wrote a joint letter with Human Rights Watch, the Castan Centre for Human Rights, Amnesty "
                  "International and Australian Lawyers for Human Rights urging the Prime Minister to act.\n"),
            (Names{"Human Rights Law Centre", "Human Rights Watch", "Castan Centre for Human Rights",
                   "Amnesty International", "Australian Lawyers for Human Rights"}));
  EXPECT_EQ(names("La FIDH a publi\u00E9 une d\u00E9claration conjointe avec la LDH et Amnesty International.\n"),
            (Names{"FIDH", "LDH", "Amnesty International"}));
  // Under a heading that names the letter, the sentence's pieces between its commas are no
  // names ("... Centre wrote a joint letter with Human Rights Watch" is a fragment).
  const Names under_heading = names("Joint letter calling on the Prime Minister to retract his comments\n\n"
                                    "The Human Rights Law Centre wrote a joint letter with Human Rights Watch, "
                                    "Amnesty International and FIDH urging the Prime Minister to act.\n");
  EXPECT_EQ(under_heading, (Names{"Human Rights Law Centre", "Human Rights Watch", "Amnesty International", "FIDH"}));
  // A letter written with no one named after "with" is one author's.
  EXPECT_TRUE(names("The group wrote a joint letter with partners in the region.\n").empty());
}

TEST(SignatoryProse, NamesInAdditionToWhichTheOthersSign) {
  EXPECT_EQ(names("In addition to Amnesty International and FIDH, Human Rights Watch, Article 19 and CIVICUS signed "
                  "the joint declaration.\n"),
            (Names{"Amnesty International", "FIDH", "Human Rights Watch", "Article 19", "CIVICUS"}));
  EXPECT_EQ(names("Outre la FIDH et la LDH, Amnesty International, Human Rights Watch et Article 19 ont sign\u00E9 la "
                  "d\u00E9claration commune.\n"),
            (Names{"FIDH", "LDH", "Amnesty International", "Human Rights Watch", "Article 19"}));
  // In addition to something else: only the signers.
  EXPECT_EQ(names("In addition to the protests, Human Rights Watch, Article 19 and CIVICUS signed the joint "
                  "declaration.\n"),
            (Names{"Human Rights Watch", "Article 19", "CIVICUS"}));
}

TEST(SignatoryProse, SomeNamedInParenthesesAfterTheirCount) {
  // The parenthesis closes no name.
  expect_named_beside_others("More than 50 civil society organisations (among them Amnesty International) have "
                             "launched a joint statement.\n",
                             Names{"Amnesty International"}, 50U);
  EXPECT_EQ(names("M\u00E1s de 50 organizaciones de la sociedad civil (entre las que se encuentra Amnist\u00EDa "
                  "Internacional) han lanzado un comunicado conjunto.\n"),
            (Names{"Amnist\u00EDa Internacional"}));
}

TEST(SignatoryProse, OnBehalfOfOneAndTheOthersItCountsAfterASalutation) {
  // A page's chrome and the salutation run into the sentence when the letter's lines are wrapped.
  expect_named_beside_others("The letter, co-signed by 58 organizations, encourages the President to act.\n"
                             "twitterfacebook\nDear President,\nOn behalf of the World Coalition Against the Death "
                             "Penalty and 58 other co-signing organizations, I am writing out of our grave concern.\n",
                             Names{"World Coalition Against the Death Penalty"}, 59U);
  // A salutation alone names no one.
  EXPECT_TRUE(names("Dear President,\nWe are writing out of our grave concern.\n").empty());
}

TEST(SignatoryProse, AmongThoseWhoSignedPeopleByWhatTheyDo) {
  // "such as" opens a group inside the list of signers, not the list.
  const Signatories famous = read("Among those who signed the letter are actor and actress Alec Baldwin and Meryl "
                                  "Streep, authors such as John Green, Margaret Atwood and Khaled Hosseini, composer "
                                  "Stephen Sondheim and dozens more.\n");
  EXPECT_EQ(names_of(famous), (Names{"Alec Baldwin", "Meryl Streep", "John Green", "Margaret Atwood", "Khaled Hosseini",
                                     "Stephen Sondheim"}));
  EXPECT_TRUE(famous.partial);
  EXPECT_EQ(famous.signatories.front().kind, EntityKind::kPerson);
}

TEST(SignatoryProse, ANameWithAnElidedArticleGoesOnToItsEnd) {
  EXPECT_EQ(names("Parmi les signataires figurent Emma\u00FCs, la Fnars et France Terre d\u2019Asile.\n"),
            (Names{"Emma\u00FCs", "Fnars", "France Terre d\u2019Asile"}));
}

TEST(SignatoryProse, AnOpeningPhraseBeforeTheNamesInMoreLanguages) {
  const Names unions = {"CFDT", "CGT", "FO"};
  EXPECT_EQ(names("Sur fond de contestation sociale, la CFDT, la CGT et FO annoncent dans un communiqu\u00E9 commun "
                  "qu'ils n'entreront pas.\n"),
            unions);
  EXPECT_EQ(names("Con motivo de la huelga, Amnist\u00EDa Internacional, Human Rights Watch y la FIDH denunciaron la "
                  "represi\u00F3n.\n"),
            (Names{"Amnist\u00EDa Internacional", "Human Rights Watch", "FIDH"}));
}

TEST(SignatoryProse, APluralNounOfSignersBeforeTheFirstName) {
  EXPECT_EQ(names("The joint statement is signed and supported by the NGOs Child Rights Connect, Save the Children, "
                  "World Vision and UNICEF.\n"),
            (Names{"Child Rights Connect", "Save the Children", "World Vision", "UNICEF"}));
}

TEST(SignatoryProse, WordsForKindsOfSignersNameNoOne) {
  // "Joint Letter from Civil Society Organizations to Foreign Ministers": a description.
  EXPECT_TRUE(names("Benetech Signs Joint Letter from Civil Society Organizations to Foreign Ministers of Freedom "
                    "Online Coalition Member States\n")
                  .empty());
  EXPECT_EQ(names("Amnesty International, Human Rights Watch and FIDH announced a joint campaign.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
}

TEST(SignatoryProse, PortugueseAgentsAfterContractedPrepositions) {
  EXPECT_EQ(names("A declara\u00E7\u00E3o foi assinada pelos governos da \u00C1ustria, do Brasil, da "
                  "Col\u00F4mbia e dos Estados Unidos.\n"),
            (Names{"\u00C1ustria", "Brasil", "Col\u00F4mbia", "Estados Unidos"}));
  EXPECT_EQ(names("A carta foi assinada pelas centrais CUT, For\u00E7a Sindical e UGT.\n"),
            (Names{"CUT", "For\u00E7a Sindical", "UGT"}));
  EXPECT_EQ(names("La lettera \u00E8 stata firmata dalla CGIL, dalla CISL e dalla UIL.\n"),
            (Names{"CGIL", "CISL", "UIL"}));
}

TEST(SignatoryProse, WordsThatJoinTheLastNameAsWell) {
  const Names three = {"Amnesty International", "FIDH", "Human Rights Watch"};
  EXPECT_EQ(names("The statement was signed by Amnesty International, FIDH as well as Human Rights Watch.\n"), three);
  EXPECT_EQ(names("La lettre est sign\u00E9e par Amnesty International, la FIDH ainsi que Human Rights Watch.\n"), three);
}

TEST(SignatoryProse, AConjunctionBeforeAnArticleStartsTheLastName) {
  // "and the" opens the last name; the "and" inside it ("Human Rights and Law") is its own.
  EXPECT_EQ(names("Among the groups signing the statement were the Egyptian Initiative for Personal Rights, the "
                  "Cairo Institute for Human Rights Studies and the National Community for Human Rights and Law."),
            (Names{"Egyptian Initiative for Personal Rights", "Cairo Institute for Human Rights Studies",
                   "National Community for Human Rights and Law"}));
}

TEST(SignatoryProse, CountsBeforeTheNames) {
  const Signatories states =
      read("The statement was signed by 22 countries: Australia, Austria, Belgium, Canada and Denmark.\n");
  EXPECT_EQ(states.signatories.size(), 5U);
  EXPECT_EQ(states.signatories.front().name, "Australia");
  EXPECT_EQ(states.signatories.front().kind, EntityKind::kState);
  EXPECT_EQ(states.stated, 22U);
  EXPECT_EQ(names("The countries that signed the statement include: Australia, Austria, Belgium and the United "
                  "Kingdom.\n"),
            (Names{"Australia", "Austria", "Belgium", "United Kingdom"}));
  const Signatories some =
      read("More than 40 organisations, including Amnesty International, FIDH and Human Rights Watch, signed the "
           "appeal to the Human Rights Council.\n");  // a name after the list's verb is no signer
  EXPECT_EQ(some.signatories.size(), 3U);
  EXPECT_TRUE(some.partial);
  EXPECT_EQ(some.stated, 40U);
  const Signatories joins = read("Human Rights in China joins 39 other NGOs in urging the Council to act.\n");
  ASSERT_EQ(joins.signatories.size(), 1U);
  EXPECT_EQ(joins.signatories.front().id, "human-rights-in-china");
  EXPECT_EQ(joins.stated, 40U);
  EXPECT_TRUE(joins.partial);
  // What opens the sentence goes before the joined names as before any others ("On 11 February
  // 2019 Front Line Defenders ...").
  EXPECT_EQ(names("On 11 February 2019 Front Line Defenders and the Observatory for the Protection of Human Rights "
                  "Defenders (OMCT/FIDH) \u2013 together with 2 other NGOs \u2013 brought out a joint statement.\n"),
            (Names{"Front Line Defenders", "Observatory for the Protection of Human Rights Defenders"}));
  // Names joined before the count sign too, after a date and a dash.
  const Signatories joined = read("January 28, 2025 \u2013 Amnesty International joined Human Rights Watch and 92 partner "
                                  "organizations in opposing the nomination.\n");
  EXPECT_EQ(names_of(joined), (Names{"Amnesty International", "Human Rights Watch"}));
  EXPECT_EQ(joined.stated, 94U);
  const Signatories behalf = read("Mr President, I deliver this joint statement on behalf of 47 countries: Albania, "
                                  "Australia, Austria and Belgium.\n");
  EXPECT_EQ(behalf.signatories.size(), 4U);
  EXPECT_EQ(behalf.stated, 47U);
}

TEST(SignatoryProse, NewsThatNamesSomeOfTheSigners) {
  EXPECT_EQ(names("The letter was signed by the leaders of the Associated Press, The New York Times, The Washington "
                  "Post, the BBC, Euronews, Sky News, and The Economist, among many others.\n"),
            (Names{"Associated Press", "New York Times", "Washington Post", "BBC", "Euronews", "Sky News", "Economist"}));
  EXPECT_EQ(names("A carta foi nomeada como 'Em defesa da Democracia', e recebeu assinaturas de entidades como o "
                  "Instituto Ethos, a WWF-Brasil e a OXFAM Brasil, al\u00E9m de 7 ex-ministros.\n"),
            (Names{"Instituto Ethos", "WWF-Brasil", "OXFAM Brasil"}));
  const Signatories among = read("Esta declaraci\u00F3n conjunta, en la que entre los firmantes se encuentra Espa\u00F1a, "
                                 "Estados Unidos, Canad\u00E1, Alemania y varios pa\u00EDses latinoamericanos, surge "
                                 "tras una reuni\u00F3n.\n");
  EXPECT_EQ(among.signatories.size(), 4U);
  EXPECT_TRUE(among.partial);
  EXPECT_EQ(names("The signees of the letter include well-known faces, such as Christiane Amanpour, Reza Sayah and "
                  "Ben Wedeman of CNN International, Lyce Doucet from BBC World News.\n"),
            (Names{"Christiane Amanpour", "Reza Sayah", "Ben Wedeman", "Lyce Doucet"}));
  // People named with their initials: the list goes on past "H.".
  EXPECT_EQ(names("El documento es suscrito por Oscar Arias (Costa Rica), Felipe Calder\u00F3n H. (M\u00E9xico), "
                  "Luis Alberto Lacalle H. (Uruguay) y Juan Carlos Wasmosy (Paraguay).\n"),
            (Names{"Oscar Arias", "Felipe Calder\u00F3n H", "Luis Alberto Lacalle H", "Juan Carlos Wasmosy"}));
  // A name that holds a conjunction inside the list ("Media and Law Studies Association"), and
  // the same in Turkish, whose "tarafından" ("by") follows the names.
  EXPECT_EQ(names("Civil Rights Defenders, Media and Law Studies Association, Human Rights Association and "
                  "Citizenship Association sent a joint letter to the minister.\n"),
            (Names{"Civil Rights Defenders", "Media and Law Studies Association", "Human Rights Association",
                   "Citizenship Association"}));
  EXPECT_EQ(names("Civil Rights Defenders, Medya ve Hukuk \u00C7al\u0131\u015Fmalar\u0131 Derne\u011Fi, "
                  "\u0130nsan Haklar\u0131 Derne\u011Fi ve Yurtta\u015Fl\u0131k Derne\u011Fi taraf\u0131ndan "
                  "yap\u0131lan a\u00E7\u0131klamada, bask\u0131lar belirtildi.\n"),
            (Names{"Civil Rights Defenders", "Medya ve Hukuk \u00C7al\u0131\u015Fmalar\u0131 Derne\u011Fi",
                   "\u0130nsan Haklar\u0131 Derne\u011Fi", "Yurtta\u015Fl\u0131k Derne\u011Fi"}));
  // Italian: "promossa da numerose associazioni, tra cui ...".
  const Signatories italian = read("La lettera aperta, promossa da numerose associazioni, tra cui AIDOS, ARCI, "
                                   "CGIL e COSPE, a cui hanno aderito oltre 40 altre associazioni, \u00E8 stata "
                                   "inviata al Presidente del Consiglio.\n");
  EXPECT_EQ(italian.signatories.size(), 4U);
  EXPECT_TRUE(italian.partial);
  // What the signers are, before their names.
  EXPECT_EQ(names("\u0413\u043E\u0432\u043E\u0440\u0438\u0442\u0441\u044F \u0432 \u043E\u0431\u0440\u0430\u0449\u0435\u043D\u0438\u0438, "
                  "\u043A\u043E\u0442\u043E\u0440\u043E\u0435 \u043F\u043E\u0434\u043F\u0438\u0441\u0430\u043B\u0438 "
                  "\u0430\u043A\u0442\u0435\u0440\u044B \u0418\u043D\u043D\u0430 \u0427\u0443\u0440\u0438\u043A\u043E\u0432\u0430, "
                  "\u041B\u0438\u044F \u0410\u0445\u0435\u0434\u0436\u0430\u043A\u043E\u0432\u0430, "
                  "\u0440\u0435\u0436\u0438\u0441\u0441\u0435\u0440 \u042D\u043B\u044C\u0434\u0430\u0440 \u0420\u044F\u0437\u0430\u043D\u043E\u0432 "
                  "\u0438 \u0411\u043E\u0440\u0438\u0441 \u0421\u0442\u0440\u0443\u0433\u0430\u0446\u043A\u0438\u0439.\n"),
            (Names{"\u0418\u043D\u043D\u0430 \u0427\u0443\u0440\u0438\u043A\u043E\u0432\u0430",
                   "\u041B\u0438\u044F \u0410\u0445\u0435\u0434\u0436\u0430\u043A\u043E\u0432\u0430",
                   "\u042D\u043B\u044C\u0434\u0430\u0440 \u0420\u044F\u0437\u0430\u043D\u043E\u0432",
                   "\u0411\u043E\u0440\u0438\u0441 \u0421\u0442\u0440\u0443\u0433\u0430\u0446\u043A\u0438\u0439"}));
  EXPECT_EQ(names("The appeal was signed by actors Emma Thompson, Jude Law and Olivia Colman.\n"),
            (Names{"Emma Thompson", "Jude Law", "Olivia Colman"}));
  // "Including" after the letter's recipients names recipients, not signers.
  const Signatories recipients =
      read("A coalition of some 35 organisations has written to several international bodies including the African "
           "Union and the United Nations Human Rights Council. Signatories to the letter include Paradigm "
           "Initiative, Access Now and Reporters Without Borders.\n");
  EXPECT_EQ(std::vector<std::string>({recipients.signatories.begin()->name, recipients.signatories.back().name}),
            (Names{"Paradigm Initiative", "Reporters Without Borders"}));
  EXPECT_EQ(recipients.signatories.size(), 3U);
  // A sentence that names the signers beside a list of more of them: both are read.
  EXPECT_EQ(names("The undersigning organisations are Digitale Gesellschaft, Greenpeace Germany and the Chaos "
                  "Computer Club.\n\nAlphabetical list of first signatures:\n\n  \u2022 Access Now\n"
                  "  \u2022 Digitalcourage\n"),
            (Names{"Access Now", "Digitalcourage", "Digitale Gesellschaft", "Greenpeace Germany",
                   "Chaos Computer Club"}));
  // A count of what an agreement covers is no list of signers.
  EXPECT_TRUE(names("We strongly support steps in line with agreed parameters, including United Nations Security "
                    "Council resolutions and the Arab Peace Initiative.\n")
                  .empty());
}

TEST(SignatoryProse, SignersNamedByWhatTheySigned) {
  // A relative clause makes the noun one of signers.
  EXPECT_EQ(names("The fifty countries that signed the joint statement are Albania, Andorra, Australia and the "
                  "United States.\n"),
            (Names{"Albania", "Andorra", "Australia", "United States"}));
  // The group a sentence just named, then "Those leaders include:" and its people with their
  // titles, districts and roles.
  EXPECT_EQ(names("The following statement was released by leaders of the House Democratic Caucuses. Those leaders "
                  "include: Representatives Pramila Jayapal (WA-07), chair of the Congressional Progressive Caucus; "
                  "Judy Chu (CA-27), chair of the Asian Pacific American Caucus; Dr. Raul Ruiz (CA-36), chair of the "
                  "Hispanic Caucus; and David Cicilline (RI-01), chair of the Equality Caucus.\n"),
            (Names{"Pramila Jayapal", "Judy Chu", "Raul Ruiz", "David Cicilline"}));
  // An adverb between the verb and its agent.
  EXPECT_EQ(names("La tribune, publi\u00E9e dans Lib\u00E9ration, est sign\u00E9e notamment par la Ligue des droits "
                  "de l'Homme, le Syndicat de la magistrature et Attac France.\n"),
            (Names{"Ligue des droits de l'Homme", "Syndicat de la magistrature", "Attac France"}));
  // ... and so does a participle, whatever space follows the verb.
  EXPECT_EQ(names("Those endorsing the Declaration include\u00A0Albania, Andorra, Argentina,\nAustralia, the European "
                  "Commission and Uruguay.\n"),
            (Names{"Albania", "Andorra", "Argentina", "Australia", "European Commission", "Uruguay"}));
  // The members of a group that opens a statement, listed between dashes after it.
  EXPECT_EQ(names("Joint Statement of the Initiative\n\nThe 12 members of the International Counter Ransomware "
                  "Initiative (CRI)\u2014Albania, Argentina, the Council of Europe, INTERPOL, the United States and "
                  "Vietnam\u2014met in Washington, D.C. from 30 September to 3 October 2024.\n"),
            (Names{"Albania", "Argentina", "Council of Europe", "INTERPOL", "United States", "Vietnam"}));
  EXPECT_EQ(names("Document de la r\u00E9union\n\nLes repr\u00E9sentants des Etats participants \u00E0 la "
                  "Conf\u00E9rence sur la s\u00E9curit\u00E9 et la coop\u00E9ration en Europe (CSCE) - Albanie, "
                  "Allemagne, Autriche, Belgique et Yougoslavie - se sont r\u00E9unis \u00E0 Moscou.\n"),
            (Names{"Albanie", "Allemagne", "Autriche", "Belgique", "Yougoslavie"}));
  // ... or between parentheses, the members voicing a stance after them (Portuguese names of
  // States).
  EXPECT_EQ(names("Os pa\u00EDses da CELAC (Ant\u00EDgua e Barbuda, Barbados, Brasil, S\u00E3o Crist\u00F3v\u00E3o e "
                  "N\u00E9vis, Uruguai e Venezuela) condenam e expressam preocupa\u00E7\u00E3o com o destacamento "
                  "militar na regi\u00E3o.\n"),
            (Names{"Ant\u00EDgua e Barbuda", "Barbados", "Brasil", "S\u00E3o Crist\u00F3v\u00E3o e N\u00E9vis",
                   "Uruguai", "Venezuela"}));
  // News of a meeting names members, not signers of any document.
  EXPECT_TRUE(names("The members of the Security Council - China, France and Russia - failed to agree on Monday.\n")
                  .empty());
  // The authors of a document named after it, two at least; the last name ends before the
  // sentence's predicate, German particles inside names.
  EXPECT_EQ(names("Die gemeinsame Erkl\u00E4rung von Amnesty International, PRO ASYL und dem Weltkongress der "
                  "Uiguren finden Sie im Anhang.\n"),
            (Names{"Amnesty International", "PRO ASYL", "Weltkongress der Uiguren"}));
  EXPECT_TRUE(names("The statement by the Secretary-General was welcomed by many delegations.\n").empty());
  // A speaker who speaks on behalf of others: those sign, the speaker does not.
  EXPECT_EQ(names("Statement by Ms Jane Roe, First Secretary, Permanent Mission of Canada, on behalf of Canada, "
                  "Australia and New Zealand.\n"),
            (Names{"Canada", "Australia", "New Zealand"}));
  // A group of signers named where a sentence opens.
  EXPECT_EQ(names("Las organizaciones Amnist\u00EDa Internacional, el Centro por la Justicia y el Derecho "
                  "Internacional (Cejil), Freedom House y la Oficina de Washington para Asuntos Latinoamericanos, "
                  "enfatizaron en que las autoridades deben respetar el derecho a la protesta.\n"),
            (Names{"Amnist\u00EDa Internacional", "Centro por la Justicia y el Derecho Internacional", "Freedom House",
                   "Oficina de Washington para Asuntos Latinoamericanos"}));
  EXPECT_TRUE(names("The organisations said that the authorities must respect the right to protest.\n").empty());
  // "It was signed by ..." after the sentence that names the letter.
  EXPECT_EQ(names("Five rights groups sent a letter to the Secretary-General on Wednesday. It was signed by Human "
                  "Rights Watch, Amnesty International and the International Commission of Jurists.\n"),
            (Names{"Human Rights Watch", "Amnesty International", "International Commission of Jurists"}));
  // Governments that speak together.
  EXPECT_EQ(ids("Los Ministros de Relaciones Exteriores de Costa Rica, Panam\u00E1 y Espa\u00F1a, expresan su profunda "
                "preocupaci\u00F3n.\n"),
            (Names{"CRI", "PAN", "ESP"}));
  // A sentence that refers back to the signers the sentence before counts.
  const Signatories back = read("The statement was signed by more than 140 international law scholars. Among them are "
                                "John Dugard and Richard Falk, both former special rapporteurs. Others include Daniel "
                                "Feierstein, president of the International Association of Genocide Scholars; Penny "
                                "Green, director of the State Crime Initiative; and Karim Lahidji, president of the "
                                "International Federation for Human Rights (FIDH).\n");
  EXPECT_EQ(names_of(back), (Names{"John Dugard", "Richard Falk", "Daniel Feierstein", "Penny Green", "Karim Lahidji"}));
  EXPECT_TRUE(back.partial);
  EXPECT_TRUE(names("Among them are John Dugard and Richard Falk, both former special rapporteurs.\n").empty());
  // German: "Zu den Unterzeichnern ... gehören unter anderem die ...".
  const Signatories german = read("Zu den Unterzeichnern des Appells geh\u00F6ren unter anderem die Diakonie "
                                  "Deutschland, der AWO Bundesverband sowie die Neue Richtervereinigung.\n");
  EXPECT_EQ(german.signatories.size(), 3U);
  EXPECT_TRUE(german.partial);
  // Among its signers, the names right after the noun.
  const Signatories among = read("La tribune compte parmi ses signataires la Ligue des droits de l'Homme, la "
                                 "F\u00E9d\u00E9ration syndicale unitaire et le Syndicat de la magistrature.\n");
  EXPECT_EQ(among.signatories.size(), 3U);
  EXPECT_TRUE(among.partial);
  // A list of names that a page's line break cuts, within a sentence.
  EXPECT_EQ(names("Joint Oral Statement by the International Service for Human Rights (ISHR), the Cairo Institute for "
                  "Human Rights Studies (CIHRS), Canadian HIV/AIDS Legal\nNetwork, Human Rights House Foundation, "
                  "International Commission of Jurists (ICJ)\n\nMadame President, thank you.\n"),
            (Names{"International Service for Human Rights", "Cairo Institute for Human Rights Studies",
                   "Canadian HIV/AIDS Legal Network", "Human Rights House Foundation",
                   "International Commission of Jurists"}));
  // A sentence that opens in Cyrillic capitals is read in lower case as well.
  EXPECT_EQ(names("\u0417\u0430\u044F\u0432\u043B\u0435\u043D\u0438\u0435 \u043F\u043E\u0434\u043F\u0438\u0441\u0430\u043B\u0438 "
                  "Amnesty International, Human Rights Watch \u0438 FIDH.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
  // An organisation that joins others, in Spanish and French.
  const Signatories joins = read("La Comisi\u00F3n Colombiana de Juristas se suma a m\u00E1s de 180 entidades de derechos "
                                 "humanos de la regi\u00F3n para pedir a la OEA que respete la autonom\u00EDa de la CIDH.\n");
  EXPECT_EQ(names_of(joins), (Names{"Comisi\u00F3n Colombiana de Juristas"}));
  EXPECT_TRUE(joins.partial);
  EXPECT_EQ(joins.stated, 181U);
  EXPECT_EQ(names("La Ligue des droits de l'Homme s'associe \u00E0 40 autres organisations pour demander le retrait "
                  "du texte.\n"),
            (Names{"Ligue des droits de l'Homme"}));
  // A year is no count of signers.
  EXPECT_FALSE(read("The 2020 joint statement was signed by Amnesty International, Human Rights Watch and FIDH.\n")
                   .stated.has_value());
  // Names that open a sentence before a verb that voices their joint stance, three at least.
  EXPECT_EQ(names("> Amnesty International, Human Rights Watch and the International Federation for Human Rights "
                  "condemned the arrests.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "International Federation for Human Rights"}));
  EXPECT_TRUE(names("Amnesty International condemned the arrests.\n").empty());
  // The members that make up a coalition which speaks.
  EXPECT_EQ(names("The Civil Society Coalition for Security Sector Reform, made up of Imparsial, YLBHI, KontraS and "
                  "Amnesty International Indonesia, condemned the attacks.\n"),
            (Names{"Imparsial", "YLBHI", "KontraS", "Amnesty International Indonesia"}));
  EXPECT_TRUE(names("The coalition, made up of several groups, condemned the attacks.\n").empty());
  EXPECT_EQ(names("I am pleased to make this statement on behalf of the Dominican Republic, Ghana, and my own "
                  "country Albania.\n"),
            (Names{"Dominican Republic", "Ghana", "Albania"}));
}

TEST(SignatoryProse, ASenderBesideOthersItDoesNotName) {
  // One name and the others it does not name: partial, and counted where the count is given;
  // a date that opens the sentence is no name.
  expect_named_beside_others("Human Rights Watch and 45 other organizations sent a letter to Secretary Janet "
                             "Napolitano today, urging the Department of Homeland Security to act.\n",
                             Names{"Human Rights Watch"}, 46U);
  expect_named_beside_others("On 21 July 2021 FIDH and many other NGOs addressed an open letter to the Government of "
                             "Eswatini and the international community.\n",
                             Names{"FIDH"}, std::nullopt);
  // Others alone, with no name, are no signers.
  EXPECT_TRUE(names("Many other organizations sent a letter to the Council.\n").empty());
  // A verb of joint stance after one name and counted others, words between the count and its
  // noun, an acronym after the name.
  expect_named_beside_others("On 9 April 2020, the Committee to Protect Journalists (CPJ) and 80 other media and human "
                             "rights NGOs have urged ten African Heads of State to release journalists.\n",
                             Names{"Committee to Protect Journalists"}, 81U);
  EXPECT_EQ(names("The Committee to Protect Journalists (CPJ) and 80 other NGOs have urged the heads of State.\n"),
            Names{"Committee to Protect Journalists"});
  // Counted without "other": the count is of the rest ("ISHR and 18 organisations" are 19).
  expect_named_beside_others("ISHR and 18 organisations call on Human Rights Council Member States to support the "
                             "draft resolution on civil society space.\n",
                             Names{"ISHR"}, 19U);
  // Joined by others counted in words, words between "other" and its noun.
  expect_named_beside_others("Today, London Mining Network along with seven other environmental and Human Rights "
                             "organisations wrote to the chief executive of Rio Tinto.\n",
                             Names{"London Mining Network"}, 8U);
  // A count of something else after the conjunction is none.
  EXPECT_TRUE(names("In 2019 the police and 300 officers called on the crowd to disperse.\n").empty());
}

TEST(SignatoryProse, OneSignerBeforeAVerbOfSigningTheDocument) {
  EXPECT_EQ(names("Amnesty International has signed the open letter to the European Commission.\n"),
            Names{"Amnesty International"});
  EXPECT_EQ(names("La Coordinadora Nacional de Derechos Humanos firm\u00F3 la carta abierta dirigida al Congreso.\n"),
            Names{"Coordinadora Nacional de Derechos Humanos"});
  EXPECT_EQ(names("La Ligue des droits de l'Homme a sign\u00E9 la lettre ouverte adress\u00E9e au Pr\u00E9sident.\n"),
            Names{"Ligue des droits de l'Homme"});
  // Counted among the signers, with no document named.
  EXPECT_EQ(names("Die Fl\u00FCchtlingshilfe Neu-Isenburg geh\u00F6rt zu den Unterzeichnern des Offenen Briefes, wir "
                  "bitten Sie, diesen Appell zu unterst\u00FCtzen.\n"),
            Names{"Fl\u00FCchtlingshilfe Neu-Isenburg"});
  EXPECT_EQ(names("Amnesty International is among the signatories.\n"), Names{"Amnesty International"});
  // One of those who joined, named after the verb.
  EXPECT_EQ(names("Una de las organizaciones que se sum\u00F3 a esta convocatoria es la Uni\u00F3n de Trabajadores de la "
                  "Educaci\u00F3n (UTE), la cual expres\u00F3 su repudio.\n"),
            Names{"Uni\u00F3n de Trabajadores de la Educaci\u00F3n"});
  // Someone else's subject before the verb, an agreement rather than a letter, the letter's own
  // signing: none.
  // In the present of news, after a clause that opens the sentence.
  EXPECT_EQ(names("Alors que les libert\u00E9s associatives continuent \u00E0 \u00EAtre fragilis\u00E9es, le Mouvement "
                  "Associatif adresse une lettre ouverte \u00E0 Madame la Premi\u00E8re Ministre.\n"),
            Names{"Mouvement Associatif"});
  // An officer speaks for the organisation whose acronym precedes the office.
  EXPECT_EQ(names("Service Employees International Union (SEIU) President April Verrett issued the following statement "
                  "in response to the order.\n"),
            Names{"Service Employees International Union"});
  EXPECT_TRUE(names("Professor Dot told FELIX she'd signed the letter because of the shelling.\n").empty());
  EXPECT_TRUE(names("Russia signed the agreement on trade in 2019.\n").empty());
  EXPECT_TRUE(names("We have signed this letter because we care.\n").empty());
  // Words for those the list after the sentence names are none.
  EXPECT_EQ(names("Joint Statement on Media Freedom\n\nThe following members of the Media Freedom Coalition have signed "
                  "this statement:\n\nAustralia\nAustria\nBelgium\nCanada\nEstonia\n"),
            (Names{"Australia", "Austria", "Belgium", "Canada", "Estonia"}));
  // Its one author sends or writes it; communications in the plural are others.
  EXPECT_EQ(names("Refugees International has written a letter to Mrs. Sonia Gandhi, calling upon the Government of "
                  "India to act.\n"),
            Names{"Refugees International"});
  EXPECT_EQ(names("On Thursday, November 30, the Coalition on Human Needs sent a letter to all House members.\n"),
            Names{"Coalition on Human Needs"});
  EXPECT_TRUE(names("The Working Group on Arbitrary Detention has issued communications concerning multiple cases.\n")
                  .empty());
}

TEST(SignatoryProse, OneNamedAmongCountedSignersOfADocument) {
  const Signatories one = read("More than 200 organisations, including Amnesty International, have signed an open letter "
                               "to the Prime Minister.\n");
  EXPECT_EQ(names_of(one), Names{"Amnesty International"});
  EXPECT_TRUE(one.partial);
  EXPECT_EQ(names("Mehr als 200 Einzelpersonen und Organisationen, darunter auch der BMB, haben einen Offenen Brief an "
                  "die Unionsfraktion verfasst.\n"),
            Names{"BMB"});
  EXPECT_EQ(names("On February 4th, over 100 national organizations including the Coalition on Human Needs called on the "
                  "United States Congress to act.\n"),
            Names{"Coalition on Human Needs"});
  // Counted people at a meeting sign nothing.
  EXPECT_TRUE(names("More than 200 people, including Jane Goodall, attended the meeting.\n").empty());
}

TEST(SignatoryProse, NamesInAppositionToTheirCount) {
  const Signatories six = read("Following the summit, six NGO networks, InterAction (United States), VENRO (Germany), "
                               "Coordination SUD, ICVA, NEAR and VOICE, drafted a joint position paper.\n");
  EXPECT_EQ(names_of(six), (Names{"InterAction", "VENRO", "Coordination SUD", "ICVA", "NEAR", "VOICE"}));
  EXPECT_EQ(six.stated, 6U);
  // In words of other languages, after what opens the sentence.
  EXPECT_EQ(names("A l'issue du Sommet, six r\u00E9seaux nationaux et internationaux d'ONG, InterAction (Etats-Unis), "
                  "VENRO (Allemagne), Coordination SUD, ICVA, NEAR et VOICE, ont r\u00E9dig\u00E9 un document de position "
                  "conjoint.\n"),
            (Names{"InterAction", "VENRO", "Coordination SUD", "ICVA", "NEAR", "VOICE"}));
}

TEST(SignatoryProse, TwoNamesThatACountAfterThemSaysAreAll) {
  const Signatories two = read("L'Association des Journalistes Antiracistes et Racis\u00E9s (AJAR) et Prenons La Une (PLU), "
                               "deux associations regroupant environ 400 journalistes, condamnent la d\u00E9cision de la "
                               "cha\u00EEne.\n");
  EXPECT_EQ(names_of(two), (Names{"Association des Journalistes Antiracistes et Racis\u00E9s", "Prenons La Une"}));
  EXPECT_EQ(two.stated, 2U);
  // Two names alone voicing a stance are no list of signers.
  EXPECT_TRUE(names("Amnesty International and Human Rights Watch condemned the verdict.\n").empty());
}

TEST(SignatoryProse, OrganisationsThatShareTheViewsOfAWrittenStatement) {
  EXPECT_EQ(names("Joint written statement* submitted by Amnesty International, Human Rights Watch, non-governmental "
                  "organizations in special consultative status\n\nThe Secretary-General has received the following "
                  "written statement which is circulated in accordance with Economic and Social Council resolution "
                  "1996/31.\n\n[18 February 2022]\n\n* Asociaci\u00F3n Pro Derechos Humanos, Cairo Institute for Human "
                  "Rights Studies, NGO(s) without consultative status, also share the views expressed in this "
                  "statement.\n\nWe urge the Council to act.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Asociaci\u00F3n Pro Derechos Humanos",
                   "Cairo Institute for Human Rights Studies"}));
}

// A draft presented by delegations names its sponsors, in a document's opening; the same words
// further on present something else (a report, a case) and are not read.
TEST(SignatoryProse, DraftPresentedByDelegations) {
  EXPECT_EQ(names("Aprueba OEA creaci\u00F3n de Grupo de Trabajo sobre Nicaragua\nEl documento, presentado por las "
                  "delegaciones de Argentina, Brasil, Canad\u00E1, Chile y Per\u00FA, fue aprobado.\n"),
            (Names{"Argentina", "Brasil", "Canad\u00E1", "Chile", "Per\u00FA"}));
  EXPECT_EQ(names(std::string(700, ' ') + "\nThe report was presented by Argentina, Brazil and Chile to the Council in May.\n"),
            Names{});
}

TEST(SignatoryProse, OneWhoJoinsOrDeliversTheDocument) {
  EXPECT_EQ(names("CIVICUS has joined a joint letter calling for the release of activists.\n"), Names{"CIVICUS"});
  EXPECT_EQ(names("GIESCR joins NGOs' letter to the World Bank on education privatisation.\n"), Names{"GIESCR"});
  // A State delivers a statement it signs, for a count of others among whom it is.
  const Signatories delivered = read("Canada delivered the joint statement on behalf of 47 countries.\n");
  EXPECT_EQ(names_of(delivered), Names{"Canada"});
  EXPECT_EQ(delivered.stated, 47U);
  EXPECT_TRUE(delivered.partial);
  // A person who delivers one speaks for a delegation.
  EXPECT_EQ(names("The Deputy Head of Mission of the Permanent Representation of Denmark to the OSCE, Fenja "
                  "Yamaguchi-Fasting, delivers the joint statement on Human Rights.\n"),
            Names{});
  EXPECT_EQ(names("She joined the organisation in 2010 and wrote letters.\n"), Names{});
  // The others it signs with, counted.
  const Signatories with_others = read("Access Now co-signed a letter to Zoom with 20 other groups.\n");
  EXPECT_EQ(names_of(with_others), Names{"Access Now"});
  EXPECT_EQ(with_others.stated, 21U);
}

TEST(SignatoryProse, PersonsAfterTheOfficesTheyHold) {
  const Signatories read_back =
      read("La carta fue firmada por la Procuradora General de la Naci\u00F3n, Alejandra Gils Carb\u00F3; la Defensora "
           "General de la Naci\u00F3n, Stella Maris Mart\u00EDnez; y el Fiscal de C\u00E1mara Jorge Auat.\n");
  const ByKind kinds = by_kind(read_back);
  EXPECT_NE(std::find(kinds.people.begin(), kinds.people.end(), "Alejandra Gils Carb\u00F3"), kinds.people.end());
  EXPECT_NE(std::find(kinds.people.begin(), kinds.people.end(), "Stella Maris Mart\u00EDnez"), kinds.people.end());
  // A person with an affiliation and its place keeps her name.
  EXPECT_EQ(by_kind(read("Signed,\n\nProfessor Saskia Sassen, Columbia University, New York City\nJudith Butler, "
                         "University of California, Berkeley\n"))
                .people,
            (Names{"Saskia Sassen", "Judith Butler"}));
}

TEST(SignatoryProse, PersonsWithThePartyTheySitFor) {
  const ByKind kinds = by_kind(read("The letter has 30 signatories. Among them are: Ciro Nogueira (PP), Tereza Cristina "
                                    "(PP) and Sergio Moro (Uni\u00E3o).\n"));
  EXPECT_EQ(kinds.people, (Names{"Ciro Nogueira", "Tereza Cristina", "Sergio Moro"}));
  EXPECT_EQ(names("Constam na lista signat\u00E1rios que s\u00E3o filiados a siglas da base. Entre eles est\u00E3o: Ciro "
                  "Nogueira (PP), Tereza Cristina (PP) e Sergio Moro (Uni\u00E3o).\n"),
            (Names{"Ciro Nogueira", "Tereza Cristina", "Sergio Moro"}));
  // An organisation's own acronym stays its acronym.
  EXPECT_EQ(by_kind(read("The letter was signed by Centro de Estudios Legales y Sociales (CELS) and Human Rights Watch.\n"))
                .people,
            Names{});
}

TEST(SignatoryProse, RussianListOfOrganisationsInTheGenitive) {
  EXPECT_EQ(names("\u041F\u0438\u0441\u044C\u043C\u0435\u043D\u043D\u043E\u0435 \u0437\u0430\u044F\u0432\u043B\u0435\u043D\u0438\u0435 "
                  "\u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0438\u0445 \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0439: "
                  "\u041E\u0431\u0449\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0433\u043E \u0444\u043E\u043D\u0434\u0430 "
                  "\u00AB\u041D\u0430\u0448 \u0432\u044B\u0431\u043E\u0440\u00BB (\u0422\u0430\u0434\u0436\u0438\u043A\u0438\u0441\u0442\u0430\u043D), "
                  "\u0422\u0443\u0440\u043A\u043C\u0435\u043D\u0441\u043A\u043E\u0439 \u0438\u043D\u0438\u0446\u0438\u0430\u0442\u0438\u0432\u044B "
                  "\u043F\u043E \u043F\u0440\u0430\u0432\u0430\u043C \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u0438 "
                  "\u041C\u0435\u0436\u0434\u0443\u043D\u0430\u0440\u043E\u0434\u043D\u043E\u0433\u043E \u043F\u0430\u0440\u0442\u043D\u0435\u0440\u0441\u0442\u0432\u0430 "
                  "\u043F\u043E \u043F\u0440\u0430\u0432\u0430\u043C \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 (\u0411\u0435\u043B\u044C\u0433\u0438\u044F).\n"),
            (Names{"\u041E\u0431\u0449\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0433\u043E \u0444\u043E\u043D\u0434\u0430 \u00AB\u041D\u0430\u0448 \u0432\u044B\u0431\u043E\u0440\u00BB",
                   "\u0422\u0443\u0440\u043A\u043C\u0435\u043D\u0441\u043A\u043E\u0439 \u0438\u043D\u0438\u0446\u0438\u0430\u0442\u0438\u0432\u044B \u043F\u043E \u043F\u0440\u0430\u0432\u0430\u043C \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430",
                   "\u041C\u0435\u0436\u0434\u0443\u043D\u0430\u0440\u043E\u0434\u043D\u043E\u0433\u043E \u043F\u0430\u0440\u0442\u043D\u0435\u0440\u0441\u0442\u0432\u0430 \u043F\u043E \u043F\u0440\u0430\u0432\u0430\u043C \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430"}));
}

TEST(SignatoryProse, AGroupDescribedBeforeItsListAfterAColon) {
  EXPECT_EQ(names("Les organisations suivantes soutiennent cet appel : Ligue des droits de l'Homme, Cimade, Gisti.\n"),
            (Names{"Ligue des droits de l'Homme", "Cimade", "Gisti"}));
}

TEST(SignatoryProse, TwoClausesThatNameSigners) {
  const Names expected{"PEN International", "AEJ", "Index on Censorship", "IFJ", "IPI"};
  EXPECT_EQ(names("The statement was initiated by PEN International and signed by AEJ, Index on Censorship, IFJ and IPI.\n"),
            expected);
  EXPECT_EQ(names("La d\u00E9claration a \u00E9t\u00E9 initi\u00E9e par le PEN International et a \u00E9t\u00E9 sign\u00E9e par "
                  "l\u2019AEJ, Index on Censorship, l\u2019IFJ et l\u2019IPI.\n"),
            expected);
  // The means of sending after the signers is no clause of signers.
  EXPECT_EQ(names("The letter was signed by Amnesty International and FIDH and sent by email to the minister.\n"),
            (Names{"Amnesty International", "FIDH"}));
}

TEST(SignatoryProse, WhatTheSendersAreSetApartBeforeTheVerb) {
  EXPECT_EQ(names("Amnesty International, FIDH and Human Rights Watch, organisations that defend rights, sent a letter "
                  "to the President.\n"),
            (Names{"Amnesty International", "FIDH", "Human Rights Watch"}));
  EXPECT_EQ(names("Amnesty International, la FIDH et Human Rights Watch ont adress\u00E9 une lettre ce mercredi au "
                  "Pr\u00E9sident.\n"),
            (Names{"Amnesty International", "FIDH", "Human Rights Watch"}));
}

TEST(SignatoryProse, GermanChurchLeadersWithTheirOfficesAndTitles) {
  const Signatories read_back =
      read("Unterzeichnet ist das Schreiben von Weihbischof Dr. Peter Birkhofer (Erzdi\u00F6zese Freiburg), "
           "Oberkirchenrat Prof. Dr. Ulrich Heckel (Evang. Landeskirche W\u00FCrttemberg), Msgr. Dr. Heinz Detlef "
           "St\u00E4ps (Di\u00F6zese Rottenburg-Stuttgart) und Claudia Duppel, unserer Gesch\u00E4ftsf\u00FChrerin.\n");
  EXPECT_EQ(by_kind(read_back).people,
            (Names{"Peter Birkhofer", "Ulrich Heckel", "Heinz Detlef St\u00E4ps", "Claudia Duppel"}));
  EXPECT_TRUE(by_kind(read_back).others.empty());
}

TEST(SignatoryProse, LeadersOfADocumentNotOfAnythingElse) {
  EXPECT_EQ(names("The campaign, led by Amnesty International and FIDH, calls for the release of the defenders.\n"),
            (Names{"Amnesty International", "FIDH"}));
  EXPECT_EQ(names("The joint letter calls for action.\n\nWe call on all movements to isolate the military junta in "
                  "Myanmar led by coup leader Min Aung Hlaing.\n"),
            Names{});
}

TEST(SignatoryProse, TheStatesThatSpeakersRepresent) {
  EXPECT_EQ(names("In a joint statement, the G7 foreign ministers, representing Canada, France, Germany, Italy, Japan, "
                  "the United Kingdom, and the United States, along with the High Representative of the European "
                  "Union, expressed unity.\n"),
            (Names{"Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"}));
  EXPECT_EQ(names("The lawyers, representing the families of the victims, signed a letter.\n"), Names{});
}

TEST(SignatoryProse, SignedAlsoByWellKnownPeopleGivenAsExamples) {
  const Signatories read_back =
      read("La lettera aperta \u00E8 stata firmata anche da personaggi della cultura e della politica come Gianfranco "
           "Pasquino, la professoressa Nadia Urbinati, Massimo Villone, Alfiero Grandi e Domenico Gallo della Presidenza "
           "del Coordinamento democrazia costituzionale, oltre a numerosi docenti universitari.\n");
  EXPECT_EQ(by_kind(read_back).people,
            (Names{"Gianfranco Pasquino", "Nadia Urbinati", "Massimo Villone", "Alfiero Grandi", "Domenico Gallo"}));
  EXPECT_TRUE(read_back.partial);
  EXPECT_EQ(names("Firman representantes de la cultura como Milena Busquets, Sergi P\u00E0mies y Fernando Savater.\n"),
            (Names{"Milena Busquets", "Sergi P\u00E0mies", "Fernando Savater"}));
  // Examples of what is no group of signers.
  EXPECT_EQ(names("Nous signons cette lettre. La majorit\u00E9 des grands industriels de notre secteur et de ses "
                  "nombreux clients comme France T\u00E9l\u00E9com, Thales, IBM ou Sun utilisent ces logiciels.\n"),
            Names{});
  // "come" is English too.
  EXPECT_EQ(names("The letter was signed by scholars who come from Canada, Japan and Italy to the conference.\n"), Names{});
}

TEST(SignatoryProse, PublicTextsOfLatinAmericaAndJointReleases) {
  EXPECT_EQ(names("La convocatoria fue suscrita por Gonzalo Celorio, Sergio Garc\u00EDa Ram\u00EDrez y Felipe Garrido.\n"),
            (Names{"Gonzalo Celorio", "Sergio Garc\u00EDa Ram\u00EDrez", "Felipe Garrido"}));
  EXPECT_EQ(names("Gemeinsame Pressemitteilung von BUND, NABU und Greenpeace\n\nDie Verb\u00E4nde fordern ein "
                  "Handlungsprogramm.\n"),
            (Names{"BUND", "NABU", "Greenpeace"}));
  EXPECT_EQ(names("BUND, NABU und Greenpeace fordern in einer gemeinsamen Pressemitteilung ein Handlungsprogramm.\n"),
            (Names{"BUND", "NABU", "Greenpeace"}));
}

TEST(SignatoryProse, OfficesBesideNamesAreNoNames) {
  const Signatories read_back =
      read("Parmi les signataires, on retrouve plusieurs responsables des HCL, dont Raymond Le Moign, le directeur "
           "g\u00E9n\u00E9ral des Hospices Civils de Lyon, Carole Burillon, la doyenne de la facult\u00E9 de m\u00E9decine de "
           "Lyon Sud ou encore Christine Vinciguerra, la doyenne de la facult\u00E9 de pharmacie de Lyon.\n");
  EXPECT_EQ(names_of(read_back), (Names{"Raymond Le Moign", "Carole Burillon", "Christine Vinciguerra"}));
  // Leaders of organisations over a list of them are no office of one.
  EXPECT_EQ(names("The letter was signed by the leaders of the Associated Press, The New York Times and The Washington "
                  "Post, among many others.\n")
                .size(),
            3U);
}

TEST(SignatoryProse, TheSignaturesADocumentBears) {
  EXPECT_EQ(names("Publicada en Change.org, la misiva cuenta con la firma de Rosa Montero y Fernando Savater.\n"),
            (Names{"Rosa Montero", "Fernando Savater"}));
  EXPECT_EQ(names("The petition was delivered with the signatures of Amnesty International and Human Rights Watch.\n"),
            (Names{"Amnesty International", "Human Rights Watch"}));
}

TEST(SignatoryProse, SomeOfThemSuchAsInFrench) {
  EXPECT_EQ(names("Plusieurs organisations, telles que Amnesty International et Human Rights Watch, ont sign\u00E9 la "
                  "lettre.\n"),
            (Names{"Amnesty International", "Human Rights Watch"}));
}

TEST(SignatoryProse, ARunOfNamesAfterADatelineJoinedToItsDash) {
  const std::string run = "The Global Call to Action Against Poverty (GCAP), CIVICUS, the Feminist Task Force, Oxfam "
                          "International, Beyond 2015, International Trade Union Confederation (ITUC), Article 19, ATD "
                          "Fourth World, the World Movement for Democracy and Stakeholder Forum, welcome the appointment "
                          "by the UN Secretary-General of a diverse High-Level Panel to advise on a post-2015 development "
                          "agenda.\n";
  const Names expected = names(run);
  ASSERT_EQ(expected.size(), 10U);
  EXPECT_EQ(names("7 August 2012- " + run), expected);
  EXPECT_EQ(names("August 7, 2012 \u2013 " + run), expected);
}

TEST(SignatoryProse, ACountInWordsIsNoSigner) {
  const Names read_back = names("Doce pa\u00EDses de Am\u00E9rica Latina firmaron una declaraci\u00F3n conjunta: Argentina, "
                                "Chile, Costa Rica, Ecuador, Guatemala, Paraguay, Per\u00FA y Uruguay.\n");
  EXPECT_EQ(std::count(read_back.begin(), read_back.end(), "Doce pa\u00EDses de Am\u00E9rica Latina"), 0);
  EXPECT_NE(std::find(read_back.begin(), read_back.end(), "Chile"), read_back.end());
}

TEST(SignatoryProse, ClausesInLowerCaseAreNoNames) {
  EXPECT_EQ(names("CROSOL signed the CSO letter to von der Leyen and open letter to MEPs: add civic space and civil "
                  "dialogue in the portfolios of Commissioners Jurova and Suica!\n"),
            Names{"CROSOL"});
}

TEST(SignatoryLayouts, ClergyWithTheirTitles) {
  EXPECT_EQ(by_kind(read("Firmantes de la declaraci\u00F3n conjunta:\n\n\u2022 Monse\u00F1or. Elkin \u00C1lvarez, Secretario "
                         "General Conferencia Episcopal de Colombia\n\u2022 Arzobispo Luis Jos\u00E9 Rueda\n\u2022 Cardenal "
                         "Rub\u00E9n Salazar\n\u2022 Reverendo H\u00E9ctor Pardo\n"))
                .people,
            (Names{"Elkin \u00C1lvarez", "Luis Jos\u00E9 Rueda", "Rub\u00E9n Salazar", "H\u00E9ctor Pardo"}));
}

TEST(SignatoryProse, NamesBetweenDashesAfterTheGroupTheyMakeUp) {
  EXPECT_EQ(names("In a joint statement, the groups \u2014 Amnesty International, Human Rights Watch and the "
                  "International Commission of Jurists \u2014 said the law must be repealed.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "International Commission of Jurists"}));
}

TEST(SignatoryProse, ThoseAtWhoseCallADayOfActionIsHeld) {
  EXPECT_EQ(names("Nous sommes r\u00E9unis aujourd'hui, \u00E0 l'appel des syndicats CFDT, CGT, FSU, Solidaires et UNSA, pour "
                  "manifester notre solidarit\u00E9.\n"),
            (Names{"CFDT", "CGT", "FSU", "Solidaires", "UNSA"}));
}

TEST(SignatoryProse, OneAuthorInTheTitleOfALetterToItsAddressee) {
  EXPECT_EQ(names("Carta P\u00FAblica de la Coalici\u00F3n Internacional de Organizaciones de Derechos Humanos de Las "
                  "Am\u00E9ricas a las Presidentas y Presidentes\n\n15 de abril de 2009\n"),
            Names{"Coalici\u00F3n Internacional de Organizaciones de Derechos Humanos de Las Am\u00E9ricas"});
  // A description is no author; an author that a sentence goes on after is not one alone.
  EXPECT_TRUE(names("A Letter from a regional OHS network to call on the release of labour activists\n\nWe call for "
                    "their release.\n")
                  .empty());
  EXPECT_TRUE(names("The joint statement by UN member states called on the Chinese government to implement the "
                    "recommendations.\n")
                  .empty());
}

TEST(SignatoryUnForms, MembersOfTheGroupOnWhoseBehalfAStatementIsDelivered) {
  EXPECT_EQ(names("Joint statement delivered by Morocco on behalf of the Core Group (Argentina, Brazil, Morocco, Sweden "
                  "and T\u00FCrkiye) at the 55th session of the Human Rights Council.\n\nThank you, Mr. President.\n"),
            (Names{"Argentina", "Brazil", "Morocco", "Sweden", "T\u00FCrkiye"}));
  // States that joined after the statement was read.
  EXPECT_EQ(names("D\u00E9claration conjointe sur la libert\u00E9 des m\u00E9dias\n\nNous r\u00E9affirmons notre "
                  "engagement.\n\nLes \u00C9tats suivants se sont associ\u00E9s \u00E0 la d\u00E9claration : Autriche, "
                  "Belgique, Canada, Danemark.\n"),
            (Names{"Autriche", "Belgique", "Canada", "Danemark"}));
}

TEST(SignatoryProse, ExpertsWithTheirMandatesAfterAColon) {
  // One semicolon between two experts, each described after a comma.
  EXPECT_EQ(names("GENEVA (5 June 2024) \u2013 UN experts today urged the release of activists.\n\nThe experts are: Mary "
                  "Lawlor, Special Rapporteur on the situation of human rights defenders; Irene Khan, Special Rapporteur "
                  "on the promotion and protection of the right to freedom of opinion and expression.\n"),
            (Names{"Special Rapporteur on the situation of human rights defenders",
                   "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression"}));
}

TEST(SignatoryProse, GermanWordOrder) {
  // The verb second, its subject after it, no comma.
  EXPECT_EQ(names("In einer gemeinsamen Erkl\u00E4rung warnen Amnesty International, Human Rights Watch und Pro Asyl vor "
                  "neuen Gesetzen.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Pro Asyl"}));
  // The perfect, its participle of signing closing the sentence.
  const Signatories perfect = read("Den offenen Brief haben unter anderem Amnesty International, Pro Asyl und der "
                                   "Parit\u00E4tische Gesamtverband unterzeichnet.\n");
  EXPECT_EQ(names_of(perfect), (Names{"Amnesty International", "Pro Asyl", "Parit\u00E4tische Gesamtverband"}));
  EXPECT_TRUE(perfect.partial);
  // An organisation's name in German is known ("Ärzte ohne Grenzen").
  EXPECT_EQ(names("Mehr als 50 Organisationen, darunter Amnesty International, Pro Asyl und \u00C4rzte ohne Grenzen, haben "
                  "einen offenen Brief an die Innenministerin geschrieben.\n"),
            (Names{"Amnesty International", "Pro Asyl", "\u00C4rzte ohne Grenzen"}));
  // A sentence that opens with a preposition names no one before its verb.
  EXPECT_TRUE(names("In Deutschland und Europa Schutz vor Menschenrechtsverletzungen zu suchen, geh\u00F6re zur DNA der "
                    "Demokratie, hei\u00DFt es in einem gemeinsamen Appell.\n")
                  .empty());
}

TEST(SignatoryProse, AuthorsInTheTitleOfTheirJointDocument) {
  EXPECT_EQ(names("Joint Statement of Amnesty International, Human Rights Watch and FIDH on the trial\n\nThe trial is "
                  "unfair.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
  // The title ends with its line, the page's chrome under it.
  EXPECT_EQ(names("Pronunciamiento conjunto del GANHRI, RINDHCA, FIO, CCPDH e ILO\n- Actualidad RINDHCA\n\nEl "
                  "Presidente habl\u00F3.\n"),
            (Names{"GANHRI", "RINDHCA", "FIO", "CCPDH", "ILO"}));
  // A list that goes on ("…") ends with its last name.
  EXPECT_EQ(names("Nous demandons un plan de sortie de crise.\n\nParmi les signataires : la CGT, Greenpeace, Attac, la "
                  "FSU, Oxfam\u2026\n"),
            (Names{"CGT", "Greenpeace", "Attac", "FSU", "Oxfam"}));
}

TEST(SignatoryProse, GroupOfSignersInTheTitleOfTheirJointDocument) {
  EXPECT_EQ(names("Declaraci\u00F3n conjunta de los presidentes de Argentina, Brasil y Venezuela\n\nLos presidentes "
                  "acordaron lo siguiente.\n"),
            (Names{"Argentina", "Brasil", "Venezuela"}));
  EXPECT_EQ(names("Joint Statement by the Foreign Ministers of Australia, Canada and New Zealand\n\nThe ministers "
                  "agreed.\n"),
            (Names{"Australia", "Canada", "New Zealand"}));
}

TEST(SignatoryProse, NamesAfterWordsThatOpenTheSentence) {
  // A longer phrase after a preposition.
  EXPECT_EQ(names("Dans une tribune publi\u00E9e par Le Monde, la Ligue des droits de l'Homme, Amnesty International "
                  "France et la Cimade d\u00E9noncent la loi.\n"),
            (Names{"Ligue des droits de l'Homme", "Amnesty International France", "Cimade"}));
  EXPECT_EQ(names("Hier, la F\u00E9d\u00E9ration internationale pour les droits humains, l'Organisation mondiale contre "
                  "la torture et la Ligue des droits de l'Homme ont d\u00E9nonc\u00E9 l'arrestation.\n"),
            (Names{"F\u00E9d\u00E9ration internationale pour les droits humains", "Organisation mondiale contre la torture",
                   "Ligue des droits de l'Homme"}));
  // A name in lower case to the end of the sentence is not cut after its particle.
  EXPECT_EQ(names("La lettre est sign\u00E9e par la F\u00E9d\u00E9ration internationale pour les droits humains, "
                  "l'Organisation mondiale contre la torture et la Ligue des droits de l'Homme.\n"),
            (Names{"F\u00E9d\u00E9ration internationale pour les droits humains", "Organisation mondiale contre la torture",
                   "Ligue des droits de l'Homme"}));
}

TEST(SignatoryProse, NamesBeforeAVerbOfTheirJointStance) {
  EXPECT_EQ(names("Le Syndicat de la magistrature, la Ligue des droits de l'Homme, le Syndicat des avocats de France "
                  "et Amnesty International France r\u00E9agissent \u00E0 l'annonce du gouvernement.\n"),
            (Names{"Syndicat de la magistrature", "Ligue des droits de l'Homme", "Syndicat des avocats de France",
                   "Amnesty International France"}));
  // Writing to someone sends a letter, though the sentence does not say "letter".
  const Signatories wrote = read("On 12 March 2021 Amnesty International, the Southern Africa Litigation Centre and "
                                 "many other NGOs wrote to the Chairperson of the African Commission.\n");
  EXPECT_EQ(names_of(wrote), (Names{"Amnesty International", "Southern Africa Litigation Centre"}));
  EXPECT_TRUE(wrote.partial);
}

TEST(SignatoryProse, StatesWithTheirArticlesAndAMisspeltOne) {
  const std::vector<std::string> found =
      ids("L\u00B4Argentine, le Br\u00E9sil, la Colombie, le Chili, le M\u00E9xique, le Paraguay, le P\u00E9rou et "
           "l\u00B4Uruguay ont sign\u00E9 le 11 d\u00E9cembre la D\u00E9claration pr\u00E9sidentielle de Buenos Aires.\n");
  EXPECT_EQ(found, (Names{"ARG", "BRA", "COL", "CHL", "MEX", "PRY", "PER", "URY"}));
  // An article that is part of a name stays: "La Strada International" is no known "Strada International".
  EXPECT_EQ(names("La Strada International, Amnesty International and Human Rights Watch sent a joint letter.\n"),
            (Names{"La Strada International", "Amnesty International", "Human Rights Watch"}));
}

TEST(SignatoryProse, ThoseWhoDraftedItAfterAColon) {
  // A semicolon after an abbreviation's full stop ends no sentence; a conjunction inside a name
  // of a semicolon list is the name's own.
  EXPECT_EQ(names("Wir fordern eine Politik, die Fl\u00FCchtlinge sch\u00FCtzt.\nDen Aufruf haben erstellt: Amadeu "
                  "Antonio Stiftung; Aktion S\u00FChnezeichen Friedensdienste e.V.; Bundesarbeitsgemeinschaft Kirche "
                  "und Rechtsextremismus; Pro Asyl\nZum Aufruf\n"),
            (Names{"Amadeu Antonio Stiftung", "Aktion S\u00FChnezeichen Friedensdienste e.V",
                   "Bundesarbeitsgemeinschaft Kirche und Rechtsextremismus", "Pro Asyl"}));
}

TEST(SignatoryProse, NewsFormsInFourLanguages) {
  const Names three = {"Amnesty International", "Human Rights Watch", "Reporters Without Borders"};
  // A dateline before the names.
  EXPECT_EQ(names("GENEVA (Reuters) - Amnesty International, Human Rights Watch and Reporters Without Borders said in "
                  "a joint statement on Tuesday that the trial was unfair.\n"),
            three);
  // Portuguese contractions of "by the" before each name.
  EXPECT_EQ(names("A carta foi assinada pela Conectas Direitos Humanos, pela Justi\u00E7a Global e pelo Instituto "
                  "Vladimir Herzog.\n"),
            (Names{"Conectas Direitos Humanos", "Justi\u00E7a Global", "Instituto Vladimir Herzog"}));
  // A German passive: the names between "von" and the verb that ends the sentence.
  EXPECT_EQ(names("Der offene Brief wurde von Amnesty International, Pro Asyl und dem Republikanischen "
                  "Anw\u00E4ltinnen- und Anw\u00E4lteverein unterzeichnet.\n"),
            (Names{"Amnesty International", "Pro Asyl", "Republikanischen Anw\u00E4ltinnen- und Anw\u00E4lteverein"}));
  // The conjunction after a name's acronym is the list's, not the one inside the name.
  EXPECT_EQ(names("La declaraci\u00F3n fue suscrita por el Centro de Estudios Legales y Sociales (CELS), la "
                  "Coordinadora contra la Represi\u00F3n Policial e Institucional (CORREPI) y la Asamblea Permanente "
                  "por los Derechos Humanos.\n"),
            (Names{"Centro de Estudios Legales y Sociales", "Coordinadora contra la Represi\u00F3n Policial e Institucional",
                   "Asamblea Permanente por los Derechos Humanos"}));
}

TEST(SignatoryProse, TheDocumentOpensTheSentenceItsSendersAfterIt) {
  EXPECT_EQ(names("In a joint letter, Amnesty International, Human Rights Watch and Reporters Without Borders urged "
                  "the minister to drop the charges.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Reporters Without Borders"}));
}

TEST(SignatoryProse, AVerbOfSigningAfterAnAdverbOpensTheSentence) {
  EXPECT_EQ(names("Tamb\u00E9m assinaram os cantores Gal Costa, Z\u00E9lia Duncan e Maria Beth\u00E2nia, os atores Antonio "
                  "Calloni e Bruno Gagliasso, entre outros.\n"),
            (Names{"Gal Costa", "Z\u00E9lia Duncan", "Maria Beth\u00E2nia", "Antonio Calloni", "Bruno Gagliasso"}));
  // The steps to sign are no signers, though one of them says "sign".
  EXPECT_TRUE(names("Para aderir, veja como \u00E9 f\u00E1cil:\n- Acesse o site oficial do manifesto.\n- Clique em "
                    "\"Assine\".\n- Complete os dados.\n- Finalize em \"Assinar\".\n")
                  .empty());
  // Nor are they under a heading that speaks of signing.
  EXPECT_EQ(names("We support the steps taken.\n\nSigned\n\nPatricia Aas\nBryce Adelstein Lelbach\nJohn Murray\n\n"
                  "Ways to sign this letter:\n1. A PR on the repo - path to file: [_posts/letter.md][4]\n2. Make an issue "
                  "on the [patricia.no repo][5]\n3. Contact [@pati_gallardo][7] on Twitter DM\n4. Send an email to "
                  "patricia@example.org\n"),
            (Names{"Patricia Aas", "Bryce Adelstein Lelbach", "John Murray"}));
}

TEST(SignatoryProse, SignersNamedWithWhatTheyDo) {
  EXPECT_EQ(names("Entre los firmantes est\u00E1n el escritor Juan Villoro, la actriz Ofelia Medina y el cineasta "
                  "Alfonso Cuar\u00F3n.\n"),
            (Names{"Juan Villoro", "Ofelia Medina", "Alfonso Cuar\u00F3n"}));
  EXPECT_EQ(names("Among the signatories are actors Emma Thompson and Mark Rylance, writer Philip Pullman and "
                  "musician Brian Eno.\n"),
            (Names{"Emma Thompson", "Mark Rylance", "Philip Pullman", "Brian Eno"}));
}

TEST(SignatoryProse, ArabicNamesJoinedByWaw) {
  // "Georgia, Guatemala, Kuwait and Malta joined the States that signed the statement": no commas,
  // "و" before each name after the first.
  const std::vector<std::string> found = ids(
      "\u0648\u0623\u0639\u0644\u0646 \u0627\u0644\u0628\u064A\u062A \u0627\u0644\u0623\u0628\u064A\u0636 "
      "\u0623\u0646 \u0643\u0644\u0627 \u0645\u0646 \u062C\u0648\u0631\u062C\u064A\u0627 "
      "\u0648\u063A\u0648\u0627\u062A\u064A\u0645\u0627\u0644\u0627 \u0648\u0627\u0644\u0643\u0648\u064A\u062A "
      "\u0648\u0645\u0627\u0644\u0637\u0627 \u0627\u0646\u0636\u0645\u062A \u0627\u0644\u0649 "
      "\u0627\u0644\u062F\u0648\u0644 \u0627\u0644\u0645\u0648\u0642\u0639\u0629 \u0639\u0644\u0649 "
      "\u0627\u0644\u0628\u064A\u0627\u0646.\n");
  EXPECT_EQ(found, (Names{"GEO", "GTM", "KWT", "MLT"}));
}

TEST(SignatoryProse, StatesTheirLeadersRepresentAndGroupsThatBeganOrCommit) {
  // "We, the Heads of State ... Representatives of A, B and C have gathered": the States sign;
  // the title's place and date after "Joint Statement:" are no list.
  const std::vector<std::string> states =
      ids("Joint Statement: Reinforcing Multilateralism together, Madrid, 10 November 2020\n\nWe, the Heads of "
          "State and Government and other High Level Representatives of the People\u2019s Republic of Bangladesh, "
          "Canada, the Republic of Costa Rica and the Kingdom of Spain have gathered in Madrid to express our support "
          "for the Declaration.\n");
  EXPECT_EQ(states, (Names{"BGD", "CAN", "CRI", "ESP"}));
  // The occasion that opens a sentence before its names, and a verb of joint commitment.
  EXPECT_EQ(names("A l'occasion de la 37e session du Conseil, Amnesty International, la FIDH et Human Rights Watch "
                  "se sont collectivement engag\u00E9s \u00E0 promouvoir les droits.\n"),
            (Names{"Amnesty International", "FIDH", "Human Rights Watch"}));
  // Those who began a letter, "Initiator:innen", name its first signers.
  EXPECT_EQ(names("Zu den Initiator:innen z\u00E4hlen Asylkoordination \u00D6sterreich, SOS Balkanroute und die "
                  "Volkshilfe \u00D6sterreich.\n"),
            (Names{"Asylkoordination \u00D6sterreich", "SOS Balkanroute", "Volkshilfe \u00D6sterreich"}));
}

TEST(SignatoryProse, AConjunctionInsideANameItsAcronymCoversAndSupportersAmongWhom) {
  EXPECT_EQ(names("M\u00E1s de 12 organizaciones, entre ellas Freedom House, el Centro para la Apertura y el Desarrollo "
                  "en Am\u00E9rica Latina (CADAL) y la Uni\u00F3n Liberal Cubana anunciaron una campa\u00F1a.\n"),
            (Names{"Freedom House", "Centro para la Apertura y el Desarrollo en Am\u00E9rica Latina",
                   "Uni\u00F3n Liberal Cubana"}));
  EXPECT_EQ(names("Otras organizaciones apoyan esta campa\u00F1a, entre las que se encuentran la Plataforma para los "
                  "Derechos Humanos en Cuba, MAR por Cuba y el Directorio Democr\u00E1tico Cubano.\n"),
            (Names{"Plataforma para los Derechos Humanos en Cuba", "MAR por Cuba", "Directorio Democr\u00E1tico Cubano"}));
}

TEST(SignatoryProse, SemicolonsBetweenNamesWithTheirCountries) {
  EXPECT_EQ(names("Cuarenta organizaciones firmaron una carta abierta, entre ellas la Comisi\u00F3n Colombiana de "
                  "Juristas, de Colombia; el Centro de Estudios Legales y Sociales, de Argentina; la Federaci\u00F3n "
                  "Internacional de Derechos Humanos, de Francia, y el Servicio Paz y Justicia, de Uruguay.\n"),
            (Names{"Comisi\u00F3n Colombiana de Juristas", "Centro de Estudios Legales y Sociales",
                   "Federaci\u00F3n Internacional de Derechos Humanos", "Servicio Paz y Justicia"}));
}

TEST(SignatoryProse, SendersOfAJointLetter) {
  EXPECT_EQ(names("Amnesty International, FIDH and Human Rights Watch sent a joint letter to the Council.\n"),
            (Names{"Amnesty International", "FIDH", "Human Rights Watch"}));
  EXPECT_EQ(names("Amnesty International, la FIDH et Human Rights Watch ont adressé une lettre conjointe au "
                  "Conseil.\n"),
            (Names{"Amnesty International", "FIDH", "Human Rights Watch"}));
  EXPECT_EQ(names("La carta está firmada por Amnistía Internacional, la FIDH y Human Rights Watch.\n"),
            (Names{"Amnistía Internacional", "FIDH", "Human Rights Watch"}));
}

TEST(SignatoryProse, AuthorsInAQuotedTitleEndWithItsQuotation) {
  // A page's fields: the title's authors end at its closing quote, not in the next field; its
  // addressee after "a" is none of them; "Organizaciones de Sociedad Civil" describes signers.
  EXPECT_TRUE(names("---\ntitle: \"COVID 19 | Carta de Organizaciones de Sociedad Civil Am\u00E9rica Latina a Gobiernos "
                    "y OGP\"\ndate: \"2020-05-06\"\ndraft: false\nauthor: Miembros de sociedad civil\n---\n\n"
                    "Estimados miembros,\n\nEn la \u00FAltima semana avanzamos en conversaciones.\n").empty());
  EXPECT_EQ(names("title: \"Carta de Amnist\u00EDa Internacional y la FIDH a Gobiernos de la regi\u00F3n\"\n"
                  "date: \"2020-05-06\"\n\nEstimados ministros,\n\nLes escribimos hoy.\n"),
            (Names{"Amnist\u00EDa Internacional", "FIDH"}));
}

TEST(SignatoryProse, OnBehalfOfTheNamesThatOpenALetter) {
  EXPECT_EQ(names("Dear Minister,\n\nOn behalf of Amnesty International, Human Rights Watch and the Law Society of "
                  "Kenya, we write to urge you to withdraw the bill.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Law Society of Kenya"}));
  EXPECT_EQ(names("Estimada alcaldesa,\n\nEn nombre de Climacci\u00F3, Families For Future Barcelona, Fridays For Future "
                  "Barcelona, Moviment per la Just\u00EDcia Clim\u00E0tica y Rebel\u00B7li\u00F3 o Extinci\u00F3 Barcelona, nos "
                  "dirigimos a usted con el fin de exponerle lo siguiente:\n"),
            (Names{"Climacci\u00F3", "Families For Future Barcelona", "Fridays For Future Barcelona",
                   "Moviment per la Just\u00EDcia Clim\u00E0tica", "Rebel\u00B7li\u00F3 o Extinci\u00F3 Barcelona"}));
  // Spoken on behalf of one organisation, a statement is its own; a group of States speaks
  // through members named apart, and one who acts for others in a story signs nothing.
  EXPECT_EQ(names("Mr President,\n\nI have the honour to speak on behalf of the European Union and its Member "
                  "States. I shall be brief.\n"),
            (Names{"European Union"}));
  EXPECT_TRUE(names("Mr President,\n\nI have the honour to speak on behalf of the Arab Group and the Core Group.\n")
                  .empty());
  EXPECT_TRUE(names("The lawyer, acting on behalf of Amnesty International and Human Rights Watch, said the court "
                    "erred.\n").empty());
}

TEST(SignatoryProse, WritersWhoNameThemselvesBeforeSpeaking) {
  EXPECT_EQ(names("The election is near. As Amnesty International, Human Rights Watch and the Law Society of Kenya, "
                  "we call on the government to act.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Law Society of Kenya"}));
  EXPECT_EQ(names("Am 26. September ist Bundestagswahl. Als AlgorithmWatch, Reporter ohne Grenzen und Wikimedia "
                  "Deutschland haben wir uns zusammengefunden, um gemeinsam zu handeln.\n"),
            (Names{"AlgorithmWatch", "Reporter ohne Grenzen", "Wikimedia Deutschland"}));
  EXPECT_EQ(names("En tant que Ligue des droits de l'Homme, Amnesty International France et Greenpeace France, nous "
                  "demandons au gouvernement d'agir.\n"),
            (Names{"Ligue des droits de l'Homme", "Amnesty International France", "Greenpeace France"}));
  // Not in the first person, or one name cited: no signers.
  EXPECT_TRUE(names("As Amnesty International and Human Rights Watch reported, the courts failed.\n").empty());
  EXPECT_TRUE(names("As the crisis deepens, we call on the government to act.\n").empty());
}

TEST(SignatoryProse, SendersWhoMakeADocumentPublic) {
  EXPECT_EQ(names("El 13 de abril de 2002 Provea, Humana Dignitas y la Vicar\u00EDa de Derechos Humanos de Cuman\u00E1 "
                  "hicieron un comunicado en rechazo a los hechos de violencia.\n"),
            (Names{"Provea", "Humana Dignitas", "Vicar\u00EDa de Derechos Humanos de Cuman\u00E1"}));
}

TEST(SignatoryProse, TheGroupNamedThenItsMembers) {
  EXPECT_EQ(names("Dopo la decisione del governo le Ong Sea-Watch, Medici Senza Frontiere, Open Arms e Mediterranea, "
                  "alcune delle quali impegnate nell'emergenza, protestano in una nota congiunta.\n"),
            (Names{"Sea-Watch", "Medici Senza Frontiere", "Open Arms", "Mediterranea"}));
  EXPECT_EQ(names("It conveyed the text of a draft resolution, sponsored jointly by China, France, the United Kingdom "
                  "and the United States, that would require the General Assembly to act.\n"),
            (Names{"China", "France", "United Kingdom", "United States"}));
}

TEST(SignatoryProse, ACoalitionAndItsMembersInParentheses) {
  EXPECT_EQ(names("Le 18 septembre 2025, l'intersyndicale (CFDT, CGT, FO, CFE-CGC, CFTC, UNSA, FSU, Solidaires) appelle "
                  "\u00E0 la gr\u00E8ve et \u00E0 manifester contre un projet de budget.\n"),
            (Names{"CFDT", "CGT", "FO", "CFE-CGC", "CFTC", "UNSA", "FSU", "Solidaires"}));
  EXPECT_EQ(names("The coalition (Amnesty International, Human Rights Watch, FIDH and CIVICUS) called on the Council "
                  "to act.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH", "CIVICUS"}));
}

TEST(SignatoryProse, OneAuthorSpeakingThroughItsLetter) {
  EXPECT_EQ(names("In an open letter, Amnesty International urged President Pe\u00F1a Nieto to veto the law.\n"),
            (Names{"Amnesty International"}));
  EXPECT_EQ(names("Amnist\u00EDa Internacional (AI) pidi\u00F3, en una carta abierta, al presidente vetar la ley.\n"),
            (Names{"Amnist\u00EDa Internacional"}));
  EXPECT_EQ(names("Dans une lettre ouverte, la FIDH demande au pr\u00E9sident de retirer le projet de loi.\n"),
            (Names{"FIDH"}));
  // Opened by the document with a verb of any kind, two names or more.
  EXPECT_EQ(names("In a statement, Amnesty International, Human Rights Watch and FIDH said the law must go.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
  EXPECT_TRUE(names("In a statement, Amnesty International said the law must go.\n").empty());
  // Senders after the document, and those who wrote to someone.
  EXPECT_EQ(names("The letter, sent by Amnesty International, Human Rights Watch and FIDH, asks for repeal.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
  EXPECT_EQ(names("Amnesty International, Human Rights Watch and FIDH have written to the minister.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
  // A person, or a letter that is not the subject's own, names no signer.
  EXPECT_TRUE(names("In a letter to Amnesty International, the minister urged calm.\n").empty());
  EXPECT_TRUE(names("Jane Doe urged the minister in a letter to act.\n").empty());
}

TEST(SignatoryProse, SendersOfAJointAdAfterAnOpeningPhrase) {
  EXPECT_EQ(names("In honor of World Press Freedom Day, The Wall Street Journal, The Washington Post, and The New York "
                  "Times are running a joint ad in their newspapers calling for the release of journalists.\n"),
            (Names{"Wall Street Journal", "Washington Post", "New York Times"}));
}

TEST(SignatoryProse, AmongTheSignersAfterACommaPeopleWithDescriptions) {
  const Signatories read_back =
      read("La p\u00E9tition a recueilli 620 signatures. Parmi les signataires, Alan Dershowitz, un avocat ; Eric "
           "Alterman, un professeur de journalisme ; Judea Pearl, un informaticien.\n");
  EXPECT_EQ(by_kind(read_back).people, (Names{"Alan Dershowitz", "Eric Alterman", "Judea Pearl"}));
  EXPECT_TRUE(read_back.partial);
  EXPECT_EQ(names("The coalition published its letter today. Among the signatories, Amnesty International, Human "
                  "Rights Watch and FIDH.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
  EXPECT_EQ(names("Entre los firmantes, Amnist\u00EDa Internacional, Human Rights Watch y la FIDH.\n"),
            (Names{"Amnist\u00EDa Internacional", "Human Rights Watch", "FIDH"}));
}

TEST(SignatoryProse, TheObjectAfterTheVerbAndTheLastNameAfterTheConjunction) {
  // The document signed stands between the verb and the names, with no comma.
  EXPECT_EQ(names("Unterzeichnet haben den Brief Amnesty International, Human Rights Watch und Pro Asyl.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Pro Asyl"}));
  EXPECT_EQ(names("Assinam a carta a Anistia Internacional, a Human Rights Watch e a Conectas.\n"),
            (Names{"Anistia Internacional", "Human Rights Watch", "Conectas"}));
  // The one name after the list's conjunction closes it, even one no lexicon knows.
  EXPECT_EQ(names("La lettera, firmata da Amnesty International, Human Rights Watch e Antigone, chiede il rilascio.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Antigone"}));
  EXPECT_EQ(names("Der Brief wurde von Amnesty International, Human Rights Watch und Pro Asyl unterzeichnet.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Pro Asyl"}));
}

TEST(SignatoryProse, JoinedInDoingAndTheObjectAfterGermanNames) {
  EXPECT_EQ(names("Amnesty International joined Human Rights Watch and FIDH in signing the letter.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "FIDH"}));
  EXPECT_TRUE(names("Amnesty International joined the protest in front of the ministry.\n").empty());
  EXPECT_EQ(names("In einem offenen Brief fordern Amnesty International, Human Rights Watch und Pro Asyl die "
                  "Freilassung.\n"),
            (Names{"Amnesty International", "Human Rights Watch", "Pro Asyl"}));
}

TEST(SignatoryProse, OneSignerWithAFirstPredicateAndTheOthersItSignsBeside) {
  // Found on a real page: the subject ends where its first predicate begins, and the others
  // counted after the verb make the list partial.
  const Signatories read_back =
      read("Human Rights Watch stands with civil society and signed this letter, alongside more than 3700 other "
           "organizations, condemning the attacks.\n");
  EXPECT_EQ(names_of(read_back), (Names{"Human Rights Watch"}));
  EXPECT_TRUE(read_back.partial);
  EXPECT_EQ(read_back.stated, 3701U);
}

TEST(SignatoryNotSigners, AmendmentsTabledByOthers) {
  // "tabled by" holds "led by": the movers of amendments sign nothing.
  EXPECT_TRUE(names("We write in regard to the draft resolution on human rights defenders.\n\nWe urge your "
                    "government to reject amendments, tabled by the African Group, China and Iran, designed to "
                    "weaken the text.\n").empty());
}

TEST(SignatoryProse, OneSignerSaidToBeOne) {
  EXPECT_EQ(names("The coalition published its open letter today. Amnesty International is a signatory to the "
                  "letter.\n"),
            (Names{"Amnesty International"}));
  EXPECT_EQ(names("Das B\u00FCndnis fordert ein Bekenntnis zu Europa. Auch der KOK ist Mitunterzeichner.\n"),
            (Names{"KOK"}));
  EXPECT_EQ(names("La coalici\u00F3n public\u00F3 la carta. Tambi\u00E9n la FIDH firm\u00F3 la carta.\n"), (Names{"FIDH"}));
}

TEST(SignatoryUnDocuments, TheDiplomatWhoDeliversAStatementSignsForHerState) {
  const Signatories read_back =
      read("Statement on behalf of the Group of 77 and China by Ms. Lourdes Pereira Sotomayor, First Secretary, "
           "Permanent Mission of Ecuador to the United Nations, on agenda item 136.\n\nMr. Chair,\n\nThe Group "
           "takes note of the report.\n");
  ASSERT_EQ(names_of(read_back), (Names{"Ecuador"}));
  EXPECT_EQ(read_back.signatories.front().via, SignatoryVia::kHeader);
}

TEST(SignatoryUnDocuments, TheTitleOfALetterFromPermanentRepresentatives) {
  const Signatories header = read(
      "Letter dated 2 May 2023 from the Permanent Representatives of Canada, Denmark and Norway to the United "
      "Nations Office at Geneva addressed to the President of the Human Rights Council\n\nWe have the honour to "
      "transmit the joint statement.\n");
  ASSERT_EQ(header.signatories.size(), 3U);
  EXPECT_EQ(header.signatories[1].id, "DNK");
  EXPECT_EQ(header.signatories[1].via, SignatoryVia::kHeader);
}

TEST(SignatoryUnDocuments, TheStatesWhoseMinistersOpenADeclarationsPreamble) {
  EXPECT_EQ(names("Joint Statement of the Ministers of Foreign Affairs on the Safety of Journalists\n\nThe Ministers of "
                  "Foreign Affairs of the Republic of Armenia, the Republic of Belarus, the Republic of Kazakhstan and "
                  "the Russian Federation,\nReaffirming their commitment to the principles of international law,\n"
                  "Declare the following:\n"),
            (Names{"Republic of Armenia", "Republic of Belarus", "Republic of Kazakhstan", "Russian Federation"}));
  // A title that runs into the preamble, no blank line between.
  EXPECT_EQ(names("Joint Statement on the Safety of Journalists\nUnofficial translation\nThe Ministers of Foreign Affairs "
                  "of the Kyrgyz Republic and the Republic of Tajikistan,\nReaffirming their commitment,\n"),
            (Names{"Kyrgyz Republic", "Republic of Tajikistan"}));
}

TEST(SignatoryUnDocuments, AJointStatementsPenholdersAndTheStatesItSpeaksFor) {
  // The penholders' line carries its label on its first State; the statement speaks for more.
  EXPECT_EQ(names("Joint Statement\n\nCo-penholders Netherlands, Maldives, Japan, Costa Rica and Seychelles\n\n"
                  "Thank you, Madam President\n\nThis statement is on behalf of Albania, Australia, Japan, Maldives, "
                  "Mexico, The Netherlands and Uruguay.\n\nHuman Rights Council membership is open to all States "
                  "members of the United Nations.\n"),
            (Names{"Netherlands", "Maldives", "Japan", "Costa Rica", "Seychelles", "Albania", "Australia", "Mexico",
                   "Uruguay"}));
  // A label of a few words before the first State.
  EXPECT_EQ(names("Mr. Chair, I have the honor to deliver a joint statement on Global Solidarity for Vaccine Equity "
                  "on behalf of the core group members Algeria, Egypt, El Salvador, Mexico and Pakistan.\n"),
            (Names{"Algeria", "Egypt", "El Salvador", "Mexico", "Pakistan"}));
}

TEST(SignatoryUnDocuments, SignatureBlocksAndMandates) {
  const Signatories states = read(kBody + kBody + "(Signed) Ahmed Gamal\nAmbassador, Permanent Representative of "
                                                  "Egypt\n\n(Signed) Khalil Hashmi\nPermanent Representative of "
                                                  "Pakistan\n");
  ASSERT_EQ(states.signatories.size(), 2U);
  EXPECT_EQ(states.signatories[0].id, "EGY");
  EXPECT_EQ(states.signatories[1].via, SignatoryVia::kSignature);
  const Signatories mandates =
      read(kBody + kBody + "Please accept, Excellency, the assurances of our highest consideration.\n\nIrene Khan\n"
                           "Special Rapporteur on the promotion and protection of the right to freedom of opinion and "
                           "expression\n\nMary Lawlor\nSpecial Rapporteur on the situation of human rights defenders\n");
  ASSERT_EQ(mandates.signatories.size(), 2U);
  EXPECT_EQ(mandates.signatories[0].kind, EntityKind::kUnBody);
  EXPECT_EQ(mandates.signatories[1].id, "SR-HRD");
}

TEST(SignatoryUnDocuments, TheMandatesThatACommunicationNamesInItsHeading) {
  const Signatories read_back =
      read("Excellency,\n\nMandates of the Working Group on Arbitrary Detention; the Special Rapporteur on the "
           "promotion and protection of the right to freedom of opinion and expression and the Special Rapporteur "
           "on the situation of human rights defenders\n\nWe have the honour to address you in our capacities.\n");
  ASSERT_EQ(read_back.signatories.size(), 3U);
  for (const Signatory& signatory : read_back.signatories) {
    EXPECT_EQ(signatory.kind, EntityKind::kUnBody);
    EXPECT_EQ(signatory.via, SignatoryVia::kHeader);
  }
  EXPECT_EQ(read_back.signatories[0].name, "Working Group on Arbitrary Detention");
}

TEST(SignatoryUnDocuments, TheSponsorsThatHeadADraftResolution) {
  for (const std::string draft : {": draft resolution", ": projet de r\u00E9solution", ": proyecto de resoluci\u00F3n"}) {
    EXPECT_EQ(names("Human Rights Council\nFifty-second session\nAgenda item 3\n\nAlbania, Austria, Canada*, Chile "
                    "and Denmark" + draft + "\n\n52/1 Freedom of opinion and expression\n\nThe Human Rights Council, "
                    "recalling its resolutions, ...\n"),
              (Names{"Albania", "Austria", "Canada", "Chile", "Denmark"}))
        << draft;
  }
  // A resolution that names States in its text names no sponsor.
  EXPECT_TRUE(names("The Human Rights Council,\n\nWelcoming the visits of the Special Rapporteur to Albania, Austria "
                    "and Chile,\n").empty());
}

TEST(SignatoryUnDocuments, ARequestSignedByMembersAndSupportedByObservers) {
  const Signatories request = read(
      "The request was signed by the following members of the Council: Austria, Belgium and Chile.\n\n"
      "The following observer States supported the request: Albania, Andorra and Australia.\n");
  EXPECT_EQ(request.signatories.size(), 6U);
}

TEST(SignatoryUnDocuments, StatesAfterAStatementForAGroupOfThem) {
  const std::string statement =
      "Joint Statement on behalf of a group of countries at the 49th session of the Human Rights Council\n\n"
      "Madam President,\n\nWe firmly oppose the politicization of human rights and double standards.\n\n";
  const std::string states = "Belarus, Burundi, Cambodia, Cuba, Egypt, Eritrea, Iran, Laos, Myanmar, Nepal, "
                             "Nicaragua, Pakistan, Russia, Syria, Venezuela, Zimbabwe\n";
  const Signatories found = read(statement + states);
  ASSERT_EQ(found.signatories.size(), 16U);
  EXPECT_EQ(found.signatories.front().id, "BLR");
  EXPECT_EQ(found.signatories.back().id, "ZWE");
  // The same States after a text that speaks for no group of them: an election's, a vote's.
  EXPECT_TRUE(names("The General Assembly elected the following members of the Council:\n\n" + states).empty());
}

TEST(SignatoryUnDocuments, TheExpertsThatAPressReleaseNames) {
  const Signatories found =
      read("GENEVA (5 May 2021) \u2013 UN human rights experts today urged Bahrain to release the defenders.\n\n"
           "The experts: Ms. Mary Lawlor, Special Rapporteur on the situation of human rights defenders; Ms. Irene "
           "Khan, Special Rapporteur on the promotion and protection of the right to freedom of opinion and "
           "expression; Mr. Clement Nyaletsossi Voule, Special Rapporteur on the rights to freedom of peaceful "
           "assembly and of association.\n");
  ASSERT_EQ(found.signatories.size(), 3U);
  for (const Signatory& signatory : found.signatories) EXPECT_EQ(signatory.kind, EntityKind::kUnBody) << signatory.name;
}

TEST(SignatoryUnDocuments, AJointWrittenStatementsSubmitters) {
  EXPECT_EQ(names("Joint written statement* submitted by Coordination des Associations et des Particuliers pour la "
                  "Libert\u00E9 de Conscience, Romanian Independent Society of Human Rights, non-governmental "
                  "organizations in special consultative status\nRecognizing the upcoming 75th anniversary of the "
                  "Universal Declaration;\n"),
            (Names{"Coordination des Associations et des Particuliers pour la Libert\u00E9 de Conscience",
                   "Romanian Independent Society of Human Rights"}));
  // The submissions a report summarises, deep in it, are not the report's.
  std::string report = "Summary of stakeholders\u2019 submissions on Slovenia. Report of the Office of the High "
                       "Commissioner for Human Rights.\n\n";
  for (int paragraph = 0; paragraph < 8; ++paragraph) {
    report += "The stakeholders recommended that the State ratify the Convention and strengthen its institutions "
              "for the protection of human rights.\n\n";
  }
  report += "JS2 Joint submission 2 submitted by: The Peace Institute, Legebitra, Amnesty International and Human "
            "Rights Watch (Slovenia);\n";
  EXPECT_TRUE(names(report).empty());
}

TEST(SignatoryUnDocuments, MandatesNamedWithTheirHoldersInProse) {
  const Signatories found =
      read("The Special Rapporteur on the rights to freedom of peaceful assembly and of association, Maina Kiai, "
           "and the Special Rapporteur on the situation of human rights defenders, Margaret Sekaggya, issued a "
           "joint statement on Monday.\n");
  ASSERT_EQ(found.signatories.size(), 2U);
  for (const Signatory& signatory : found.signatories) EXPECT_EQ(signatory.kind, EntityKind::kUnBody) << signatory.name;
}

TEST(SignatoryPersons, PeopleWithTitlesAndAffiliations) {
  const Signatories people = read(kBody + "Signatories:\n1. Dr. Ana Ruiz, Faculty of Law, University of Leeds\n"
                                          "2. Prof. John Smith, University of Oxford\n3. Maria Lopez, lawyer\n");
  ASSERT_EQ(people.signatories.size(), 3U);
  EXPECT_EQ(people.signatories[0].name, "Ana Ruiz");
  EXPECT_EQ(people.signatories[0].kind, EntityKind::kPerson);
  EXPECT_EQ(people.signatories[1].name, "John Smith");
  // A title of clergy before a given name and a surname goes; a given name that is also one stays.
  EXPECT_EQ(names(kBody + "Hanno finora aderito:\nDon Luigi Ciotti\nPadre Alex Zanotelli\nDon Smith\n"),
            (Names{"Luigi Ciotti", "Alex Zanotelli", "Don Smith"}));
  const Signatories behalf = read(kBody + "Sincerely,\n\nJane Doe, on behalf of the Asian Forum for Human Rights and "
                                          "Development (FORUM-ASIA)\nJohn Roe, on behalf of CIVICUS\n");
  ASSERT_EQ(behalf.signatories.size(), 2U);
  EXPECT_EQ(behalf.signatories[0].kind, EntityKind::kNgo);
  EXPECT_EQ(behalf.signatories[1].name, "CIVICUS");
}

TEST(SignatoryPersons, EachInABlockOfTheirTitles) {
  const Signatories people =
      read(kBody + "Sincerely,\n\n**Dr. Bethany Nowviskie**\nDirector of Digital Research, University of Virginia\n"
                   "President of the Association for Computers and the Humanities\n\n**Paul Arthur**\n"
                   "Professor of Digital Humanities, Western Sydney University\n\n**Cheryl Ball**\nEditor, Kairos\n");
  EXPECT_EQ(names_of(people), (Names{"Bethany Nowviskie", "Paul Arthur", "Cheryl Ball"}));
  EXPECT_EQ(people.signatories[0].kind, EntityKind::kPerson);
  EXPECT_EQ(names(kBody + "Yours sincerely,\n\nMEP Manon AUBRY The Left group in the European Parliament\n"
                          "MEP Marc BOTENGA The Left group in the European Parliament\nMEP Anna CAVAZZINI Group of the "
                          "Greens/European Free Alliance\n"),
            (Names{"Manon AUBRY", "Marc BOTENGA", "Anna CAVAZZINI"}));
  // One person who signs with a title is no list of signers.
  EXPECT_TRUE(names(kBody + "Sincerely,\n\nJane Doe\nExecutive Director\nHuman Rights Watch\n").empty());
}

TEST(SignatoryPersons, ParagraphsOfPeopleSetApartBySemicolonsUnderAPandocHeading) {
  // A Pandoc span with its attributes and a hard break; surnames in bold (not in the names);
  // the list goes on over its paragraphs, a blank line between them, the last a person alone.
  EXPECT_EQ(names("Nous demandons le droit \u00E0 la non-mixit\u00E9 pour les luttes.\n\n"
                  "**[Les signataires :]{.titre-gras-bleu-petite-cap}**\\\n\n"
                  "Catherine **Achin**, sociologue ; Armelle **Andro**, d\u00E9mographe ;\nAur\u00E9lie **Audeval**, "
                  "docteure en histoire ;\n\nMagali **Bessone**, professeure de philosophie ; Jean-Rapha\u00EBl\n"
                  "**Bourge**, charg\u00E9 de cours ;\n\nZo\u00E9 **Carle**, enseignante.\n"),
            (Names{"Catherine Achin", "Armelle Andro", "Aur\u00E9lie Audeval", "Magali Bessone",
                   "Jean-Rapha\u00EBl Bourge", "Zo\u00E9 Carle"}));
}

TEST(SignatoryPersons, BlocksAndTablesOfPeopleThatNothingIntroduces) {
  const Names expected = {"Anna Schmidt", "Jonas Weber", "Mar\u00EDa L\u00F3pez", "Jean Dupont"};
  // Each in a block of their affiliation, after a letter that speaks of its signers.
  EXPECT_EQ(names("We, the undersigned scholars, call on the government to release the detained students.\n\n"
                  "Anna Schmidt\nUniversity of Oxford\n\nJonas Weber\nHumboldt-Universit\u00E4t zu Berlin\n\n"
                  "Mar\u00EDa L\u00F3pez\nUniversidad de Chile\n\nJean Dupont\nSciences Po\n"),
            expected);
  // A table whose header row names the column of names: the other columns annotate them.
  EXPECT_EQ(names(kBody + "Name\tAffiliation\tCountry\nAnna Schmidt\tUniversity of Oxford\tUnited Kingdom\n"
                          "Jonas Weber\tHumboldt-Universit\u00E4t zu Berlin\tGermany\nMar\u00EDa L\u00F3pez\t"
                          "Universidad de Chile\tChile\nJean Dupont\tSciences Po\tFrance\n"),
            expected);
}

TEST(SignatoryForms, WordsThatSayWhatKindOfOrganisationFollows) {
  EXPECT_EQ(names("The agreement is signed by companies, unions and the government.\n\nThe following organisations are "
                  "Signatories: Century Aluminum Vlissingen, trade union federation CNV Internationaal, Eurometaux, trade "
                  "association FME, trade union federation FNV, Global March against Child Labour.\n"),
            (Names{"Century Aluminum Vlissingen", "CNV Internationaal", "Eurometaux", "FME", "FNV",
                   "Global March against Child Labour"}));
}

TEST(SignatoryForms, GroupsOfALetterAreItsSigners) {
  // Groups named with the letter and a verb that names them introduce its signers, even where
  // the verb of signing is misspelt; a line with no mark between two items is the first's,
  // wrapped; the page's link to the file after the list is none.
  EXPECT_EQ(names("Elaboramos estudos mais completos.\nAs organiza\u00E7\u00F5" "es que assima a Carta s\u00E3o:\n- "
                  "Associa\u00E7\u00E3o Nacional de Travestis e Transexuais (ANTRA)\n- Cat\u00F3licas pelo Direito de "
                  "Decidir\n- N\u00FAcleo de Direitos Humanos e Cidadania LGBT+ da Universidade Federal de Minas\nGerais "
                  "(nuh/UFMG)\n- Rede L\u00E9sBi Brasil\nBaixe o arquivo AQUI\n"),
            (Names{"Associa\u00E7\u00E3o Nacional de Travestis e Transexuais", "Cat\u00F3licas pelo Direito de Decidir",
                   "N\u00FAcleo de Direitos Humanos e Cidadania LGBT+ da Universidade Federal de Minas Gerais",
                   "Rede L\u00E9sBi Brasil"}));
  // A line that announces the text below is no introduction of signers.
  EXPECT_TRUE(names("Veja abaixo a declara\u00E7\u00E3o conjunta das organiza\u00E7\u00F5" "es da sociedade civil:\n"
                    "Declara\u00E7\u00E3o Conjunta\nA situa\u00E7\u00E3o de direitos humanos no Brasil deteriorou.\n")
                  .empty());
}

TEST(SignatoryPersons, ListsInTheFormatsOfDataAndTypesetting) {
  const Names people = {"Anna Schmidt", "Jonas Weber", "Mar\u00EDa L\u00F3pez"};
  const std::string body = "We, the undersigned researchers, call on the publisher to support open access.\n\n";
  // Comma-separated data under its header row.
  EXPECT_EQ(names(body + "name,affiliation\nAnna Schmidt,University of Oxford\nJonas Weber,Humboldt-Universit\u00E4t zu "
                         "Berlin\nMar\u00EDa L\u00F3pez,Universidad de Chile\n"),
            people);
  // A data file's records: the name's field, the others annotating it.
  EXPECT_EQ(names(body + "signatories:\n  - name: Anna Schmidt\n    affiliation: University of Oxford\n  - name: Jonas "
                         "Weber\n    affiliation: Humboldt-Universit\u00E4t zu Berlin\n  - name: \"Mar\u00EDa "
                         "L\u00F3pez\"\n    affiliation: Universidad de Chile\n"),
            people);
  // Wiki links, a label after a bar.
  EXPECT_EQ(names(body + "Signatories:\n* [[Anna Schmidt]], University of Oxford\n* [[Jonas Weber (Soziologe)|Jonas "
                         "Weber]], Humboldt-Universit\u00E4t zu Berlin\n* [[Mar\u00EDa L\u00F3pez]], Universidad de Chile\n"),
            people);
  // A LaTeX list under a LaTeX heading.
  EXPECT_EQ(names(body + "\\section*{Signatories}\n\\begin{itemize}\n\\item Anna Schmidt, University of Oxford\n\\item "
                         "Jonas Weber, Humboldt-Universit\u00E4t zu Berlin\n\\item Mar\u00EDa L\u00F3pez, Universidad de "
                         "Chile\n\\end{itemize}\n"),
            people);
  // Nor a column of what each does, in a numbered table.
  EXPECT_EQ(names(body + "**Signataires**\n1.\tBonneel Nicolas\t-\tChercheur en informatique\n2.\tBucher Guillaume\t-\t"
                         "Ing\u00E9nieur en g\u00E9nie atomique\n3.\tAmmann Klaus\t-\tBiologue\n"),
            (Names{"Bonneel Nicolas", "Bucher Guillaume", "Ammann Klaus"}));
  // A column of affiliations beside the names is no list of its own.
  EXPECT_EQ(names(body + "Signatories\nAnna Schmidt\tUniversity of Oxford\nJonas Weber\tHumboldt-Universit\u00E4t zu "
                         "Berlin\nMar\u00EDa L\u00F3pez\tUniversidad de Chile\n"),
            people);
}

TEST(SignatoryPersons, ListGoesOnUnderAnotherKindOfMark) {
  // More signers numbered after a bulleted list and a comment that says where they go; a note
  // under a list is no signer.
  EXPECT_EQ(names("We call for the removal of the board.\n\nSigned,\n\n- Molly de Blanc (Debian Project)\n- Nathan "
                  "Freitas\n- Matthew Garrett\n\n<!-- Any additional signees should go below this comment -->\n\n1. Aaron "
                  "Carson\n1. Abigail Cabunoc Mayes\n1. Adam Barber\n"),
            (Names{"Molly de Blanc", "Nathan Freitas", "Matthew Garrett", "Aaron Carson", "Abigail Cabunoc Mayes",
                   "Adam Barber"}));
  EXPECT_EQ(names("We call for the removal of the board.\n\nSigned,\n\n- Molly de Blanc\n- Nathan Freitas\n- Matthew "
                  "Garrett\n\n1. Affiliations are given for identification only.\n"),
            (Names{"Molly de Blanc", "Nathan Freitas", "Matthew Garrett"}));
}

TEST(SignatoryPersons, OneALineWithRolesAfterCommas) {
  EXPECT_EQ(names("We urge the university to reconsider.\n\nSigned,\n\nJane Smith, Professor of Law, Harvard University\n"
                  "John Doe, Associate Professor, University of Oxford\nMar\u00EDa L\u00F3pez, Lecturer, Universidad de "
                  "Chile\n"),
            (Names{"Jane Smith", "John Doe", "Mar\u00EDa L\u00F3pez"}));
}

TEST(SignatoryPersons, PeopleWithRolesNoLexiconKnowsUnderWordsThatSayTheySign) {
  EXPECT_EQ(names("Nous demandons le respect de la libert\u00E9 acad\u00E9mique.\n\nLes signataires de ce texte "
                  "enseignent tous \u00E0 Sciences Po Grenoble :\n\nSt\u00E9phanie Abrial, Ing\u00E9nieure de recherche en "
                  "science politique\nMarie-Charlotte Allam, Enseignante-chercheure en science politique\nAm\u00E9lie "
                  "Artis, Ma\u00EEtresse de conf\u00E9rences en \u00E9conomie\n"),
            (Names{"St\u00E9phanie Abrial", "Marie-Charlotte Allam", "Am\u00E9lie Artis"}));
}

TEST(SignatoryPersons, BlocksOfPeopleUnderThePlaceAndDate) {
  // The place and date over the signatures, a particle in a name whose titles follow.
  EXPECT_EQ(names("Alimentados por grande esperan\u00E7a no Brasil, manifestamos nossa confian\u00E7a na Democracia.\n\n"
                  "Goi\u00E2nia, 30 de Setembro de 2011\n\nJos\u00E9 de Anchieta\nGovernador \u2013 RR\n\nBeto Richa\n"
                  "Governador \u2013 PR\n\nAnt\u00F4nio Anastasia\nGovernador \u2013 MG\n\nSiqueira Campos\nGovernador "
                  "\u2013 TO\n"),
            (Names{"Jos\u00E9 de Anchieta", "Beto Richa", "Ant\u00F4nio Anastasia", "Siqueira Campos"}));
  EXPECT_EQ(names("We call on the government to release the detained students now.\n\nLondon, 4 May 2021\n\nJane "
                  "Smith\nDirector, Amnesty International UK\n\nJohn Doe\nPresident, Liberty\n\nAnne Roe\nDirector, "
                  "Human Rights Watch UK\n"),
            (Names{"Jane Smith", "John Doe", "Anne Roe"}));
}

TEST(SignatoryPersons, BlocksOfPeopleWithAFewNamesThatReadAsNoPersons) {
  std::string blocks = "We, the undersigned tech workers, call for a ceasefire.\n\n";
  const Names people = {"Jez Humble", "Amir Abushanab", "Rizwan K", "Ahmed Makani", "Nawras Abureehan", "Candace Ramirez"};
  const Names employers = {"Google", "Principle Stash Inc.", "Accenture", "Veeva", "Coveo", "Pure Storage"};
  for (std::size_t i = 0; i < people.size(); ++i) {
    blocks += people[i];
    blocks += "\n";
    blocks += employers[i];
    blocks += "\n\n";
  }
  const Signatories found = read(blocks);
  EXPECT_EQ(names_of(found), people);
  EXPECT_EQ(by_kind(found).others, Names{});
}

TEST(SignatoryPersons, PeopleOnOneLineAfterAClosing) {
  const Names people = {"Vittorio Agnoletto", "Gianni Alioti", "Lino Balza"};
  EXPECT_EQ(names("Per essere credibili bisogna dare il buon esempio.\n\nDistinti saluti\n\nVittorio Agnoletto, Gianni "
                  "Alioti, Lino Balza\n"),
            people);
  // One person and a title after a closing: the person signs, without the title.
  EXPECT_EQ(names("We urge you to act.\n\nSincerely,\n\nJane Doe, Executive Director\n"), (Names{"Jane Doe"}));
}

TEST(SignatoryPersons, NumberedPeopleWithARoleAfterADash) {
  const Signatories found =
      read("We declare our solidarity.\n\nSignatures:\n\n1. Peter Gorgiyevsky - Head of the Global Dialogue Forum, "
           "Australia;\n\n2. Giyorgy Tatar - Head of the Budapest Center for Dialogue, Hungary;\n\n3. Nikhil Aziz - "
           "representative of the World Service of American Jews, USA;\n");
  EXPECT_EQ(by_kind(found).people, (Names{"Peter Gorgiyevsky", "Giyorgy Tatar", "Nikhil Aziz"}));
  EXPECT_EQ(by_kind(found).others, Names{});
}

TEST(SignatoryPersons, OneAParagraphWithTheirRolesUnderAHeadingOrAClosing) {
  const std::string people =
      "\n\nFenaba Addo, Associate Professor of Consumer Science, University of Wisconsin\n\n"
      "Elizabeth Armstrong, Professor of Sociology, University of Michigan\n\n"
      "Nina Bandelj, Professor of Sociology, University of California, Irvine\n";
  const Names expected = {"Fenaba Addo", "Elizabeth Armstrong", "Nina Bandelj"};
  // A heading that speaks of signers, a closing no lexicon lists, a count at a time of day:
  // none of them is a signer, nor are the pieces of the count.
  EXPECT_EQ(names(kBody + "Initial signers:" + people), expected);
  EXPECT_EQ(names(kBody + "With urgency,\n\n[INITIAL SIGNERS \u2013 later signers after the endnotes]" + people), expected);
  EXPECT_EQ(names(kBody + "With urgency,\n\n**333 total signers as of 11:40 am, January 26th, 2021.**" + people), expected);
}

TEST(SignatoryNotSigners, RecipientsVotesMembersAndDemands) {
  EXPECT_TRUE(names("To:\nPresident of the Human Rights Council\nUN High Commissioner for Human Rights\n\nCc:\n"
                    "Amnesty International\nHuman Rights Watch\n\n" + kBody)
                  .empty());
  EXPECT_TRUE(names(kBody + "The resolution was adopted by a recorded vote. In favour:\nAustria\nBelgium\nChile\n")
                  .empty());
  EXPECT_TRUE(names(kBody + "Members of the Council:\nAlbania\nArgentina\nBenin\nChile\n").empty());
  EXPECT_TRUE(names(kBody + "We call on the authorities to:\n1. Release the defenders;\n2. End the crackdown;\n"
                            "3. Allow independent monitoring.\n")
                  .empty());
  EXPECT_TRUE(names(kBody + "The detained defenders are:\nWang Quanzhang\nLi Heping\nJiang Tianyong\n").empty());
  EXPECT_TRUE(names("Contents\n1. Introduction\n2. Background\n3. Recommendations\n\n" + kBody).empty());
  // A colon of a web address introduces nothing, even after "joint letter".
  EXPECT_TRUE(names("Letters we took part in:\n- [Joint letter on security](https://example.org/letter.pdf) "
                    "alongside partners.\n")
                  .empty());
  // A page's headline that says "signed", then its chrome: no names follow it.
  EXPECT_TRUE(names("Higher ranks who signed the letter\n\nClick to follow\nThe Evening Standard\nThe signatories of "
                    "the letter read like a rollcall of the diplomatic service.\n")
                  .empty());
}

TEST(SignatoryNotSigners, ATitleOverATableOfOrganisations) {
  // No running text before the tables: a directory of organisations, not a letter's signers.
  const auto table = [](std::string header, std::initializer_list<const char*> names) {
    for (const char* name : names) {
      header += "| [";
      header += name;
      header += "](https://example.org/) | campaigns for a **living democracy** | [2015 video](https://example.org/v) |\n";
    }
    return header;
  };
  const std::string directory =
      "supportstruct\n=============\n\n" +
      table("| Org. / e.V. | Desc. | Videos |\n| --- | --- | --- |\n",
            {"campact", "terre des hommes", "Amnesty International", "abgeordnetenwatch", "foodwatch"}) +
      "\n\n### Unsorted\n\n" +
      table("| Org. | Desc. |\n| ---- | ----- |\n",
            {"correctiv", "Digitale Gesellschaft", "Greenpeace", "Mozilla", "Free Software Foundation"});
  EXPECT_TRUE(names(directory).empty());
}

TEST(SignatoryNotSigners, StatementsOfOthersCitedByTheirTitles) {
  EXPECT_TRUE(names("Die Unterzeichnenden teilen die Sorge mit vielen Akteuren, die eigene Stellungnahmen "
                    "herausgegeben haben, beispielsweise:\n- Tafel Deutschland: \u201EUnverst\u00E4ndnis \u00FCber die "
                    "Anfragen\u201C\n- Deutscher Gewerkschaftsbund: \u201EKeine Einsch\u00FCchterung der "
                    "Zivilgesellschaft!\u201C\n- Bundesverband Deutscher Stiftungen: \u201EStellungnahme zur Kleinen "
                    "Anfrage\u201C\n")
                  .empty());
}

TEST(SignatoryNotSigners, PlacesOfPeopleNotesOnTheListAndAPagesTags) {
  // The places of the people who sign are none of the signers.
  EXPECT_EQ(names("Those signing the letter include Amnesty International, ex-Nato chiefs and former leaders of "
                  "Canada, Japan, Italy and Poland.\n"),
            (Names{"Amnesty International"}));
  // Notes on how a list is kept are no names in it.
  EXPECT_EQ(names(kBody + "Endorsers:\n\n_As of January 2, 2007_\n\nIn Alphabetical Order\n\nAmerican Friends Service "
                          "Committee\nCentro Humanitario\nLatino Network\n"),
            (Names{"American Friends Service Committee", "Centro Humanitario", "Latino Network"}));
  // A post's front matter tags it; its tags sign nothing.
  EXPECT_TRUE(names("---\ntitle: \"Update on our open letter\"\ntags: \n  - \"Campaign Updates\"\n  - \"Lgbtq\"\n"
                    "  - \"Unhrc\"\n---\n\nWe wrote to the Council last month about its work.\n").empty());
  // A heading's marks are no part of the names that open its sentence.
  EXPECT_EQ(names("# The United Kingdom, France, and Germany call on the President to endorse the Joint "
                  "Comprehensive Plan of Action.\n\nBritain, France and Germany made a joint plea on Thursday.\n"),
            (Names{"United Kingdom", "France", "Germany"}));
}

TEST(SignatoryNames, MisspeltAndOldFormsAndEntities) {
  const Signatories states = read("List of countries: Phillipines, Kyrgystan, Swaziland.\n");
  ASSERT_EQ(states.signatories.size(), 3U);
  EXPECT_EQ(states.signatories[0].id, "PHL");
  EXPECT_EQ(states.signatories[1].id, "KGZ");
  EXPECT_EQ(states.signatories[2].id, "SWZ");
  EXPECT_EQ(names(kBody + "Signatories:\nCenter for Democracy &amp; Technology\nHuman Rights Watch\n"),
            (Names{"Center for Democracy & Technology", "Human Rights Watch"}));
}

}  // namespace
}  // namespace hrtext

namespace hrtext {
namespace {

// Random prose around random lists: whatever the layout, every signatory is one of the names
// listed (never a count, a heading, a piece of a sentence), and a list that words introduce is
// read whole.
class RandomLetters {
 public:
  explicit RandomLetters(unsigned seed) : random_(seed) {}

  struct Letter {
    std::string text;
    std::vector<std::string> listed;
  };

  Letter next() {
    Letter letter;
    for (std::size_t n = pick(3) + 1; n > 0; --n) letter.text += paragraph() + "\n\n";
    std::vector<std::string> names = kNames;
    std::shuffle(names.begin(), names.end(), random_);
    names.resize(pick(5) + 2);
    letter.listed = names;
    // A country after each name, as lists give them: no part of the name.
    if (pick(3) == 0) {
      for (std::string& name : names) name += pick(2) == 0 ? " (Norway)" : " \u2013 Kenya";
    }
    letter.text += std::string(kIntroductions[pick(kIntroductions.size())]) + "\n\n";
    switch (pick(5)) {
      case 0:
        for (const std::string& name : names) letter.text += name + "\n";
        break;
      case 1:
        for (std::size_t i = 0; i < names.size(); ++i) letter.text += std::to_string(i + 1) + ". " + names[i] + "\n";
        break;
      case 2:
        for (const std::string& name : names) letter.text += "- " + name + "\n";
        break;
      case 3:
        for (std::size_t i = 0; i < names.size(); ++i) {
          letter.text += names[i] + (i + 2 < names.size() ? ", " : i + 1 < names.size() ? " and " : ".\n");
        }
        break;
      default:
        for (std::size_t i = 0; i < names.size(); ++i) letter.text += names[i] + (i + 1 < names.size() ? "; " : "\n");
    }
    if (pick(2) == 0) {  // appended piece by piece: GCC 12 at -O3 warns falsely on "\n" + string&&
      letter.text += '\n';
      letter.text += paragraph();
      letter.text += '\n';
    }
    if (pick(2) == 0) letter.text += "\nContact: press@example.org\n";
    return letter;
  }

 private:
  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }

  std::string paragraph() {
    std::string out;
    for (std::size_t n = pick(4) + 1; n > 0; --n) out += std::string(kSentences[pick(kSentences.size())]) + " ";
    out.pop_back();
    return out;
  }

  inline static const std::vector<std::string> kNames = {
      "Amnesty International", "Human Rights Watch", "FIDH", "CIVICUS", "Front Line Defenders",
      "International Service for Human Rights", "Article 19", "Committee to Protect Journalists",
      "Freedom House", "World Organisation Against Torture", "DefendDefenders", "Access Now",
      "Asian Forum for Human Rights and Development", "Reporters Without Borders", "PEN International"};
  static constexpr std::array<std::string_view, 8> kIntroductions = {
      "Signatories:", "The following organisations endorse this statement:", "Signed by:",
      "Organisations signing this letter:", "Endorsed by", "Les organisations signataires :",
      "Las organizaciones que suscriben:", "Co-signed by:"};
  static constexpr std::array<std::string_view, 8> kSentences = {
      "The authorities detained 12 lawyers in 2023.", "We urge the Council to act without delay.",
      "These arrests violate article 19 of the Covenant.", "The Special Rapporteur raised the case in May.",
      "Families were not informed of their whereabouts.", "Three of them were sentenced to ten years in prison.",
      "The Government has not replied to our requests.", "More than 40 people were killed during the protests."};
  std::mt19937 random_;
};

// The shape of a list says its pieces are names where each alone only looks like one: three or
// more, each of a few capitalised words, the last after the conjunction.
TEST(SignatoryProse, ListsShapedAsNames) {
  EXPECT_EQ(names("Joint statement by Boxcryptor, Mailfence, Tresorit and Tutanota.\n\nThe EU plans to scan "
                  "every message.\n"),
            (Names{"Boxcryptor", "Mailfence", "Tresorit", "Tutanota"}));
  EXPECT_EQ(names("Joint statement from IT companies Boxcryptor, Mailfence, Tresorit, and Tutanota.\n"),
            (Names{"Boxcryptor", "Mailfence", "Tresorit", "Tutanota"}));
  EXPECT_EQ(names("La CGT, FO, Solidaires et la FSU appellent \u00E0 une journ\u00E9e de gr\u00E8ve mardi.\n"),
            (Names{"CGT", "FO", "Solidaires", "FSU"}));
  // Two are no shape, nor a list that the sentence goes on after.
  EXPECT_EQ(names("The letter was signed by Boxcryptor and Tutanota.\n"), Names{});
  EXPECT_EQ(names("Joint statement by Boxcryptor, Mailfence, Tresorit and the rest of the sector, which warned.\n"),
            Names{});
}

// "The organisations of the coalition are:" says which groups a group is: its list names them.
TEST(SignatoryIntroductions, GroupsNamedByAPluralCopula) {
  EXPECT_EQ(names("Las Organizaciones del Grupo Convocante a la Tercera Cumbre Ciudadana son:\n\n"
                  "Alternativas y Capacidades\\\nMexicanos Primero\\\nTransparencia Mexicana\n\nEthos es parte de las organizaciones que suscriben estas propuestas.\n"),
            (Names{"Alternativas y Capacidades", "Mexicanos Primero", "Transparencia Mexicana"}));
  EXPECT_EQ(names("The organisations of the coalition are:\n\nAlternativas y Capacidades\nMexicanos Primero\n"
                  "Transparencia Mexicana\n"),
            (Names{"Alternativas y Capacidades", "Mexicanos Primero", "Transparencia Mexicana"}));
  // Groups of something else: the countries where they work.
  EXPECT_EQ(names("The countries where the organisations work are:\n\nMexico\nGuatemala\nHonduras\n"), Names{});
}

// Names between dashes or in parentheses after the words that count them, as many as counted,
// where the sentence says they sign or speak together.
TEST(SignatoryProse, CountedNamesInApposition) {
  EXPECT_EQ(names("Dirigentes de cinco centrais sindicais \u2013 For\u00E7a Sindical, CTB, UGT, NCST e CSB \u2013 "
                  "divulgaram nota conjunta em apoio ao ex-presidente.\n"),
            (Names{"For\u00E7a Sindical", "CTB", "UGT", "NCST", "CSB"}));
  EXPECT_EQ(names("Among the writers signing the letter are three Nobel laureates in literature - Nadine Gordimer, "
                  "Seamus Heaney and Wole Soyinka - as well as other writers.\n"),
            (Names{"Nadine Gordimer", "Seamus Heaney", "Wole Soyinka"}));
  EXPECT_EQ(names("Five unions (For\u00E7a Sindical, CTB, UGT, NCST and CSB) released a joint note in support.\n"),
            (Names{"For\u00E7a Sindical", "CTB", "UGT", "NCST", "CSB"}));
  // The count and the names disagree; nothing is signed; the signing is said of others.
  EXPECT_EQ(names("Two groups (Amnesty International, Human Rights Watch and FIDH) released a joint statement.\n"), Names{});
  EXPECT_EQ(names("Three rivers - the Rhine, the Danube and the Elbe - cross the region.\n"), Names{});
  EXPECT_EQ(names("The conference will take place with the 5 representative unions (CFDT, CGT, FO, CFE-CGC, CFTC) "
                  "on Tuesday at the Economic and Social Council in Paris, and the letter follows.\n"),
            Names{});
  EXPECT_EQ(names("The conference will take place with the 5 representative unions (CFDT, CGT, FO, CFE-CGC, CFTC), "
                  "who signed the letter.\n"),
            (Names{"CFDT", "CGT", "FO", "CFE-CGC", "CFTC"}));
}

// A count and the names in parentheses after it, French style: elided articles, acronyms after
// a hyphen, a last name in lower case that the parenthesis closes.
TEST(SignatoryProse, CountedNamesInParenthesesInFrench) {
  EXPECT_EQ(names("A l\u2019occasion de l\u2019examen de la Suisse, 4 ONG (l\u2019ACAT Suisse, l\u2019Association pour "
                  "la pr\u00E9vention de la torture -APT, l\u2019Organisation suisse d\u2019aide aux r\u00E9fugi\u00E9s -OSAR, "
                  "le R\u00E9seau suisse des droits de l\u2019enfant) ont soumis un rapport alternatif conjoint.\n"),
            (Names{"ACAT Suisse", "Association pour la pr\u00E9vention de la torture",
                   "Organisation suisse d\u2019aide aux r\u00E9fugi\u00E9s", "R\u00E9seau suisse des droits de l\u2019enfant"}));
}

// A run of names as long as a count of signers stated elsewhere in the text (a title, a lead)
// names them, whatever its own sentence says of them; with the name that opens the sentence
// where the run is one short of the count.
TEST(SignatoryProse, NamesAsManyAsACountStatedElsewhere) {
  EXPECT_EQ(names("Migrants : cinq ONG renforcent leur soutien aux acteurs locaux\n\n(Nice/Paris, le 27/04/17) "
                  "Amnesty International France, La Cimade, M\u00E9decins du Monde, M\u00E9decins Sans Fronti\u00E8res et "
                  "le Secours Catholique-Caritas France s\u2019engagent \u00E0 accro\u00EEtre leur coop\u00E9ration dans la "
                  "r\u00E9gion.\n"),
            (Names{"Amnesty International France", "La Cimade", "M\u00E9decins du Monde",
                   "M\u00E9decins Sans Fronti\u00E8res", "Secours Catholique-Caritas France"}));
  EXPECT_EQ(names("Los ministros de Exterior de 6 pa\u00EDses han firmado un comunicado conjunto. Espa\u00F1a es uno "
                  "de los que figura en la lista, junto con Colombia, Australia, B\u00E9lgica, Chile y Uruguay.\n"),
            (Names{"Espa\u00F1a", "Colombia", "Australia", "B\u00E9lgica", "Chile", "Uruguay"}));
  // The name that ends the piece before the run belongs to it; people counted as what they are.
  EXPECT_EQ(names("Envoys voice concern\n\nThe ambassadors to Pakistan of the United States, Canada, Japan and Norway "
                  "have jointly written a letter to the new government.\n\n\"We are concerned about the registration "
                  "process,\" the four ambassadors wrote.\n"),
            (Names{"United States", "Canada", "Japan", "Norway"}));
  EXPECT_EQ(names("En la carta se ve el nombre de cinco expresidentes latinoamericanos: la chilena Michelle Bachelet, el "
                  "ecuatoriano Rafael Correa, el argentino Eduardo Duhalde, el uruguayo Jos\u00E9 Mujica y el colombiano "
                  "Ernesto Samper.\n"),
            (Names{"Michelle Bachelet", "Rafael Correa", "Eduardo Duhalde", "Jos\u00E9 Mujica", "Ernesto Samper"}));
  // The count and the run disagree; the count is of something else (members elected).
  EXPECT_EQ(names("Los ministros de Exterior de 9 pa\u00EDses han firmado un comunicado conjunto. Espa\u00F1a es uno "
                  "de los que figura en la lista, junto con Colombia, Australia, B\u00E9lgica, Chile y Uruguay.\n"),
            Names{});
  EXPECT_EQ(names("The General Assembly elected 5 members of the Human Rights Council.\n\nThe members elected are "
                  "Algeria, Belgium, Chile, Georgia and Germany, for three years.\n"),
            Names{});
}

// Five names or more that read as names, opening a sentence that speaks of a joint text, are
// its signers whatever verb follows them; three are not enough, nor a run with no text.
TEST(SignatoryProse, LongRunOfNamesOpeningASentenceOnAJointText) {
  EXPECT_EQ(names("Amnist\u00EDa Internacional, Human Rights Watch, FIDH, ARTICLE 19, PEN Internacional y Reporteros Sin "
                  "Fronteras han elaborado la carta publicada hoy.\n"),
            (Names{"Amnist\u00EDa Internacional", "Human Rights Watch", "FIDH", "ARTICLE 19", "PEN Internacional",
                   "Reporteros Sin Fronteras"}));
  EXPECT_EQ(names("Amnesty International France, La Cimade, M\u00E9decins du Monde, M\u00E9decins Sans Fronti\u00E8res et "
                  "le Secours Catholique ont r\u00E9dig\u00E9 cette lettre ouverte.\n"),
            (Names{"Amnesty International France", "La Cimade", "M\u00E9decins du Monde", "M\u00E9decins Sans Fronti\u00E8res",
                   "Secours Catholique"}));
  EXPECT_EQ(names("Amnesty International, Human Rights Watch and FIDH have co-authored the letter published today.\n"),
            Names{});
  EXPECT_EQ(names("Amnesty International, Human Rights Watch, FIDH, ARTICLE 19, PEN International and Reporters Without "
                  "Borders have offices in the city.\n"),
            Names{});
}

// A list that ends its sentence with no conjunction before its last name goes on in the next
// sentence when that one holds names alone, its last after the conjunction.
TEST(SignatoryProse, ListCutByAFullStop) {
  EXPECT_EQ(names("Other signatories include Asylum Aid, Asylum Welcome, British Quakers. Coalition Against Bullingdon "
                  "Immigration Removal Centre, Campaign to Close Campsfield, Scottish Detainee Visitors and Zimbabwe "
                  "Association.\n"),
            (Names{"Asylum Aid", "Asylum Welcome", "British Quakers", "Coalition Against Bullingdon Immigration Removal Centre",
                   "Campaign to Close Campsfield", "Scottish Detainee Visitors", "Zimbabwe Association"}));
  // A list that ended with its conjunction is whole; a sentence that goes on after names is none.
  EXPECT_EQ(names("Other signatories include Asylum Aid, Asylum Welcome and British Quakers. Coalition Against Bullingdon "
                  "Immigration Removal Centre, Campaign to Close Campsfield and Zimbabwe Association.\n"),
            (Names{"Asylum Aid", "Asylum Welcome", "British Quakers"}));
  EXPECT_EQ(names("Other signatories include Asylum Aid, Asylum Welcome, British Quakers. Members of Parliament, "
                  "ministers and the Home Office were sent the letter.\n"),
            (Names{"Asylum Aid", "Asylum Welcome", "British Quakers"}));
}

// Words that say who signs before "such as" or "include": a phrase of signing ("signed by
// several movements, such as ..."), the members of a group.
TEST(SignatoryProse, SignersDescribedBeforeTheirNames) {
  EXPECT_EQ(names("A carta aberta foi assinada por v\u00E1rios movimentos, como o SOS Quinta dos Ingleses, a "
                  "Associa\u00E7\u00E3o Quercus e a Sociedade Portuguesa de Ecologia.\n"),
            (Names{"SOS Quinta dos Ingleses", "Associa\u00E7\u00E3o Quercus", "Sociedade Portuguesa de Ecologia"}));
  EXPECT_EQ(names("The letter was signed by several groups, such as Amnesty International, Quercus, and Geota.\n"),
            (Names{"Amnesty International", "Quercus", "Geota"}));
  EXPECT_EQ(names("Los miembros fundadores del Observatorio incluyen a Amnist\u00EDa Internacional, el Centro por la "
                  "Justicia y el Derecho Internacional (CEJIL) y Peace Brigades International (PBI).\n"),
            (Names{"Amnist\u00EDa Internacional", "Centro por la Justicia y el Derecho Internacional",
                   "Peace Brigades International"}));
  // "such ... as" gives some of them.
  const Signatories some = read("So far signers include such far-reaching organizations as Concerned Women for America, "
                                "Americans for Tax Reform and Human Rights Watch.\n");
  EXPECT_EQ(names_of(some), (Names{"Concerned Women for America", "Americans for Tax Reform", "Human Rights Watch"}));
  EXPECT_TRUE(some.partial);
  // Members of something that signs nothing, places after "such as".
  EXPECT_EQ(names("The members of the club include many families from the region.\n"), Names{});
  EXPECT_EQ(names("The letter was signed by residents of towns such as Leeds, York and Hull.\n"), Names{});
}

// Names that only look like names (one capitalised word) after the last that reads as one close
// the list when the last of them follows its conjunction; a known name holding a conjunction
// stays whole in a list of one-word names.
TEST(SignatoryProse, NamesThatOnlyLookLikeNamesCloseAList) {
  EXPECT_EQ(names("The letter was signed by Amnesty International, Quercus, and Geota.\n"),
            (Names{"Amnesty International", "Quercus", "Geota"}));
  EXPECT_EQ(names("The letter was signed by Amnesty International, Quercus, and Geota, who urged the minister to act.\n"),
            (Names{"Amnesty International", "Quercus", "Geota"}));
  EXPECT_EQ(names("Joint statement by Albania, Belize, Bosnia and Herzegovina.\n"),
            (Names{"Albania", "Belize", "Bosnia and Herzegovina"}));
}

// Titles and professions before a person's name are no part of it: German professions,
// singular or plural, alone or at the end of a compound; Mexico's "Magdo." and "Magda.".
TEST(SignatoryNames, ProfessionsAndTitlesBeforeAName) {
  EXPECT_EQ(names("Unterzeichner:\n\nSchriftsteller G\u00FCnter Grass\nPEN-Pr\u00E4sident Johano Strasser\n"
                  "Historiker Hans Mommsen\n"),
            (Names{"G\u00FCnter Grass", "Johano Strasser", "Hans Mommsen"}));
  EXPECT_EQ(names("Atentamente\n\n* Magdo. Iv\u00E1n Garza Garc\u00EDa\n* Magda. Mar\u00EDa del Carmen Galv\u00E1n Tello\n"
                  "* Magda Szubanski\n"),
            (Names{"Iv\u00E1n Garza Garc\u00EDa", "Mar\u00EDa del Carmen Galv\u00E1n Tello", "Magda Szubanski"}));
}

// A sentence's names may be Markdown links.
TEST(SignatoryProse, NamesInMarkdownLinks) {
  EXPECT_EQ(names("Leading open source organizations, including the [Apache Software Foundation](https://www.apache.org/), "
                  "[Blender Foundation](https://www.blender.org/), and [Eclipse Foundation](https://eclipse.org/), "
                  "signed the joint letter.\n"),
            (Names{"Apache Software Foundation", "Blender Foundation", "Eclipse Foundation"}));
}

TEST(SignatoryProperties, EverySignatoryIsANameListedAndEveryListedNameIsFound) {
  RandomLetters letters(20261207);
  for (int round = 0; round < 1000; ++round) {
    const RandomLetters::Letter letter = letters.next();
    const Signatories found = read(letter.text);
    std::vector<std::string> names;
    for (const Signatory& signatory : found.signatories) {
      names.push_back(signatory.name);
      EXPECT_LE(signatory.start, signatory.end);
      EXPECT_EQ(letter.text.substr(signatory.byte_start, signatory.byte_end - signatory.byte_start), signatory.text);
    }
    EXPECT_EQ(names, letter.listed) << letter.text;
    if (names != letter.listed) break;  // one letter shows the failure
  }
}

TEST(SignatoryProperties, MutatedLettersBreakNothing) {
  // Letters cut, spliced and sown with the pieces the forms look for (markers, closings, quotes,
  // emphasis, tags, mojibake, stray bytes): every signatory still stands in the text, as a name.
  static const std::vector<std::string> kPieces = {
      "On behalf of ", ", we ", " wir ", "As ", "**", "__", "_", "*", "</p>", "<p>", "Sincerely,\n", "\"",
      "\u201C", "\u201D", "(", ")", "\n", "\n\n", " - ", ", ", "; ", " and ", "In an open letter, ", " urged ",
      "\u00C3\u2021", "\xC3", "\xA9", "tags:\n  - ", "# ", "In Alphabetical Order\n", "former leaders of ",
      "le Ong ", "l'intersyndicale (", "sponsored jointly by ", "Permanent Mission of ", "Prof. mr. E.J. ", " AC, ",
      "a&b", "\t**\n", "ONDERTEKENAARS\n", "&amp;", "\u2013 "};
  RandomLetters letters(20261208);
  std::mt19937 random(5);
  DocumentOptions options;
  options.replace_invalid_utf8 = true;
  for (int round = 0; round < 1500; ++round) {
    std::string text = letters.next().text;
    for (std::size_t mutations = 1 + random() % 20; mutations > 0; --mutations) {
      const std::size_t at = text.empty() ? 0 : random() % text.size();
      switch (random() % 3) {
        case 0: text.insert(at, kPieces[random() % kPieces.size()]); break;
        case 1: text.erase(at, random() % 20); break;
        default: text.insert(at, text.substr(random() % (text.size() + 1), random() % 120)); break;
      }
    }
    const Document document = Document::from_utf8(text, options);
    for (const Signatory& signatory : read(document).signatories) {
      ASSERT_LE(signatory.byte_end, document.text().size()) << text;
      EXPECT_LT(signatory.byte_start, signatory.byte_end) << text;
      EXPECT_FALSE(signatory.name.empty()) << text;
      EXPECT_LE(signatory.name.size(), 400U) << text;  // no signatory longer than a sentence
    }
  }
}

// Runs of blank lines are crossed once: a list after 200,000 of them (each line asks where the
// next line with text is) is read as any other.
TEST(SignatoryProperties, LongRunsOfBlankLines) {
  const std::string blank(200000, '\n');
  EXPECT_EQ(names("We urge the Council to act." + blank + "Signatories:\n" + blank +
                  "Amnesty International\nHuman Rights Watch\n" + blank),
            (Names{"Amnesty International", "Human Rights Watch"}));
}

TEST(SignatoryProperties, ProseAloneNamesNoSignatory) {
  RandomLetters letters(7);
  for (int round = 0; round < 100; ++round) {
    std::string text = letters.next().text;
    text = text.substr(0, text.find("\n\n") + 2);  // the first paragraph only: no list
    EXPECT_TRUE(read(text).signatories.empty()) << text;
  }
}

}  // namespace
}  // namespace hrtext
