#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "citations/symbols.hpp"
#include "hrtext/citations.hpp"
#include "hrtext/document.hpp"

namespace hrtext {
namespace {

const CitationExtractor& extractor() {
  static const CitationExtractor instance = CitationExtractor::compile();
  return instance;
}

std::vector<Citation> cite(const std::string& text) {
  return extractor().extract(Document::from_utf8(text));
}

// kind, text, and the normalised field: instrument + articles, symbol, or number -> symbol.
using Seen = std::tuple<std::string, std::string, std::string>;

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ",") + p;
  return out;
}

std::vector<Seen> seen(const std::string& text) {
  std::vector<Seen> out;
  for (const Citation& c : cite(text)) {
    std::string value;
    switch (c.kind) {
      case CitationKind::kTreaty: value = c.instrument.value_or("-") + ":" + join(c.articles); break;
      case CitationKind::kUnDocument: value = c.symbol.value_or("-"); break;
      case CitationKind::kResolution: value = c.number.value_or("-") + " -> " + c.symbol.value_or("-"); break;
    }
    out.emplace_back(std::string(to_string(c.kind)), c.text, value);
  }
  return out;
}

// Kinds left out are not found; a resolution keeps the symbol written after it without them.
TEST(CitationOptions, OnlyTheKindsAskedFor) {
  const Document document = Document::from_utf8(
      "Recalling article 19 of the ICCPR, resolution 37/23 (A/HRC/RES/37/23) and A/HRC/40/2.");
  const auto kinds = [&](const CitationOptions& options) {
    std::vector<std::string> out;
    for (const Citation& c : CitationExtractor::compile(options).extract(document)) {
      out.push_back(std::string(to_string(c.kind)) + " " + c.symbol.value_or(c.instrument.value_or("-")));
    }
    return out;
  };
  EXPECT_EQ(kinds({}), (std::vector<std::string>{"treaty ICCPR", "resolution A/HRC/RES/37/23",
                                                 "un_document A/HRC/RES/37/23", "un_document A/HRC/40/2"}));
  EXPECT_EQ(kinds({.treaties = true, .un_documents = false, .resolutions = true}),
            (std::vector<std::string>{"treaty ICCPR", "resolution A/HRC/RES/37/23"}));
  EXPECT_EQ(kinds({.treaties = false, .un_documents = true, .resolutions = false}),
            (std::vector<std::string>{"un_document A/HRC/RES/37/23", "un_document A/HRC/40/2"}));
  EXPECT_EQ(kinds({.treaties = false, .un_documents = false, .resolutions = false}), std::vector<std::string>{});
}

TEST(Instruments, NamesShortNamesAndAcronyms) {
  EXPECT_EQ(seen("the International Covenant on Civil and Political Rights, the ICCPR, the Convention "
                 "against Torture, the Torture Convention, the Genocide Convention, the Refugee "
                 "Convention, the Rome Statute, the Universal Declaration, ILO Convention No. 29, the "
                 "Forced Labour Convention"),
            (std::vector<Seen>{{"treaty", "International Covenant on Civil and Political Rights", "ICCPR:"},
                               {"treaty", "ICCPR", "ICCPR:"},
                               {"treaty", "Convention against Torture", "CAT:"},
                               {"treaty", "Torture Convention", "CAT:"},
                               {"treaty", "Genocide Convention", "GENOCIDE-CONVENTION:"},
                               {"treaty", "Refugee Convention", "REFUGEE-CONVENTION:"},
                               {"treaty", "Rome Statute", "ROME-STATUTE:"},
                               {"treaty", "Universal Declaration", "UDHR:"},
                               {"treaty", "ILO Convention No. 29", "ILO-C029:"},
                               {"treaty", "Forced Labour Convention", "ILO-C029:"}}));
}

TEST(Instruments, FrenchAndSpanish) {
  EXPECT_EQ(seen("le Pacte international relatif aux droits civils et politiques et la Convención contra la Tortura"),
            (std::vector<Seen>{{"treaty", "Pacte international relatif aux droits civils et politiques", "ICCPR:"},
                               {"treaty", "Convención contra la Tortura", "CAT:"}}));
}

