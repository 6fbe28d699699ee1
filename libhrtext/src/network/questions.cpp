// The questions analysts ask: coalitions and their core, closest partners, bridges between
// two coalitions, and how coalitions changed between two periods.

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <unordered_set>

#include "hrtext/error.hpp"
#include "network/network_data.hpp"

namespace hrtext {

std::vector<Coalition> Network::coalitions(const CoalitionOptions& options) const {
  const detail::NetworkData& data = *data_;
  const Communities communities = louvain(options.louvain);
  std::vector<double> inner(data.nodes.size(), 0.0);
  for (const NetworkEdge& edge : data.edges) {
    if (communities.community[edge.source] != communities.community[edge.target]) continue;
    const double w = detail::weight_of(edge, options.louvain.weight);
    inner[edge.source] += w;
    inner[edge.target] += w;
  }
  std::vector<Coalition> coalitions(communities.count);
  for (std::size_t c = 0; c < communities.count; ++c) coalitions[c].community = c;
  for (std::size_t u = 0; u < data.nodes.size(); ++u) coalitions[communities.community[u]].members.push_back(u);
  // Communities are numbered by size, largest first, so the small ones are at the end.
  std::erase_if(coalitions, [&](const Coalition& c) { return c.members.size() < options.min_size; });
  for (Coalition& coalition : coalitions) {
    std::stable_sort(coalition.members.begin(), coalition.members.end(),
                     [&](std::size_t a, std::size_t b) { return inner[a] > inner[b]; });
    coalition.core.assign(coalition.members.begin(),
                          coalition.members.begin() +
                              static_cast<std::ptrdiff_t>(std::min(options.core_size, coalition.members.size())));
  }
  return coalitions;
}

std::vector<Partner> Network::closest_partners(std::string_view id, std::size_t n, EdgeWeight weight) const {
  const detail::NetworkData& data = *data_;
  const auto u = static_cast<std::uint32_t>(detail::node_of(data, id));
  std::vector<Partner> partners;
  partners.reserve(boost::out_degree(u, data.graph));
  for (const auto e : boost::make_iterator_range(boost::out_edges(u, data.graph))) {
    const NetworkEdge& edge = data.edges[data.graph[e].edge];
    partners.push_back({boost::target(e, data.graph), detail::weight_of(edge, weight), edge.letters});
  }
  const auto heavier = [](const Partner& a, const Partner& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    if (a.letters != b.letters) return a.letters > b.letters;
    return a.node < b.node;
  };
  const auto keep = static_cast<std::ptrdiff_t>(std::min(n, partners.size()));
  std::partial_sort(partners.begin(), partners.begin() + keep, partners.end(), heavier);
  partners.resize(static_cast<std::size_t>(keep));
  return partners;
}

std::vector<Bridge> Network::bridges(const Communities& communities, std::size_t a, std::size_t b,
                                     BridgeRanking ranking, EdgeWeight weight) const {
  const detail::NetworkData& data = *data_;
  if (communities.community.size() != data.nodes.size()) {
    throw Error("communities of " + std::to_string(communities.community.size()) + " nodes for a network of " +
                std::to_string(data.nodes.size()));
  }
  for (const std::size_t c : {a, b}) {
    if (c >= communities.count) {
      throw Error("no community " + std::to_string(c) + " among " + std::to_string(communities.count));
    }
  }
  if (a == b) throw Error("bridges need two different communities, got " + std::to_string(a) + " twice");

  std::vector<Bridge> bridges;
  for (std::uint32_t u = 0; u < data.nodes.size(); ++u) {
    Bridge bridge{u, communities.community[u], 0, 0, 0};
    for (const auto e : boost::make_iterator_range(boost::out_edges(u, data.graph))) {
      const std::size_t c = communities.community[boost::target(e, data.graph)];
      const NetworkEdge& edge = data.edges[data.graph[e].edge];
      if (c == a) bridge.weight_to_a += detail::weight_of(edge, weight);
      if (c == b) bridge.weight_to_b += detail::weight_of(edge, weight);
    }
    if (bridge.weight_to_a > 0 && bridge.weight_to_b > 0) bridges.push_back(bridge);
  }
  if (ranking == BridgeRanking::kBetweenness) {
    const std::vector<double> centrality = betweenness();
    for (Bridge& bridge : bridges) bridge.betweenness = centrality[bridge.node];
    std::stable_sort(bridges.begin(), bridges.end(),
                     [](const Bridge& x, const Bridge& y) { return x.betweenness > y.betweenness; });
  } else {
    const auto across = [&](const Bridge& x) {
      if (x.community == a) return x.weight_to_b;
      if (x.community == b) return x.weight_to_a;
      return std::min(x.weight_to_a, x.weight_to_b);
    };
    std::stable_sort(bridges.begin(), bridges.end(),
                     [&](const Bridge& x, const Bridge& y) { return across(x) > across(y); });
  }
  return bridges;
}

std::vector<CoalitionChange> compare_periods(const Network& earlier, const Network& later,
                                             const CoalitionOptions& options) {
  const auto ids_of = [](const Network& network, const Coalition& coalition) {
    std::vector<std::string> ids;
    ids.reserve(coalition.members.size());
    for (const std::size_t u : coalition.members) ids.push_back(network.nodes()[u].id);
    return ids;
  };
  std::vector<std::vector<std::string>> before;
  std::vector<std::unordered_set<std::string>> before_sets;
  for (const Coalition& coalition : earlier.coalitions(options)) {
    before.push_back(ids_of(earlier, coalition));
    before_sets.emplace_back(before.back().begin(), before.back().end());
  }

  std::vector<CoalitionChange> changes;
  for (const Coalition& coalition : later.coalitions(options)) {
    CoalitionChange change;
    change.members = ids_of(later, coalition);
    const std::unordered_set<std::string> now(change.members.begin(), change.members.end());
    for (std::size_t e = 0; e < before.size(); ++e) {
      const auto shared = static_cast<std::size_t>(
          std::count_if(change.members.begin(), change.members.end(),
                        [&](const std::string& id) { return before_sets[e].contains(id); }));
      if (shared == 0) continue;
      const double jaccard = static_cast<double>(shared) /
                             static_cast<double>(change.members.size() + before[e].size() - shared);
      if (!change.earlier || jaccard > change.jaccard ||
          (jaccard == change.jaccard && before[e].size() > before[*change.earlier].size())) {
        change.earlier = e;
        change.jaccard = jaccard;
      }
    }
    for (const std::string& id : change.members) {
      if (!change.earlier || !before_sets[*change.earlier].contains(id)) change.joined.push_back(id);
    }
    if (change.earlier) {
      for (const std::string& id : before[*change.earlier]) {
        if (!now.contains(id)) change.left.push_back(id);
      }
    }
    changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace hrtext
