// The whole analysis (every extractor, the signatory reader included) of any text, and its
// record: JSON that parses, with every mention within the text.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"
#include "hrtext/analysis.hpp"
#include "hrtext/analyzer.hpp"
#include "hrtext/document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const hrtext::Analyzer analyzer;
  hrtext::DocumentOptions options;
  options.replace_invalid_utf8 = true;
  options.max_bytes = 3 * size + 16;
  const hrtext::Document document =
      hrtext::Document::from_utf8(std::string_view(reinterpret_cast<const char*>(data), size), options);
  const nlohmann::json record = nlohmann::json::parse(analyzer.analyze(document).to_json());
  for (const char* layer : {"entities", "dates", "citations", "signatories"}) {
    for (const nlohmann::json& mention : record.at(layer)) {
      const auto start = mention.at("start").get<std::size_t>();
      const auto end = mention.at("end").get<std::size_t>();
      HRTEXT_FUZZ_CHECK(start < end && end <= document.size_code_points());
    }
  }
  return 0;
}
