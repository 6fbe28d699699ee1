#include "entities/name_resolver.hpp"

#include <algorithm>
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
  // Three rows of the dynamic programme: the transposition looks two rows back.
  std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
  for (int j = 0; j <= m; ++j) previous[j] = j;
  for (int i = 1; i <= n; ++i) {
    current[0] = i;
    int row_minimum = current[0];
    for (int j = 1; j <= m; ++j) {
      const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
      row_minimum = std::min(row_minimum, current[j]);
    }
    if (row_minimum > bound) return bound + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], bound + 1);
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
        resolver.keys_.push_back({std::move(key), {}});
      }
      std::vector<Candidate>& entities = resolver.keys_[slot->second].entities;
      const Candidate candidate{form.target, form.needs_support};
      if (std::find(entities.begin(), entities.end(), candidate) == entities.end()) entities.push_back(candidate);
    }
  }
  return resolver;
}

NameResolver::Candidates NameResolver::find(std::string_view name) const {
  const std::string key = name_key(name);
  if (key.empty()) return {};
  if (const auto exact = exact_.find(key); exact != exact_.end()) return {keys_[exact->second].entities, false};
  const int threshold = fuzzy_threshold(key.size());
  const auto block = by_prefix_.find(prefix_of(key));
  if (threshold == 0 || block == by_prefix_.end()) return {};
  const std::string digits = digits_of(key);
  Candidates nearest{{}, true};
  int best = threshold + 1;
  for (const std::uint32_t candidate : block->second) {
    const Key& other = keys_[candidate];
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
