// The reader of a PDF's page layouts on any grids (pages parted by form feeds): columns,
// running headers, hyphenation; page starts in order and within the text, blocks within it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.hpp"
#include "hrtext/document.hpp"
#include "hrtext/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> pages;
  for (std::size_t start = 0; start <= bytes.size();) {
    std::size_t end = bytes.find('\f', start);
    if (end == std::string_view::npos) end = bytes.size();
    pages.emplace_back(bytes.substr(start, end - start));
    start = end + 1;
  }
  hrtext::ReadOptions options;
  options.replace_invalid_utf8 = true;
  const hrtext::ReadText read = hrtext::read_pdf_pages(pages, options);
  HRTEXT_FUZZ_CHECK(read.page_starts.size() == pages.size());
  for (std::size_t i = 0; i < read.page_starts.size(); ++i) {
    HRTEXT_FUZZ_CHECK(read.page_starts[i] <= read.text.size());
    HRTEXT_FUZZ_CHECK(i == 0 || read.page_starts[i - 1] <= read.page_starts[i]);
  }
  for (const hrtext::TextBlock& block : read.blocks) {
    HRTEXT_FUZZ_CHECK(block.start <= block.end && block.end <= read.text.size());
  }
  const hrtext::Document document = hrtext::Document::from_read(read);
  HRTEXT_FUZZ_CHECK(document.page_at(document.size_code_points()) == pages.size());
  return 0;
}
