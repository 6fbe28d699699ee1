#pragma once

// Which entity a name on its own stands for ("Amnesty Intl." -> amnesty-international): used
// where the text around a name says what it is (a signatory list) and only its entity is asked.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "hrtext/entities.hpp"

namespace hrtext::detail {

struct EntityIndex;

class NameResolver {
 public:
  // Indexes the names, aliases and acronyms of the entities of `index` (not its instruments).
  [[nodiscard]] static NameResolver build(const EntityIndex& index);

  // The entities (indexes into EntityIndex::entities) whose name key (see name_key) is that of
  // `name`; failing that and when `approximate`, those whose key is the same once every doubled
  // letter is written once ("Phillipines" is Philippines), then those within the edit distance
  // that fuzzy_threshold allows, the nearest only, never one whose digits differ. Empty when
  // nothing is near enough.
  struct Candidate {
    std::uint32_t entity = 0;
    bool ambiguous = false;  // by a form marked ambiguous with '?' ("ICJ?")
    friend bool operator==(const Candidate&, const Candidate&) = default;
  };
  struct Candidates {
    std::vector<Candidate> entities;
    bool approximate = false;
  };
  [[nodiscard]] Candidates find(std::string_view name, bool approximate = true) const;

  // The edit distance (optimal string alignment) accepted between name keys of `length` bytes:
  // none under 8, one under 20, two from 20: "Amnesty Internatonal" is Amnesty International,
  // "PEN Norway" is not "PEN Noway".
  [[nodiscard]] static int fuzzy_threshold(std::size_t length) noexcept;

 private:
  struct Key {
    std::string key;
    std::uint64_t letters = 0;  // letters_of(key)
    std::vector<Candidate> entities;
  };
  std::vector<Key> keys_;
  std::unordered_map<std::string, std::uint32_t> exact_;             // key -> keys_ index
  std::unordered_map<std::string, std::vector<std::uint32_t>> undoubled_;  // undoubled key -> keys_
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_prefix_;  // first two bytes
};

// `key` with each run of one letter written once ("phillipines" -> "philipines").
[[nodiscard]] std::string without_doubled_letters(std::string_view key);

// The optimal string alignment distance of `a` and `b`, or `bound` + 1 when it exceeds `bound`.
[[nodiscard]] int bounded_edit_distance(std::string_view a, std::string_view b, int bound);

}  // namespace hrtext::detail
