#include <algorithm>
#include <array>
#include <string>

#include "document/ascii_case.hpp"
#include "hrtext/reader.hpp"
#include "reader/office_text.hpp"

namespace hrtext {
namespace {

using namespace std::string_view_literals;

constexpr std::size_t kSniffedBytes = 64 * 1024;

// Tags that lay out text: a letter saved with them is read as the page it came from. Not
// <div> or <img>, which Markdown and text files carry around pictures without laying out
// their text.
constexpr std::array kLayoutTags = {"<p>"sv, "<p "sv, "</p>"sv, "<br"sv, "<li"sv, "<td"sv, "<tr"sv,
                                    "<ul"sv, "<ol"sv, "<table"sv, "<h1"sv, "<h2"sv, "<h3"sv, "<h4"sv};

// At least this many layout tags, and one every kBytesPerTag bytes or more often.
constexpr std::size_t kFewestTags = 5;
constexpr std::size_t kBytesPerTag = 500;

std::size_t count_of(std::string_view text, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

bool has_html_extension(std::string_view file_name) {
  const std::string lower = detail::ascii_lower(file_name);
  return lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml");
}

}  // namespace

std::string_view to_string(InputFormat format) noexcept {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kHtml: return "html";
    case InputFormat::kMarkdown: return "markdown";
    case InputFormat::kDocx: return "docx";
    case InputFormat::kOdt: return "odt";
    case InputFormat::kPdf: return "pdf";
  }
  return "text";
}

std::optional<InputFormat> input_format_named(std::string_view name) noexcept {
  std::string lower;
  for (const char c : name) lower += detail::ascii_lower(c);
  if (lower == "auto") return InputFormat::kAuto;
  if (lower == "text" || lower == "txt" || lower == "plain") return InputFormat::kText;
  if (lower == "html" || lower == "htm" || lower == "xhtml") return InputFormat::kHtml;
  if (lower == "markdown" || lower == "md") return InputFormat::kMarkdown;
  if (lower == "docx" || lower == "word") return InputFormat::kDocx;
  if (lower == "odt") return InputFormat::kOdt;
  if (lower == "pdf") return InputFormat::kPdf;
  return std::nullopt;
}

InputFormat detect_input_format(std::string_view bytes, std::string_view file_name) {
  if (bytes.starts_with("%PDF-") || detail::ascii_lower(file_name).ends_with(".pdf")) return InputFormat::kPdf;
  if (const InputFormat office = detail::office_format(bytes); office != InputFormat::kText) return office;
  const std::string name = detail::ascii_lower(file_name);
  if (bytes.starts_with("PK\x03\x04") && name.ends_with(".docx")) return InputFormat::kDocx;
  if (bytes.starts_with("PK\x03\x04") && name.ends_with(".odt")) return InputFormat::kOdt;
  const std::string head = detail::ascii_lower(bytes.substr(0, kSniffedBytes));
  std::string_view start = head;
  if (start.starts_with("\xEF\xBB\xBF")) start.remove_prefix(3);
  start.remove_prefix(std::min(start.find_first_not_of(" \t\r\n"), start.size()));
  if (start.starts_with("<!doctype html") || start.starts_with("<html") || start.starts_with("<?xml")) {
    return start.starts_with("<?xml") && head.find("<html") == std::string::npos ? InputFormat::kText
                                                                                : InputFormat::kHtml;
  }
  std::size_t tags = 0;
  for (const std::string_view tag : kLayoutTags) tags += count_of(head, tag);
  // Line breaks alone, in a text whose blank lines part its paragraphs, are Markdown's or a
  // text's way to end a line ("Patricia Aas <br>"): read as a page, its paragraphs would run
  // together.
  const bool breaks_in_text = count_of(head, "<br") == tags && head.find("\n\n") != std::string::npos;
  if (tags >= kFewestTags && tags * kBytesPerTag >= head.size() && !breaks_in_text) return InputFormat::kHtml;
  if (has_html_extension(file_name)) return InputFormat::kHtml;
  if (name.ends_with(".md") || name.ends_with(".markdown")) return InputFormat::kMarkdown;
  return InputFormat::kText;
}

}  // namespace hrtext
