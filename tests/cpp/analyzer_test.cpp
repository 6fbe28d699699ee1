#include "hrtext/analyzer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
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
  EXPECT_EQ(analysis.to_json().substr(0, 54),
            R"({"source":"letter.txt","document_date":"2019-01-30","e)");
}

TEST(Analyzer, AppliesItsDocumentOptions) {
  const Analyzer strict;
  EXPECT_THROW((void)strict.analyze("bad \xC0\x80"), InvalidUtf8Error);
  const Analyzer lenient({.document = {.replace_invalid_utf8 = true, .max_bytes = 8}});
  EXPECT_NO_THROW((void)lenient.analyze("bad \xC0\x80"));
  EXPECT_THROW((void)lenient.analyze("too long for it"), LimitError);
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
