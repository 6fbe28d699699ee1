// The pages of a PDF laid out by Poppler (poppler-cpp, GPL-2.0-or-later): built only with
// HRTEXT_WITH_POPPLER, which makes the library that links it GPL.

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>

#include "hrtext/error.hpp"
#include "reader/pdf_pages.hpp"

namespace hrtext::detail {
namespace {

// Poppler writes what it repairs and what it cannot read to stderr; a PDF it cannot read is our
// error to report, with a message of ours.
void quiet(const std::string& /*message*/, void* /*closure*/) {}

}  // namespace

std::vector<std::string> pdf_page_layouts(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    throw ParseError("the PDF is " + std::to_string(bytes.size()) + " bytes long, more than Poppler reads");
  }
  poppler::set_debug_error_function(quiet, nullptr);
  const std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) throw ParseError("the PDF cannot be read: it is damaged or truncated");
  if (document->is_locked() || document->is_encrypted()) {
    throw ParseError("the PDF is encrypted: hrtext reads no encrypted PDF");
  }
  std::vector<std::string> pages;
  pages.reserve(static_cast<std::size_t>(document->pages()));
  for (int index = 0; index < document->pages(); ++index) {
    const std::unique_ptr<poppler::page> page(document->create_page(index));
    if (!page) throw ParseError("the PDF cannot be read: page " + std::to_string(index + 1) + " is damaged");
    const poppler::byte_array utf8 = page->text(page->page_rect(), poppler::page::physical_layout).to_utf8();
    pages.emplace_back(utf8.begin(), utf8.end());
  }
  return pages;
}

}  // namespace hrtext::detail
