#include "hrtext/document.hpp"

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "document/code_point_index.hpp"
#include "document/normalizer.hpp"
#include "document/segmenter.hpp"
#include "document/utf8.hpp"
#include "hrtext/error.hpp"

namespace hrtext {

struct Document::Impl {
  std::string text;
  std::size_t replacements = 0;
  InputFormat format = InputFormat::kText;
  std::vector<TextBlock> blocks;
  std::vector<std::size_t> page_starts;  // code points
  detail::CodePointIndex index;  // views `text`, which never moves: Impl lives on the heap
  NormalizedView normalized;
  // Computed on first use, each once (sentences need the paragraphs).
  std::once_flag paragraphs_done;
  detail::Paragraphs paragraphs;
  std::once_flag sentences_done;
  std::vector<ByteSpan> sentences;

  const detail::Paragraphs& paragraphs_once() {
    std::call_once(paragraphs_done, [this] { paragraphs = detail::find_paragraphs(text); });
    return paragraphs;
  }
  const std::vector<ByteSpan>& sentences_once() {
    std::call_once(sentences_done,
                   [this] { sentences = detail::find_sentences(text, paragraphs_once()); });
    return sentences;
  }
};

Document Document::from_utf8(std::string_view utf8, const DocumentOptions& options) {
  if (utf8.size() > options.max_bytes) {
    throw LimitError("the document is " + std::to_string(utf8.size()) +
                     " bytes long, more than the limit of " + std::to_string(options.max_bytes) +
                     " bytes (DocumentOptions::max_bytes)");
  }
  auto impl = std::make_unique<Impl>();
  detail::RepairedUtf8 valid = detail::validate_utf8(utf8, options.replace_invalid_utf8);
  // Each ill-formed byte repaired becomes U+FFFD, three bytes: the limit bounds the document,
  // not only the input.
  if (valid.text.size() > options.max_bytes) {
    throw LimitError("the document is " + std::to_string(valid.text.size()) + " bytes long once " +
                     std::to_string(valid.replacements) + " ill-formed sequences are replaced, more than the limit of " +
                     std::to_string(options.max_bytes) + " bytes (DocumentOptions::max_bytes)");
  }
  impl->text = std::move(valid.text);
  impl->replacements = valid.replacements;
  impl->index = detail::CodePointIndex(impl->text);
  impl->normalized = NormalizedViewBuilder::build(impl->text);
  return Document(std::move(impl));
}

Document Document::read(std::string_view bytes, InputFormat format, const DocumentOptions& options,
                        std::string_view file_name) {
  return from_read(read_input(bytes, format, ReadOptions{options.replace_invalid_utf8, options.max_bytes}, file_name),
                   options);
}

Document Document::from_read(ReadText read, const DocumentOptions& options) {
  Document document = from_utf8(read.text, options);
  document.impl_->replacements += read.replacements;
  document.impl_->format = read.format;
  document.impl_->blocks = std::move(read.blocks);
  document.impl_->page_starts.reserve(read.page_starts.size());
  for (const std::size_t start : read.page_starts) document.impl_->page_starts.push_back(document.to_code_point(start));
  return document;
}

Document::Document(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Document::~Document() = default;
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;

const std::string& Document::text() const noexcept { return impl_->text; }
std::size_t Document::size_bytes() const noexcept { return impl_->text.size(); }
std::size_t Document::size_code_points() const noexcept { return impl_->index.size_code_points(); }
std::size_t Document::replacement_count() const noexcept { return impl_->replacements; }
InputFormat Document::format() const noexcept { return impl_->format; }
std::span<const TextBlock> Document::blocks() const noexcept { return impl_->blocks; }

std::span<const std::size_t> Document::page_starts() const noexcept { return impl_->page_starts; }

std::size_t Document::page_at(std::size_t code_point_offset) const {
  if (code_point_offset > size_code_points()) {
    throw std::out_of_range("code point offset " + std::to_string(code_point_offset) + " is past the end of the text (" +
                            std::to_string(size_code_points()) + " code points)");
  }
  const std::vector<std::size_t>& starts = impl_->page_starts;
  // The last page that starts at or before the offset (an empty page starts where the next does).
  return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), code_point_offset) - starts.begin());
}

std::size_t Document::to_code_point(std::size_t byte_offset) const {
  return impl_->index.to_code_point(byte_offset);
}

std::size_t Document::to_byte(std::size_t code_point_offset) const {
  return impl_->index.to_byte(code_point_offset);
}

const NormalizedView& Document::normalized() const noexcept { return impl_->normalized; }

std::span<const ByteSpan> Document::paragraphs() const { return impl_->paragraphs_once().spans; }

std::span<const ByteSpan> Document::sentences() const { return impl_->sentences_once(); }

std::vector<ByteSpan> Document::sentences_in(ByteSpan span) const {
  return detail::find_sentences_in(impl_->text, impl_->paragraphs_once(), span);
}

}  // namespace hrtext