TEST(Instruments, AnAmbiguousNameListedWithAnInstrument) {
  EXPECT_EQ(seen("ratify ILO Convention No. 87 and Convention No. 98"),
            (std::vector<Seen>{{"treaty", "ILO Convention No. 87", "ILO-C087:"},
                               {"treaty", "Convention No. 98", "ILO-C098:"}}));
  EXPECT_EQ(seen("under Convention No. 98 of 1949"), (std::vector<Seen>{}));
}

TEST(Instruments, AProtocolsShortTitleWhereItsParentIsNamed) {
  EXPECT_EQ(seen("built on ILO Convention No. 29 and the 2014 Protocol"),
            (std::vector<Seen>{{"treaty", "ILO Convention No. 29", "ILO-C029:"}, {"treaty", "2014 Protocol", "ILO-P029:"}}));
  // Alone, "the 2014 Protocol" may be any protocol of 2014.
  EXPECT_EQ(seen("the 2014 Protocol entered into force"), (std::vector<Seen>{}));
}

TEST(Instruments, TheOptionalProtocolOfTheInstrumentNamedWithIt) {
  EXPECT_EQ(seen("The State ratified CEDAW in 1985 and should ratify the Optional Protocol to the Convention. "
                 "It is party to the Convention on the Rights of Persons with Disabilities and its Optional Protocol."),
            (std::vector<Seen>{{"treaty", "CEDAW", "CEDAW:"},
                               {"treaty", "Optional Protocol to the Convention", "CEDAW-OP:"},
                               {"treaty", "Convention on the Rights of Persons with Disabilities", "CRPD:"},
                               {"treaty", "Optional Protocol", "CRPD-OP:"}}));
  // Three optional protocols to the CRC: no one of them.
  EXPECT_EQ(seen("the Convention on the Rights of the Child and its Optional Protocol"),
            (std::vector<Seen>{{"treaty", "Convention on the Rights of the Child", "CRC:"},
                               {"treaty", "Optional Protocol", "-:"}}));
}

TEST(Instruments, GenericNounsThatAreNoReference) {
  // Part of another name, or in a text that names no instrument.
  EXPECT_EQ(seen("Police closed the Convention Centre. The Declaration of Independence and the Statute of "
                 "Limitations. Delegates met where the Convention adopted a platform."),
            (std::vector<Seen>{}));
  // Common words stand for an instrument only when one of their type was named before.
  EXPECT_EQ(seen("The ICCPR applies. Under Rule 39 of the Rules of Court and the Principles of Good Governance, "
                 "the Treaty says so."),
            (std::vector<Seen>{{"treaty", "ICCPR", "ICCPR:"}}));
  EXPECT_EQ(seen("The ICCPR applies; the Convention is not named."),
            (std::vector<Seen>{{"treaty", "ICCPR", "ICCPR:"}, {"treaty", "Convention", "-:"}}));
}

TEST(Instruments, GenericReferencesTakeTheLastOfTheirType) {
  EXPECT_EQ(seen("The Covenant binds. The ICESCR and then the Covenant; the Convention."),
            (std::vector<Seen>{{"treaty", "Covenant", "-:"},
                               {"treaty", "ICESCR", "ICESCR:"},
                               {"treaty", "Covenant", "ICESCR:"},
                               {"treaty", "Convention", "-:"}}));
  EXPECT_TRUE(seen("a covenant between friends; a convention centre").empty());
}

TEST(Articles, NormalisedToPaths) {
  EXPECT_EQ(seen("Art. 19(2) ICCPR; article 19, paragraph 2 of the ICCPR; paragraph 2 of article 19 of the "
                 "ICCPR; article 14 (3) (b) of the ICCPR"),
            (std::vector<Seen>{{"treaty", "Art. 19(2) ICCPR", "ICCPR:19(2)"},
                               {"treaty", "article 19, paragraph 2 of the ICCPR", "ICCPR:19(2)"},
                               {"treaty", "paragraph 2 of article 19 of the ICCPR", "ICCPR:19(2)"},
                               {"treaty", "article 14 (3) (b) of the ICCPR", "ICCPR:14(3)(b)"}}));
}

