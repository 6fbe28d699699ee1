#include "document/normalizer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <string>

#include "document/offset_map.hpp"
#include "document/utf8.hpp"
#include "hrtext/error.hpp"

namespace hrtext {

struct NormalizedView::Impl {
  std::string text;
  detail::OffsetMap map;
};

NormalizedView::NormalizedView() : impl_(std::make_unique<Impl>()) {}
NormalizedView::~NormalizedView() = default;
NormalizedView::NormalizedView(NormalizedView&&) noexcept = default;
NormalizedView& NormalizedView::operator=(NormalizedView&&) noexcept = default;

const std::string& NormalizedView::text() const noexcept { return impl_->text; }

ByteSpan NormalizedView::to_original(ByteSpan normalized) const {
  if (normalized.start > normalized.end || normalized.end > impl_->text.size()) {
    throw Error("the normalised span [" + std::to_string(normalized.start) + ", " + std::to_string(normalized.end) +
                ") is not within the normalised text of " + std::to_string(impl_->text.size()) + " bytes");
  }
  ByteSpan original{impl_->map.to_original_start(normalized.start), impl_->map.to_original_end(normalized.end)};
  // An empty span beside deleted text (a soft hyphen, white space folded away) maps its start
  // past the deletion and its end before it: it stays empty, where its start maps.
  if (original.end < original.start) original.end = original.start;
  return original;
}

const detail::OffsetMap& NormalizedViewBuilder::offset_map(const NormalizedView& view) { return view.impl_->map; }

namespace {

const icu::Normalizer2& nfkc_casefold() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) {
      throw Error(std::string("ICU could not load NFKC_Casefold data: ") + u_errorName(status));
    }
    return normalizer;
  }();
  return *instance;
}

bool is_apostrophe(UChar32 c) {
  switch (c) {
    case 0x0027: case 0x0060: case 0x00B4: case 0x02BC: case 0x2018: case 0x2019:
    case 0x201A: case 0x201B: case 0x2032: case 0x2035: case 0x2039: case 0x203A:
    case 0xFF07:
      return true;
    default:
      return false;
  }
}

// The ASCII character a punctuation mark is unified to, or 0 when it is kept as it is.
char unified_punctuation(UChar32 c) {
  if (is_apostrophe(c)) return '\'';
  if (c == 0x2033 || u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK)) return '"';
  if (u_hasBinaryProperty(c, UCHAR_DASH)) return '-';
  return 0;
}

constexpr bool is_ascii_space(unsigned char byte) {
  return byte == ' ' || (byte >= '\t' && byte <= '\r');
}

// For each byte, what the normalised view has for it when it is ASCII: lower case for upper
// case, a space for white space, itself otherwise; kNotPlain for non-ASCII bytes and for the
// backquote (it becomes an apostrophe; code_point() unifies it with the other quotes).
constexpr unsigned char kNotPlain = 0xFF;
constexpr std::array<unsigned char, 256> kAsciiFold = [] {
  std::array<unsigned char, 256> table{};
  for (unsigned c = 0; c < 256; ++c) {
    unsigned folded = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    if (is_ascii_space(static_cast<unsigned char>(c))) folded = ' ';
    table[c] = c < 0x80 && c != '`' ? static_cast<unsigned char>(folded) : kNotPlain;
  }
  return table;
}();

class Builder {
 public:
  explicit Builder(std::string_view input) : input_(input) { out_.reserve(input.size()); }

  // Runs once: the text and its map are moved out.
  void build(std::string& text, detail::OffsetMap& map) {
    while (pos_ < input_.size()) {
      if (!ascii_run()) code_point();
    }
    map_.finish();
    text = std::move(out_);
    map = std::move(map_);
  }

 private:
  unsigned char byte_at(std::size_t at) const { return static_cast<unsigned char>(input_[at]); }

  // Handles runs of plain ASCII at pos_ without asking ICU: copied lower-cased, each white space
  // character that follows no other becoming a space, all byte for byte. The run stops before
  // a second white space character (dropped by space()) and before its last character when a
  // non-ASCII one follows (that may be a combining mark that changes it). Returns false when
  // pos_ needs code_point().
  bool ascii_run() {
    const std::size_t start = pos_;
    std::size_t end = start;
    bool after_space = !out_.empty() && out_.back() == ' ';
    while (end < input_.size()) {
      const unsigned char folded = kAsciiFold[byte_at(end)];
      if (folded == kNotPlain || (folded == ' ' && after_space)) break;
      after_space = folded == ' ';
      ++end;
    }
    if (end < input_.size() && byte_at(end) >= 0x80 && end > start) --end;
    if (end == start) {
      if (!is_ascii_space(byte_at(start))) return false;
      space(1);
      return true;
    }
    const std::size_t old_size = out_.size();
    out_.append(input_, start, end - start);
    for (std::size_t i = old_size; i < out_.size(); ++i) {
      out_[i] = static_cast<char>(kAsciiFold[static_cast<unsigned char>(out_[i])]);
    }
    map_.append_linear(end - start);
    pos_ = end;
    return true;
  }

