#pragma once

// Seeded shuffles that give the same order on every platform.

#include <cstddef>
#include <random>
#include <span>
#include <utility>

namespace hrtext::detail {

// Fisher-Yates from the back, `count` steps, with the generator's raw output: std::shuffle's
// algorithm differs between standard libraries, and a seed must give the same result
// everywhere. The last `count` items are then a uniform sample of all (the modulo's bias is
// below size / 2^64); count = size shuffles the whole.
inline void shuffle_last(std::span<std::size_t> items, std::size_t count, std::mt19937_64& random) {
  for (std::size_t i = items.size(); i > 1 && items.size() - i < count; --i) {
    std::swap(items[i - 1], items[static_cast<std::size_t>(random() % i)]);
  }
}

}  // namespace hrtext::detail