TEST(Articles, ListsAndRanges) {
  EXPECT_EQ(seen("articles 18, 19 and 21 of the ICCPR; arts. 2(1) and 26 of the ICCPR; articles 9 to 11 of the ICCPR"),
            (std::vector<Seen>{{"treaty", "articles 18, 19 and 21 of the ICCPR", "ICCPR:18,19,21"},
                               {"treaty", "arts. 2(1) and 26 of the ICCPR", "ICCPR:2(1),26"},
                               {"treaty", "articles 9 to 11 of the ICCPR", "ICCPR:9,10,11"}}));
}

TEST(Articles, EveryWordOrder) {
  EXPECT_EQ(seen("the ICCPR: article 19 of the ICCPR, ICCPR, art. 19, ICCPR article 19, and under article 19 of "
                 "the Covenant"),
            (std::vector<Seen>{{"treaty", "ICCPR", "ICCPR:"},
                               {"treaty", "article 19 of the ICCPR", "ICCPR:19"},
                               {"treaty", "ICCPR, art. 19", "ICCPR:19"},
                               {"treaty", "ICCPR article 19", "ICCPR:19"},
                               {"treaty", "article 19 of the Covenant", "ICCPR:19"}}));
}

TEST(Articles, ParagraphListsAndSubParagraphs) {
  EXPECT_EQ(seen("a violation of article 14, paragraphs 1 and 3 (b), (d) and (e), of the ICCPR; article 9, "
                 "paragraphs 1 to 3, of the ICCPR; article 19 (2) and (3) of the ICCPR; Art. 19 para. 2 ICCPR"),
            (std::vector<Seen>{
                {"treaty", "article 14, paragraphs 1 and 3 (b), (d) and (e), of the ICCPR",
                 "ICCPR:14(1),14(3)(b),14(3)(d),14(3)(e)"},
                {"treaty", "article 9, paragraphs 1 to 3, of the ICCPR", "ICCPR:9(1),9(2),9(3)"},
                {"treaty", "article 19 (2) and (3) of the ICCPR", "ICCPR:19(2),19(3)"},
                {"treaty", "Art. 19 para. 2 ICCPR", "ICCPR:19(2)"}}));
  EXPECT_EQ(seen("l'article 14, paragraphe 3 b), du Pacte international relatif aux droits civils et politiques"),
            (std::vector<Seen>{{"treaty",
                                "article 14, paragraphe 3 b), du Pacte international relatif aux droits civils et "
                                "politiques",
                                "ICCPR:14(3)(b)"}}));
  // The comma closing a paragraph is not part of an article with no instrument after it.
  EXPECT_EQ(seen("The ICCPR binds it: under article 9, paragraph 3, detainees must be tried promptly."),
            (std::vector<Seen>{{"treaty", "ICCPR", "ICCPR:"}, {"treaty", "article 9, paragraph 3", "ICCPR:9(3)"}}));
}

TEST(Articles, InRomanNumerals) {
  EXPECT_EQ(seen("under article II of the Genocide Convention"),
            (std::vector<Seen>{{"treaty", "article II of the Genocide Convention", "GENOCIDE-CONVENTION:II"}}));
}

TEST(Articles, OfTheInstrumentAPossessiveRefersTo) {
  EXPECT_EQ(seen("The Declaration on Human Rights Defenders recognises in its article 13 the right to funding. "
                 "La Convention contre la torture, en son article 3, interdit le refoulement."),
            (std::vector<Seen>{{"treaty", "Declaration on Human Rights Defenders", "DHRD:"},
                               {"treaty", "article 13", "DHRD:13"},
                               {"treaty", "Convention contre la torture", "CAT:"},
                               {"treaty", "article 3", "CAT:3"}}));
  EXPECT_EQ(seen("The Torture Convention obliges States not to return anyone to torture (article 3)."),
            (std::vector<Seen>{{"treaty", "Torture Convention", "CAT:"}, {"treaty", "article 3", "CAT:3"}}));
  EXPECT_EQ(seen("It violates articles 18 and 19 of the ICCPR, as well as arts. 2(1) and 26."),
            (std::vector<Seen>{{"treaty", "articles 18 and 19 of the ICCPR", "ICCPR:18,19"},
                               {"treaty", "arts. 2(1) and 26", "ICCPR:2(1),26"}}));
  // Not across a sentence: "its" is then something else's.
  EXPECT_EQ(seen("The ICCPR applies. The Criminal Code, in its article 12, says otherwise."),
            (std::vector<Seen>{{"treaty", "ICCPR", "ICCPR:"}, {"treaty", "article 12", "-:12"}}));
}

