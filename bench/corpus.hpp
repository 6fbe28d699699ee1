#pragma once

// The benchmark corpus: realistic text, the same on every run.

#include <cstddef>
#include <string>
#include <vector>

namespace hrtext::bench {

// The example letters (examples/letters/*.txt, in name order) concatenated and repeated until
// the text is at least `min_bytes` long: joint letters, half of them lists of signatories, so
// dense in names. Throws std::runtime_error if there are none.
[[nodiscard]] const std::string& letters_corpus(std::size_t min_bytes = std::size_t{8} << 20);

// The same from the statements of bench/data/un-languages: a joint NGO statement in Russian,
// Arabic and Chinese (our own text), whose letters are no ASCII: the tokeniser's paths for
// other scripts. Throws std::runtime_error if there are none.
[[nodiscard]] const std::string& un_languages_corpus(std::size_t min_bytes = std::size_t{8} << 20);

// The same from the real documents of ../shared/corpus/dev beside the repository (UN reports,
// UPR documents, press releases, letters: mostly prose), or an empty string when that folder
// is absent. Read at run time; nothing of it is in the repository.
[[nodiscard]] const std::string& shared_corpus(std::size_t min_bytes = std::size_t{8} << 20);

// The example letters one by one, repeated until they add up to `min_bytes`: what a pipeline
// over many documents sees.
[[nodiscard]] const std::vector<std::string>& letters(std::size_t min_bytes = std::size_t{8} << 20);

}  // namespace hrtext::bench
