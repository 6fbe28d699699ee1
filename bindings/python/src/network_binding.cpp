// hrtext._core.Network: the co-signatory network, its metrics and exports. The Pythonic layer
// (hrtext/_network.py) wraps it with names, pandas and networkx.

#include "network_binding.hpp"

#include <pybind11/stl.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "hrtext/error.hpp"
#include "hrtext/network.hpp"

namespace py = pybind11;

namespace {

using hrtext::EdgeWeight;
using hrtext::Network;

// (kind, id or None, name)
using SignerTuple = std::tuple<std::string, std::optional<std::string>, std::string>;
// (letter, ISO date or None, signers)
using LetterTuple = std::tuple<std::string, std::optional<std::string>, std::vector<SignerTuple>>;
// The parts of a built network, as nodes(), edges() and letters() give them and from_parts()
// takes them back: (id, name, kind, letters, first_date, last_date), (source, target, letters,
// newman, jaccard), (letter, date, node indices, persons, tied).
using NodeTuple = std::tuple<std::string, std::string, std::string, std::size_t, std::optional<std::string>,
                             std::optional<std::string>>;
using EdgeTuple = std::tuple<std::size_t, std::size_t, std::size_t, double, double>;
using NetworkLetterTuple =
    std::tuple<std::string, std::optional<std::string>, std::vector<std::size_t>, std::size_t, bool>;

EdgeWeight weight_of(const std::string& name) {
  if (name == "letters") return EdgeWeight::kLetters;
  if (name == "newman") return EdgeWeight::kNewman;
  if (name == "jaccard") return EdgeWeight::kJaccard;
  throw hrtext::ParseError("unknown edge weight '" + name + "': use 'letters', 'newman' or 'jaccard'");
}

std::optional<hrtext::PartialDate> date_of(const std::optional<std::string>& iso) {
  if (!iso) return std::nullopt;
  return hrtext::PartialDate::parse_iso(*iso);
}

std::optional<std::string> iso_of(const std::optional<hrtext::PartialDate>& date) {
  if (!date) return std::nullopt;
  return date->to_iso();
}

hrtext::LouvainOptions louvain_options(const std::string& weight, double resolution, std::uint64_t seed) {
  hrtext::LouvainOptions options;
  options.weight = weight_of(weight);
  options.resolution = resolution;
  options.seed = seed;
  return options;
}

// A 32-bit field of an edge from Python's int, refused when it does not fit.
std::uint32_t edge_field(std::size_t value, const char* what) {
  if (value > std::numeric_limits<std::uint32_t>::max()) {
    throw hrtext::ParseError(std::string("an edge's ") + what + " does not fit in 32 bits: " + std::to_string(value));
  }
  return static_cast<std::uint32_t>(value);
}

Network network_from_parts(const std::vector<NodeTuple>& node_tuples, const std::vector<EdgeTuple>& edge_tuples,
                           const std::vector<NetworkLetterTuple>& letter_tuples) {
  std::vector<hrtext::NetworkNode> nodes;
  nodes.reserve(node_tuples.size());
  for (const auto& [id, name, kind, letters, first, last] : node_tuples) {
    nodes.push_back({id, name, hrtext::entity_kind_from_string(kind), letters, date_of(first), date_of(last)});
  }
  std::vector<hrtext::NetworkEdge> edges;
  edges.reserve(edge_tuples.size());
  for (const auto& [source, target, letters, newman, jaccard] : edge_tuples) {
    edges.push_back({edge_field(source, "source"), edge_field(target, "target"), edge_field(letters, "letters"),
                     newman, jaccard});
  }
  std::vector<hrtext::NetworkLetter> letters;
  letters.reserve(letter_tuples.size());
  for (const auto& [letter, date, organisations, persons, tied] : letter_tuples) {
    letters.push_back({letter, date_of(date), organisations, persons, tied});
  }
  py::gil_scoped_release release;
  return Network::from_parts(std::move(nodes), std::move(edges), std::move(letters));
}

hrtext::NetworkFormat format_of(const std::string& name) {
  if (name == "graphml") return hrtext::NetworkFormat::kGraphml;
  if (name == "gexf") return hrtext::NetworkFormat::kGexf;
  if (name == "dot") return hrtext::NetworkFormat::kDot;
  if (name == "json") return hrtext::NetworkFormat::kJson;
  if (name == "csv") return hrtext::NetworkFormat::kCsv;
  throw hrtext::ParseError("unknown network format '" + name + "': use graphml, gexf, dot, json or csv");
}

}  // namespace

