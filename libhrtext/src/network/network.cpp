// The Network object: its data, accessors and lookups.

#include <cstddef>
#include <iterator>
#include <limits>
#include <string>
#include <utility>

#include "hrtext/error.hpp"
#include "network/network_data.hpp"

namespace hrtext {
namespace detail {
namespace {

// The half-edges of the projection in the order of its rows, generated from the edge list:
// node u's row is its edges to lower nodes, where it is the target, then its edges to higher
// nodes, where it is the source, each by ascending neighbour since the edges are sorted by
// (source, target). Only the edges by target are gathered, with their source so that the walk
// reads no edge out of order: 8 bytes an edge, half the size of the finished rows.
class RowOrder {
 public:
  explicit RowOrder(const NetworkData& data)
      : edges_(data.edges), first_out_(data.nodes.size() + 1, 0), first_in_(data.nodes.size() + 1, 0) {
    for (const NetworkEdge& edge : edges_) {
      ++first_out_[edge.source + 1];
      ++first_in_[edge.target + 1];
    }
    for (std::size_t u = 1; u < first_out_.size(); ++u) {
      first_out_[u] += first_out_[u - 1];
      first_in_[u] += first_in_[u - 1];
    }
    in_.assign(edges_.size(), In{});
    std::vector<std::size_t> next(first_in_.begin(), first_in_.end() - 1);
    for (std::size_t e = 0; e < edges_.size(); ++e) {
      in_[next[edges_[e].target]++] = {static_cast<std::uint32_t>(e), edges_[e].source};
    }
  }

  // A position in the walk: the half-edge `at` of all, in row `node`, with `in` edges by
  // target and `out` edges by source behind it.
  class Cursor {
   public:
    Cursor(const RowOrder& rows, std::size_t at) : rows_(&rows), at_(at) {
      if (at_ == 0) settle();
    }
    void next() {
      ++at_;
      if (in_ < rows_->first_in_[node_ + 1]) {
        ++in_;
      } else {
        ++out_;
      }
      settle();
    }
    [[nodiscard]] bool operator==(const Cursor& other) const { return at_ == other.at_; }
    [[nodiscard]] std::uint32_t node() const { return node_; }
    [[nodiscard]] std::uint32_t edge() const {
      return in_ < rows_->first_in_[node_ + 1] ? rows_->in_[in_].edge : static_cast<std::uint32_t>(out_);
    }
    [[nodiscard]] std::uint32_t neighbour() const {
      return in_ < rows_->first_in_[node_ + 1] ? rows_->in_[in_].source : rows_->edges_[out_].target;
    }

   private:
    // Skips to the row the next half-edge is in.
    void settle() {
      const std::size_t n = rows_->first_in_.size() - 1;
      while (node_ < n && in_ == rows_->first_in_[node_ + 1] && out_ == rows_->first_out_[node_ + 1]) ++node_;
    }

    const RowOrder* rows_;
    std::size_t at_;
    std::uint32_t node_ = 0;
    std::size_t in_ = 0;
    std::size_t out_ = 0;
  };

  // The (source, target) of each half-edge, as Boost reads them.
  class Ends {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = std::pair<std::uint32_t, std::uint32_t>;
    using difference_type = std::ptrdiff_t;
    using pointer = const value_type*;
    using reference = const value_type&;

    Ends(const RowOrder& rows, std::size_t at) : cursor_(rows, at) {}
    Ends& operator++() {
      cursor_.next();
      return *this;
    }
    [[nodiscard]] bool operator==(const Ends& other) const { return cursor_ == other.cursor_; }
    [[nodiscard]] reference operator*() {
      ends_ = {cursor_.node(), cursor_.neighbour()};
      return ends_;
    }
    [[nodiscard]] pointer operator->() { return &**this; }

   private:
    Cursor cursor_;
    value_type ends_;
  };

  // The edge bundle of each half-edge, in step with Ends.
  class Bundles {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = HalfEdge;
    using difference_type = std::ptrdiff_t;
    using pointer = const HalfEdge*;
    using reference = HalfEdge;

    Bundles(const RowOrder& rows, std::size_t at) : cursor_(rows, at) {}
    Bundles& operator++() {
      cursor_.next();
      return *this;
    }
    [[nodiscard]] HalfEdge operator*() const { return {cursor_.edge()}; }

   private:
    Cursor cursor_;
  };

 private:
  struct In {
    std::uint32_t edge;
    std::uint32_t source;
  };

