#pragma once

// The triangles through each node, for the clustering coefficient.

#include <cstdint>
#include <vector>

#include "network/network_data.hpp"

namespace hrtext::detail {

// Lists each triangle once from its corner of lowest (degree, index), marking that corner's
// later neighbours: work of the sum over edges u -> v of v's later neighbours.
[[nodiscard]] std::vector<std::uint64_t> triangles_by_marks(const NetworkData& data);

// Counts the common neighbours of each edge's ends 64 at a time in bitsets of n bits per node:
// work of edges x n / 64, far less than listing on a dense projection whose hubs close
// billions of triangles. Needs n^2 / 8 bytes.
[[nodiscard]] std::vector<std::uint64_t> triangles_by_bitsets(const NetworkData& data);

// Whichever of the two does less work, bitsets only while they take at most 256 MiB.
[[nodiscard]] std::vector<std::uint64_t> triangles(const NetworkData& data);

}  // namespace hrtext::detail
