// Letters -> the bipartite letter x organisation graph -> its one-mode projection.

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "hrtext/error.hpp"
#include "network/network_data.hpp"

namespace hrtext {
namespace {

// yyyymmdd of the first and last day a partial date may stand for; day 31 of any month is late
// enough to compare with.
int first_day(const PartialDate& date) {
  return date.year * 10000 + std::max(date.month, 1) * 100 + std::max(date.day, 1);
}
int last_day(const PartialDate& date) {
  return date.year * 10000 + (date.month == 0 ? 12 : date.month) * 100 + (date.day == 0 ? 31 : date.day);
}
// The order of first and last dates signed: a missing month or day before any other.
int sort_key(const PartialDate& date) { return date.year * 10000 + date.month * 100 + date.day; }

std::string name_key(std::string_view name) {
  if (name.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    throw LimitError("a signatory name of " + std::to_string(name.size()) + " bytes is too long");
  }
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  text.toLower(icu::Locale::getRoot());
  icu::UnicodeString folded;
  bool space = false;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      space = !folded.isEmpty();
      continue;
    }
    if (space) folded.append(static_cast<UChar>(' '));
    space = false;
    folded.append(c);
  }
  std::string key;
  folded.toUTF8String(key);
  return key;
}

class Builder {
 public:
  explicit Builder(const NetworkOptions& options) : options_(options) {
    if (std::isnan(options.min_weight)) throw Error("the minimum edge weight is not a number");
    if (options.since && options.until && first_day(*options.since) > last_day(*options.until)) {
      throw Error("the time window starts (" + options.since->to_iso() + ") after it ends (" +
                  options.until->to_iso() + ")");
    }
  }

  [[nodiscard]] bool admits(const std::optional<PartialDate>& date) const {
    if (!options_.since && !options_.until) return true;
    if (!date) return false;
    if (options_.since && first_day(*date) < first_day(*options_.since)) return false;
    if (options_.until && last_day(*date) > last_day(*options_.until)) return false;
    return true;
  }

  void begin_letter(std::string name, const std::optional<PartialDate>& date) {
    letters_.push_back({std::move(name), date, {}, 0});
    signers_.clear();
    persons_.clear();
  }

  // `name` must live until end_letter().
  void add_signer(EntityKind kind, const std::optional<std::string>& id, std::string_view name) {
    std::string key = id && !id->empty() ? *id : name_key(name);  // an empty id is none
    if (key.empty()) return;  // a blank name without an id names no one
    if (kind == EntityKind::kPerson) {
      persons_.push_back(std::move(key));
      return;
    }
    auto [found, inserted] = node_of_key_.try_emplace(std::move(key), nodes_.size());
    if (inserted) {
      nodes_.push_back({found->first, std::string(name), kind, 0, std::nullopt, std::nullopt});
      names_.emplace_back();
    }
    signers_.emplace_back(found->second, name);
  }

  void end_letter() {
    NetworkLetter& letter = letters_.back();
    std::sort(persons_.begin(), persons_.end());
    letter.persons = static_cast<std::size_t>(std::unique(persons_.begin(), persons_.end()) - persons_.begin());
    // The first mention of a signer in the letter is the one whose name counts.
    std::stable_sort(signers_.begin(), signers_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    signers_.erase(std::unique(signers_.begin(), signers_.end(),
                               [](const auto& a, const auto& b) { return a.first == b.first; }),
                   signers_.end());
    letter.tied = signers_.size() <= options_.max_letter_signers;
    for (const auto& [node_index, name] : signers_) {
      letter.organisations.push_back(node_index);
      NetworkNode& node = nodes_[node_index];
      ++node.letters;
      if (letter.date) {
        if (!node.first_date || sort_key(*letter.date) < sort_key(*node.first_date)) node.first_date = letter.date;
        if (!node.last_date || sort_key(*letter.date) > sort_key(*node.last_date)) node.last_date = letter.date;
      }
      auto& names = names_[node_index];
      const auto seen = std::find_if(names.begin(), names.end(),
                                     [&name = name](const auto& n) { return n.first == name; });
      if (seen == names.end()) {
        names.emplace_back(std::string(name), 1);
      } else {
        ++seen->second;
      }
    }
  }

  [[nodiscard]] std::unique_ptr<detail::NetworkData> finish() {
    auto data = std::make_unique<detail::NetworkData>();
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const auto& names = names_[i];
      // max_element keeps the first of equal maxima: ties go to the name seen first.
      nodes_[i].name = std::max_element(names.begin(), names.end(), [](const auto& a, const auto& b) {
                         return a.second < b.second;
                       })->first;
    }
    data->nodes = std::move(nodes_);
    data->letters = std::move(letters_);
    data->edges = project(data->nodes, data->letters, options_.min_weight);
    data->link();
    return data;
  }

