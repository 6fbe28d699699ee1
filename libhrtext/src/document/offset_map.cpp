#include "document/offset_map.hpp"

#include <algorithm>
#include <cassert>

namespace hrtext::detail {

void OffsetMap::append_opaque(std::size_t rewritten, std::size_t original) {
  if (rewritten == 0 && last_ == Last::kDeleted) {  // deleted text after deleted text: one piece
    original_end_ += original;
    return;
  }
  anchors_.push_back({rewritten_end_, original_end_, false});
  last_ = rewritten == 0 ? Last::kDeleted : Last::kOther;
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

std::size_t OffsetMap::last_anchor_at_or_before(std::size_t rewritten) const {
  const auto [first, last] = block_of(rewritten);
  const auto after = std::upper_bound(
      anchors_.begin() + static_cast<std::ptrdiff_t>(first), anchors_.begin() + static_cast<std::ptrdiff_t>(last), rewritten,
      [](std::size_t offset, const Anchor& anchor) { return offset < anchor.rewritten; });
  return static_cast<std::size_t>(after - anchors_.begin()) - 1;
}

std::size_t OffsetMap::first_anchor_at_or_after(std::size_t rewritten) const {
  const auto [first, last] = block_of(rewritten);
  const auto at = std::lower_bound(
      anchors_.begin() + static_cast<std::ptrdiff_t>(first), anchors_.begin() + static_cast<std::ptrdiff_t>(last), rewritten,
      [](const Anchor& anchor, std::size_t offset) { return anchor.rewritten < offset; });
  return static_cast<std::size_t>(at - anchors_.begin());
}

// A start: the last anchor at or before the offset (a deleted piece there is not part of what
// starts).
std::size_t OffsetMap::start_from(std::size_t anchor, std::size_t rewritten) const {
  const Anchor& a = anchors_[anchor];
  return a.linear ? a.original + (rewritten - a.rewritten) : a.original;
}

// An end: the first anchor at or after the offset (a deleted piece there is not part of what
// ends).
std::size_t OffsetMap::end_from(std::size_t anchor, std::size_t rewritten) const {
  const Anchor& at = anchors_[anchor];
  if (at.rewritten == rewritten) return at.original;
  const Anchor& piece = anchors_[anchor - 1];
  return piece.linear ? piece.original + (rewritten - piece.rewritten) : at.original;
}

std::size_t OffsetMap::to_original_start(std::size_t rewritten) const {
  assert(!anchors_.empty() && rewritten <= rewritten_end_);
  return start_from(last_anchor_at_or_before(rewritten), rewritten);
}

std::size_t OffsetMap::to_original_end(std::size_t rewritten) const {
  assert(!anchors_.empty() && rewritten <= rewritten_end_);
  return end_from(first_anchor_at_or_after(rewritten), rewritten);
}

ByteSpan OffsetMap::Cursor::to_original(ByteSpan rewritten) {
  const std::vector<Anchor>& anchors = map_.anchors_;
  // Whether anchor k is the last at or before the offset.
  const auto last_at_or_before = [&](std::size_t k, std::size_t offset) {
    return k < anchors.size() && anchors[k].rewritten <= offset &&
           (k + 1 == anchors.size() || offset < anchors[k + 1].rewritten);
  };
  if (!last_at_or_before(last_, rewritten.start) && !last_at_or_before(++last_, rewritten.start)) {
    last_ = map_.last_anchor_at_or_before(rewritten.start);
  }
  // The first anchor at or after the end: the one after the start's, or a search. (Anchors at
  // the same offset, deleted pieces, make "the one after" ambiguous: then search.)
  std::size_t end_anchor = last_ + 1;
  const bool next_is_first = end_anchor < anchors.size() && anchors[end_anchor].rewritten >= rewritten.end &&
                             anchors[last_].rewritten < rewritten.end;
  if (!next_is_first) end_anchor = map_.first_anchor_at_or_after(rewritten.end);
  return {map_.start_from(last_, rewritten.start), map_.end_from(end_anchor, rewritten.end)};
}

}  // namespace hrtext::detail
