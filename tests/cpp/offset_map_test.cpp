#include "document/offset_map.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace hrtext::detail {
namespace {

// rewritten: "ab" (linear) | "fi" from a 3-byte ligature (opaque) | "" from a deleted 2-byte
// soft hyphen (opaque) | "cd" (linear) | " " from 3 spaces (opaque) | "e" (linear)
OffsetMap example() {
  OffsetMap map;
  map.append_linear(2);
  map.append_opaque(2, 3);
  map.append_opaque(0, 2);
  map.append_linear(2);
  map.append_opaque(1, 3);
  map.append_linear(1);
  map.finish();
  return map;
}

TEST(OffsetMap, LinearPiecesMapByteForByte) {
  const OffsetMap map = example();
  EXPECT_EQ(map.to_original_start(0), 0U);
  EXPECT_EQ(map.to_original_start(1), 1U);
  EXPECT_EQ(map.to_original_end(2), 2U);
  EXPECT_EQ(map.to_original_start(5), 8U);  // "d"
  EXPECT_EQ(map.to_original_end(8), 13U);   // after "e"
}

TEST(OffsetMap, OpaquePiecesWidenToWholeCharacters) {
  const OffsetMap map = example();
  EXPECT_EQ(map.to_original_start(3), 2U);  // inside "fi": the ligature's start
  EXPECT_EQ(map.to_original_end(3), 5U);    // ... and its end
  EXPECT_EQ(map.to_original_end(7), 12U);   // end of the folded spaces
}

TEST(OffsetMap, DeletedCharactersBelongToNeitherNeighbour) {
  const OffsetMap map = example();
  // Normalised offset 4 is both the end of "fi" and the start of "cd"; the soft hyphen at
  // original bytes [5, 7) lies between them and is excluded from both.
  EXPECT_EQ(map.to_original_end(4), 5U);
  EXPECT_EQ(map.to_original_start(4), 7U);
}

TEST(OffsetMap, SameDistanceLinearPiecesShareOneAnchor) {
  OffsetMap map;
  for (int i = 0; i < 100; ++i) map.append_linear(1);
  map.finish();
  EXPECT_EQ(map.anchor_count(), 2U);  // the run and the end
  EXPECT_EQ(map.to_original_start(57), 57U);
}

// A run of deleted pieces (the white space after a space) is one piece: a million newlines are
// one anchor, and the run belongs to neither neighbour as one deleted piece does.
TEST(OffsetMap, DeletedPiecesInARowShareOneAnchor) {
  OffsetMap map;
  map.append_linear(2);                                // "ab"
  map.append_linear(1);                                // " " for the first newline
  for (int i = 0; i < 1000; ++i) map.append_opaque(0, 1);  // the others, deleted
  map.append_linear(2);                                // "cd"
  map.finish();
  EXPECT_EQ(map.anchor_count(), 4U);  // "ab ", the deleted run, "cd", the end
  EXPECT_EQ(map.to_original_end(3), 3U);     // the space ends before the deleted run
  EXPECT_EQ(map.to_original_start(3), 1003U);  // "cd" starts after it
  EXPECT_EQ(map.to_original_end(5), 1005U);
}

// The lookups through the block index agree with a search of every anchor, on a long map of
// random pieces: many to a block (full-width punctuation), none in many blocks, deletions on
// block boundaries.
TEST(OffsetMap, BlockIndexAgreesWithASearchOfAllAnchors) {
  struct Anchor {
    std::size_t rewritten;
    std::size_t original;
    bool linear;
  };
  std::mt19937 rng(7);
  OffsetMap map;
  std::vector<Anchor> anchors;  // kept as OffsetMap keeps them
  std::size_t rewritten = 0;
  std::size_t original = 0;
  bool extend_linear = false;
  for (int piece = 0; piece < 5000; ++piece) {
    const unsigned pick = rng() % 10;
    if (pick < 6) {
      const std::size_t length = pick < 3 ? 1 + rng() % 4 : 1 + rng() % 700;
      if (!extend_linear) anchors.push_back({rewritten, original, true});
      extend_linear = true;
      map.append_linear(length);
      rewritten += length;
      original += length;
    } else {
      const std::size_t to = pick == 6 ? 0 : 1 + rng() % 3;  // a deletion, or a rewrite
      const std::size_t from = 1 + rng() % 4;
      anchors.push_back({rewritten, original, false});
      extend_linear = false;
      map.append_opaque(to, from);
      rewritten += to;
      original += from;
    }
  }
  anchors.push_back({rewritten, original, false});
  map.finish();
  ASSERT_GT(rewritten, 100U * 256U);
  // The cursor maps ranges nearly in order (and now and then far back) as the map does one
  // offset at a time.
  OffsetMap::Cursor cursor(map);
  for (std::size_t k = 0; k < 20000; ++k) {
    const std::size_t end = k % 97 == 0 ? rng() % (rewritten + 1) : std::min(rewritten, k * rewritten / 20000 + rng() % 8);
    const std::size_t start = end - std::min<std::size_t>(end, rng() % 40);
    const ByteSpan mapped = cursor.to_original({start, end});
    ASSERT_EQ(mapped.start, map.to_original_start(start)) << start;
    ASSERT_EQ(mapped.end, map.to_original_end(end)) << end;
  }
  for (std::size_t r = 0; r <= rewritten; ++r) {
    const auto after = std::upper_bound(anchors.begin(), anchors.end(), r,
                                        [](std::size_t offset, const Anchor& a) { return offset < a.rewritten; });
    const Anchor& before = *(after - 1);
    const std::size_t start = before.linear ? before.original + (r - before.rewritten) : before.original;
    ASSERT_EQ(map.to_original_start(r), start) << r;
    const auto at = std::lower_bound(anchors.begin(), anchors.end(), r,
                                     [](const Anchor& a, std::size_t offset) { return a.rewritten < offset; });
    std::size_t end = at->original;
    if (at->rewritten != r) end = (at - 1)->linear ? (at - 1)->original + (r - (at - 1)->rewritten) : at->original;
    ASSERT_EQ(map.to_original_end(r), end) << r;
  }
}

}  // namespace
}  // namespace hrtext::detail
