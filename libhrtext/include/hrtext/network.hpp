#pragma once

// Co-signatory networks: the organisations that sign joint letters together, their metrics,
// their coalitions, and exports for networkx, Gephi and Graphviz.

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/analysis.hpp"
#include "hrtext/dates.hpp"
#include "hrtext/entities.hpp"
#include "hrtext/export.hpp"

namespace hrtext {

namespace detail {
struct NetworkData;
}

// One signer of a letter, as the signatories layer gives it.
struct Signer {
  EntityKind kind = EntityKind::kNgo;
  std::optional<std::string> id;  // null when the signer resolves to no known entity
  std::string name;
};

// A letter reduced to what the network needs.
struct SignedLetter {
  std::string letter;  // a name for the letter (its source file)
  std::optional<PartialDate> date;
  std::vector<Signer> signers;
};

struct NetworkOptions {
  // Time window, inclusive: a letter counts when every day its date may stand for lies in
  // [first day of `since`, last day of `until`]. So since = until = 2019 keeps "2019",
  // "2019-03" and "2019-03-30", while since = 2019-06 leaves out a letter dated only "2019".
  // When either bound is set, letters without a date are left out. A window that ends before
  // it starts is an Error.
  std::optional<PartialDate> since;
  std::optional<PartialDate> until;
  // An edge is kept when the two organisations co-signed at least this many letters.
  double min_weight = 1;
  // A letter signed by more organisations than this ties none of them: its n(n - 1) / 2 ties
  // (2 million at 2,000 signers, ~110 MB; 50 million at 10,000) are a mass petition's, not a
  // coalition's, and would swamp the network and the memory. Its signers still count it as a
  // letter signed, and Network::letters() keeps it with `tied` false. SIZE_MAX: no bound.
  std::size_t max_letter_signers = 2000;
};

// The weight an algorithm reads from an edge.
enum class EdgeWeight {
  kLetters,  // letters co-signed
  kNewman,   // Newman's collaboration weight: sum over those letters of 1 / (n - 1)
  kJaccard,  // letters co-signed / letters signed by either
};

// An organisation. Signers with an id are keyed by it; a signer without one by its name
// lower-cased (Unicode, root locale) with runs of white space folded to one space and trimmed,
// so "Friends  of the Earth" and "friends of the earth" are one node. Such a key is also the
// node's id, and joins the node of an entity whose id is spelled the same.
struct NetworkNode {
  std::string id;
  std::string name;  // the name seen most often, ties to the one seen first
  EntityKind kind = EntityKind::kNgo;  // as first seen
  std::size_t letters = 0;             // letters signed, within the window
  // Ordered by year, then month, then day, a missing month or day before any other.
  std::optional<PartialDate> first_date;
  std::optional<PartialDate> last_date;
};

// An undirected edge between two organisations (node indices, source < target). 32-bit
// fields keep the edge at 32 bytes: a projection has tens of millions.
struct NetworkEdge {
  std::uint32_t source = 0;
  std::uint32_t target = 0;
  std::uint32_t letters = 0;  // letters co-signed
  double newman = 0;
  double jaccard = 0;
};

// A letter of the bipartite letter x organisation graph.
struct NetworkLetter {
  std::string letter;
  std::optional<PartialDate> date;
  std::vector<std::size_t> organisations;  // node indices, ascending, each once
  std::size_t persons = 0;                 // distinct persons signing, kept out of the network
  bool tied = true;  // false: signed by more than NetworkOptions::max_letter_signers, no ties
};

struct BetweennessOptions {
  // Null: shortest paths by hops. Else by distances 1 / weight, two paths equally short when
  // their sums of distances are equal as doubles (networkx compares them exactly too).
  std::optional<EdgeWeight> weight;
  // False: each pair of nodes counted once. True: divided by the (n - 1)(n - 2) / 2 pairs
  // that exclude the node.
  bool normalized = false;
  // Null: every node is a source (exact). Else only this many sources, drawn from the seed,
  // and each node's sum scaled as networkx's for k < n: as if from the n - 1 sources other than
  // the node, having seen `samples` of them, or samples - 1 for a node drawn (never its own
  // intermediate; NaN when samples = 1), so the estimate is unbiased. samples = n is exact.
  std::optional<std::size_t> samples;
  // Which sources are drawn: the same seed gives the same estimate everywhere.
  std::uint64_t seed = 1;
};

struct Communities {
  std::vector<std::size_t> community;  // per node; 0 is the largest community, then by size
  std::size_t count = 0;
  double modularity = 0;
};

struct LouvainOptions {
  EdgeWeight weight = EdgeWeight::kLetters;
  double resolution = 1.0;
  // Seeds the order in which nodes are visited: the same seed gives the same communities.
  std::uint64_t seed = 1;
};

struct Coalition {
  std::size_t community = 0;
  // Members by strength within the coalition, strongest first (ties by node index).
  std::vector<std::size_t> members;
  std::vector<std::size_t> core;  // the first `core_size` members
};

struct CoalitionOptions {
  LouvainOptions louvain;
  std::size_t core_size = 5;
  // Coalitions with fewer members are not listed (an isolated organisation is a community).
  std::size_t min_size = 2;
};

struct Partner {
  std::size_t node = 0;
  double weight = 0;
  std::size_t letters = 0;
};

enum class BridgeRanking {
  kBetweenness,  // unweighted betweenness, highest first
  kWeight,       // weight into the coalition the node is not in (the smaller one if in neither)
};

struct Bridge {
  std::size_t node = 0;
  std::size_t community = 0;  // the node's own
  double weight_to_a = 0;     // sum of its edge weights into community a
  double weight_to_b = 0;
  double betweenness = 0;     // when ranked by betweenness, else 0
};

// How a coalition of the later period relates to the earlier one.
struct CoalitionChange {
  std::vector<std::string> members;  // ids, in the order of Coalition::members
  // The earlier coalition sharing the most members relative to their union (Jaccard), null
  // when none shares any; ties go to the larger earlier coalition.
  std::optional<std::size_t> earlier;
  double jaccard = 0;
  std::vector<std::string> joined;  // members not in the earlier coalition, by id
  std::vector<std::string> left;    // members of the earlier coalition not in this one, by id
};

enum class NetworkFormat { kGraphml, kGexf, kDot, kJson, kCsv };

// The one-mode projection of letters onto organisations, with its letters. Immutable once
// built; safe to query from many threads at once.
class HRTEXT_EXPORT Network {
 public:
  // Persons are kept out of the organisation network and counted per letter; a signer
  // repeated in one letter counts once.
  [[nodiscard]] static Network build(std::span<const SignedLetter> letters,
                                     const NetworkOptions& options = {});
  // The same from analyses: a letter is named by its source (else "#" and its position) and
  // dated by its document date.
  [[nodiscard]] static Network build(std::span<const Analysis> analyses,
                                     const NetworkOptions& options = {});
  // A network given whole, as nodes(), edges() and letters() hand it out: how a copy saved or
  // sent to another process (Python's pickle) comes back, filtered edges and all. Throws
  // ParseError, naming the first fault, when the parts do not fit together (a duplicate or
  // empty id, an edge or letter naming no node, edges out of (source, target) order).
  [[nodiscard]] static Network from_parts(std::vector<NetworkNode> nodes, std::vector<NetworkEdge> edges,
                                          std::vector<NetworkLetter> letters);

