#pragma once

// Reading inputs that are not plain text: the formats hrtext reads, how it tells them apart,
// and the blocks (headings, paragraphs, list items, table cells) that a structured input gives
// the text it is read into. Document::read builds a Document from any of them.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/export.hpp"

namespace hrtext {

enum class InputFormat {
  kAuto,  // told by content, then by the file name (detect_input_format)
  kText,  // UTF-8 text (a UTF-8 or UTF-16 byte order mark is read and dropped)
  kHtml,  // an HTML or XHTML page, or a fragment of one
  kMarkdown,  // Markdown (CommonMark, GitHub tables): the text as written, its blocks read
  kDocx,  // a Word document (Office Open XML)
  kOdt,   // an OpenDocument text (LibreOffice)
  kPdf,   // a PDF: read with Poppler when the library is built with HRTEXT_WITH_POPPLER, else by a
          // reader outside it (the Python package's, pypdf) through read_pdf_pages
};

// "auto", "text", "html", "markdown", "docx", "odt", "pdf".
[[nodiscard]] HRTEXT_EXPORT std::string_view to_string(InputFormat format) noexcept;
// The format named so (case-insensitive; also "txt", "htm", "xhtml", "md", "word"), or nullopt.
[[nodiscard]] HRTEXT_EXPORT std::optional<InputFormat> input_format_named(std::string_view name) noexcept;

// The format of `bytes`: a PDF; a zip archive of a Word document or an OpenDocument text; HTML when
// they open with a doctype or an <html> element, or when layout tags (<p>, <br>, <li>, <td>...)
// stand in them often enough to be their layout (a letter saved with its markup); else by the
// extension of `file_name` (.html, .htm, .xhtml, .md, .markdown, .docx, .odt, .pdf); else text. Reads at most the
// first 64 KiB.
[[nodiscard]] HRTEXT_EXPORT InputFormat detect_input_format(std::string_view bytes, std::string_view file_name = {});

// A block of the text read from a structured input. Spans are UTF-8 byte offsets into the text.
struct TextBlock {
  enum class Kind { kHeading, kParagraph, kListItem, kTableCell, kPreformatted };
  Kind kind = Kind::kParagraph;
  std::size_t start = 0;
  std::size_t end = 0;
  // The list or table the block belongs to, numbered from 1 in text order; 0 for none.
  std::uint32_t container = 0;
  std::uint32_t row = 0;     // a table cell's row in its table, from 0
  std::uint32_t column = 0;  // a table cell's column in its row, from 0
  bool ordered = false;      // a list item of a numbered list (<ol>)
};

// The text an input is read into, its blocks in text order, and the format it was read as.
struct ReadText {
  std::string text;
  std::vector<TextBlock> blocks;
  InputFormat format = InputFormat::kText;
  std::size_t replacements = 0;  // ill-formed sequences replaced with U+FFFD (ReadOptions)
  // Where each page of an input in pages (a PDF) starts in the text, in bytes; none for others.
  std::vector<std::size_t> page_starts;
};

struct ReadOptions {
  // Replace ill-formed bytes of the input with U+FFFD instead of throwing InvalidUtf8Error.
  bool replace_invalid_utf8 = false;
  // The largest input accepted, in bytes; a larger one throws LimitError before it is read.
  std::size_t max_bytes = std::size_t{64} * 1024 * 1024;
};

// The text of a PDF from its pages as a PDF back end sets each on a fixed-width grid (a line of
// the page a line, a glyph a column, gaps as spaces and blank lines: Poppler's physical layout,
// `pdftotext -layout`, pypdf's layout mode). Runs of text three spaces apart or more are apart:
// a stretch of lines set in two columns of running text is read column by column, other runs
// on one line (table cells) are a tab apart; running headers and footers (a line at the top or
// the bottom of half the pages or more, two at least, its numbers aside) and page numbers at a
// page's top or bottom are dropped; a word hyphenated at a line's end is joined when the next
// line goes on in lower case ("man-" "date"); paragraphs (a blank line of the grid between
// them) and pages are a blank line apart, each paragraph a block. Throws LimitError when the
// pages hold more than `options.max_bytes`, InvalidUtf8Error as read_input does.
[[nodiscard]] HRTEXT_EXPORT ReadText read_pdf_pages(const std::vector<std::string>& pages, const ReadOptions& options = {});

// Reads `bytes` as `format` (kAuto: detect_input_format with `file_name`). Word and
// OpenDocument files are read from the XML of their main part (libzip, pugixml): paragraphs,
// headings, numbered and bulleted paragraphs as list items, tables; deleted text, field codes,
// notes and tracked changes left out; a part that unpacks to more than 8 times `max_bytes` is
// refused. A PDF is read with Poppler into read_pdf_pages when the library is built with
// HRTEXT_WITH_POPPLER (encrypted and damaged files are ParseErrors); without it a PDF is a
// ParseError, and a reader outside the library (the Python package's) gives read_pdf_pages the
// pages' layout. HTML is parsed as
// browsers do (lexbor, HTML5): character references decoded; script, style, navigation, headers,
// footers, asides, forms and hidden elements dropped; the page's main content (<main>,
// <article>, role="main") read alone where the page marks it; headings, paragraphs and other
// blocks separated by a blank line; <br> and list items one a line; table rows one a line, their
// cells separated by a tab. The encoding is UTF-8, UTF-16 with a byte order mark, or the charset
// an HTML page declares (ICU converters). Throws LimitError, InvalidUtf8Error, or ParseError for
// an encoding it cannot read.
[[nodiscard]] HRTEXT_EXPORT ReadText read_input(std::string_view bytes, InputFormat format = InputFormat::kAuto,
                                               const ReadOptions& options = {}, std::string_view file_name = {});

}  // namespace hrtext
