#include <gtest/gtest.h>

#include <string>

#include "hrtext/analysis.hpp"

namespace hrtext {
namespace {

TEST(RecordJson, EmptyRecordHasEveryFieldWithNulls) {
  EXPECT_EQ(Analysis{}.to_json(),
            R"({"source":null,"document_date":null,"format":"text","text":null,"entities":[],"dates":[],"citations":[],)"
            R"("signatories":[],"signatories_partial":false,"signatories_stated":null,"pages":null})");
}

TEST(RecordJson, WritesEveryLayerInTheSpecsShape) {
  Analysis analysis;
  analysis.source = "letters/2019-01-30-hrc40.txt";
  analysis.document_date = PartialDate{2019, 1, 30};
  EntityMention china;
  china.kind = EntityKind::kState;
  china.text = "China";
  china.start = 412;
  china.end = 417;
  china.id = "CHN";
  china.name = "China";
  analysis.entities.push_back(china);
  DateMention date;
  date.kind = DateKind::kRelative;
  date.text = "last March";
  date.start = 1800;
  date.end = 1810;
  analysis.dates.push_back(date);
  Citation treaty;
  treaty.kind = CitationKind::kTreaty;
  treaty.text = "article 19 of the ICCPR";
  treaty.instrument = "ICCPR";
  treaty.articles = {"19", "19(2)"};
  Citation resolution;
  resolution.kind = CitationKind::kResolution;
  resolution.text = "resolution 37/23";
  resolution.number = "37/23";
  Citation symbol;
  symbol.kind = CitationKind::kUnDocument;
  symbol.text = "A/HRC/40/L.1";
  symbol.symbol = "A/HRC/40/L.1";
  analysis.citations = {treaty, symbol, resolution};
  Signatory hric;
  hric.kind = EntityKind::kNgo;
  hric.text = "Human Rights in";
  hric.name = "Human Rights in China";
  analysis.signatories.push_back(hric);
  analysis.signatories_partial = true;
  analysis.signatories_stated = 40;
  analysis.page_starts = {0, 2311};

  EXPECT_EQ(analysis.to_json(),
            R"({"source":"letters/2019-01-30-hrc40.txt","document_date":"2019-01-30","format":"text","text":null,)"
            R"("entities":[{"kind":"state","text":"China","start":412,"end":417,"id":"CHN","name":"China"}],)"
            R"("dates":[{"kind":"relative","text":"last March","start":1800,"end":1810,"value":null}],)"
            R"("citations":[{"kind":"treaty","text":"article 19 of the ICCPR","start":0,"end":0,)"
            R"x("instrument":"ICCPR","articles":["19","19(2)"]},)x"
            R"({"kind":"un_document","text":"A/HRC/40/L.1","start":0,"end":0,"symbol":"A/HRC/40/L.1"},)"
            R"({"kind":"resolution","text":"resolution 37/23","start":0,"end":0,"symbol":null,"number":"37/23"}],)"
            R"("signatories":[{"kind":"ngo","text":"Human Rights in","start":0,"end":0,"id":null,)"
            R"("name":"Human Rights in China","parent":null,"via":"list"}],"signatories_partial":true,)"
                R"("signatories_stated":40,"pages":[0,2311]})");
}

TEST(RecordJson, EscapesControlCharactersAndKeepsUnicode) {
  Analysis analysis;
  analysis.source = "dir/\"quoted\"\n\x01\xE4\xB8\xAD.txt";
  const std::string json = analysis.to_json();
  EXPECT_NE(json.find(R"("source":"dir/\"quoted\"\n\u0001)" "\xE4\xB8\xAD" R"(.txt")"),
            std::string::npos)
      << json;
}

TEST(RecordJson, PrettyPrintsWithIndent) {
  EXPECT_EQ(Analysis{}.to_json(1).substr(0, 18), "{\n \"source\": null,");
}

TEST(RecordJson, KindsAreSpelledAsInTheSpec) {
  EXPECT_EQ(to_string(EntityKind::kUnBody), "un_body");
  EXPECT_EQ(to_string(EntityKind::kIgo), "igo");
  EXPECT_EQ(to_string(EntityKind::kPerson), "person");
  EXPECT_EQ(to_string(DateKind::kRange), "range");
  EXPECT_EQ(to_string(DateKind::kMonth), "month");
  EXPECT_EQ(to_string(CitationKind::kUnDocument), "un_document");
}

}  // namespace
}  // namespace hrtext
