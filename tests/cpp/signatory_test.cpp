#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/signatories.hpp"

namespace hrtext {
namespace {

const EntityExtractor& builtin() {
  static const EntityExtractor extractor = EntityExtractor::compile();
  return extractor;
}

using Seen = std::tuple<std::string, std::string>;  // kind, name

const SignatoryExtractor& extractor() {
  static const SignatoryExtractor signatories = SignatoryExtractor::compile();
  return signatories;
}

Signatories read(const std::string& text) { return extractor().extract(Document::from_utf8(text), builtin()); }

std::vector<Signatory> signatories(const std::string& text) { return read(text).signatories; }

std::vector<Seen> seen(const std::string& text) {
  std::vector<Seen> out;
  for (const Signatory& s : signatories(text)) out.emplace_back(std::string(to_string(s.kind)), s.name);
  return out;
}

const std::string kLetter =
    "Dear Ambassador,\n\nWe, the undersigned organisations, write to urge your delegation to support a "
    "resolution at the Human Rights Council.\n\nSincerely,\n\n";

TEST(SignatoryLists, OneNameALineAfterAMarker) {
  const std::string text = kLetter +
                           "Signatories:\n\n"
                           "Amnesty International\n"
                           "Human Rights Watch\n"
                           "International Service for Human Rights (ISHR)\n";
  EXPECT_EQ(seen(text), (std::vector<Seen>{{"ngo", "Amnesty International"},
                                           {"ngo", "Human Rights Watch"},
                                           {"ngo", "International Service for Human Rights"}}));
  const std::vector<Signatory> found = signatories(text);
  ASSERT_EQ(found.size(), 3U);
  EXPECT_EQ(found[2].id, "international-service-for-human-rights");
  EXPECT_EQ(text.substr(found[2].byte_start, found[2].byte_end - found[2].byte_start), found[2].text);
}

TEST(SignatoryLists, BulletsNumbersAndMarkersInThreeLanguages) {
  EXPECT_EQ(seen("Signataires :\n\n- ACAT-France\n- FIDH\n- Sherpa\n"),
            (std::vector<Seen>{{"ngo", "ACAT-France"}, {"ngo", "FIDH"}, {"ngo", "Sherpa"}}));
  EXPECT_EQ(seen("Organizaciones firmantes:\n\n1. Dejusticia\n2) Foro Penal\n(3) Provea\n"),
            (std::vector<Seen>{{"ngo", "Dejusticia"}, {"ngo", "Foro Penal"}, {"ngo", "Provea"}}));
  EXPECT_EQ(seen("Co-signed by:\n\n\xE2\x80\xA2 CIVICUS\n\xE2\x80\xA2 Front Line Defenders\n"),
            (std::vector<Seen>{{"ngo", "CIVICUS"}, {"ngo", "Front Line Defenders"}}));
}

TEST(SignatoryLists, SemicolonParagraphWithWrappedNames) {
  const std::string text =
      "Firmantes:\n\nCentro Nicaragüense de Derechos Humanos (CENIDH); Comisión Permanente de\n"
      "Derechos Humanos (CPDH); Raza e Igualdad; Amnistía Internacional.\n";
  EXPECT_EQ(seen(text), (std::vector<Seen>{{"ngo", "Centro Nicaragüense de Derechos Humanos"},
                                           {"ngo", "Comisión Permanente de Derechos Humanos"},
                                           {"ngo", "Raza e Igualdad"},
                                           {"ngo", "Amnistía Internacional"}}));
  const std::vector<Signatory> found = signatories(text);
  EXPECT_EQ(found[1].text, "Comisión Permanente de");  // the part before the line break
  EXPECT_EQ(found[3].id, "amnesty-international");
}

TEST(SignatoryLists, CommaParagraphSplitsTheLastItemAtItsConjunction) {
  EXPECT_EQ(seen("Endorsed by:\n\nCivil Rights Defenders, Human Rights Watch, Norwegian Helsinki\n"
                 "Committee and Front Line Defenders.\n"),
            (std::vector<Seen>{{"ngo", "Civil Rights Defenders"},
                               {"ngo", "Human Rights Watch"},
                               {"ngo", "Norwegian Helsinki Committee"},
                               {"ngo", "Front Line Defenders"}}));
}

TEST(SignatoryLists, StatesOfAJointStatement) {
  EXPECT_EQ(seen("Thank you.\nList of countries: Albania, Bosnia and Herzegovina, Canada, United Kingdom "
                 "of Great Britain and Northern Ireland and United States of America\n"),
            (std::vector<Seen>{{"state", "Albania"},
                               {"state", "Bosnia and Herzegovina"},
                               {"state", "Canada"},
                               {"state", "United Kingdom of Great Britain and Northern Ireland"},
                               {"state", "United States of America"}}));
  EXPECT_EQ(seen("I have the honour of delivering this joint statement on behalf of Canada, Denmark, "
                 "Finland, and my own country, Australia.\nWe are concerned."),
            (std::vector<Seen>{{"state", "Canada"}, {"state", "Denmark"}, {"state", "Finland"},
                               {"state", "Australia"}}));
  // A statement spoken "on behalf of" one organisation is its statement: it signs, and the
  // group of its members named after it does not.
  EXPECT_EQ(seen("I speak on behalf of the European Union and its member States."),
            (std::vector<Seen>{{"igo", "European Union"}}));
}

TEST(SignatoryLists, AnnotationsAreNotPartOfTheName) {
  EXPECT_EQ(seen("Signed by:\n\nSherpa \xE2\x80\x93 France\nCIVICUS (Global)\n"
                 "Committee to Protect Journalists (CPJ) \xE2\x80\x93 International\n"
                 "FIDH \xE2\x80\x93 International Federation for Human Rights\n"
                 "Hong Kong Watch, United Kingdom\nFreedom House*\n"
                 "Human Rights in China\xC2\xB9\n"
                 "* [Derechos Digitales](https://www.derechosdigitales.org/)\n"),
            (std::vector<Seen>{{"ngo", "Sherpa"},
                               {"ngo", "CIVICUS"},
                               {"ngo", "Committee to Protect Journalists"},
                               {"ngo", "FIDH \xE2\x80\x93 International Federation for Human Rights"},
                               {"ngo", "Hong Kong Watch"},
                               {"ngo", "Freedom House"},
                               {"ngo", "Human Rights in China"},
                               {"ngo", "Derechos Digitales"}}));
}

// Chinese lists write annotations between fullwidth parentheses.
TEST(SignatoryLists, AnnotationsInFullwidthParentheses) {
  const std::vector<Signatory> found = signatories(
      "\u7B7E\u7F72\u7EC4\u7EC7\uFF1A\n"                                  // 签署组织：
      "\u56FD\u9645\u7279\u8D66\u7EC4\u7EC7\n"                            // 国际特赦组织
      "\u4E2D\u56FD\u4EBA\u6743\u634D\u536B\u8005\uFF08CHRD\uFF09\n");  // 中国人权捍卫者（CHRD）
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[1].name, "\u4E2D\u56FD\u4EBA\u6743\u634D\u536B\u8005");
  EXPECT_EQ(found[1].id, "chinese-human-rights-defenders");
}

TEST(SignatoryLists, SubHeadingsPersonsAndWrappedLines) {
  const std::string text =
      "Signatories\n\nInternational and regional organisations:\nDefendDefenders (East and Horn of Africa\n"
      "    Human Rights Defenders Project)\nEuropean Center for Constitutional and\nHuman Rights\n\n"
      "National organisations\nCoalition for Safe Water Access\n\nIndividuals:\n"
      "Prof. Anneke Vermeer, professor of international law (in personal capacity)\n"
      "Kavita Raman, advocate\n";
  EXPECT_EQ(seen(text), (std::vector<Seen>{{"ngo", "DefendDefenders"},
                                           {"ngo", "European Center for Constitutional and Human Rights"},
                                           {"ngo", "Coalition for Safe Water Access"},
                                           {"person", "Anneke Vermeer"},
                                           {"person", "Kavita Raman"}}));
  const std::vector<Signatory> found = signatories(text);
  EXPECT_EQ(found[2].id, "coalition-for-safe-water-access");  // in no gazetteer: the slug of its name
  EXPECT_FALSE(found[3].id.has_value());
}

TEST(SignatoryLists, TranslationsOnTheNextLineAreNotSignatories) {
  EXPECT_EQ(seen("Signed by:\n\n连署团体:\n\nScottish Hazards Centre\n\n苏格兰职业危害中心\n\n"
                 "The European Work Hazards Network\n\n欧洲职业危害网络\n"),
            (std::vector<Seen>{{"ngo", "Scottish Hazards Centre"}, {"ngo", "European Work Hazards Network"}}));
}

TEST(SignatoryLists, TheListEndsWhereProseContactsOrNotesBegin) {
  EXPECT_EQ(seen("The experts:\n\nSpecial Rapporteur on minority issues\nSpecial Rapporteur on freedom of "
                 "religion or belief\n\nSpecial Rapporteurs are part of what is known as the Special "
                 "Procedures of the Human Rights Council.\n"),
            (std::vector<Seen>{{"un_body", "Special Rapporteur on minority issues"},
                               {"un_body", "Special Rapporteur on freedom of religion or belief"}}));
  EXPECT_EQ(seen("Signatories:\nAmnesty International\nHuman Rights Watch\n\nContact: press@example.org\n"
                 "Notes to editors\nThe Council meets in March.\n"),
            (std::vector<Seen>{{"ngo", "Amnesty International"}, {"ngo", "Human Rights Watch"}}));
}

TEST(SignatoryLists, AListNoMarkerOpensCountsWhenItsNamesAreKnown) {
  const std::string body(600, ' ');
  EXPECT_EQ(seen("The undersigned reject the persecution of the activist." + body +
                 "\n\n* Electronic Frontier Foundation\n* Derechos Digitales\n* Fundación Karisma\n"),
            (std::vector<Seen>{{"ngo", "Electronic Frontier Foundation"},
                               {"ngo", "Derechos Digitales"},
                               {"ngo", "Fundación Karisma"}}));
  // A person's signature block (a name, a title on the next line) is no list of names: the
  // closing's lines are not read one a signer ("Executive Director" signs nothing).
  EXPECT_TRUE(seen("Dear Minister,\n\nWe write about the case.\n\nSincerely,\n\nJane Doe\nExecutive "
                   "Director\n")
                  .empty());
}

TEST(SignatoryLists, MarkersInsideALine) {
  EXPECT_EQ(seen("This statement is endorsed by Amnesty International, Human Rights Watch and the "
                 "International Federation for Human Rights (FIDH).\n"),
            (std::vector<Seen>{{"ngo", "Amnesty International"},
                               {"ngo", "Human Rights Watch"},
                               {"ngo", "International Federation for Human Rights"}}));
  EXPECT_EQ(seen("The statement is signed by:\nThai Lawyers for Human Rights,\nAsia Democracy Network,\n"
                 "Manushya Foundation, and\nFortify Rights.\n"),
            (std::vector<Seen>{{"ngo", "Thai Lawyers for Human Rights"},
                               {"ngo", "Asia Democracy Network"},
                               {"ngo", "Manushya Foundation"},
                               {"ngo", "Fortify Rights"}}));
  EXPECT_EQ(seen("This statement is supported by: Austria, Belgium and the Netherlands.\n"),
            (std::vector<Seen>{{"state", "Austria"}, {"state", "Belgium"}, {"state", "Netherlands"}}));
  EXPECT_EQ(seen("Delivered on behalf of a group of 3 countries: Australia, Canada and Japan.\n"),
            (std::vector<Seen>{{"state", "Australia"}, {"state", "Canada"}, {"state", "Japan"}}));
}

TEST(SignatoryLists, ATreatySignedByStatesInProseIsNoList) {
  EXPECT_TRUE(seen("The agreement signed by China, Russia and Iran in 2021 was criticised by observers.\n").empty());
}

TEST(SignatoryLists, ListsOfVotesAndOfPeopleInterviewedAreNoSignatories) {
  const std::string body(400, ' ');
  EXPECT_TRUE(seen("The resolution was adopted." + body + "\nThe following States voted against:\nChina\nCuba\n"
                   "Eritrea\nRussian Federation\n")
                  .empty());
  EXPECT_TRUE(seen("Methodology." + body + "\nResearchers interviewed the following organisations:\n"
                   "Hong Kong Journalists Association\nCivil Human Rights Front\nAmnesty International\n\n"
                   "All interviews were conducted between January and March 2021.\n")
                  .empty());
}

TEST(SignatoryLists, TablesNotesAndFrenchArticles) {
  EXPECT_EQ(seen("Signatories:\n\n| Organisation | Country |\n|---|---|\n| Human Rights Watch | United States |\n"
                 "| Gulf Centre for Human Rights (GCHR) | Lebanon |\n"),
            (std::vector<Seen>{{"ngo", "Human Rights Watch"}, {"ngo", "Gulf Centre for Human Rights"}}));
  EXPECT_EQ(seen("Signatories:\nAmnesty International*\nHuman Rights Watch\n\n* ECOSOC consultative status\n"),
            (std::vector<Seen>{{"ngo", "Amnesty International"}, {"ngo", "Human Rights Watch"}}));
  EXPECT_EQ(seen("Cette lettre est signée par la FIDH, le Mouvement burkinabè des droits de l'homme et des "
                 "peuples (MBDHP) et Tournons La Page.\n"),
            (std::vector<Seen>{{"ngo", "FIDH"},
                               {"ngo", "Mouvement burkinabè des droits de l'homme et des peuples"},
                               {"ngo", "Tournons La Page"}}));
}

TEST(SignatoryLists, ColumnsLaidOutWithSpacesAndPlacesAfterCommas) {
  EXPECT_EQ(seen("Signatories:\n\nOrganisation                    Country\nHuman Rights Watch              United States\n"
                 "Hong Kong Watch\tUnited Kingdom\nCivil Human Rights Front, Hong Kong, China\n"),
            (std::vector<Seen>{{"ngo", "Human Rights Watch"},
                               {"ngo", "Hong Kong Watch"},
                               {"ngo", "Civil Human Rights Front"}}));
}

TEST(SignatoryLists, OtherSeparatorsEnumeratorsAndColumns) {
  EXPECT_EQ(seen("Signed by: Article 19 | Committee to Protect Journalists | Freedom House\n"),
            (std::vector<Seen>{{"ngo", "Article 19"}, {"ngo", "Committee to Protect Journalists"}, {"ngo", "Freedom House"}}));
  EXPECT_EQ(seen("Signatories: Amnesty International / Human Rights Watch / FIDH\n"),
            (std::vector<Seen>{{"ngo", "Amnesty International"}, {"ngo", "Human Rights Watch"}, {"ngo", "FIDH"}}));
  EXPECT_EQ(seen("Signatories:\n1- Amnesty International\na) Human Rights Watch\niv. Freedom House\n"),
            (std::vector<Seen>{{"ngo", "Amnesty International"}, {"ngo", "Human Rights Watch"}, {"ngo", "Freedom House"}}));
  EXPECT_EQ(seen("Signatories:\nAmnesty International          Human Rights Watch\nFreedom House\tCIVICUS\n"),
            (std::vector<Seen>{{"ngo", "Amnesty International"}, {"ngo", "Human Rights Watch"},
                               {"ngo", "Freedom House"}, {"ngo", "CIVICUS"}}));
}

TEST(SignatoryLists, CountriesAddressesCountsAndTheLetterAfterTheList) {
  EXPECT_EQ(seen("Signatories:\nAsia Pacific Forum on Women, Law and Development, Thailand\n"
                 "Diverse Voices and Action for Equality, Fiji\nKenya\nKenya Human Rights Commission\n"
                 "Access Now \xE2\x80\x94 www.accessnow.org\nElectronic Frontier Foundation <info@eff.org>\n"
                 "and 35 other organisations\n\nDear Minister,\nWe write to you.\n"),
            (std::vector<Seen>{{"ngo", "Asia Pacific Forum on Women, Law and Development"},
                               {"ngo", "Diverse Voices and Action for Equality"},
                               {"ngo", "Kenya Human Rights Commission"},
                               {"ngo", "Access Now"},
                               {"ngo", "Electronic Frontier Foundation"}}));
  // An unknown heading of a few words counts when the names under it are known.
  EXPECT_EQ(seen("Organizations endorsing:\nAmnesty International\nHuman Rights Watch\nFIDH\n"),
            (std::vector<Seen>{{"ngo", "Amnesty International"}, {"ngo", "Human Rights Watch"}, {"ngo", "FIDH"}}));
  EXPECT_TRUE(seen("We call on:\n- the authorities to release the defenders;\n- States to act.\n").empty());
}

TEST(SignatoryLists, PeopleWithTheirRoles) {
  // Holders of UN mandates sign as their mandates, as a communication's heading names them.
  EXPECT_EQ(seen("The experts: Javaid Rehman, Special Rapporteur on the situation of human rights in the "
                 "Islamic Republic of Iran; Alice Jill Edwards, Special Rapporteur on torture; Morris "
                 "Tidball-Binz, Special Rapporteur on extrajudicial, summary or arbitrary executions.\n"),
            (std::vector<Seen>{{"un_body", "Special Rapporteur on the situation of human rights in the Islamic Republic of Iran"},
                               {"un_body", "Special Rapporteur on torture"},
                               {"un_body", "Special Rapporteur on extrajudicial, summary or arbitrary executions"}}));
  EXPECT_EQ(seen("Signatories:\nAmnesty International\nJane Doe (Amnesty International)\n"
                 "Shirin Ebadi, Nobel Peace Laureate\n"),
            (std::vector<Seen>{{"ngo", "Amnesty International"}, {"person", "Jane Doe"}, {"person", "Shirin Ebadi"}}));
  EXPECT_EQ(seen("Signed,\n\nProfessor Noam Chomsky, Massachusetts Institute of Technology\nDr. Kate Smith, "
                 "University of Sydney\nJudith Butler, University of California, Berkeley\n"),
            (std::vector<Seen>{{"person", "Noam Chomsky"},
                               {"person", "Kate Smith"},
                               {"person", "Judith Butler"}}));
  // Two capitalised words and a country are an organisation, not a person.
  EXPECT_EQ(seen("Signatories:\nForo Penal, Venezuela\nCoalition for Safe Water Access, Colombia\n"),
            (std::vector<Seen>{{"ngo", "Foro Penal"}, {"ngo", "Coalition for Safe Water Access"}}));
}

TEST(SignatoryLists, NationalSectionsOfAnAnnotatedName) {
  const std::vector<Signatory> found =
      signatories("Signatories:\n1. Amnesty International - France\n2. Human Rights Watch\n");
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[0].name, "Amnesty International");
  EXPECT_EQ(found[0].id, "amnesty-international-france");
  EXPECT_EQ(found[0].parent, "amnesty-international");
}

TEST(SignatoryLists, DocumentsWithoutAListAndBadInput) {
  EXPECT_TRUE(seen("").empty());
  EXPECT_TRUE(seen("Human Rights Watch today called on China to release the lawyers.\n").empty());
  EXPECT_TRUE(seen("Signatories:\n").empty());
  EXPECT_TRUE(seen(std::string(50000, ',')).empty());
  EXPECT_TRUE(seen("Signatories:\n" + std::string(20000, '(') + "\n").empty());
  EXPECT_TRUE(seen("Signatories:\n" + std::string(20000, ')') + "\n").empty());
}

TEST(SignatoryLists, EachSignatoryOnceInListOrder) {
  const std::vector<Signatory> found =
      signatories("Signatories:\nHuman Rights Watch\nAmnesty International\nHuman Rights Watch\n");
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[0].name, "Human Rights Watch");
  EXPECT_LT(found[0].start, found[1].start);
}

}  // namespace
}  // namespace hrtext
