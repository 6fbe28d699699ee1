#pragma once

// The map from offsets of a rewritten text back to offsets of the text it was made from.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "hrtext/document.hpp"

namespace hrtext::detail {

// The rewritten text is a sequence of pieces, each the output of one piece of the original.
// A "linear" piece maps byte for byte (the same length, character boundaries aligned: ASCII
// lower-casing, an unchanged character); an "opaque" piece (a ligature expanded, a run of white
// space folded, a character deleted) maps only as a whole. Consecutive linear pieces at the same
// distance share one anchor, so a text that only changes case has a single anchor.
class OffsetMap {
 public:
  // Appends the next piece: `rewritten` bytes made from `original` bytes.
  void append_linear(std::size_t length) {
    if (last_ != Last::kLinear) {
      anchors_.push_back({rewritten_end_, original_end_, true});
      last_ = Last::kLinear;
    }
    rewritten_end_ += length;
    original_end_ += length;
  }
  void append_opaque(std::size_t rewritten, std::size_t original);
  // Ends the map; no piece may be appended after it.
  void finish();

  [[nodiscard]] std::size_t to_original_start(std::size_t rewritten) const;
  [[nodiscard]] std::size_t to_original_end(std::size_t rewritten) const;
  [[nodiscard]] std::size_t anchor_count() const noexcept { return anchors_.size(); }

  // Maps many ranges that come nearly in order (an extractor's matches): each lookup first
  // tries the anchor of the last one and the next, and searches only when both are wrong.
  class Cursor {
   public:
    explicit Cursor(const OffsetMap& map) : map_(map) {}
    [[nodiscard]] ByteSpan to_original(ByteSpan rewritten);

   private:
    const OffsetMap& map_;
    std::size_t last_ = 0;  // the anchor the last start was found in
  };

 private:
  struct Anchor {
    std::size_t rewritten;
    std::size_t original;
    bool linear;
  };
  // The anchors [first, last) among which to look for the anchors around `rewritten`.
  [[nodiscard]] std::pair<std::size_t, std::size_t> block_of(std::size_t rewritten) const;
  // The index of the last anchor at or before `rewritten`, and of the first at or after it.
  [[nodiscard]] std::size_t last_anchor_at_or_before(std::size_t rewritten) const;
  [[nodiscard]] std::size_t first_anchor_at_or_after(std::size_t rewritten) const;
  // What an offset maps to, given those anchors.
  [[nodiscard]] std::size_t start_from(std::size_t anchor, std::size_t rewritten) const;
  [[nodiscard]] std::size_t end_from(std::size_t anchor, std::size_t rewritten) const;

  std::vector<Anchor> anchors_;  // ordered by both offsets; the last one marks the end
  // Per block of kBlockBytes rewritten bytes, the first anchor after the block's start: an
  // extractor maps hundreds of thousands of spans, and a text with full-width punctuation or
  // curly quotes has an anchor every few dozen bytes, too many to search whole each time.
  static constexpr std::size_t kBlockBytes = 256;
  std::vector<std::size_t> first_anchor_after_;
  std::size_t rewritten_end_ = 0;
  std::size_t original_end_ = 0;
  // The last piece, which the next grows instead of anchoring one of its own when it is of the
  // same kind: linear text, or deleted text (a run of white space read as one space: 50 MB of
  // newlines took an anchor each).
  enum class Last : unsigned char { kOther, kLinear, kDeleted };
  Last last_ = Last::kOther;
};

}  // namespace hrtext::detail
