// The building blocks of the phrase matcher's hot loop: byte comparison, the token filters, the
// string ids, and sorting matches that are nearly in order.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "match/flat_map.hpp"
#include "match/nearly_sorted.hpp"

namespace hrtext::detail {
namespace {

std::string random_word(std::mt19937& rng, std::size_t max_length) {
  std::string word(1 + rng() % max_length, 'a');
  for (char& c : word) c = static_cast<char>('a' + rng() % 26);
  return word;
}

TEST(SameBytes, AgreesWithMemcmpAtEverySize) {
  std::mt19937 rng(11);
  for (std::size_t size = 0; size <= 40; ++size) {
    for (int round = 0; round < 200; ++round) {
      std::string a(size, 'x');
      for (char& c : a) c = static_cast<char>(rng() % 3);  // few values: many equal pairs
      std::string b = a;
      if (size > 0 && rng() % 2 == 0) b[rng() % size] = static_cast<char>(rng() % 3);
      ASSERT_EQ(same_bytes(a.data(), b.data(), size), std::memcmp(a.data(), b.data(), size) == 0) << size;
    }
  }
}

TEST(TokenPrefixFilter, PassesEveryTokenAddedAndFewOthers) {
  std::mt19937 rng(5);
  TokenPrefixFilter filter;
  std::vector<std::string> added;
  for (int i = 0; i < 3000; ++i) added.push_back(random_word(rng, 12));
  for (const std::string& word : added) filter.add(word);
  for (const std::string& word : added) ASSERT_TRUE(filter.test(word)) << word;
  std::sort(added.begin(), added.end());
  std::size_t passed = 0;
  std::size_t others = 0;
  while (others < 20000) {
    const std::string word = random_word(rng, 12);
    if (std::binary_search(added.begin(), added.end(), word)) continue;
    ++others;
    passed += filter.test(word) ? 1 : 0;
  }
  EXPECT_LT(passed, others / 10);  // 3,000 tokens set under 5 % of the 65,536 bits
}

TEST(TokenPrefixFilter, TellsShortTokensApartByEveryByte) {
  TokenPrefixFilter filter;
  filter.add("un");
  filter.add("of");
  filter.add("the");
  EXPECT_TRUE(filter.test("un"));
  EXPECT_TRUE(filter.test("the"));
  EXPECT_FALSE(filter.test("tha"));  // same first two bytes and length, another last byte
  EXPECT_FALSE(filter.test("u"));
  EXPECT_FALSE(filter.test("unions"));
}

TEST(FlatStringIds, InternsAndFindsBySize) {
  FlatStringIds ids;
  const std::vector<std::string> words = {"", "a", "of", "the", "rights", "international", "committee against torture"};
  for (std::size_t i = 0; i < words.size(); ++i) EXPECT_EQ(ids.intern(words[i]), i);
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(ids.find(words[i]), i);
    EXPECT_EQ(ids.text(static_cast<std::uint32_t>(i)), words[i]);
  }
  EXPECT_EQ(ids.find("committee against torturE"), FlatStringIds::kMissing);
  EXPECT_EQ(ids.find("internationaL"), FlatStringIds::kMissing);
  EXPECT_EQ(ids.intern("rights"), 4U);  // already there
}

struct Item {
  int key;
  int payload;
};

bool by_key(const Item& a, const Item& b) { return a.key < b.key; }

void expect_sorted_like_std_sort(std::vector<Item> items) {
  std::vector<Item> expected = items;
  std::sort(expected.begin(), expected.end(), by_key);
  std::vector<Item> sorted = items;
  sort_nearly_sorted(sorted.begin(), sorted.end(), by_key);
  ASSERT_TRUE(std::is_sorted(sorted.begin(), sorted.end(), by_key));
  // The same items: sort both by (key, payload) and compare.
  const auto full = [](const Item& a, const Item& b) { return std::pair(a.key, a.payload) < std::pair(b.key, b.payload); };
  std::sort(expected.begin(), expected.end(), full);
  std::sort(sorted.begin(), sorted.end(), full);
  for (std::size_t i = 0; i < items.size(); ++i) {
    ASSERT_EQ(sorted[i].key, expected[i].key);
    ASSERT_EQ(sorted[i].payload, expected[i].payload);
  }
}

TEST(SortNearlySorted, SortsNearlySortedReversedAndEmptyInput) {
  std::mt19937 rng(3);
  std::vector<Item> nearly;
  for (int i = 0; i < 5000; ++i) nearly.push_back({i + static_cast<int>(rng() % 20), i});
  expect_sorted_like_std_sort(nearly);
  std::vector<Item> reversed;  // far beyond the budget: falls back to std::sort
  for (int i = 0; i < 5000; ++i) reversed.push_back({5000 - i, i});
  expect_sorted_like_std_sort(reversed);
  std::vector<Item> random;
  for (int i = 0; i < 3000; ++i) random.push_back({static_cast<int>(rng() % 100), i});
  expect_sorted_like_std_sort(random);
  expect_sorted_like_std_sort({});
  expect_sorted_like_std_sort({{1, 0}});
}

}  // namespace
}  // namespace hrtext::detail
