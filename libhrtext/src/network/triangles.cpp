#include "network/triangles.hpp"

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <bit>

namespace hrtext::detail {
namespace {

constexpr std::size_t kMostBitsetBytes = std::size_t{256} << 20;

// The x86-64 baseline has no popcount instruction, and the bitset count is nothing but
// popcounts: a clone for processors that have one is chosen when the library loads. Not under
// ThreadSanitizer, whose run time is not set up yet when the loader calls the clone's resolver
// (the program crashes at load time).
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define HRTEXT_THREAD_SANITIZER 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define HRTEXT_THREAD_SANITIZER 1
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(HRTEXT_THREAD_SANITIZER)
#define HRTEXT_POPCOUNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define HRTEXT_POPCOUNT_CLONES
#endif

// Edges pointing from lower to higher (degree, index), in compressed rows: hubs come last and
// have short lists.
struct Forward {
  std::vector<std::size_t> first;
  std::vector<std::uint32_t> later;
};

Forward forward_edges(const NetworkData& data) {
  const Projection& graph = data.graph;
  const auto n = static_cast<std::uint32_t>(data.nodes.size());
  const auto before = [&](std::uint32_t a, std::uint32_t b) {
    const std::size_t degree_a = boost::out_degree(a, graph);
    const std::size_t degree_b = boost::out_degree(b, graph);
    return degree_a != degree_b ? degree_a < degree_b : a < b;
  };
  Forward forward;
  forward.first.assign(n + std::size_t{1}, 0);
  for (std::uint32_t u = 0; u < n; ++u) {
    const auto [begin, end] = boost::adjacent_vertices(u, graph);
    forward.first[u + std::size_t{1}] =
        forward.first[u] +
        static_cast<std::size_t>(std::count_if(begin, end, [&](std::uint32_t v) { return before(u, v); }));
  }
  forward.later.resize(forward.first[n]);
  std::size_t at = 0;
  for (std::uint32_t u = 0; u < n; ++u) {
    for (const std::uint32_t v : boost::make_iterator_range(boost::adjacent_vertices(u, graph))) {
      if (before(u, v)) forward.later[at++] = v;
    }
  }
  return forward;
}

std::vector<std::uint64_t> list_triangles(const Forward& forward, std::size_t n) {
  std::vector<std::uint64_t> triangles(n, 0);
  std::vector<std::size_t> mark(n, n);
  for (std::size_t u = 0; u < n; ++u) {
    for (std::size_t i = forward.first[u]; i < forward.first[u + 1]; ++i) mark[forward.later[i]] = u;
    for (std::size_t i = forward.first[u]; i < forward.first[u + 1]; ++i) {
      const std::uint32_t v = forward.later[i];
      for (std::size_t j = forward.first[v]; j < forward.first[v + 1]; ++j) {
        const std::uint32_t w = forward.later[j];
        if (mark[w] == u) {
          ++triangles[u];
          ++triangles[v];
          ++triangles[w];
        }
      }
    }
  }
  return triangles;
}

// Adds each edge's common neighbours, the triangles through it, to both of its ends.
HRTEXT_POPCOUNT_CLONES void count_common_neighbours(const std::vector<NetworkEdge>& edges, const std::uint64_t* bits,
                                                    std::size_t words, const std::size_t* low,
                                                    const std::size_t* high, std::uint64_t* triangles) {
  for (const NetworkEdge& edge : edges) {
    const std::uint64_t* a = bits + edge.source * words;
    const std::uint64_t* b = bits + edge.target * words;
    std::uint64_t common = 0;
    const std::size_t end = std::min(high[edge.source], high[edge.target]);
    for (std::size_t k = std::max(low[edge.source], low[edge.target]); k < end; ++k) {
      common += static_cast<std::uint64_t>(std::popcount(a[k] & b[k]));
    }
    triangles[edge.source] += common;
    triangles[edge.target] += common;
  }
}

}  // namespace

std::vector<std::uint64_t> triangles_by_marks(const NetworkData& data) {
  return list_triangles(forward_edges(data), data.nodes.size());
}

std::vector<std::uint64_t> triangles_by_bitsets(const NetworkData& data) {
  const std::size_t n = data.nodes.size();
  const std::size_t words = (n + 63) / 64;
  std::vector<std::uint64_t> bits(n * words, 0);
  // The words of each row that hold a bit: rows are sorted, so the first and last neighbours.
  std::vector<std::size_t> low(n, 0);
  std::vector<std::size_t> high(n, 0);
  for (std::uint32_t u = 0; u < n; ++u) {
    const auto [begin, end] = boost::adjacent_vertices(u, data.graph);
    if (begin == end) continue;
    low[u] = *begin / 64;
    high[u] = *(end - 1) / 64 + 1;
    for (const std::uint32_t v : boost::make_iterator_range(begin, end)) {
      bits[u * words + v / 64] |= std::uint64_t{1} << (v % 64);
    }
  }
  std::vector<std::uint64_t> triangles(n, 0);
  count_common_neighbours(data.edges, bits.data(), words, low.data(), high.data(), triangles.data());
  // Each triangle at a node was counted from both of its edges there.
  for (std::uint64_t& t : triangles) t /= 2;
  return triangles;
}

std::vector<std::uint64_t> triangles(const NetworkData& data) {
  const std::size_t n = data.nodes.size();
  const Forward forward = forward_edges(data);
  std::uint64_t listing_work = 0;
  for (const std::uint32_t v : forward.later) listing_work += forward.first[v + 1] - forward.first[v];
  const std::size_t words = (n + 63) / 64;
  const bool bitsets_fit = words != 0 && n <= kMostBitsetBytes / 8 / words;
  if (bitsets_fit && data.edges.size() * words < listing_work) return triangles_by_bitsets(data);
  return list_triangles(forward, n);
}

}  // namespace hrtext::detail
