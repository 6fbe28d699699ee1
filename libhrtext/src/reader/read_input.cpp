#include "document/utf8.hpp"
#include "hrtext/error.hpp"
#include "hrtext/reader.hpp"
#include "reader/encoding.hpp"
#include "reader/html_text.hpp"
#include "reader/markdown_text.hpp"
#include "reader/office_text.hpp"
#include "reader/pdf_pages.hpp"

#include <cstdint>

namespace hrtext {
namespace {

// The XML inside an office file takes several bytes for each byte of its text.
constexpr std::size_t kUnpackedPerByte = 8;

}  // namespace

ReadText read_input(std::string_view bytes, InputFormat format, const ReadOptions& options, std::string_view file_name) {
  if (bytes.size() > options.max_bytes) {
    throw LimitError("the input is " + std::to_string(bytes.size()) + " bytes long, more than the limit of " +
                     std::to_string(options.max_bytes) + " bytes");
  }
  if (format == InputFormat::kAuto) format = detect_input_format(bytes, file_name);
  if (format == InputFormat::kPdf) return read_pdf_pages(detail::pdf_page_layouts(bytes), options);
  if (format == InputFormat::kDocx || format == InputFormat::kOdt) {
    const std::size_t max_unpacked = options.max_bytes > SIZE_MAX / kUnpackedPerByte ? SIZE_MAX
                                                                                       : options.max_bytes * kUnpackedPerByte;
    return format == InputFormat::kDocx ? detail::docx_text(bytes, max_unpacked) : detail::odt_text(bytes, max_unpacked);
  }
  if (bytes.starts_with("PK\x03\x04")) {
    throw ParseError("the file is a zip archive, but no Word (.docx) or OpenDocument text (.odt)");
  }
  const std::string charset = format == InputFormat::kHtml ? detail::declared_charset(bytes) : std::string();
  const std::string utf8 = detail::to_utf8(bytes, charset);
  // Invalid bytes are reported (or replaced) as for text, before the HTML parser would replace
  // them without a word.
  detail::RepairedUtf8 valid = detail::validate_utf8(utf8, options.replace_invalid_utf8);
  ReadText text;
  if (format == InputFormat::kHtml) {
    text = detail::html_text(valid.text);
  } else if (format == InputFormat::kMarkdown) {
    text = detail::markdown_text(std::move(valid.text));
  } else {
    text.text = std::move(valid.text);
    text.format = InputFormat::kText;
  }
  text.replacements = valid.replacements;
  return text;
}

}  // namespace hrtext
