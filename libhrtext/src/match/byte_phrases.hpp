#pragma once

// Finds many short phrases of folded (lower-cased) text in one pass: an Aho-Corasick automaton
// over bytes, whose transitions are a dense table over the bytes the phrases use (every other
// byte is one class). The signatory layer asks dozens of phrase tables of every line and
// sentence; one pass replaces a search per phrase. Unlike PhraseMatcher (whole tokens of
// normalised text), phrases here are byte strings: stems ("signat"), phrases with their spaces
// (" sent "), words of scripts without spaces ("联署").

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace hrtext::detail {

class BytePhrases {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  struct Found {
    std::size_t at = npos;  // byte offset of the phrase's start; npos when none was found
    std::size_t length = 0;
    std::uint32_t phrase = 0;  // in the order added
  };

  class Builder {
   public:
    // Adds the phrases of one group (0-63) and returns the id of the first; ids count in the
    // order added. Throws std::invalid_argument for an empty phrase or a group beyond 63.
    std::uint32_t add(std::span<const std::string_view> phrases, unsigned group);
    [[nodiscard]] BytePhrases build() &&;

   private:
    std::vector<std::string_view> phrases_;
    std::vector<unsigned> groups_;
  };

  // The group of a phrase (its id as returned by Builder::add plus its index in the group).
  [[nodiscard]] unsigned group_of(std::uint32_t phrase) const { return groups_[phrase]; }

  // The groups (bit g for group g) of the phrases that occur anywhere in `text`.
  [[nodiscard]] std::uint64_t groups_in(std::string_view text) const;

  // The leftmost occurrence in `text`, from byte `from` on, of a phrase of the groups in
  // `groups`; where several start there, the one added first.
  [[nodiscard]] Found first(std::string_view text, std::size_t from, std::uint64_t groups) const;

  // Calls `visit(Found)` for every phrase that `text` starts with, shortest first.
  template <typename Visit>
  void for_each_prefix(std::string_view text, Visit&& visit) const {
    std::uint32_t state = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      state = next(state, text[i]);
      if (depth_[state] != i + 1) return;  // the trie holds no phrase that starts so
      for (std::uint32_t k = output_begin_[state]; k < output_begin_[state + 1]; ++k) {
        visit(Found{0, lengths_[outputs_[k]], outputs_[k]});
      }
    }
  }

  // Calls `visit(Found)` for every occurrence of every phrase in `text`, overlapping ones
  // included, in the order of their ends.
  template <typename Visit>
  void for_each(std::string_view text, Visit&& visit) const {
    std::uint32_t state = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      state = next(state, text[i]);
      for (std::uint32_t at = has_output_[state] ? state : output_link_[state]; at != kNone; at = output_link_[at]) {
        for (std::uint32_t k = output_begin_[at]; k < output_begin_[at + 1]; ++k) {
          const std::uint32_t phrase = outputs_[k];
          visit(Found{i + 1 - lengths_[phrase], lengths_[phrase], phrase});
        }
      }
    }
  }

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;

  [[nodiscard]] std::uint32_t next(std::uint32_t state, char byte) const {
    return transitions_[state * class_count_ + byte_class_[static_cast<unsigned char>(byte)]];
  }

  std::uint8_t byte_class_[256] = {};
  std::uint32_t class_count_ = 1;
  std::vector<std::uint32_t> transitions_;  // state * class_count_ + class -> state
  // Per state, the phrases that end there (outputs_[output_begin_[s] .. output_begin_[s + 1]),
  // in the order added), whether it has any, and the nearest state on its failure chain that has.
  std::vector<std::uint32_t> output_begin_;
  std::vector<std::uint32_t> outputs_;
  std::vector<bool> has_output_;
  std::vector<std::uint32_t> output_link_;
  std::vector<std::uint32_t> depth_;  // per state, the length of its path in the trie
  // Per state, the groups of every phrase that ends there or on its failure chain.
  std::vector<std::uint64_t> state_groups_;
  std::vector<std::uint32_t> lengths_;  // per phrase
  std::vector<unsigned> groups_;        // per phrase
  std::uint32_t longest_ = 0;
};

}  // namespace hrtext::detail
