#pragma once

// The benchmark corpus: realistic text, the same on every run.

#include <cstddef>
#include <string>

namespace hrtext::bench {

// The example letters (examples/letters/*.txt, in name order) concatenated and repeated until
// the text is at least `min_bytes` long. Throws std::runtime_error if there are none.
[[nodiscard]] const std::string& letters_corpus(std::size_t min_bytes = std::size_t{8} << 20);

}  // namespace hrtext::bench
