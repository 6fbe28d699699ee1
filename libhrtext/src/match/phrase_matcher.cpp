#include "match/phrase_matcher.hpp"

#include <array>
#include <deque>

#include "hrtext/error.hpp"
#include "match/arabic_proclitics.hpp"
#include "match/russian_endings.hpp"
#include "match/tokens.hpp"

namespace hrtext::detail {

PhraseMatcher::PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;
PhraseMatcher::~PhraseMatcher() = default;

PhraseMatcher::Builder::Builder() : matcher_(new PhraseMatcher()) {
  matcher_->depth_.push_back(0);
  matcher_->output_.push_back(kNone);
  children_.emplace_back();
}

std::uint32_t PhraseMatcher::Builder::add(std::string_view normalized_phrase) {
  PhraseMatcher& m = *matcher_;
  std::uint32_t state = kRoot;
  std::uint32_t length = 0;
  for_each_token(normalized_phrase, [&](std::size_t start, std::size_t end) {
    if (++length > kMaxPhraseTokens) return;
    const std::uint32_t token_id = m.vocabulary_.intern(without_russian_ending(normalized_phrase.substr(start, end - start)));
    const auto next_state = static_cast<std::uint32_t>(m.depth_.size());
    const std::uint32_t target = m.edges_.emplace(edge_key(state, token_id), next_state);
    if (target == next_state) {
      children_[state].emplace_back(token_id, target);
      m.depth_.push_back(m.depth_[state] + 1);
      m.output_.push_back(kNone);
      children_.emplace_back();
    }
    state = target;
  });
  if (length > kMaxPhraseTokens) {
    throw LimitError("the phrase '" + std::string(normalized_phrase.substr(0, 80)) + "...' has " +
                     std::to_string(length) + " tokens, more than the " +
                     std::to_string(kMaxPhraseTokens) + " a phrase may have");
  }
  if (length == 0) {
    throw ParseError("the phrase '" + std::string(normalized_phrase) + "' has no tokens");
  }
  if (m.output_[state] == kNone) {
    m.output_[state] = static_cast<std::uint32_t>(m.phrase_tokens_.size());
    m.phrase_tokens_.push_back(length);
  }
  return m.output_[state];
}

PhraseMatcher PhraseMatcher::Builder::build() && {
  PhraseMatcher& m = *matcher_;
  const std::size_t states = m.depth_.size();
  m.root_children_.assign(m.vocabulary_.size(), kNone);
  for (const auto& [token, child] : children_[kRoot]) {
    m.root_children_[token] = child;
    m.first_token_filter_.add(hash_bytes(m.vocabulary_.text(token)));
    m.first_token_prefixes_.add(m.vocabulary_.text(token));
  }
  for (std::uint32_t token = 0; token < m.vocabulary_.size(); ++token) {
    m.vocabulary_filter_.add(hash_bytes(m.vocabulary_.text(token)));
  }
  m.failure_.assign(states, kRoot);
  m.output_link_.assign(states, kNone);
  // Breadth first, so that a state's failure target is complete before its children need it.
  std::deque<std::uint32_t> queue;
  for (const auto& [token, child] : children_[kRoot]) queue.push_back(child);
  while (!queue.empty()) {
    const std::uint32_t state = queue.front();
    queue.pop_front();
    m.output_link_[state] = m.output_[state] != kNone ? state : m.output_link_[m.failure_[state]];
    for (const auto& [token, child] : children_[state]) {
      std::uint32_t fallback = m.failure_[state];
      std::uint32_t target = m.child(fallback, token);
      while (target == kNone && fallback != kRoot) {
        fallback = m.failure_[fallback];
        target = m.child(fallback, token);
      }
      m.failure_[child] = target == kNone ? kRoot : target;
      queue.push_back(child);
    }
  }
  children_.clear();
  return std::move(*matcher_);
}

std::uint32_t PhraseMatcher::find_token(std::string_view text) const {
  const std::uint64_t hash = hash_bytes(text);
  return vocabulary_filter_.test(hash) ? vocabulary_.find(text, hash) : kNone;
}

std::uint32_t PhraseMatcher::root_child_without_proclitics(std::string_view word, std::size_t& start,
                                                           std::string& scratch) const {
  std::uint32_t child_state = kNone;
  read_without_proclitics(word, scratch, [&](std::string_view bare, std::size_t skipped) {
    const std::uint32_t bare_token = find_token(bare);
    if (bare_token == kNone || root_children_[bare_token] == kNone) return false;
    child_state = root_children_[bare_token];
    start += skipped;
    return true;
  });
  return child_state;
}

void PhraseMatcher::find_all(std::string_view normalized, std::vector<Match>& out) const {
  static_assert((kMaxPhraseTokens & (kMaxPhraseTokens - 1)) == 0, "ring size: a power of two");
  std::array<std::size_t, kMaxPhraseTokens> starts{};  // the last tokens' starts
  std::size_t index = 0;
  std::uint32_t state = kRoot;
  static_assert(FlatStringIds::kMissing == kNone);
  TokenCursor tokens(normalized);
  std::size_t start = 0;
  std::size_t end = 0;
  // A token is compared as written, but for two things of other scripts (its first byte is no
  // ASCII): a Russian word without its case ending (russian_endings.hpp), and an Arabic word
  // that starts no phrase may start one without its proclitics (arabic_proclitics.hpp).
  // (The cursor's spans lie within the text: no bounds checks.)
  const auto token_at = [&](std::size_t s, std::size_t e) { return std::string_view(normalized.data() + s, e - s); };
  const auto other_script = [](std::string_view token) { return static_cast<unsigned char>(token[0]) >= 0x80; };
  // In the root state, a token whose first bytes start no phrase is no part of any match: it
  // is passed over (by the cursor, which reads most of them from its masks) and not remembered.
  const auto may_start_phrase = [&](std::size_t s, std::size_t e) {
    const std::string_view token = token_at(s, e);
    if (!other_script(token)) return first_token_prefixes_.test(token);
    return first_token_prefixes_.test(without_russian_ending(token)) || may_have_proclitic(token);
  };
  std::string scratch;  // an Arabic word's bare form, when it differs from the text
  while (state == kRoot ? tokens.next_passing(start, end, may_start_phrase) : tokens.next(start, end)) {
    std::string_view text = token_at(start, end);
    bool proclitic = false;
    if (other_script(text)) {
      proclitic = may_have_proclitic(text);
      text = without_russian_ending(text);
    }
    const std::uint64_t hash = hash_bytes(text);
    if (state == kRoot && !first_token_filter_.test(hash) && !proclitic) continue;
    starts[index % kMaxPhraseTokens] = start;
    ++index;
    const std::uint32_t token = vocabulary_filter_.test(hash) ? vocabulary_.find(text, hash) : kNone;
    std::uint32_t next = kNone;
    if (token != kNone) {
      next = child(state, token);
      while (next == kNone && state != kRoot) {
        state = failure_[state];
        next = child(state, token);
      }
    }
    // A word that starts no phrase may start one without its proclitics: the phrase then
    // starts after them.
    if (next == kNone && proclitic) next = root_child_without_proclitics(text, starts[(index - 1) % kMaxPhraseTokens], scratch);
    state = next == kNone ? kRoot : next;
    for (std::uint32_t hit = output_link_[state]; hit != kNone; hit = output_link_[failure_[hit]]) {
      const std::size_t first = index - depth_[hit];
      out.push_back({starts[first % kMaxPhraseTokens], end, output_[hit]});
    }
  }
}

}  // namespace hrtext::detail