  const std::vector<NetworkEdge>& edges_;
  std::vector<std::size_t> first_out_;  // where each node's edges as source start in edges_
  std::vector<std::size_t> first_in_;   // where each node's edges as target start in in_
  std::vector<In> in_;                  // edges by target, then by source
};

}  // namespace

void NetworkData::link() {
  if (nodes.size() > std::numeric_limits<std::uint32_t>::max() ||
      edges.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw LimitError("a network is limited to 2^32 - 1 nodes and edges; this one has " +
                     std::to_string(nodes.size()) + " nodes and " + std::to_string(edges.size()) +
                     " edges");
  }
  index.clear();
  index.reserve(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) index.emplace(nodes[i].id, i);

  // Built with edges_are_sorted from half-edges generated in the order of the rows, so Boost
  // writes each row once, in order; the only other large array is RowOrder's edges by target.
  // (construct_inplace_from_sources_and_targets would need a third array, of sources, and
  // filling the three scatters three writes per half-edge: measured slower on the benchmark.)
  const RowOrder rows(*this);
  graph = Projection(boost::edges_are_sorted, RowOrder::Ends(rows, 0), RowOrder::Ends(rows, 2 * edges.size()),
                     RowOrder::Bundles(rows, 0), static_cast<std::uint32_t>(nodes.size()), 2 * edges.size());
}

std::vector<double> node_strengths(const NetworkData& data, EdgeWeight weight) {
  std::vector<double> strength(data.nodes.size(), 0.0);
  for (const NetworkEdge& edge : data.edges) {
    const double w = weight_of(edge, weight);
    strength[edge.source] += w;
    strength[edge.target] += w;
  }
  return strength;
}

std::size_t node_of(const NetworkData& data, std::string_view id) {
  const auto found = data.index.find(std::string(id));
  if (found == data.index.end()) throw Error("no organisation with id \"" + std::string(id) + "\" in the network");
  return found->second;
}

}  // namespace detail

Network::Network(std::unique_ptr<detail::NetworkData> data) : data_(std::move(data)) {}
Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;
Network::~Network() = default;

std::size_t Network::node_count() const noexcept { return data_->nodes.size(); }
std::size_t Network::edge_count() const noexcept { return data_->edges.size(); }
const std::vector<NetworkNode>& Network::nodes() const noexcept { return data_->nodes; }
const std::vector<NetworkEdge>& Network::edges() const noexcept { return data_->edges; }
const std::vector<NetworkLetter>& Network::letters() const noexcept { return data_->letters; }
std::size_t Network::index_of(std::string_view id) const { return detail::node_of(*data_, id); }

namespace {

[[noreturn]] void parts_do_not_fit(const std::string& fault) {
  throw ParseError("the parts of a network do not fit together: " + fault);
}

}  // namespace

Network Network::from_parts(std::vector<NetworkNode> nodes, std::vector<NetworkEdge> edges,
                            std::vector<NetworkLetter> letters) {
  auto data = std::make_unique<detail::NetworkData>();
  data->nodes = std::move(nodes);
  data->edges = std::move(edges);
  data->letters = std::move(letters);
  const std::size_t n = data->nodes.size();
  for (const NetworkNode& node : data->nodes) {
    if (node.id.empty()) parts_do_not_fit("a node has an empty id");
  }
  for (std::size_t e = 0; e < data->edges.size(); ++e) {
    const NetworkEdge& edge = data->edges[e];
    if (edge.source >= edge.target || edge.target >= n) {
      parts_do_not_fit("edge " + std::to_string(e) + " joins nodes " + std::to_string(edge.source) + " and " +
                       std::to_string(edge.target) + " of " + std::to_string(n) + " (source < target < nodes)");
    }
    if (e > 0) {
      const NetworkEdge& before = data->edges[e - 1];
      if (std::pair(before.source, before.target) >= std::pair(edge.source, edge.target)) {
        parts_do_not_fit("edge " + std::to_string(e) + " is out of (source, target) order or repeated");
      }
    }
  }
  for (const NetworkLetter& letter : data->letters) {
    for (std::size_t k = 0; k < letter.organisations.size(); ++k) {
      if (letter.organisations[k] >= n || (k > 0 && letter.organisations[k - 1] >= letter.organisations[k])) {
        parts_do_not_fit("letter \"" + letter.letter + "\" names nodes out of range or out of order");
      }
    }
  }
  data->link();  // the edges checked first: the graph is built from them unchecked
  if (data->index.size() != n) parts_do_not_fit("two nodes share an id");
  return Network(std::move(data));
}

}  // namespace hrtext
