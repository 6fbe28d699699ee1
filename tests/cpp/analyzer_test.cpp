#include "hrtext/analyzer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "hrtext/error.hpp"

namespace hrtext {
namespace {

TEST(Analyzer, CarriesTheCallersSourceAndDate) {
  const Analyzer analyzer;
  const Analysis analysis = analyzer.analyze(
      "Geneva, 30 January 2019\n\nDear High Commissioner,",
      {.source = "letter.txt", .date = CalendarDate{2019, 1, 30}});
  EXPECT_EQ(analysis.source, "letter.txt");
  EXPECT_EQ(analysis.document_date, (PartialDate{2019, 1, 30}));
  EXPECT_EQ(analysis.to_json().substr(0, 81),
            R"({"source":"letter.txt","document_date":"2019-01-30","format":"text","text":null,")");
}

TEST(Analyzer, AWebPageIsAnalysedInTheTextReadFromIt) {
  const Analyzer analyzer;
  const std::string page =
      "<!DOCTYPE html><html><head><title>Joint letter</title><script>var Georgia = 1;</script></head><body>"
      "<nav><a href='/'>Home</a> <a href='/georgia'>Georgia</a></nav><main><h1>Joint letter on Belarus</h1>"
      "<p>We urge the Human Rights Council to renew the mandate.</p><p>Signed by:</p><ol><li>Amnesty "
      "International</li><li>Human Rights House Foundation</li><li>Viasna Human Rights Centre</li></ol></main>"
      "<footer>&copy; 2024 Segoe Georgia</footer></body></html>";
  const Analysis analysis = analyzer.analyze(Document::read(page), {.include_text = true});
  EXPECT_EQ(analysis.format, InputFormat::kHtml);
  ASSERT_TRUE(analysis.text.has_value());
  EXPECT_EQ(analysis.text->find("Georgia"), std::string::npos);  // menus, scripts and footers are no text
  std::vector<std::string> names;
  for (const Signatory& signatory : analysis.signatories) names.push_back(signatory.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Amnesty International", "Human Rights House Foundation",
                                             "Viasna Human Rights Centre"}));
  // Every mention stands where its offsets say, in the text read from the page.
  for (const EntityMention& mention : analysis.entities) {
    EXPECT_EQ(analysis.text->substr(mention.byte_start, mention.byte_end - mention.byte_start), mention.text);
  }
  EXPECT_NE(analysis.to_json().find(R"("format":"html","text":"Joint letter on Belarus)"), std::string::npos);
}

TEST(Analyzer, SignatoriesAndTheirTranslationsAreEntityMentions) {
  const Analyzer analyzer;
  const Analysis analysis = analyzer.analyze(
      "Signed by:\n\nCoalition for Safe Water Access\n\n安全用水联盟\n\n"
      "Bangladesh Free Trade Union Congress\n\n柬埔寨自由工会联合会\n\nJane Doe (in personal capacity)\n");
  std::vector<std::tuple<std::string, std::string, std::string>> entities;
  for (const EntityMention& m : analysis.entities) {
    entities.emplace_back(std::string(to_string(m.kind)), m.text, m.id.value_or("-"));
  }
  EXPECT_EQ(entities, (std::vector<std::tuple<std::string, std::string, std::string>>{
                          {"ngo", "Coalition for Safe Water Access", "coalition-for-safe-water-access"},
                          {"ngo", "安全用水联盟", "coalition-for-safe-water-access"},
                          {"ngo", "Bangladesh Free Trade Union Congress", "bangladesh-free-trade-union-congress"},
                          // Not the state "柬埔寨" (Cambodia) inside the name.
                          {"ngo", "柬埔寨自由工会联合会", "bangladesh-free-trade-union-congress"}}));
  EXPECT_EQ(analysis.signatories.size(), 3U);  // the translations are no signatories
}

TEST(Analyzer, AppliesItsDocumentOptions) {
  const Analyzer strict;
  EXPECT_THROW((void)strict.analyze("bad \xC0\x80"), InvalidUtf8Error);
  const Analyzer lenient({.document = {.replace_invalid_utf8 = true, .max_bytes = 10}});  // 10 bytes repaired
  EXPECT_NO_THROW((void)lenient.analyze("bad \xC0\x80"));
  EXPECT_THROW((void)lenient.analyze("too long for it"), LimitError);
}

// An analyzer or extractor that has been moved from holds nothing: using it is an Error that
// says so, not a crash.
TEST(Analyzer, AMovedFromAnalyzerIsAnErrorNotACrash) {
  Analyzer analyzer;
  const Analyzer moved = std::move(analyzer);
  EXPECT_EQ(moved.analyze("Signatories:\nFIDH\nAmnesty International\n").signatories.size(), 2U);
  try {
    (void)analyzer.analyze("Signatories:\nFIDH\n");  // NOLINT(bugprone-use-after-move): the point
    FAIL() << "a moved-from analyzer analysed";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("moved from"), std::string::npos) << error.what();
  }
  CitationExtractor citations = CitationExtractor::compile();
  const CitationExtractor kept = std::move(citations);
  EXPECT_THROW((void)citations.extract(Document::from_utf8("A/HRC/40/2")), Error);  // NOLINT(bugprone-use-after-move)
  DateExtractor dates = DateExtractor::compile();
  const DateExtractor kept_dates = std::move(dates);
  EXPECT_THROW((void)dates.extract(Document::from_utf8("30 January 2019")), Error);  // NOLINT(bugprone-use-after-move)
}

TEST(Analyzer, IsSafeToShareBetweenThreads) {
  const Analyzer analyzer;
  std::vector<std::string> records(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < records.size(); ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < 50; ++i) {
          records[t] = analyzer.analyze("Text \xE4\xB8\xAD.", {.source = "same.txt"}).to_json();
        }
      });
    }
  }
  for (const std::string& record : records) EXPECT_EQ(record, records[0]);
}

}  // namespace
}  // namespace hrtext
