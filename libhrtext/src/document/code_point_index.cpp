#include "document/code_point_index.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "document/utf8.hpp"

namespace hrtext::detail {

CodePointIndex::CodePointIndex(std::string_view valid_utf8) : text_(valid_utf8) {
  std::size_t code_point = 0;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (is_continuation_byte(text_[i])) continue;
    if (code_point % kStride == 0) samples_.push_back(i);
    ++code_point;
  }
  code_points_ = code_point;
  ascii_ = code_points_ == text_.size();
  if (ascii_) samples_ = {};
}

std::size_t CodePointIndex::to_code_point(std::size_t byte_offset) const {
  if (byte_offset > text_.size()) {
    throw std::out_of_range("byte offset " + std::to_string(byte_offset) +
                            " is past the end of the text (" + std::to_string(text_.size()) +
                            " bytes)");
  }
  if (byte_offset < text_.size() && is_continuation_byte(text_[byte_offset])) {
    throw std::out_of_range("byte offset " + std::to_string(byte_offset) +
                            " is inside a multi-byte UTF-8 sequence");
  }
  if (ascii_) return byte_offset;
  // The last sample at or before byte_offset, then count code point starts up to it.
  const auto after = std::upper_bound(samples_.begin(), samples_.end(), byte_offset);
  const std::size_t sample = static_cast<std::size_t>(after - samples_.begin()) - 1;
  std::size_t code_point = sample * kStride;
  for (std::size_t i = samples_[sample]; i < byte_offset; ++i) {
    code_point += is_continuation_byte(text_[i]) ? 0 : 1;
  }
  return code_point;
}

std::size_t CodePointIndex::to_byte(std::size_t code_point_offset) const {
  if (code_point_offset > code_points_) {
    throw std::out_of_range("code point offset " + std::to_string(code_point_offset) +
                            " is past the end of the text (" + std::to_string(code_points_) +
                            " code points)");
  }
  if (ascii_) return code_point_offset;
  if (code_point_offset == code_points_) return text_.size();
  std::size_t i = samples_[code_point_offset / kStride];
  for (std::size_t remaining = code_point_offset % kStride; remaining > 0; --remaining) {
    ++i;
    while (i < text_.size() && is_continuation_byte(text_[i])) ++i;
  }
  return i;
}

}  // namespace hrtext::detail