TEST(Articles, OfAnotherInstrumentInTheSameSentence) {
  EXPECT_EQ(seen("according to articles 9(2) of the ICCPR and 7(4) of the ACHR."),
            (std::vector<Seen>{{"treaty", "articles 9(2) of the ICCPR", "ICCPR:9(2)"},
                               {"treaty", "7(4) of the ACHR", "ACHR:7(4)"}}));
}

TEST(Articles, WithoutAnInstrumentInReach) {
  EXPECT_EQ(seen("The ICCPR applies. Under article 12, everyone may leave."),
            (std::vector<Seen>{{"treaty", "ICCPR", "ICCPR:"}, {"treaty", "article 12", "-:12"}}));
  // Articles of national laws are no treaty citations.
  EXPECT_EQ(seen("The ICCPR applies; article 232 of the Criminal Code does not."),
            (std::vector<Seen>{{"treaty", "ICCPR", "ICCPR:"}}));
}

TEST(Articles, InFrenchAndSpanish) {
  EXPECT_EQ(seen("article 6, paragraphe 5, du Pacte international relatif aux droits civils et politiques; "
                 "artículos 6, 7, 9 y 21 del Pacto Internacional de Derechos Civiles y Políticos"),
            (std::vector<Seen>{{"treaty",
                                "article 6, paragraphe 5, du Pacte international relatif aux droits civils et politiques",
                                "ICCPR:6(5)"},
                               {"treaty", "artículos 6, 7, 9 y 21 del Pacto Internacional de Derechos Civiles y Políticos",
                                "ICCPR:6,7,9,21"}}));
}

TEST(BodyOrInstrument, DecidedByTheWordsAround) {
  EXPECT_EQ(seen("the Committee against Torture reviewed the Convention against Torture"),
            (std::vector<Seen>{{"treaty", "Convention against Torture", "CAT:"}}));
  EXPECT_EQ(seen("States should ratify the CRC. The CRC recommended it."),
            (std::vector<Seen>{{"treaty", "CRC", "CRC:"}}));
  EXPECT_EQ(seen("the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)"),
            (std::vector<Seen>{{"treaty", "Convention on the Elimination of All Forms of Discrimination against Women", "CEDAW:"},
                               {"treaty", "CEDAW", "CEDAW:"}}));
}

TEST(BodyOrInstrument, AnAcronymListedWithAnInstrument) {
  EXPECT_EQ(seen("The State ratified the CRC in 1992 and the CAT in 1988. It ratified the CRPD and the CRC."),
            (std::vector<Seen>{{"treaty", "CRC", "CRC:"},
                               {"treaty", "CAT", "CAT:"},
                               {"treaty", "CRPD", "CRPD:"},
                               {"treaty", "CRC", "CRC:"}}));
  // The committees, listed with no instrument, stay committees.
  EXPECT_EQ(seen("The CRC and the CAT met in Geneva."), (std::vector<Seen>{}));
}

TEST(Articles, CommonToTheGenevaConventions) {
  EXPECT_EQ(seen("Article 3 common to the Geneva Conventions of 1949"),
            (std::vector<Seen>{{"treaty", "Article 3 common to the Geneva Conventions of 1949", "GENEVA-CONVENTIONS:3"}}));
}

TEST(Symbols, TheGrammarOfTheUnDocumentationSystem) {
  const std::string text =
      "See CERD/C/CHN/CO/14-17, CCPR/C/GC/34, A/HRC/RES/37/23, A/HRC/40/L.1/Rev.1, E/CN.4/2005/L.10/Add.11, "
      "A/RES/ES-10/L.22, S/PRST/2019/1, A/HRC/WG.6/34/SVN/2, E/C.12/SVN/CO/2 and S/RES/1325 (2000).";
  std::vector<std::string> symbols;
  for (const auto& s : detail::find_symbols(text)) symbols.push_back(s.symbol);
  EXPECT_EQ(symbols, (std::vector<std::string>{"CERD/C/CHN/CO/14-17", "CCPR/C/GC/34", "A/HRC/RES/37/23",
                                               "A/HRC/40/L.1/Rev.1", "E/CN.4/2005/L.10/Add.11", "A/RES/ES-10/L.22",
                                               "S/PRST/2019/1", "A/HRC/WG.6/34/SVN/2", "E/C.12/SVN/CO/2",
                                               "S/RES/1325(2000)"}));
}

