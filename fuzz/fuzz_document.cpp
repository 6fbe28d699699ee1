// Document::from_utf8 on any bytes: validation or repair, the normalised view and its map back,
// paragraphs and sentences within the text, offsets that convert both ways.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"
#include "hrtext/document.hpp"
#include "hrtext/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    (void)hrtext::Document::from_utf8(bytes);
  } catch (const hrtext::InvalidUtf8Error& error) {
    HRTEXT_FUZZ_CHECK(error.byte_offset() < size);
  }
  hrtext::DocumentOptions options;
  options.replace_invalid_utf8 = true;
  options.max_bytes = 3 * size + 16;
  const hrtext::Document document = hrtext::Document::from_utf8(bytes, options);
  const hrtext::NormalizedView& normalized = document.normalized();
  const hrtext::ByteSpan whole = normalized.to_original({0, normalized.text().size()});
  HRTEXT_FUZZ_CHECK(whole.start <= whole.end && whole.end <= document.size_bytes());
  for (const auto& spans : {document.paragraphs(), document.sentences()}) {
    for (const hrtext::ByteSpan& span : spans) {
      HRTEXT_FUZZ_CHECK(span.start <= span.end && span.end <= document.size_bytes());
      HRTEXT_FUZZ_CHECK(document.to_byte(document.to_code_point(span.start)) == span.start);
    }
  }
  return 0;
}
