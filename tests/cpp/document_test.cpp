#include "hrtext/document.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "hrtext/error.hpp"

namespace hrtext {
namespace {

// CJK, emoji (astral plane), combining marks and right-to-left text before the mention.
const std::string kMixed =
    "\xE4\xB8\xAD\xE5\x9B\xBD \xF0\x9F\x98\x80 Cafe\xCC\x81 \xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A "
    "Human Rights Watch.";

TEST(Document, KeepsTheTextVerbatimAndCountsCodePoints) {
  const Document doc = Document::from_utf8(kMixed);
  EXPECT_EQ(doc.text(), kMixed);
  EXPECT_EQ(doc.size_bytes(), kMixed.size());
  // 中国(2) sp(1) emoji(1) sp(1) Cafe+U+0301(5) sp(1) arabic(4) sp(1) "Human Rights Watch."(19)
  EXPECT_EQ(doc.size_code_points(), 35U);
  EXPECT_EQ(doc.replacement_count(), 0U);
}

TEST(Document, OffsetsRoundTripThroughTheNormalisedView) {
  const Document doc = Document::from_utf8(kMixed);
  const std::string& normalized = doc.normalized().text();
  const std::size_t at = normalized.find("human rights watch");
  ASSERT_NE(at, std::string::npos);
  const ByteSpan original = doc.normalized().to_original({at, at + 18});
  EXPECT_EQ(doc.text().substr(original.start, original.end - original.start), "Human Rights Watch");
  EXPECT_EQ(doc.to_code_point(original.start), 16U);
  EXPECT_EQ(doc.to_code_point(original.end), 34U);
  EXPECT_EQ(doc.to_byte(16), original.start);
}

TEST(Document, RejectsInvalidUtf8WithTheOffset) {
  try {
    (void)Document::from_utf8("Geneva\xC3(");
    FAIL() << "no exception";
  } catch (const InvalidUtf8Error& error) {
    EXPECT_EQ(error.byte_offset(), 6U);
  }
}

TEST(Document, ReplacesInvalidUtf8WhenAskedAndSaysHowOften) {
  const Document doc =
      Document::from_utf8("a\xFF" "b\xED\xA0\x80", {.replace_invalid_utf8 = true});
  EXPECT_EQ(doc.replacement_count(), 4U);
  EXPECT_EQ(doc.size_code_points(), 6U);
}

TEST(Document, EnforcesTheSizeLimit) {
  const std::string text(1025, 'a');
  EXPECT_THROW((void)Document::from_utf8(text, {.max_bytes = 1024}), LimitError);
  EXPECT_NO_THROW((void)Document::from_utf8(text, {.max_bytes = 1025}));
  // Repaired, each ill-formed byte is three: the limit bounds the document that results.
  const std::string invalid(400, '\xFF');
  EXPECT_THROW((void)Document::from_utf8(invalid, {.replace_invalid_utf8 = true, .max_bytes = 1024}), LimitError);
  EXPECT_EQ(Document::from_utf8(invalid, {.replace_invalid_utf8 = true, .max_bytes = 1200}).text().size(), 1200U);
}

TEST(Document, AcceptsEmptyText) {
  const Document doc = Document::from_utf8("");
  EXPECT_EQ(doc.size_code_points(), 0U);
  EXPECT_TRUE(doc.sentences().empty());
  EXPECT_TRUE(doc.paragraphs().empty());
  EXPECT_EQ(doc.normalized().text(), "");
}

TEST(Document, HandlesBinaryGarbageInRepairMode) {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 131 + 17) % 256);
  const Document doc = Document::from_utf8(garbage, {.replace_invalid_utf8 = true});
  EXPECT_GT(doc.replacement_count(), 0U);
  EXPECT_EQ(doc.to_byte(doc.size_code_points()), doc.size_bytes());
  EXPECT_FALSE(doc.sentences().empty());
}

TEST(Document, SegmentsOnceAndSafelyFromManyThreads) {
  const Document doc = Document::from_utf8(
      "Paragraph one. It has two sentences.\n\nParagraph two.\n");
  std::vector<std::size_t> counts(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < counts.size(); ++t) {
      threads.emplace_back([&, t] { counts[t] = doc.sentences().size() * 10 + doc.paragraphs().size(); });
    }
  }
  for (std::size_t count : counts) EXPECT_EQ(count, 32U);
}

TEST(Document, MovesWithoutInvalidatingItsViews) {
  Document doc = Document::from_utf8("short \xC3\xA9");
  Document moved = std::move(doc);
  EXPECT_EQ(moved.to_code_point(moved.size_bytes()), 7U);
  EXPECT_EQ(moved.normalized().text(), "short \xC3\xA9");
}

}  // namespace
}  // namespace hrtext
