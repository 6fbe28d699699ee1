#pragma once

// A Document is validated UTF-8 text with everything the extractors read: the text as given,
// a normalised view for matching with an exact map back to the original, sentence and
// paragraph boundaries, and conversion between UTF-8 byte and code point offsets.

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/export.hpp"
#include "hrtext/reader.hpp"

namespace hrtext {

struct DocumentOptions {
  // Replace each ill-formed UTF-8 sequence with U+FFFD (one per maximal ill-formed subpart,
  // as the Unicode Standard recommends) instead of throwing InvalidUtf8Error.
  // Document::replacement_count() says how many were replaced.
  bool replace_invalid_utf8 = false;
  // The largest input accepted, in bytes; a larger one throws LimitError before anything is
  // allocated for it, and so does one that repairing makes larger (U+FFFD is three bytes).
  std::size_t max_bytes = std::size_t{64} * 1024 * 1024;
};

// A half-open range [start, end) of UTF-8 byte offsets.
struct ByteSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// The text prepared for matching: NFKC with Unicode case folding (ICU's NFKC_Casefold, which
// also drops default-ignorable characters such as soft hyphens), curly and straight quotes
// unified to ' and ", every dash to -, and every run of white space, line breaks included,
// folded to one space. Each normalised offset maps back to an exact offset of the original.
class HRTEXT_EXPORT NormalizedView {
 public:
  NormalizedView();
  ~NormalizedView();
  NormalizedView(NormalizedView&&) noexcept;
  NormalizedView& operator=(NormalizedView&&) noexcept;
  NormalizedView(const NormalizedView&) = delete;
  NormalizedView& operator=(const NormalizedView&) = delete;

  [[nodiscard]] const std::string& text() const noexcept;

  // The original byte range that a normalised byte range comes from. A start that falls inside
  // the output of one original character (or of a folded run of white space) maps to where that
  // character starts, an end to where it ends, so the result always covers whole characters;
  // an empty span maps to an empty span. Throws Error for a span that is not within the text.
  [[nodiscard]] ByteSpan to_original(ByteSpan normalized) const;

 private:
  friend class NormalizedViewBuilder;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class HRTEXT_EXPORT Document {
 public:
  // Validates `utf8` and builds the document. Throws InvalidUtf8Error (unless
  // options.replace_invalid_utf8) and LimitError (input larger than options.max_bytes).
  [[nodiscard]] static Document from_utf8(std::string_view utf8,
                                          const DocumentOptions& options = {});

  // Reads `bytes` in `format` (read_input: HTML pages, text in UTF-8 or UTF-16, the format told
  // by content and `file_name` for kAuto) and builds the document of the text read; offsets are
  // into that text. Throws as read_input and from_utf8 do.
  [[nodiscard]] static Document read(std::string_view bytes, InputFormat format = InputFormat::kAuto,
                                     const DocumentOptions& options = {}, std::string_view file_name = {});

  // The document of text that a reader read (read_input, or a reader outside the library: the
  // Python package's PDF reader), with its format and blocks. Throws as from_utf8 does.
  [[nodiscard]] static Document from_read(ReadText read, const DocumentOptions& options = {});

  ~Document();
  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // The text exactly as given (with U+FFFD where invalid sequences were replaced).
  [[nodiscard]] const std::string& text() const noexcept;
  [[nodiscard]] std::size_t size_bytes() const noexcept;
  [[nodiscard]] std::size_t size_code_points() const noexcept;
  [[nodiscard]] std::size_t replacement_count() const noexcept;

  // The format the document was read as (kText for from_utf8), and the blocks of a structured
  // input (headings, paragraphs, list items, table cells), in text order; none for text.
  [[nodiscard]] InputFormat format() const noexcept;
  [[nodiscard]] std::span<const TextBlock> blocks() const noexcept;
  // Where each page of an input in pages (a PDF) starts, in code points, and the page (from 1)
  // that holds a code point offset; none, and 0, for inputs without pages. Throws
  // std::out_of_range for an offset past size_code_points().
  [[nodiscard]] std::span<const std::size_t> page_starts() const noexcept;
  [[nodiscard]] std::size_t page_at(std::size_t code_point_offset) const;

  // Offset conversion, O(log n) each. A byte offset must lie on a code point boundary and
  // within [0, size_bytes()], a code point offset within [0, size_code_points()]; anything else
  // throws std::out_of_range.
  [[nodiscard]] std::size_t to_code_point(std::size_t byte_offset) const;
  [[nodiscard]] std::size_t to_byte(std::size_t code_point_offset) const;

  [[nodiscard]] const NormalizedView& normalized() const noexcept;

  // Paragraphs: text between blank lines, paragraph separators (U+2029) and line breaks that
  // end a line of their own (see docs/architecture.md: a line that wraps running prose does
  // not end a paragraph). Sentences: ICU's sentence boundaries within the text, read with
  // wrapping line breaks taken as spaces. Both exclude surrounding white space, are in text
  // order, and are computed on first use (safe to call from several threads).
  [[nodiscard]] std::span<const ByteSpan> paragraphs() const;
  [[nodiscard]] std::span<const ByteSpan> sentences() const;
  // The sentences, as sentences() gives them, of the paragraphs that `span` meets: for a reader
  // that needs the sentences of a few paragraphs, without breaking the whole text into them.
  [[nodiscard]] std::vector<ByteSpan> sentences_in(ByteSpan span) const;

 private:
  struct Impl;
  explicit Document(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace hrtext
