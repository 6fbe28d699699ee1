#include "entities/name_resolver.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <cstring>

#include "entities/entity_index.hpp"
#include "entities/slug.hpp"

namespace hrtext::detail {
namespace {

std::uint32_t prefix_of(std::string_view key) {
  std::uint32_t prefix = 0;
  std::memcpy(&prefix, key.data(), std::min<std::size_t>(key.size(), 2));
  return prefix;
}

// The set of bytes of a key folded into 64 bits: an edit changes at most two, so keys whose
// sets differ in more than 2k bits are more than k edits apart (a test far cheaper than the
// edit distance).
std::uint64_t letters_of(std::string_view key) {
  std::uint64_t letters = 0;
  for (const char c : key) {
    const auto byte = static_cast<unsigned char>(c);
    const unsigned bit = byte >= 'a' && byte <= 'z' ? byte - 'a' : byte >= '0' && byte <= '9' ? 26 + (byte - '0') : 36 + byte % 28;
    letters |= std::uint64_t{1} << bit;
  }
  return letters;
}

std::string digits_of(std::string_view key) {
  std::string digits;
  for (const char c : key) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

}  // namespace

int bounded_edit_distance(std::string_view a, std::string_view b, int bound) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  if (std::abs(n - m) > bound) return bound + 1;
  // Three rows of the dynamic programme (the transposition looks two rows back), on the stack
  // for names of ordinary length.
  constexpr int kStackColumns = 160;
  std::array<int, 3 * (kStackColumns + 1)> on_stack;
  std::vector<int> on_heap;
  int* rows = on_stack.data();
  if (m > kStackColumns) {
    on_heap.resize(3 * static_cast<std::size_t>(m + 1));
    rows = on_heap.data();
  }
  int* before = rows;
  int* previous = rows + (m + 1);
  int* current = rows + 2 * (m + 1);
  // Only the band |i - j| <= bound can hold a distance within the bound; cells outside it
  // count as beyond.
  const int beyond = bound + 1;
  for (int j = 0; j <= m; ++j) previous[j] = j <= bound ? j : beyond;
  for (int i = 1; i <= n; ++i) {
    const int first = std::max(1, i - bound);
    const int last = std::min(m, i + bound);
    current[0] = i <= bound ? i : beyond;
    if (first > 1) current[first - 1] = beyond;
    int row_minimum = current[0];
    for (int j = first; j <= last; ++j) {
      const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      const int above = j <= i - 1 + bound ? previous[j] + 1 : beyond;
      const int left = current[j - 1] + 1;
      current[j] = std::min({above, left, substitution, beyond});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
      row_minimum = std::min(row_minimum, current[j]);
    }
    if (last < m) current[last + 1] = beyond;
    if (row_minimum > bound) return beyond;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], beyond);
}

std::string without_doubled_letters(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (const char c : key) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!(letter && !out.empty() && out.back() == c)) out += c;
  }
  return out;
}

int NameResolver::fuzzy_threshold(std::size_t length) noexcept {
  if (length < 8) return 0;
  return length < 20 ? 1 : 2;
}

NameResolver NameResolver::build(const EntityIndex& index) {
  NameResolver resolver;
  for (const std::vector<NameForm>& forms : index.names.forms_by_phrase) {
    for (const NameForm& form : forms) {
      if (!index.entities[form.target].kind) continue;
      std::string key = name_key(form.written);
      if (key.empty()) continue;
      auto [slot, inserted] = resolver.exact_.try_emplace(key, static_cast<std::uint32_t>(resolver.keys_.size()));
      if (inserted) {
        resolver.by_prefix_[prefix_of(key)].push_back(slot->second);
        resolver.undoubled_[without_doubled_letters(key)].push_back(slot->second);
        const std::uint64_t letters = letters_of(key);
        resolver.keys_.push_back({std::move(key), letters, {}});
      }
      std::vector<Candidate>& entities = resolver.keys_[slot->second].entities;
      const Candidate candidate{form.target, form.needs_support};
      if (std::find(entities.begin(), entities.end(), candidate) == entities.end()) entities.push_back(candidate);
    }
  }
  // Each block in order of key length: a search reads only the lengths within its threshold.
  for (auto& [prefix, block] : resolver.by_prefix_) {
    std::sort(block.begin(), block.end(), [&](std::uint32_t a, std::uint32_t b) {
      return resolver.keys_[a].key.size() < resolver.keys_[b].key.size();
    });
  }
  return resolver;
}

NameResolver::Candidates NameResolver::find(std::string_view name, bool approximate) const {
  const std::string key = name_key(name);
  if (key.empty()) return {};
  if (const auto exact = exact_.find(key); exact != exact_.end()) return {keys_[exact->second].entities, false};
  if (!approximate) return {};
  if (const auto undoubled = undoubled_.find(without_doubled_letters(key)); undoubled != undoubled_.end()) {
    Candidates same{{}, true};
    for (const std::uint32_t index : undoubled->second) {
      for (const Candidate& entity : keys_[index].entities) {
        if (std::find(same.entities.begin(), same.entities.end(), entity) == same.entities.end()) {
          same.entities.push_back(entity);
        }
      }
    }
    return same;
  }
  const int threshold = fuzzy_threshold(key.size());
  const auto block = by_prefix_.find(prefix_of(key));
  if (threshold == 0 || block == by_prefix_.end()) return {};
  const std::string digits = digits_of(key);
  const std::uint64_t letters = letters_of(key);
  Candidates nearest{{}, true};
  int best = threshold + 1;
  const std::vector<std::uint32_t>& keys = block->second;
  const auto reach = static_cast<std::size_t>(threshold);
  const auto shortest = std::lower_bound(keys.begin(), keys.end(), key.size() - std::min(key.size(), reach),
                                         [&](std::uint32_t candidate, std::size_t length) {
                                           return keys_[candidate].key.size() < length;
                                         });
  for (auto candidate = shortest; candidate != keys.end() && keys_[*candidate].key.size() <= key.size() + reach;
       ++candidate) {
    const Key& other = keys_[*candidate];
    if (std::popcount(other.letters ^ letters) > 2 * threshold) continue;
    const int distance = bounded_edit_distance(key, other.key, std::min(best, threshold));
    if (distance > threshold || distance > best || digits_of(other.key) != digits) continue;
    if (distance < best) {
      best = distance;
      nearest.entities.clear();
    }
    for (const Candidate& entity : other.entities) {
      if (std::find(nearest.entities.begin(), nearest.entities.end(), entity) == nearest.entities.end()) {
        nearest.entities.push_back(entity);
      }
    }
  }
  return nearest;
}

}  // namespace hrtext::detail
