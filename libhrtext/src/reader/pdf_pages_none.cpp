// A library built without a PDF back end (the default: see pdf_pages.hpp).

#include "hrtext/error.hpp"
#include "reader/pdf_pages.hpp"

namespace hrtext::detail {

std::vector<std::string> pdf_page_layouts(std::string_view /*bytes*/) {
  throw ParseError("this build of the hrtext library reads no PDF: build it with -DHRTEXT_WITH_POPPLER=ON (Poppler, "
                   "GPL), or read the PDF with the Python package (pypdf) and pass its pages to read_pdf_pages");
}

}  // namespace hrtext::detail