TEST(Symbols, RepeatedPrefixedAndBrokenOnes) {
  EXPECT_EQ(seen("A/HRC/40/2 and A/HRC/40/2/Add.1 and A/HRC/40/2; A/HRC/40/ L.1; A/HRC/40/\n  L.2"),
            (std::vector<Seen>{{"un_document", "A/HRC/40/2", "A/HRC/40/2"},
                               {"un_document", "A/HRC/40/2/Add.1", "A/HRC/40/2/Add.1"},
                               {"un_document", "A/HRC/40/2", "A/HRC/40/2"},
                               {"un_document", "A/HRC/40/ L.1", "A/HRC/40/L.1"},
                               {"un_document", "A/HRC/40/\n  L.2", "A/HRC/40/L.2"}}));
}

TEST(Symbols, NoneOfOtherShapes) {
  EXPECT_EQ(seen("flight S/2021 from room A/12 to gate E/4; scored A/40; Form E/1; file number A/2023/118"),
            (std::vector<Seen>{}));
  EXPECT_EQ(seen("S/25704 and A/810"),
            (std::vector<Seen>{{"un_document", "S/25704", "S/25704"}, {"un_document", "A/810", "A/810"}}));
}

TEST(Symbols, NoneInTextWithout) {
  EXPECT_TRUE(seen("On 30/01/2019, 24/7, 3/4 of them, HIV/AIDS, and/or, +41 22 917/9000, "
                   "https://www.ohchr.org/EN/HRBodies/HRC/A/HRC/40/2, www.x.org/?si=A/HRC/41/L.17, PTPR/JS4, "
                   "AL CHN 16/2020")
                  .empty());
}

TEST(Resolutions, EveryFormWithItsSymbol) {
  EXPECT_EQ(seen("Human Rights Council resolution 37/23; HRC res. 37/23; General Assembly resolution 60/251; "
                 "GA Res 60/251; Security Council resolution 1325 (2000); decision 2/102 of the Human Rights "
                 "Council; resolution 37/23"),
            (std::vector<Seen>{{"resolution", "Human Rights Council resolution 37/23", "37/23 -> A/HRC/RES/37/23"},
                               {"resolution", "HRC res. 37/23", "37/23 -> A/HRC/RES/37/23"},
                               {"resolution", "General Assembly resolution 60/251", "60/251 -> A/RES/60/251"},
                               {"resolution", "GA Res 60/251", "60/251 -> A/RES/60/251"},
                               {"resolution", "Security Council resolution 1325 (2000)",
                                "1325 (2000) -> S/RES/1325(2000)"},
                               {"resolution", "decision 2/102", "2/102 -> A/HRC/DEC/2/102"},
                               {"resolution", "resolution 37/23", "37/23 -> -"}}));
}

TEST(Resolutions, ListsGiveOneCitationEach) {
  EXPECT_EQ(seen("Human Rights Council resolutions 37/23 and 40/1"),
            (std::vector<Seen>{{"resolution", "Human Rights Council resolutions 37/23", "37/23 -> A/HRC/RES/37/23"},
                               {"resolution", "40/1", "40/1 -> A/HRC/RES/40/1"}}));
}

TEST(Resolutions, UnnamedBodiesFromTheNumber) {
  EXPECT_EQ(seen("resolution 1325 (2000) and resolution 53/144"),
            (std::vector<Seen>{{"resolution", "resolution 1325 (2000)", "1325 (2000) -> S/RES/1325(2000)"},
                               {"resolution", "resolution 53/144", "53/144 -> A/RES/53/144"}}));
}

