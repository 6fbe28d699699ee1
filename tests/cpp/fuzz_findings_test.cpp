// The inputs the fuzz targets (fuzz/) found failing, kept in tests/data/fuzz/ and read again by
// the whole analysis under the sanitizers of the test build: each must now be analysed, its
// record within the text. A file's name says what failed.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "hrtext/analysis.hpp"
#include "hrtext/analyzer.hpp"
#include "hrtext/document.hpp"

namespace hrtext {
namespace {

TEST(FuzzFindings, EveryInputOnceFoundFailingIsAnalysed) {
  const std::filesystem::path folder = HRTEXT_FUZZ_FINDINGS;
  const Analyzer analyzer;
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    DocumentOptions options;
    options.replace_invalid_utf8 = true;
    const Document document = Document::from_utf8(bytes.str(), options);
    const Analysis analysis = analyzer.analyze(document);
    for (const Signatory& signatory : analysis.signatories) {
      EXPECT_LE(signatory.end, document.size_code_points()) << entry.path().filename();
    }
    ++files;
  }
  EXPECT_GE(files, 1U);
}

}  // namespace
}  // namespace hrtext
