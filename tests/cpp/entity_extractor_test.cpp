#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/error.hpp"
#include "entities/name_resolver.hpp"

namespace hrtext {
namespace {

// One extractor with the built-in gazetteers for the whole suite: compiling is the slow part.
const EntityExtractor& builtin() {
  static const EntityExtractor extractor = EntityExtractor::compile();
  return extractor;
}

using Seen = std::tuple<std::string, std::string, std::string>;  // kind, text, id

std::vector<Seen> seen(const std::string& text, const EntityExtractor& extractor = builtin()) {
  const Document doc = Document::from_utf8(text);
  std::vector<Seen> out;
  for (const EntityMention& m : extractor.extract(doc)) {
    out.emplace_back(std::string(to_string(m.kind)), m.text, m.id.value_or("-"));
  }
  return out;
}

std::vector<std::string> ids(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& [kind, written, id] : seen(text)) out.push_back(id);
  return out;
}

TEST(States, ShortFormalAndUnStyleNames) {
  EXPECT_EQ(seen("Iran (Islamic Republic of) and Venezuela (Bolivarian Republic of) voted."),
            (std::vector<Seen>{{"state", "Iran (Islamic Republic of)", "IRN"},
                               {"state", "Venezuela (Bolivarian Republic of)", "VEN"}}));
  EXPECT_EQ(seen("the Democratic People's Republic of Korea and the People's Republic of China"),
            (std::vector<Seen>{{"state", "Democratic People's Republic of Korea", "PRK"},
                               {"state", "People's Republic of China", "CHN"}}));
}

TEST(States, AbbreviationsAndVariants) {
  EXPECT_EQ(ids("The PRC, the DPRK, the UK and the USA; T\xC3\xBCrkiye or Turkey; Myanmar or Burma; "
                "C\xC3\xB4te d'Ivoire or Ivory Coast."),
            (std::vector<std::string>{"CHN", "PRK", "GBR", "USA", "TUR", "TUR", "MMR", "MMR", "CIV", "CIV"}));
}

TEST(States, PossessivesAndCurlyApostrophes) {
  EXPECT_EQ(seen("China\xE2\x80\x99s delegation and C\xC3\xB4te d\xE2\x80\x99Ivoire\xE2\x80\x99s."),
            (std::vector<Seen>{{"state", "China", "CHN"}, {"state", "C\xC3\xB4te d\xE2\x80\x99Ivoire", "CIV"}}));
}

TEST(States, InTheSixUnLanguages) {
  EXPECT_EQ(ids("La Chine et la France. China y Espa\xC3\xB1" "a. "
                "\xD0\x9A\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9 "                    // Китай
                "\xE4\xB8\xAD\xE5\x9B\xBD\xE6\x94\xBF\xE5\xBA\x9C "            // 中国政府
                "\xD8\xA7\xD9\x84\xD8\xB5\xD9\x8A\xD9\x86"),                   // الصين
            (std::vector<std::string>{"CHN", "FRA", "CHN", "ESP", "CHN", "CHN", "CHN"}));
}

// Arabic writes "and", "in", "for" as one word with the next; the names are found without
// them, and start after them.
TEST(States, ArabicNamesAfterProclitics) {
  EXPECT_EQ(seen("\u0645\u0635\u0631 \u0648\u0627\u0644\u0645\u0645\u0644\u0643\u0629 "
                 "\u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0629"),
            (std::vector<Seen>{{"state", "\u0645\u0635\u0631", "EGY"},  // مصر والمملكة العربية السعودية
                               {"state", "\u0627\u0644\u0645\u0645\u0644\u0643\u0629 \u0627\u0644\u0639\u0631\u0628\u064A\u0629 "
                                         "\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0629",
                                "SAU"}}));
  // للاتحاد الأوروبي (for the European Union: li- drops the article's alif), بمصر (in Egypt),
  // وجامعة الدول العربية (and the League of Arab States)
  EXPECT_EQ(ids("\u0644\u0644\u0627\u062A\u062D\u0627\u062F \u0627\u0644\u0623\u0648\u0631\u0648\u0628\u064A "
                "\u0628\u0645\u0635\u0631 "
                "\u0648\u062C\u0627\u0645\u0639\u0629 \u0627\u0644\u062F\u0648\u0644 \u0627\u0644\u0639\u0631\u0628\u064A\u0629"),
            (std::vector<std::string>{"EU", "EGY", "LAS"}));
  // للبنان (for Lebanon): ل before a name without the article
  EXPECT_EQ(ids("\u0644\u0644\u0628\u0646\u0627\u0646"), (std::vector<std::string>{"LBN"}));
  // فلسطين (Palestine) begins with ف but has no proclitic: read as written.
  EXPECT_EQ(ids("\u0641\u0644\u0633\u0637\u064A\u0646"), (std::vector<std::string>{"PSE"}));
}

// Russian names in every case: the gazetteer's nominative finds the genitive, instrumental...
TEST(States, RussianNamesInEveryCase) {
  EXPECT_EQ(seen("в Российской Федерации, с Беларусью и Китаем"),
            (std::vector<Seen>{{"state", "Российской Федерации", "RUS"},
                               {"state", "Беларусью", "BLR"},
                               {"state", "Китаем", "CHN"}}));
  EXPECT_EQ(ids("доклад Комитета против пыток и Совета по правам человека"), (std::vector<std::string>{"CAT", "HRC"}));
  EXPECT_TRUE(ids("китайская кухня и россияне").empty());  // adjectives and demonyms are no states
  EXPECT_EQ(ids("Нигерия и Нигер; в Германии и Франции"), (std::vector<std::string>{"NGA", "NER", "DEU", "FRA"}));
  EXPECT_TRUE(ids("Герман Греф и Франц Кафка: Грузы были доставлены").empty());  // names and words, no states
}

// The UN's formal names in Russian, Chinese and Arabic, where they differ from the short ones.
TEST(States, UnFormalNamesInRussianChineseAndArabic) {
  EXPECT_EQ(ids("в Сирийской Арабской Республике и Корейской Народно-Демократической Республике"),
            (std::vector<std::string>{"SYR", "PRK"}));
  EXPECT_EQ(ids("阿拉伯叙利亚共和国和委内瑞拉玻利瓦尔共和国"), (std::vector<std::string>{"SYR", "VEN"}));
  EXPECT_EQ(ids("الجمهورية العربية السورية وجمهورية إيران الإسلامية"), (std::vector<std::string>{"SYR", "IRN"}));
}

TEST(States, TerritoriesAndHistoricStates) {
  EXPECT_EQ(ids("Hong Kong, Macao, Taiwan and Kosovo; the former Soviet Union and Yugoslavia"),
            (std::vector<std::string>{"HKG", "MAC", "TWN", "XKX", "SUN", "YUG"}));
}

TEST(States, DemonymsAndNamesInsideWordsAreNoMentions) {
  EXPECT_TRUE(seen("Chinese authorities, Iranian women, Omanis and Chinaware.").empty());
}

TEST(States, OneWordNamesNeedTheirCapital) {
  EXPECT_EQ(ids("Chad said: we must chad the turkey."), (std::vector<std::string>{"TCD"}));
}

TEST(Ngos, NamesThatAreProseNeedTheirCapitals) {
  EXPECT_EQ(ids("People in Need helps people in need."), (std::vector<std::string>{"people-in-need"}));
}

TEST(UnBodies, FormsTextsUse) {
  EXPECT_EQ(seen("the UN Human Rights Council asked the Council; the UN Committee against Torture"),
            (std::vector<Seen>{{"un_body", "UN Human Rights Council", "HRC"},
                               {"un_body", "UN Committee against Torture", "CAT"}}));
  EXPECT_EQ(seen("the Committee on the Elimination of Racial Discrimination (CERD) said"),
            (std::vector<Seen>{{"un_body", "Committee on the Elimination of Racial Discrimination", "CERD"},
                               {"un_body", "CERD", "CERD"}}));
  EXPECT_EQ(ids("the Working Group on Arbitrary Detention, the Special Rapporteur on the situation of "
                "human rights defenders, the High Commissioner for Human Rights and the UPR"),
            (std::vector<std::string>{"WGAD", "SR-HRD", "OHCHR", "UPR"}));
}

TEST(UnBodies, UnAloneButNotInsideALongerName) {
  EXPECT_EQ(ids("The UN and the United Nations Human Rights Council"),
            (std::vector<std::string>{"UN", "HRC"}));
}

TEST(Igos, FormsTextsUse) {
  EXPECT_EQ(ids("the European Union, the Council of Europe, the OSCE and the African Union"),
            (std::vector<std::string>{"EU", "COE", "OSCE", "AU"}));
}

TEST(Ngos, GazetteerNamesAcronymsAndSections) {
  EXPECT_EQ(seen("Human Rights Watch (HRW), Amnesty International Norway and Amnesty International"),
            (std::vector<Seen>{{"ngo", "Human Rights Watch", "human-rights-watch"},
                               {"ngo", "HRW", "human-rights-watch"},
                               {"ngo", "Amnesty International Norway", "amnesty-international-norway"},
                               {"ngo", "Amnesty International", "amnesty-international"}}));
}

TEST(Ngos, NoStateInsideAnOrganisationsName) {
  EXPECT_EQ(seen("Human Rights in China and China Labour Bulletin"),
            (std::vector<Seen>{{"ngo", "Human Rights in China", "human-rights-in-china"},
                               {"ngo", "China Labour Bulletin", "china-labour-bulletin"}}));
  const auto found = seen("a study by the Georgia Institute of Technology");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(std::get<1>(found[0]), "Georgia Institute of Technology");
}

TEST(Ngos, UnlistedOrganisationsGetTheSlugOfTheirName) {
  EXPECT_EQ(seen("the Lantern Rights Network and the Tibetan Youth Solidarity Foundation"),
            (std::vector<Seen>{{"ngo", "Lantern Rights Network", "lantern-rights-network"},
                               {"ngo", "Tibetan Youth Solidarity Foundation", "tibetan-youth-solidarity-foundation"}}));
}

// "UN" before a UN body's name is part of its mention, not a mention of the UN of its own.
TEST(UnBodies, UnBeforeABodyIsPartOfItsName) {
  EXPECT_EQ(seen("We wrote to the UN OHCHR and to the United Nations Human Rights Council."),
            (std::vector<Seen>{{"un_body", "UN OHCHR", "OHCHR"}, {"un_body", "United Nations Human Rights Council", "HRC"}}));
  EXPECT_EQ(seen("The UN, OHCHR and the UN-backed panel."),
            (std::vector<Seen>{{"un_body", "UN", "UN"}, {"un_body", "OHCHR", "OHCHR"}, {"un_body", "UN", "UN"}}));
  EXPECT_EQ(ids("UN Brazil"), (std::vector<std::string>{"UN", "BRA"}));  // a State is no body of the UN
}

TEST(Acronyms, DefinedInTheTextResolveLaterMentions) {
  EXPECT_EQ(ids("HRIC (Human Rights in China) said. Later HRIC added."),
            (std::vector<std::string>{"human-rights-in-china", "human-rights-in-china", "human-rights-in-china"}));
  EXPECT_EQ(seen("The Lantern Rights Network (LRN) wrote. LRN and LRNX differ."),
            (std::vector<Seen>{{"ngo", "Lantern Rights Network", "lantern-rights-network"},
                               {"ngo", "LRN", "lantern-rights-network"},
                               {"ngo", "LRN", "lantern-rights-network"}}));
}

// Chinese text writes the parentheses of a definition fullwidth: "中国人权捍卫者（CHRD）".
TEST(Acronyms, DefinedInFullwidthParentheses) {
  const auto found = seen("the Lantern Human Rights Network\uFF08LHRN\uFF09 said; LHRN asked");
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(std::get<1>(found[1]), "LHRN");
  EXPECT_EQ(std::get<2>(found[1]), std::get<2>(found[0]));
}

TEST(Acronyms, ADefinitionWinsOverTheGazetteer) {
  // ICJ is also the International Court of Justice.
  const auto found = ids("The International Commission of Jurists (ICJ) said; the ICJ added.");
  EXPECT_EQ(found, (std::vector<std::string>{"international-commission-of-jurists",
                                             "international-commission-of-jurists",
                                             "international-commission-of-jurists"}));
}

TEST(Acronyms, OnlyThoseTheNameAbbreviates) {
  // HRORS abbreviates the ombudsman's whole name, not "Republic of Slovenia" inside it.
  EXPECT_EQ(ids("the Human Rights Ombudsman of the Republic of Slovenia (HRORS); HRORS said"),
            (std::vector<std::string>{"SVN"}));
  EXPECT_EQ(ids("the UN Human Rights Council (HRC40)"), (std::vector<std::string>{"HRC"}));
}

TEST(Acronyms, MatchCaseSensitively) {
  EXPECT_EQ(ids("HRW and hrw and Hrw"), (std::vector<std::string>{"human-rights-watch"}));
}

TEST(AmbiguousForms, CountOnlyWithSupport) {
  EXPECT_TRUE(ids("AI will change work.").empty());
  EXPECT_EQ(ids("Amnesty International and AI"),
            (std::vector<std::string>{"amnesty-international", "amnesty-international"}));
  EXPECT_EQ(ids("Signatories:\nCELS\nCIVICUS\n"),
            (std::vector<std::string>{"center-for-legal-and-social-studies",
                                      "civicus-world-alliance-for-citizen-participation"}));
}

TEST(Disambiguation, BodyOrInstrument) {
  EXPECT_EQ(ids("the Committee against Torture and the Convention against Torture"),
            (std::vector<std::string>{"CAT"}));
  EXPECT_TRUE(ids("States should ratify CEDAW and article 3 of CAT.").empty());
  EXPECT_EQ(ids("CEDAW's review and the CEDAW Committee"), (std::vector<std::string>{"CEDAW", "CEDAW"}));
  EXPECT_TRUE(ids("the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)").empty());
}

TEST(Disambiguation, ArticleNineteen) {
  EXPECT_EQ(ids("ARTICLE 19 recalled article 19 of the ICCPR and Article 19, paragraph 2."),
            (std::vector<std::string>{"article-19"}));
}

TEST(Disambiguation, DocumentSymbolsAreNoNames) {
  EXPECT_TRUE(ids("See A/HRC/40/2 and CERD/C/CHN/CO/14-17 and www.ohchr.org/INT_CEDAW_FUL.").empty());
}

TEST(Layout, NamesBrokenOverALineAndHeadingsInCapitals) {
  EXPECT_EQ(ids("We, the undersigned organisations, write to support the work of Human Rights\n"
                "Watch and of its partners."),
            (std::vector<std::string>{"human-rights-watch"}));
  EXPECT_EQ(ids("JOINT LETTER TO THE UN HUMAN RIGHTS COUNCIL"), (std::vector<std::string>{"HRC"}));
  EXPECT_TRUE(ids("Human Rights\n\nWatch").empty());  // a blank line ends a name
}

TEST(Layout, TextOfPunctuationOrNothing) {
  EXPECT_TRUE(seen("").empty());
  EXPECT_TRUE(seen("!!! --- ((( ))) ... ///").empty());
}

TEST(Offsets, AreCodePointsIntoTheOriginalText) {
  const std::string text = "\xE4\xB8\xAD \xF0\x9F\x98\x80 Cafe\xCC\x81 \xE2\x80\x94 the Human Rights   Council\xE2\x80\x99s";
  const Document doc = Document::from_utf8(text);
  const auto mentions = builtin().extract(doc);
  ASSERT_EQ(mentions.size(), 1U);
  EXPECT_EQ(mentions[0].text, "Human Rights   Council");
  EXPECT_EQ(mentions[0].start, 16U);  // 中 sp 😀 sp C a f e ◌́ sp — sp t h e sp
  EXPECT_EQ(mentions[0].end, 38U);
  EXPECT_EQ(text.substr(mentions[0].byte_start, mentions[0].byte_end - mentions[0].byte_start), mentions[0].text);
  EXPECT_EQ(mentions[0].name, "United Nations Human Rights Council");
}

TEST(CustomGazetteer, AddReplaceAndRemoveEntries) {
  EntityOptions options;
  options.add.push_back({EntityKind::kNgo, "lantern", "Lantern Watchers", {"LW"}, {"Lanterns"}, std::nullopt});
  options.add.push_back({EntityKind::kNgo, "human-rights-watch", "Human Rights Watch", {}, {}, std::nullopt});
  options.remove = {"CHN"};
  options.unlisted_organisations = false;
  const EntityExtractor custom = EntityExtractor::compile(options);
  EXPECT_EQ(seen("LW, the Lanterns, HRW, Human Rights Watch, China", custom),
            (std::vector<Seen>{{"ngo", "LW", "lantern"},
                               {"ngo", "Lanterns", "lantern"},
                               {"ngo", "Human Rights Watch", "human-rights-watch"}}));
}

TEST(CustomGazetteer, WithoutTheBuiltinOnes) {
  EntityOptions options;
  options.builtin = false;
  options.unlisted_organisations = false;
  options.add.push_back({EntityKind::kState, "ATL", "Atlantis", {}, {}, std::nullopt});
  const EntityExtractor custom = EntityExtractor::compile(options);
  EXPECT_EQ(custom.entity_count(), 1U);
  EXPECT_EQ(seen("Atlantis and China", custom), (std::vector<Seen>{{"state", "Atlantis", "ATL"}}));
}

TEST(CustomGazetteer, RejectsEntriesWithoutIdOrNameAndUnknownRemovals) {
  EntityOptions options;
  options.add.push_back({EntityKind::kNgo, "", "Nameless", {}, {}, std::nullopt});
  EXPECT_THROW((void)EntityExtractor::compile(options), ParseError);
  EntityOptions removal;
  removal.remove = {"no-such-organisation"};
  try {
    (void)EntityExtractor::compile(removal);
    FAIL() << "no exception";
  } catch (const ParseError& error) {
    EXPECT_STREQ(error.what(), "cannot remove 'no-such-organisation': no gazetteer entry has that id");
  }
}

TEST(UnBodies, CountryMandatesByTheirFrenchAndSpanishTitles) {
  EXPECT_EQ(seen("Le Rapporteur sp\xC3\xA9" "cial des Nations Unies sur la situation des droits de l'homme en "
                 "R\xC3\xA9publique islamique d'Iran a demand\xC3\xA9."),
            (std::vector<Seen>{{"un_body",
                                "Rapporteur sp\xC3\xA9" "cial des Nations Unies sur la situation des droits de l'homme "
                                "en R\xC3\xA9publique islamique d'Iran",
                                "SPECIAL-PROCEDURES"}}));
  EXPECT_EQ(seen("La Relatora Especial sobre la situaci\xC3\xB3n de los derechos humanos en Myanmar pidi\xC3\xB3."),
            (std::vector<Seen>{{"un_body", "Relatora Especial sobre la situaci\xC3\xB3n de los derechos humanos en Myanmar",
                                "SPECIAL-PROCEDURES"}}));
}

TEST(Resolve, ANameOnItsOwnByKey) {
  const std::optional<ResolvedEntity> amnesty = builtin().resolve("Amnesty Intl.");
  ASSERT_TRUE(amnesty.has_value());
  EXPECT_EQ(amnesty->id, "amnesty-international");
  EXPECT_EQ(amnesty->kind, EntityKind::kNgo);
  EXPECT_FALSE(amnesty->approximate);
  EXPECT_EQ(builtin().resolve("the human rights watch")->id, "human-rights-watch");
  EXPECT_EQ(builtin().resolve("Amnist\xC3\xAD" "a Internacional")->id, "amnesty-international");
  EXPECT_EQ(builtin().resolve("FIDH")->id, "international-federation-for-human-rights");
  EXPECT_EQ(builtin().resolve("Kingdom of the Netherlands")->id, "NLD");
  EXPECT_FALSE(builtin().resolve("Coalition for Safe Water Access").has_value());
  EXPECT_FALSE(builtin().resolve("").has_value());
  EXPECT_FALSE(builtin().resolve("Convention against Torture").has_value());  // an instrument
}

TEST(Resolve, NationalSectionsKeepTheirParent) {
  const std::optional<ResolvedEntity> section = builtin().resolve("Amnesty International France");
  ASSERT_TRUE(section.has_value());
  EXPECT_EQ(section->id, "amnesty-international-france");
  EXPECT_EQ(section->parent, "amnesty-international");
}

TEST(Resolve, EditDistanceWithinTheThreshold) {
  const std::optional<ResolvedEntity> typo = builtin().resolve("Amnesty Internatonal");
  ASSERT_TRUE(typo.has_value());
  EXPECT_EQ(typo->id, "amnesty-international");
  EXPECT_TRUE(typo->approximate);
  EXPECT_EQ(builtin().resolve("Human Rigths Watch")->id, "human-rights-watch");  // a transposition
  // Under eight characters of key, no edit is allowed; digits never differ.
  EXPECT_FALSE(builtin().resolve("CIVICAS").has_value());
  EXPECT_FALSE(builtin().resolve("Article 18").has_value() &&
               builtin().resolve("Article 18")->id == "article-19");
  // Too far: two edits in a short name.
  EXPECT_FALSE(builtin().resolve("Freedem Hoose").has_value());
  // Doubled letters written once or twice are the same name, however many.
  EXPECT_EQ(builtin().resolve("Phillipines")->id, "PHL");
  EXPECT_EQ(builtin().resolve("Amnesty Internationall")->id, "amnesty-international");
  EXPECT_EQ(detail::without_doubled_letters("phillipines"), "philipines");
}

TEST(Resolve, APreferredKindDecidesASharedName) {
  // "ICJ": the International Court of Justice and the International Commission of Jurists.
  const std::optional<ResolvedEntity> jurists = builtin().resolve("ICJ", EntityKind::kNgo);
  ASSERT_TRUE(jurists.has_value());
  EXPECT_EQ(jurists->id, "international-commission-of-jurists");
  EXPECT_FALSE(builtin().resolve("ICJ").has_value());
}

TEST(Resolve, FuzzyThresholdAndEditDistance) {
  EXPECT_EQ(detail::NameResolver::fuzzy_threshold(7), 0);
  EXPECT_EQ(detail::NameResolver::fuzzy_threshold(8), 1);
  EXPECT_EQ(detail::NameResolver::fuzzy_threshold(19), 1);
  EXPECT_EQ(detail::NameResolver::fuzzy_threshold(20), 2);
  EXPECT_EQ(detail::bounded_edit_distance("kitten", "sitting", 5), 3);
  EXPECT_EQ(detail::bounded_edit_distance("abcd", "abdc", 5), 1);  // a transposition is one edit
  EXPECT_EQ(detail::bounded_edit_distance("kitten", "sitting", 2), 3);  // beyond the bound: bound + 1
  EXPECT_EQ(detail::bounded_edit_distance("", "abc", 5), 3);
}

// The optimal string alignment distance without bound or band, to check the fast one against.
int reference_edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

TEST(Resolve, BoundedEditDistanceAgreesWithTheFullTableOnRandomStrings) {
  std::mt19937 random(7);
  const auto random_string = [&] {
    std::string s(random() % 12, 'a');
    for (char& c : s) c = static_cast<char>('a' + random() % 3);  // few letters: many near pairs
    return s;
  };
  for (int round = 0; round < 3000; ++round) {
    const std::string a = random_string(), b = random_string();
    const int bound = static_cast<int>(random() % 4);
    const int expected = std::min(reference_edit_distance(a, b), bound + 1);
    ASSERT_EQ(detail::bounded_edit_distance(a, b, bound), expected) << a << " / " << b << " bound " << bound;
  }
}

TEST(Resolve, ExactOnlyWhenAskedTo) {
  EXPECT_FALSE(builtin().resolve("Amnesty Internatonal", std::nullopt, false).has_value());
  EXPECT_TRUE(builtin().resolve("Amnesty International", std::nullopt, false).has_value());
}

TEST(EntityExtractor, IsSafeToShareBetweenThreads) {
  const std::string text = "China, Human Rights Watch (HRW), the UN and the Lantern Rights Network. ";
  std::string big;
  for (int i = 0; i < 200; ++i) big += text;
  const Document doc = Document::from_utf8(big);
  const auto expected = builtin().extract(doc).size();
  std::vector<std::size_t> counts(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < counts.size(); ++t) {
      threads.emplace_back([&, t] { counts[t] = builtin().extract(doc).size(); });
    }
  }
  for (std::size_t count : counts) EXPECT_EQ(count, expected);
  EXPECT_EQ(expected, 1000U);
}

}  // namespace
}  // namespace hrtext
