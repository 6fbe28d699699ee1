// The gazetteer parser on any text, and an extractor compiled from what it accepts, which then
// finds and resolves the entries' own names.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "hrtext/document.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    hrtext::EntityOptions options;
    options.builtin = false;
    options.add = hrtext::parse_gazetteer(std::string_view(reinterpret_cast<const char*>(data), size));
    const hrtext::EntityExtractor extractor = hrtext::EntityExtractor::compile(options);
    for (const hrtext::GazetteerEntry& entry : options.add) {
      hrtext::DocumentOptions document_options;
      document_options.replace_invalid_utf8 = true;
      (void)extractor.extract(hrtext::Document::from_utf8("Signed by " + entry.name + ".", document_options));
      (void)extractor.resolve(entry.name);
    }
  } catch (const hrtext::Error&) {
    // Bad gazetteer text gets a ParseError (or an InvalidUtf8Error) naming its line.
  }
  return 0;
}
