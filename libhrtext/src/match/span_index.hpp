#pragma once

// Questions about a set of spans, each answered in O(log n): which overlap a span, which lie
// inside it. Extractors ask them once per candidate, so a linear scan would make a long
// document quadratic.

#include <algorithm>
#include <cstddef>
#include <span>
#include <vector>

#include "hrtext/document.hpp"

namespace hrtext::detail {

class SpanIndex {
 public:
  SpanIndex() = default;
  explicit SpanIndex(std::vector<ByteSpan> spans) : spans_(std::move(spans)) {
    if (!std::is_sorted(spans_.begin(), spans_.end(), by_start)) {
      std::sort(spans_.begin(), spans_.end(), by_start);
    }
    max_end_.reserve(spans_.size());
    std::size_t max_end = 0;
    for (const ByteSpan& s : spans_) max_end_.push_back(max_end = std::max(max_end, s.end));
  }

  // The spans, ordered by start.
  [[nodiscard]] std::span<const ByteSpan> spans() const noexcept { return spans_; }

  // Whether a span of the set shares a byte with `span`.
  [[nodiscard]] bool overlaps(ByteSpan span) const {
    const std::size_t starting_before = first_starting_at_or_after(span.start);
    if (starting_before > 0 && max_end_[starting_before - 1] > span.start) return true;
    return starting_before < spans_.size() && spans_[starting_before].start < span.end;
  }

  // Whether a span of the set lies inside `outer`.
  [[nodiscard]] bool any_inside(ByteSpan outer) const {
    for (std::size_t i = first_starting_at_or_after(outer.start);
         i < spans_.size() && spans_[i].start < outer.end; ++i) {
      if (spans_[i].end <= outer.end) return true;
    }
    return false;
  }


 private:
  static bool by_start(ByteSpan a, ByteSpan b) { return a.start < b.start; }

  [[nodiscard]] std::size_t first_starting_at_or_after(std::size_t at) const {
    return static_cast<std::size_t>(
        std::lower_bound(spans_.begin(), spans_.end(), at,
                         [](ByteSpan s, std::size_t value) { return s.start < value; }) -
        spans_.begin());
  }

  std::vector<ByteSpan> spans_;
  std::vector<std::size_t> max_end_;  // max_end_[i]: the largest end among spans_[0..i]
};

}  // namespace hrtext::detail
