// The input readers on any bytes: the first byte names the format (web page, Markdown, Word,
// OpenDocument, text, or told by content), the rest is the file. Errors are hrtext's own, and
// every block lies within the text read.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"
#include "hrtext/document.hpp"
#include "hrtext/error.hpp"
#include "hrtext/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  constexpr hrtext::InputFormat kFormats[] = {hrtext::InputFormat::kAuto, hrtext::InputFormat::kHtml,
                                              hrtext::InputFormat::kMarkdown, hrtext::InputFormat::kText,
                                              hrtext::InputFormat::kDocx, hrtext::InputFormat::kOdt};
  const hrtext::InputFormat format = kFormats[data[0] % std::size(kFormats)];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  hrtext::ReadOptions options;
  options.replace_invalid_utf8 = data[0] & 0x80;
  try {
    const hrtext::ReadText read = hrtext::read_input(bytes, format, options);
    for (const hrtext::TextBlock& block : read.blocks) {
      HRTEXT_FUZZ_CHECK(block.start <= block.end && block.end <= read.text.size());
    }
    (void)hrtext::Document::from_read(read);
  } catch (const hrtext::Error&) {
    // A clear error for a bad file is what we ask for.
  }
  return 0;
}
