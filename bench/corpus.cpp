#include "corpus.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace hrtext::bench {

const std::string& letters_corpus(std::size_t min_bytes) {
  static std::map<std::size_t, std::string> cache;
  std::string& corpus = cache[min_bytes];
  if (!corpus.empty()) return corpus;

  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(HRTEXT_EXAMPLES_DIR)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string letters;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    letters += text.str();
    letters += "\n\n";
  }
  if (letters.empty()) {
    throw std::runtime_error("no example letters in " HRTEXT_EXAMPLES_DIR);
  }
  while (corpus.size() < min_bytes) corpus += letters;
  return corpus;
}

}  // namespace hrtext::bench
