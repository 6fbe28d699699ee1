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
  first_anchor_after_.reserve(rewritten_end_ / kBlockBytes + 1);
  std::size_t anchor = 0;
  for (std::size_t block_start = 0; block_start <= rewritten_end_; block_start += kBlockBytes) {
    while (anchors_[anchor].rewritten <= block_start && anchor + 1 < anchors_.size()) ++anchor;
    first_anchor_after_.push_back(anchor);
  }
}

std::pair<std::size_t, std::size_t> OffsetMap::block_of(std::size_t rewritten) const {
  // An anchor at or before `rewritten` lies at or after the first anchor after the previous
  // block's start minus one; an anchor at or after it, before the first one after the next
  // block's start, plus one.
  const std::size_t block = rewritten / kBlockBytes;
  const std::size_t first = block == 0 ? 0 : first_anchor_after_[block - 1] - 1;
  const std::size_t last = block + 1 < first_anchor_after_.size() ? first_anchor_after_[block + 1] + 1 : anchors_.size();
  return {first, std::min(last, anchors_.size())};
}

std::size_t OffsetMap::to_original_start(std::size_t rewritten) const {
  assert(!anchors_.empty() && rewritten <= rewritten_end_);
  // The last anchor at or before the offset: a deleted piece there is not part of what starts.
  const auto [first, last] = block_of(rewritten);
  const auto after = std::upper_bound(
      anchors_.begin() + static_cast<std::ptrdiff_t>(first), anchors_.begin() + static_cast<std::ptrdiff_t>(last), rewritten,
      [](std::size_t offset, const Anchor& anchor) { return offset < anchor.rewritten; });
  const Anchor& anchor = *(after - 1);
  return anchor.linear ? anchor.original + (rewritten - anchor.rewritten) : anchor.original;
}

std::size_t OffsetMap::to_original_end(std::size_t rewritten) const {
  assert(!anchors_.empty() && rewritten <= rewritten_end_);
  // The first anchor at or after the offset: a deleted piece there is not part of what ends.
  const auto [first, last] = block_of(rewritten);
  const auto at = std::lower_bound(
      anchors_.begin() + static_cast<std::ptrdiff_t>(first), anchors_.begin() + static_cast<std::ptrdiff_t>(last), rewritten,
      [](const Anchor& anchor, std::size_t offset) { return anchor.rewritten < offset; });
  if (at->rewritten == rewritten) return at->original;
  const Anchor& piece = *(at - 1);
  return piece.linear ? piece.original + (rewritten - piece.rewritten) : at->original;
}

}  // namespace hrtext::detail
