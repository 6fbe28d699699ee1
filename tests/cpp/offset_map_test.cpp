#include "document/offset_map.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace hrtext::detail