  Network(Network&&) noexcept;
  Network& operator=(Network&&) noexcept;
  Network(const Network&) = delete;
  Network& operator=(const Network&) = delete;
  ~Network();

  [[nodiscard]] std::size_t node_count() const noexcept;
  [[nodiscard]] std::size_t edge_count() const noexcept;
  [[nodiscard]] const std::vector<NetworkNode>& nodes() const noexcept;
  // Sorted by (source, target).
  [[nodiscard]] const std::vector<NetworkEdge>& edges() const noexcept;
  [[nodiscard]] const std::vector<NetworkLetter>& letters() const noexcept;
  // The node of an id; throws Error naming the id when there is none.
  [[nodiscard]] std::size_t index_of(std::string_view id) const;

  // Metrics, one value per node, computed on each call.
  [[nodiscard]] std::vector<std::size_t> degree() const;
  [[nodiscard]] std::vector<double> strength(EdgeWeight weight = EdgeWeight::kLetters) const;
  // Brandes, as networkx.betweenness_centrality(G, k=samples, normalized=, weight=, seed=).
  // Time grows with sources x edges: exact, seconds for a few thousand organisations but some
  // ten minutes for 20,000 with 18 million edges, which 64 sampled sources estimate in
  // seconds. Throws Error for samples = 0 or more samples than nodes.
  [[nodiscard]] std::vector<double> betweenness(const BetweennessOptions& options = {}) const;
  // Power iteration as networkx.pagerank: uniform start and teleport, the weight of a dangling
  // node spread uniformly, stopping when the L1 change is below node_count * tolerance. Throws
  // Error when max_iterations pass first, or for a damping outside [0, 1] or a tolerance <= 0.
  [[nodiscard]] std::vector<double> pagerank(EdgeWeight weight = EdgeWeight::kLetters,
                                             double damping = 0.85, double tolerance = 1e-12,
                                             std::size_t max_iterations = 1000) const;
  // Unweighted local clustering coefficient (networkx.clustering): 0 below degree 2.
  [[nodiscard]] std::vector<double> clustering() const;
  // Connected component per node, numbered from 0 in order of their first node.
  [[nodiscard]] std::vector<std::size_t> components() const;

