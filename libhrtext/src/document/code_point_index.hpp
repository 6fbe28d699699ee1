#pragma once

// Conversion between UTF-8 byte offsets and code point offsets of one valid UTF-8 text.

#include <cstddef>
#include <string_view>
#include <vector>

namespace hrtext::detail {

// Keeps the byte offset of every kStride-th code point, so that either conversion is a binary
// search or a division followed by a scan of fewer than kStride code points. ASCII-only texts
// need no samples at all.
class CodePointIndex {
 public:
  static constexpr std::size_t kStride = 64;

  CodePointIndex() = default;
  explicit CodePointIndex(std::string_view valid_utf8);

  [[nodiscard]] std::size_t size_code_points() const noexcept { return code_points_; }
  // Throws std::out_of_range for an offset past the end or inside a multi-byte sequence.
  [[nodiscard]] std::size_t to_code_point(std::size_t byte_offset) const;
  [[nodiscard]] std::size_t to_byte(std::size_t code_point_offset) const;

 private:
  std::string_view text_;
  std::size_t code_points_ = 0;
  bool ascii_ = true;
  std::vector<std::size_t> samples_;  // samples_[k] = byte offset of code point k * kStride
};

}  // namespace hrtext::detail