void bind_network(py::module_& module) {
  module.attr("DEFAULT_MAX_LETTER_SIGNERS") = hrtext::NetworkOptions{}.max_letter_signers;
  py::class_<Network>(module, "Network", "The co-signatory network of organisations across letters.")
      .def_static(
          "build",
          [](const std::vector<LetterTuple>& letters, std::optional<std::string> since,
             std::optional<std::string> until, double min_weight, std::optional<std::size_t> max_letter_signers) {
            std::vector<hrtext::SignedLetter> signed_letters;
            signed_letters.reserve(letters.size());
            for (const auto& [letter, date, signers] : letters) {
              hrtext::SignedLetter signed_letter{letter, date_of(date), {}};
              for (const auto& [kind, id, name] : signers) {
                signed_letter.signers.push_back({hrtext::entity_kind_from_string(kind), id, name});
              }
              signed_letters.push_back(std::move(signed_letter));
            }
            hrtext::NetworkOptions options;
            options.since = date_of(since);
            options.until = date_of(until);
            options.min_weight = min_weight;
            options.max_letter_signers = max_letter_signers.value_or(std::numeric_limits<std::size_t>::max());
            py::gil_scoped_release release;
            return Network::build(signed_letters, options);
          },
          py::arg("letters"), py::kw_only(), py::arg("since") = py::none(), py::arg("until") = py::none(),
          py::arg("min_weight") = 1.0, py::arg("max_letter_signers") = hrtext::NetworkOptions{}.max_letter_signers,
          "Builds the network from (letter, date, [(kind, id, name), ...]) tuples; a letter signed by more "
          "than max_letter_signers organisations (None: no bound) ties none of them.")
      .def_static("from_parts", &network_from_parts, py::arg("nodes"), py::arg("edges"), py::arg("letters"),
                  "The network whose nodes(), edges() and letters() these are (how a pickled one comes back).")
      .def("node_count", &Network::node_count)
      .def("edge_count", &Network::edge_count)
      .def("nodes",
           [](const Network& network) {
             std::vector<NodeTuple> nodes;
             for (const hrtext::NetworkNode& n : network.nodes()) {
               nodes.emplace_back(n.id, n.name, std::string(hrtext::to_string(n.kind)), n.letters,
                                  iso_of(n.first_date), iso_of(n.last_date));
             }
             return nodes;
           },
           "(id, name, kind, letters, first_date, last_date) per node.")
      .def("edges",
           [](const Network& network) {
             std::vector<EdgeTuple> edges;
             for (const hrtext::NetworkEdge& e : network.edges()) {
               edges.emplace_back(e.source, e.target, e.letters, e.newman, e.jaccard);
             }
             return edges;
           },
           "(source, target, letters, newman, jaccard) per edge; source and target are node indices.")
      .def("letters",
           [](const Network& network) {
             std::vector<NetworkLetterTuple> letters;
             for (const hrtext::NetworkLetter& l : network.letters()) {
               letters.emplace_back(l.letter, iso_of(l.date), l.organisations, l.persons, l.tied);
             }
             return letters;
           },
           "(letter, date, node indices, persons, tied) per letter in the network.")
      .def("index_of", &Network::index_of, py::arg("id"))
      .def("degree", &Network::degree)
      .def(
          "strength", [](const Network& n, const std::string& weight) { return n.strength(weight_of(weight)); },
          py::kw_only(), py::arg("weight") = "letters")
      .def(
          "betweenness",
          [](const Network& n, std::optional<std::string> weight, bool normalized, std::optional<std::size_t> samples,
             std::uint64_t seed) {
            hrtext::BetweennessOptions options;
            if (weight) options.weight = weight_of(*weight);
            options.normalized = normalized;
            options.samples = samples;
            options.seed = seed;
            py::gil_scoped_release release;
            return n.betweenness(options);
          },
          py::kw_only(), py::arg("weight") = py::none(), py::arg("normalized") = false,
          py::arg("samples") = py::none(), py::arg("seed") = 1)
      .def(
          "pagerank",
          [](const Network& n, const std::string& weight, double damping) {
            py::gil_scoped_release release;
            return n.pagerank(weight_of(weight), damping);
          },
          py::kw_only(), py::arg("weight") = "letters", py::arg("damping") = 0.85)
      .def("clustering", &Network::clustering)
      .def("components", &Network::components)
      .def(
          "louvain",
          [](const Network& n, const std::string& weight, double resolution, std::uint64_t seed) {
            hrtext::Communities communities;
            {
              py::gil_scoped_release release;
              communities = n.louvain(louvain_options(weight, resolution, seed));
            }
            return std::make_tuple(communities.community, communities.count, communities.modularity);
          },
          py::kw_only(), py::arg("weight") = "letters", py::arg("resolution") = 1.0, py::arg("seed") = 1,
          "(community per node, count, modularity).")
      .def(
          "modularity",
          [](const Network& n, const std::vector<std::size_t>& community, const std::string& weight,
             double resolution) { return n.modularity(community, weight_of(weight), resolution); },
          py::arg("community"), py::kw_only(), py::arg("weight") = "letters", py::arg("resolution") = 1.0)
      .def(
          "backbone",
          [](const Network& n, double alpha, const std::string& weight) { return n.backbone(alpha, weight_of(weight)); },
          py::arg("alpha"), py::kw_only(), py::arg("weight") = "letters")
      .def(
          "coalitions",
          [](const Network& n, const std::string& weight, double resolution, std::uint64_t seed, std::size_t core_size,
             std::size_t min_size) {
            hrtext::CoalitionOptions options;
            options.louvain = louvain_options(weight, resolution, seed);
            options.core_size = core_size;
            options.min_size = min_size;
            std::vector<std::tuple<std::size_t, std::vector<std::size_t>, std::vector<std::size_t>>> coalitions;
            for (const hrtext::Coalition& c : n.coalitions(options)) coalitions.emplace_back(c.community, c.members, c.core);
            return coalitions;
          },
          py::kw_only(), py::arg("weight") = "letters", py::arg("resolution") = 1.0, py::arg("seed") = 1,
          py::arg("core_size") = 5, py::arg("min_size") = 2, "(community, members, core) per coalition.")
      .def(
          "closest_partners",
          [](const Network& n, const std::string& id, std::size_t count, const std::string& weight) {
            std::vector<std::tuple<std::size_t, double, std::size_t>> partners;
            for (const hrtext::Partner& p : n.closest_partners(id, count, weight_of(weight))) {
              partners.emplace_back(p.node, p.weight, p.letters);
            }
            return partners;
          },
          py::arg("id"), py::arg("n") = 10, py::kw_only(), py::arg("weight") = "letters",
          "(node, weight, letters) per partner, closest first.")
      .def(
          "bridges",
          [](const Network& n, const std::vector<std::size_t>& community, std::size_t a, std::size_t b,
             const std::string& ranking, const std::string& weight) {
            if (community.size() != n.node_count()) {
              throw hrtext::ParseError("bridges: the partition has " + std::to_string(community.size()) +
                                       " entries for " + std::to_string(n.node_count()) + " nodes");
            }
            hrtext::Communities communities;
            communities.community = community;
            for (const std::size_t c : community) communities.count = std::max(communities.count, c + 1);
            if (ranking != "betweenness" && ranking != "weight") {
              throw hrtext::ParseError("unknown bridge ranking '" + ranking + "': use 'betweenness' or 'weight'");
            }
            const auto by = ranking == "weight" ? hrtext::BridgeRanking::kWeight : hrtext::BridgeRanking::kBetweenness;
            std::vector<std::tuple<std::size_t, std::size_t, double, double, double>> bridges;
            for (const hrtext::Bridge& br : n.bridges(communities, a, b, by, weight_of(weight))) {
              bridges.emplace_back(br.node, br.community, br.weight_to_a, br.weight_to_b, br.betweenness);
            }
            return bridges;
          },
          py::arg("community"), py::arg("a"), py::arg("b"), py::kw_only(), py::arg("ranking") = "betweenness",
          py::arg("weight") = "letters", "(node, community, weight to a, weight to b, betweenness) per bridge.")
      .def(
          "write",
          [](const Network& n, const std::string& format) {
            std::ostringstream out;
            n.write(out, format_of(format));
            return out.str();
          },
          py::arg("format"), "The network in graphml, gexf, dot, json or csv (the edge list).")
      .def(
          "write_csv_nodes",
          [](const Network& n) {
            std::ostringstream out;
            n.write_csv_nodes(out);
            return out.str();
          },
          "The node list as CSV.")
      .def("save", &Network::save, py::arg("path"), "Writes the file, its format chosen by the extension.");

  module.def(
      "compare_periods",
      [](const Network& earlier, const Network& later, const std::string& weight, double resolution,
         std::uint64_t seed, std::size_t core_size, std::size_t min_size) {
        hrtext::CoalitionOptions options;
        options.louvain = louvain_options(weight, resolution, seed);
        options.core_size = core_size;
        options.min_size = min_size;
        std::vector<std::tuple<std::vector<std::string>, std::optional<std::size_t>, double, std::vector<std::string>,
                               std::vector<std::string>>>
            changes;
        for (const hrtext::CoalitionChange& c : hrtext::compare_periods(earlier, later, options)) {
          changes.emplace_back(c.members, c.earlier, c.jaccard, c.joined, c.left);
        }
        return changes;
      },
      py::arg("earlier"), py::arg("later"), py::kw_only(), py::arg("weight") = "letters",
      py::arg("resolution") = 1.0, py::arg("seed") = 1, py::arg("core_size") = 5, py::arg("min_size") = 2,
      "(members, earlier coalition or None, jaccard, joined, left) per coalition of the later network.");
}