  // Louvain communities: local moves in an order shuffled from the seed, then aggregation,
  // level after level until a level improves modularity by no more than 1e-7. Throws Error for
  // a resolution that is not positive and finite.
  [[nodiscard]] Communities louvain(const LouvainOptions& options = {}) const;
  // Newman's weighted modularity of a partition with one community label per node (any
  // labels); 0 for a network without edges. Throws Error when the sizes differ or the
  // resolution is not positive and finite.
  [[nodiscard]] double modularity(std::span<const std::size_t> community,
                                  EdgeWeight weight = EdgeWeight::kLetters,
                                  double resolution = 1.0) const;

  // The backbone of the disparity filter (Serrano, Boguñá, Vespignani 2009): an edge stays when
  // (1 - w / s)^(k - 1) < alpha at either end (s strength, k degree of that end). An end of
  // degree 1 finds no edge significant (the exponent is 0), so the edge of a leaf stays only
  // when its other end keeps it. Every node stays, edges keep their attributes.
  [[nodiscard]] Network backbone(double alpha, EdgeWeight weight = EdgeWeight::kLetters) const;

  // The coalitions (Louvain communities) of at least min_size members, largest first.
  [[nodiscard]] std::vector<Coalition> coalitions(const CoalitionOptions& options = {}) const;
  // The `n` organisations with the heaviest edges to `id`, heaviest first (ties: more letters,
  // then node index). Throws Error for an unknown id.
  [[nodiscard]] std::vector<Partner> closest_partners(std::string_view id, std::size_t n,
                                                      EdgeWeight weight = EdgeWeight::kLetters) const;
  // The organisations with edges into both communities `a` and `b` of `communities` (members
  // of either or of neither), best first. Throws Error when a community does not exist.
  [[nodiscard]] std::vector<Bridge> bridges(const Communities& communities, std::size_t a,
                                            std::size_t b,
                                            BridgeRanking ranking = BridgeRanking::kBetweenness,
                                            EdgeWeight weight = EdgeWeight::kLetters) const;

  // Exports. Node ids are the organisation ids; edge attributes letters, newman, jaccard; node
  // attributes name, kind, letters, first_date and last_date (left out when null). In XML,
  // characters XML 1.0 does not allow (C0 controls but tab, newline and carriage return;
  // U+FFFE, U+FFFF) and ill-formed UTF-8 become U+FFFD.
  void write_graphml(std::ostream& out) const;
  void write_gexf(std::ostream& out) const;  // GEXF 1.3, edges weighted by letters
  void write_dot(std::ostream& out) const;
  // networkx's node_link_data shape, the edges under "links" (node_link_graph(d, edges="links")).
  void write_json(std::ostream& out) const;
  // RFC 4180, CRLF line ends, with a header line.
  void write_csv_edges(std::ostream& out) const;  // source,target,letters,newman,jaccard (ids)
  void write_csv_nodes(std::ostream& out) const;  // id,name,kind,letters,first_date,last_date
  void write(std::ostream& out, NetworkFormat format) const;  // kCsv: the edge list
  // The format chosen by the extension: .graphml .gexf .dot .json, and .csv for the edges with
  // the nodes beside them ("net.csv" and "net.nodes.csv"). Throws Error for another extension,
  // IoError when a file cannot be written.
  void save(const std::string& path) const;

 private:
  explicit Network(std::unique_ptr<detail::NetworkData> data);
  std::unique_ptr<detail::NetworkData> data_;
};

// For each coalition of the later period, the coalition of the earlier period it continues,
// and who joined and left. Nodes are matched by id across the two networks.
[[nodiscard]] HRTEXT_EXPORT std::vector<CoalitionChange> compare_periods(
    const Network& earlier, const Network& later, const CoalitionOptions& options = {});

}  // namespace hrtext