  void space(std::size_t original_length) {
    if (!out_.empty() && out_.back() == ' ') {
      map_.append_opaque(0, original_length);
    } else {
      out_ += ' ';
      piece(1, original_length, true);
    }
    pos_ += original_length;
  }

  void piece(std::size_t rewritten, std::size_t original, bool one_for_one) {
    if (one_for_one && rewritten == original) {
      map_.append_linear(rewritten);
    } else {
      map_.append_opaque(rewritten, original);
    }
  }

  UChar32 peek(std::size_t at, std::size_t& length) const {
    UChar32 c;
    std::size_t next = at;
    U8_NEXT_UNSAFE(input_.data(), next, c);
    length = next - at;
    return c;
  }

  void code_point() {
    std::size_t length = 0;
    const UChar32 c = peek(pos_, length);
    if (u_isUWhiteSpace(c)) return space(length);
    if (const char unified = unified_punctuation(c)) {
      out_ += unified;
      piece(1, length, true);
      pos_ += length;
      return;
    }
    const icu::Normalizer2& normalizer = nfkc_casefold();
    if (normalizer.isInert(c)) {
      out_.append(input_.substr(pos_, length));
      map_.append_linear(length);
      pos_ += length;
      return;
    }
    // The character and every following one that may combine with it.
    std::size_t end = pos_ + length;
    std::size_t code_points = 1;
    while (end < input_.size()) {
      std::size_t next_length = 0;
      if (normalizer.hasBoundaryBefore(peek(end, next_length))) break;
      end += next_length;
      ++code_points;
    }
    // Ignorable characters at the end of the chunk (a soft hyphen after a word) interact with
    // nothing after them and normalise to nothing: keep them out of the chunk so that a match
    // ending before them does not take them in.
    std::size_t core_end = end;
    while (core_end > pos_ + length) {
      std::size_t back = core_end - 1;
      while (detail::is_continuation_byte(input_[back])) --back;
      std::size_t back_length = 0;
      if (!u_hasBinaryProperty(peek(back, back_length), UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) break;
      core_end = back;
      --code_points;
    }
    normalize_chunk(input_.substr(pos_, core_end - pos_), code_points == 1);
    if (core_end < end) map_.append_opaque(0, end - core_end);
    pos_ = end;
  }

  void normalize_chunk(std::string_view chunk, bool single_code_point) {
    std::string normalized;
    icu::StringByteSink<std::string> sink(&normalized);
    UErrorCode status = U_ZERO_ERROR;
    nfkc_casefold().normalizeUTF8(0, icu::StringPiece(chunk.data(), static_cast<int32_t>(chunk.size())),
                                  sink, nullptr, status);
    if (U_FAILURE(status)) {
      throw Error(std::string("ICU failed to normalise text: ") + u_errorName(status));
    }
    // The output may itself hold white space, quotes or dashes (U+00A8 is space + diaeresis):
    // unify them too, so that normalising twice changes nothing.
    const std::size_t before = out_.size();
    std::size_t output_code_points = 0;
    for (std::size_t i = 0; i < normalized.size();) {
      UChar32 c;
      const std::size_t start = i;
      U8_NEXT_UNSAFE(normalized.data(), i, c);
      ++output_code_points;
      if (u_isUWhiteSpace(c)) {
        if (out_.empty() || out_.back() != ' ') out_ += ' ';
      } else if (const char unified = unified_punctuation(c)) {
        out_ += unified;
      } else {
        out_.append(normalized, start, i - start);
      }
    }
    piece(out_.size() - before, chunk.size(), single_code_point && output_code_points == 1);
  }

  std::string_view input_;
  std::size_t pos_ = 0;
  std::string out_;
  detail::OffsetMap map_;
};

}  // namespace

NormalizedView NormalizedViewBuilder::build(std::string_view valid_utf8) {
  NormalizedView view;
  Builder(valid_utf8).build(view.impl_->text, view.impl_->map);
  return view;
}

}  // namespace hrtext