 private:
  // Each node's co-signers are gathered in a dense array indexed by node, so the work is the
  // number of (signer, later co-signer) incidences and no pair map is ever built. Letters are
  // copied into one flat array first: the loop then reads memory in order.
  static std::vector<NetworkEdge> project(const std::vector<NetworkNode>& nodes,
                                          const std::vector<NetworkLetter>& letters, double min_weight) {
    const std::size_t n = nodes.size();
    constexpr std::size_t kMost = std::numeric_limits<std::uint32_t>::max();
    if (n > kMost || letters.size() > kMost) {
      throw LimitError("a network is limited to 2^32 - 1 organisations and letters; this one has " +
                       std::to_string(n) + " and " + std::to_string(letters.size()));
    }
    std::vector<std::size_t> letter_start(letters.size() + 1, 0);
    for (std::size_t l = 0; l < letters.size(); ++l) {
      letter_start[l + 1] = letter_start[l] + letters[l].organisations.size();
    }
    std::vector<std::uint32_t> signers(letter_start.back());
    std::vector<std::size_t> first(n + 1, 0);
    for (std::size_t l = 0; l < letters.size(); ++l) {
      std::copy(letters[l].organisations.begin(), letters[l].organisations.end(),
                signers.begin() + static_cast<std::ptrdiff_t>(letter_start[l]));
      for (const std::size_t v : letters[l].organisations) ++first[v + 1];
    }
    for (std::size_t i = 1; i <= n; ++i) first[i] += first[i - 1];
    std::vector<std::uint32_t> letters_of(first[n]);
    {
      std::vector<std::size_t> next(first.begin(), first.end() - 1);
      for (std::size_t l = 0; l < letters.size(); ++l) {
        for (const std::size_t v : letters[l].organisations) letters_of[next[v]++] = static_cast<std::uint32_t>(l);
      }
    }

    struct Together {
      std::size_t letters = 0;
      double newman = 0;
    };
    std::vector<Together> together(n);
    std::vector<std::uint32_t> touched;
    std::vector<NetworkEdge> edges;
    const auto emit = [&](std::size_t u, std::uint32_t v) {
      Together& pair = together[v];
      if (static_cast<double>(pair.letters) >= min_weight) {
        const std::size_t either = nodes[u].letters + nodes[v].letters - pair.letters;
        edges.push_back({static_cast<std::uint32_t>(u), v, static_cast<std::uint32_t>(pair.letters), pair.newman,
                         static_cast<double>(pair.letters) / static_cast<double>(either)});
      }
      pair = {};
    };
    for (std::size_t u = 0; u < n; ++u) {
      for (std::size_t i = first[u]; i < first[u + 1]; ++i) {
        const std::uint32_t* begin = signers.data() + letter_start[letters_of[i]];
        const std::uint32_t* end = signers.data() + letter_start[letters_of[i] + 1];
        if (end - begin < 2 || !letters[letters_of[i]].tied) continue;
        const double share = 1.0 / static_cast<double>(end - begin - 1);
        for (const std::uint32_t* v = std::upper_bound(begin, end, u); v != end; ++v) {
          if (together[*v].letters++ == 0) touched.push_back(*v);
          together[*v].newman += share;
        }
      }
      // A hub touches most later nodes: scanning them in order is cheaper than sorting.
      if (touched.size() * 16 > n - u) {
        for (auto v = static_cast<std::uint32_t>(u + 1); v < n; ++v) {
          if (together[v].letters != 0) emit(u, v);
        }
      } else {
        std::sort(touched.begin(), touched.end());
        for (const std::uint32_t v : touched) emit(u, v);
      }
      touched.clear();
    }
    return edges;
  }

  NetworkOptions options_;
  std::unordered_map<std::string, std::size_t> node_of_key_;
  std::vector<NetworkNode> nodes_;
  std::vector<std::vector<std::pair<std::string, std::size_t>>> names_;  // per node, with counts
  std::vector<NetworkLetter> letters_;
  std::vector<std::pair<std::size_t, std::string_view>> signers_;  // of the current letter
  std::vector<std::string> persons_;                               // of the current letter
};

}  // namespace

Network Network::build(std::span<const SignedLetter> letters, const NetworkOptions& options) {
  Builder builder(options);
  for (const SignedLetter& letter : letters) {
    if (!builder.admits(letter.date)) continue;
    builder.begin_letter(letter.letter, letter.date);
    for (const Signer& signer : letter.signers) builder.add_signer(signer.kind, signer.id, signer.name);
    builder.end_letter();
  }
  return Network(builder.finish());
}

Network Network::build(std::span<const Analysis> analyses, const NetworkOptions& options) {
  Builder builder(options);
  for (std::size_t i = 0; i < analyses.size(); ++i) {
    const Analysis& analysis = analyses[i];
    if (!builder.admits(analysis.document_date)) continue;
    std::string name = analysis.source ? *analysis.source : std::string("#");
    if (!analysis.source) name += std::to_string(i);
    builder.begin_letter(std::move(name), analysis.document_date);
    for (const Signatory& signatory : analysis.signatories) {
      builder.add_signer(signatory.kind, signatory.id, signatory.name);
    }
    builder.end_letter();
  }
  return Network(builder.finish());
}

}  // namespace hrtext