TEST(Resolutions, TheAssemblysNumbersBefore1976) {
  EXPECT_EQ(seen("General Assembly resolutions 60/83 and 2200 A (XXI); resolution 3452 (XXX); resolution 217 A (III)"),
            (std::vector<Seen>{{"resolution", "General Assembly resolutions 60/83", "60/83 -> A/RES/60/83"},
                               {"resolution", "2200 A (XXI)", "2200 A (XXI) -> A/RES/2200(XXI)"},
                               {"resolution", "resolution 3452 (XXX)", "3452 (XXX) -> A/RES/3452(XXX)"},
                               {"resolution", "resolution 217 A (III)", "217 A (III) -> A/RES/217(III)"}}));
}

TEST(Resolutions, DecisionsNumberedFrom101AreTheCouncils) {
  EXPECT_EQ(seen("decision 21/111 and decision 60/551"),
            (std::vector<Seen>{{"resolution", "decision 21/111", "21/111 -> A/HRC/DEC/21/111"},
                               {"resolution", "decision 60/551", "60/551 -> A/DEC/60/551"}}));
}

TEST(Resolutions, UnnamedBodiesFromTheOneBodyTheDocumentNames) {
  // A letter to the Human Rights Council: its unqualified session numbers are the Council's.
  EXPECT_EQ(seen("Members of the Human Rights Council: last year, in resolution 39/1, the Council acted."),
            (std::vector<Seen>{{"resolution", "resolution 39/1", "39/1 -> A/HRC/RES/39/1"}}));
  // Year numbers are the Commission's (or ECOSOC's), never the Assembly's.
  EXPECT_EQ(seen("The Commission on Human Rights adopted it; see resolution 2005/63."),
            (std::vector<Seen>{{"resolution", "resolution 2005/63", "2005/63 -> E/CN.4/RES/2005/63"}}));
  // A symbol names no body.
  EXPECT_EQ(seen("See A/HRC/40/2 and resolution 39/1."),
            (std::vector<Seen>{{"un_document", "A/HRC/40/2", "A/HRC/40/2"}, {"resolution", "resolution 39/1", "39/1 -> -"}}));
  // ... and in a document that names neither, a year number is no UN resolution's.
  EXPECT_EQ(seen("As the Human Rights Council noted, see resolution 2005/63."), (std::vector<Seen>{}));
  // A plain number is the Security Council's, in a document that names it.
  EXPECT_EQ(seen("The Security Council adopted it. Recalling resolution 1325,"),
            (std::vector<Seen>{{"resolution", "resolution 1325", "1325 -> S/RES/1325"}}));
}

TEST(Resolutions, ListsWithTheDatesOfAdoption) {
  EXPECT_EQ(seen("Recalling its resolutions 12/16 of 2 October 2009, 38/7 of 5 July 2018 and 44/12 of 16 July 2020, "
                 "and General Assembly resolutions 217 A (III) of 10 December 1948 and 2200 A (XXI) of 16 December "
                 "1966"),
            (std::vector<Seen>{{"resolution", "resolutions 12/16", "12/16 -> A/HRC/RES/12/16"},
                               {"resolution", "38/7", "38/7 -> A/HRC/RES/38/7"},
                               {"resolution", "44/12", "44/12 -> A/HRC/RES/44/12"},
                               {"resolution", "General Assembly resolutions 217 A (III)", "217 A (III) -> A/RES/217(III)"},
                               {"resolution", "2200 A (XXI)", "2200 A (XXI) -> A/RES/2200(XXI)"}}));
  // The year of adoption tells the Assembly's 12th session (1957) from the Council's (2009).
  EXPECT_EQ(seen("resolution 12/16 of 2 October 2009 and resolution 12/16 of 1957"),
            (std::vector<Seen>{{"resolution", "resolution 12/16", "12/16 -> A/HRC/RES/12/16"},
                               {"resolution", "resolution 12/16", "12/16 -> A/RES/12/16"}}));
  EXPECT_EQ(seen("la résolution 5/1 du 18 juin 2007 du Conseil des droits de l'homme"),
            (std::vector<Seen>{{"resolution", "résolution 5/1", "5/1 -> A/HRC/RES/5/1"}}));
}

