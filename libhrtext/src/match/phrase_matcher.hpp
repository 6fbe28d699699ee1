#pragma once

// Finds every occurrence of many phrases at once: an Aho-Corasick automaton over tokens (see
// tokens.hpp) of normalised text. Matching tokens instead of bytes gives word boundaries for
// free ("un" never matches inside "united"), lets white space differ freely, and keeps the
// automaton small: one state per distinct token prefix of the phrases.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/flat_map.hpp"

namespace hrtext::detail {

class PhraseMatcher {
 public:
  // The longest phrase, in tokens.
  static constexpr std::size_t kMaxPhraseTokens = 128;

  struct Match {
    std::size_t start = 0;  // byte span in the normalised text
    std::size_t end = 0;
    std::uint32_t phrase = 0;
  };

  class Builder {
   public:
    Builder();
    // Adds a phrase of normalised text and returns its id; the same token sequence gets the
    // same id. Throws LimitError for a phrase of more than kMaxPhraseTokens tokens and
    // ParseError for one without tokens.
    std::uint32_t add(std::string_view normalized_phrase);
    [[nodiscard]] PhraseMatcher build() &&;

   private:
    std::unique_ptr<PhraseMatcher> matcher_;
    // Per state, its (token, child state) edges, for building the failure links.
    std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> children_;
  };

  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;
  ~PhraseMatcher();

  [[nodiscard]] std::size_t phrase_count() const noexcept { return phrase_tokens_.size(); }
  [[nodiscard]] std::size_t state_count() const noexcept { return depth_.size(); }

  // Appends every occurrence of every phrase in `normalized`, overlapping ones included,
  // ordered by end, and among those ending together, longest first. Russian words are compared
  // without their case endings ("Российской Федерации" is "Российская Федерация"). An Arabic word that starts
  // no phrase is read again without its proclitics ("والمملكة", and the kingdom): a phrase
  // found so starts after them.
  void find_all(std::string_view normalized, std::vector<Match>& out) const;

 private:
  PhraseMatcher();
  static constexpr std::uint32_t kRoot = 0;
  static constexpr std::uint32_t kNone = UINT32_MAX;

  [[nodiscard]] std::uint32_t child(std::uint32_t state, std::uint32_t token) const {
    return state == kRoot ? root_children_[token] : edges_.find(edge_key(state, token));
  }
  // The id of a token of the phrases, or kNone.
  [[nodiscard]] std::uint32_t find_token(std::string_view text) const;
  // The root's child on an Arabic word read without its proclitics, or kNone; then `start`
  // (the word's) moves past them. `scratch` holds a bare form that differs from the text.
  [[nodiscard]] std::uint32_t root_child_without_proclitics(std::string_view word, std::size_t& start,
                                                            std::string& scratch) const;
  static std::uint64_t edge_key(std::uint32_t state, std::uint32_t token) {
    return (static_cast<std::uint64_t>(state) << 32) | token;
  }

  FlatStringIds vocabulary_;  // every distinct token of the phrases
  FlatU64Map edges_;          // (state, token) -> state
  // The root's edges again, indexed by token: the root is where matching starts at almost
  // every token, and a dense array spares the hash table for it.
  std::vector<std::uint32_t> root_children_;
  // Cheap first questions about a token: could its first bytes, then its hash, start a phrase; could
  // its hash be in the vocabulary? In running text most tokens are answered here, without a
  // lookup.
  TokenPrefixFilter first_token_prefixes_;
  HashFilter vocabulary_filter_;
  HashFilter first_token_filter_;
  std::vector<std::uint32_t> failure_;
  std::vector<std::uint32_t> output_;       // phrase ending at the state, or kNone
  std::vector<std::uint32_t> output_link_;  // nearest state on the failure chain (self included) with an output
  std::vector<std::uint32_t> depth_;        // in tokens
  std::vector<std::uint32_t> phrase_tokens_;  // per phrase, its length in tokens
};

}  // namespace hrtext::detail
