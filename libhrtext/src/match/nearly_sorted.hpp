#pragma once

// Sorting what is nearly sorted already: the phrase matcher reports matches by where they end,
// the extractors want them by where they start, and the two orders differ only where matches
// nest. Insertion sort does that in about one comparison an element; a general sort pays
// log n of them.

#include <algorithm>
#include <cstddef>
#include <utility>

namespace hrtext::detail {

// Sorts [first, last) by `less`: insertion sort while the elements stay close to their places,
// std::sort for the rest once they have moved more than eight places an element on average, so
// that no input makes it quadratic. Not stable.
template <typename RandomIt, typename Less>
void sort_nearly_sorted(RandomIt first, RandomIt last, Less less) {
  const auto size = static_cast<std::size_t>(last - first);
  const std::size_t budget = 8 * size;
  std::size_t moves = 0;
  for (RandomIt i = first + (first == last ? 0 : 1); i < last; ++i) {
    if (!less(*i, *(i - 1))) continue;
    auto item = std::move(*i);
    RandomIt hole = i;
    do {
      *hole = std::move(*(hole - 1));
      --hole;
      ++moves;
    } while (hole != first && less(item, *(hole - 1)));
    *hole = std::move(item);
    if (moves > budget) {
      std::sort(first, last, less);
      return;
    }
  }
}

}  // namespace hrtext::detail
