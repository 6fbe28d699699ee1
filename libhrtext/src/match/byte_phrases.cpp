#include "match/byte_phrases.hpp"

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <utility>

namespace hrtext::detail {

std::uint32_t BytePhrases::Builder::add(std::span<const std::string_view> phrases, unsigned group) {
  if (group >= 64) throw std::invalid_argument("BytePhrases: a group must be below 64");
  const auto first = static_cast<std::uint32_t>(phrases_.size());
  for (const std::string_view phrase : phrases) {
    if (phrase.empty()) throw std::invalid_argument("BytePhrases: a phrase may not be empty");
    phrases_.push_back(phrase);
    groups_.push_back(group);
  }
  return first;
}

BytePhrases BytePhrases::Builder::build() && {
  BytePhrases automaton;
  for (const std::string_view phrase : phrases_) {
    for (const char byte : phrase) {
      std::uint8_t& byte_class = automaton.byte_class_[static_cast<unsigned char>(byte)];
      if (byte_class == 0) {
        if (automaton.class_count_ == 256) throw std::invalid_argument("BytePhrases: too many distinct bytes");
        byte_class = static_cast<std::uint8_t>(automaton.class_count_++);
      }
    }
  }
  // The trie, its edges in the dense table (kNone where it has none yet).
  const std::uint32_t classes = automaton.class_count_;
  std::vector<std::uint32_t>& next = automaton.transitions_;
  next.assign(classes, kNone);
  std::vector<std::vector<std::uint32_t>> ending(1);
  automaton.depth_.assign(1, 0);
  for (std::uint32_t id = 0; id < phrases_.size(); ++id) {
    std::uint32_t state = 0;
    for (const char byte : phrases_[id]) {
      std::uint32_t& edge = next[state * classes + automaton.byte_class_[static_cast<unsigned char>(byte)]];
      if (edge == kNone) {
        edge = static_cast<std::uint32_t>(ending.size());
        ending.emplace_back();
        automaton.depth_.push_back(automaton.depth_[state] + 1);
        next.resize(next.size() + classes, kNone);
      }
      state = next[state * classes + automaton.byte_class_[static_cast<unsigned char>(byte)]];
    }
    ending[state].push_back(id);
    automaton.lengths_.push_back(static_cast<std::uint32_t>(phrases_[id].size()));
    automaton.longest_ = std::max(automaton.longest_, static_cast<std::uint32_t>(phrases_[id].size()));
  }
  automaton.groups_ = groups_;
  // Breadth first: each state's failure is known before its children's; a missing edge takes
  // the failure's.
  const auto states = static_cast<std::uint32_t>(ending.size());
  std::vector<std::uint32_t> failure(states, 0);
  automaton.output_link_.assign(states, kNone);
  automaton.state_groups_.assign(states, 0);
  std::deque<std::uint32_t> queue;
  for (std::uint32_t c = 0; c < classes; ++c) {
    std::uint32_t& edge = next[c];
    if (edge == kNone) {
      edge = 0;
    } else {
      queue.push_back(edge);
    }
  }
  while (!queue.empty()) {
    const std::uint32_t state = queue.front();
    queue.pop_front();
    const std::uint32_t fail = failure[state];
    automaton.output_link_[state] = ending[fail].empty() ? automaton.output_link_[fail] : fail;
    for (const std::uint32_t id : ending[state]) automaton.state_groups_[state] |= std::uint64_t{1} << groups_[id];
    automaton.state_groups_[state] |= automaton.state_groups_[fail];
    for (std::uint32_t c = 0; c < classes; ++c) {
      std::uint32_t& edge = next[state * classes + c];
      if (edge == kNone) {
        edge = next[fail * classes + c];
      } else {
        failure[edge] = next[fail * classes + c];
        queue.push_back(edge);
      }
    }
  }
  automaton.output_begin_.reserve(states + 1);
  for (const std::vector<std::uint32_t>& ids : ending) {
    automaton.output_begin_.push_back(static_cast<std::uint32_t>(automaton.outputs_.size()));
    automaton.outputs_.insert(automaton.outputs_.end(), ids.begin(), ids.end());
    automaton.has_output_.push_back(!ids.empty());
  }
  automaton.output_begin_.push_back(static_cast<std::uint32_t>(automaton.outputs_.size()));
  return automaton;
}

std::uint64_t BytePhrases::groups_in(std::string_view text) const {
  std::uint64_t groups = 0;
  std::uint32_t state = 0;
  for (const char byte : text) {
    state = next(state, byte);
    groups |= state_groups_[state];
  }
  return groups;
}

BytePhrases::Found BytePhrases::first(std::string_view text, std::size_t from, std::uint64_t groups) const {
  Found best;
  if (from >= text.size()) return best;
  std::uint32_t state = 0;
  for (std::size_t i = from; i < text.size(); ++i) {
    // A phrase that ends later starts after the best one: none is longer than longest_.
    if (best.at != npos && i >= best.at + longest_) break;
    state = next(state, text[i]);
    if ((state_groups_[state] & groups) == 0) continue;
    for (std::uint32_t at = has_output_[state] ? state : output_link_[state]; at != kNone; at = output_link_[at]) {
      for (std::uint32_t k = output_begin_[at]; k < output_begin_[at + 1]; ++k) {
        const std::uint32_t phrase = outputs_[k];
        if ((groups >> groups_[phrase] & 1) == 0) continue;
        const std::size_t start = i + 1 - lengths_[phrase];
        if (best.at == npos || start < best.at || (start == best.at && phrase < best.phrase)) {
          best = Found{start, lengths_[phrase], phrase};
        }
      }
    }
  }
  return best;
}

}  // namespace hrtext::detail