TEST(Resolutions, EmergencySessionsAndTheEconomicAndSocialCouncil) {
  EXPECT_EQ(seen("General Assembly resolution ES-11/1; resolution ES-10/19"),
            (std::vector<Seen>{{"resolution", "General Assembly resolution ES-11/1", "ES-11/1 -> A/RES/ES-11/1"},
                               {"resolution", "resolution ES-10/19", "ES-10/19 -> A/RES/ES-10/19"}}));
  EXPECT_EQ(seen("Economic and Social Council resolution 1503 (XLVIII), following resolution 1235 (XLII)"),
            (std::vector<Seen>{{"resolution", "Economic and Social Council resolution 1503 (XLVIII)",
                                "1503 (XLVIII) -> E/RES/1503(XLVIII)"},
                               {"resolution", "resolution 1235 (XLII)", "1235 (XLII) -> E/RES/1235(XLII)"}}));
}

TEST(Resolutions, TheSymbolWrittenAfterInParentheses) {
  EXPECT_EQ(seen("the General Assembly; recalling resolution S-29/1 of 17 December 2018 (A/HRC/RES/S-29/1)"),
            (std::vector<Seen>{{"resolution", "resolution S-29/1", "S-29/1 -> A/HRC/RES/S-29/1"},
                               {"un_document", "A/HRC/RES/S-29/1", "A/HRC/RES/S-29/1"}}));
  // Not another document's symbol.
  EXPECT_EQ(seen("resolution 39/1 (see A/HRC/42/2)"),
            (std::vector<Seen>{{"resolution", "resolution 39/1", "39/1 -> -"}, {"un_document", "A/HRC/42/2", "A/HRC/42/2"}}));
}

TEST(Resolutions, ItsResolutionsAreTheAuthors) {
  // A Council resolution that also cites the Assembly: "its" is the Council, named first.
  EXPECT_EQ(seen("The Human Rights Council,\n\nRecalling General Assembly resolution 60/251,\n\nRecalling also its "
                 "resolutions 37/23 and 40/1,"),
            (std::vector<Seen>{{"resolution", "General Assembly resolution 60/251", "60/251 -> A/RES/60/251"},
                               {"resolution", "resolutions 37/23", "37/23 -> A/HRC/RES/37/23"},
                               {"resolution", "40/1", "40/1 -> A/HRC/RES/40/1"}}));
}

TEST(Resolutions, NoneThatAreNotTheUnsOwn) {
  EXPECT_EQ(seen("conflict resolution 2.0; Shareholders rejected Resolution 9 of the company's AGM and approved "
                 "resolutions 7 and 8; House Resolution 1234; the board's resolution 2023/14; Directive (EU) "
                 "2019/1937 and decision 2019/1937; Decision 1956/QD-TTg of the Prime Minister; Mediante la "
                 "Resolución 1234/2022 del Ministerio; Resolution 2/2022 of the Supreme Court; la decisión 1/2020 "
                 "del Consejo Nacional Electoral"),
            (std::vector<Seen>{}));
}

TEST(Offsets, AreCodePoints) {
  const auto found = cite("\xE4\xB8\xAD\xF0\x9F\x98\x80 e\xCC\x81: A/HRC/40/2");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].start, 7U);
  EXPECT_EQ(found[0].end, 17U);
}

TEST(CitationExtractor, IsSafeToShareBetweenThreads) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "article 19 of the ICCPR, A/HRC/40/2 and HRC resolution 37/23. ";
  const Document doc = Document::from_utf8(text);
  const auto expected = extractor().extract(doc).size();
  EXPECT_EQ(expected, 600U);
  std::vector<std::size_t> counts(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < counts.size(); ++t) {
      threads.emplace_back([&, t] { counts[t] = extractor().extract(doc).size(); });
    }
  }
  for (std::size_t count : counts) EXPECT_EQ(count, expected);
}

TEST(Robustness, OddTexts) {
  EXPECT_TRUE(cite("").empty());
  EXPECT_TRUE(cite("//// article article article ((( ))) resolution resolution").empty());
  std::string slashes(50000, '/');
  EXPECT_TRUE(cite(slashes).empty());
  std::string chain = "A";
  for (int i = 0; i < 5000; ++i) chain += "/1";
  EXPECT_EQ(cite(chain).size(), 1U);
}

}  // namespace
}  // namespace hrtext
