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
    if (!extend_linear_) {
      anchors_.push_back({rewritten_end_, original_end_, true});
      extend_linear_ = true;
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

 private:
  struct Anchor {
    std::size_t rewritten;
    std::size_t original;
    bool linear;
  };
  // The anchors [first, last) among which to look for the anchors around `rewritten`.
  [[nodiscard]] std::pair<std::size_t, std::size_t> block_of(std::size_t rewritten) const;

  std::vector<Anchor> anchors_;  // ordered by both offsets; the last one marks the end
  // Per block of kBlockBytes rewritten bytes, the first anchor after the block's start: an
  // extractor maps hundreds of thousands of spans, and a text with full-width punctuation or
  // curly quotes has an anchor every few dozen bytes, too many to search whole each time.
  static constexpr std::size_t kBlockBytes = 256;
  std::vector<std::size_t> first_anchor_after_;
  std::size_t rewritten_end_ = 0;
  std::size_t original_end_ = 0;
  bool extend_linear_ = false;  // the last anchor is linear and may grow
};

}  // namespace hrtext::detail
