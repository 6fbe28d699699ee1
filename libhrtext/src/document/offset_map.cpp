#include "document/offset_map.hpp"

#include <algorithm>
#include <cassert>

namespace hrtext::detail {

void OffsetMap::append_opaque(std::size_t rewritten, std::size_t original) {
  anchors_.push_back({rewritten_end_, original_end_, false});
  extend_linear_ = false;
  rewritten_end_ += rewritten;
  original_end_ += original;
}

void OffsetMap::finish() {
  anchors_.push_back({rewritten_end_, original_end_, false});
  anchors_.shrink_to_fit();
}

std::size_t OffsetMap::to_original_start(std::size_t rewritten) const {
  assert(!anchors_.empty() && rewritten <= rewritten_end_);
  // The last anchor at or before the offset: a deleted piece there is not part of what starts.
  const auto after = std::upper_bound(
      anchors_.begin(), anchors_.end(), rewritten,
      [](std::size_t offset, const Anchor& anchor) { return offset < anchor.rewritten; });
  const Anchor& anchor = *(after - 1);
  return anchor.linear ? anchor.original + (rewritten - anchor.rewritten) : anchor.original;
}

std::size_t OffsetMap::to_original_end(std::size_t rewritten) const {
  assert(!anchors_.empty() && rewritten <= rewritten_end_);
  // The first anchor at or after the offset: a deleted piece there is not part of what ends.
  const auto at = std::lower_bound(
      anchors_.begin(), anchors_.end(), rewritten,
      [](const Anchor& anchor, std::size_t offset) { return anchor.rewritten < offset; });
  if (at->rewritten == rewritten) return at->original;
  const Anchor& piece = *(at - 1);
  return piece.linear ? piece.original + (rewritten - piece.rewritten) : at->original;
}

}  // namespace hrtext::detail
