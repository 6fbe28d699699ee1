#include "corpus.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <utility>
#include <vector>

namespace hrtext::bench {

namespace {

// The .txt files of a folder, in name order; none when the folder does not exist.
std::vector<std::string> texts_of(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(folder)) {
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    texts.push_back(text.str());
  }
  return texts;
}

// The texts one after the other, each followed by a blank line.
std::string concatenated_texts(const std::filesystem::path& folder) {
  std::string texts;
  for (const std::string& text : texts_of(folder)) {
    texts += text;
    texts += "\n\n";
  }
  return texts;
}

std::string repeated(const std::string& unit, std::size_t min_bytes) {
  std::string corpus;
  if (unit.empty()) return corpus;
  while (corpus.size() < min_bytes) corpus += unit;
  return corpus;
}

}  // namespace

namespace {

// The texts of `folder` concatenated and repeated to `min_bytes`, built once per folder and size;
// empty when the folder has none, unless `required`: then std::runtime_error.
const std::string& corpus_of(const std::string& folder, std::size_t min_bytes, bool required) {
  static std::map<std::pair<std::string, std::size_t>, std::string> cache;
  std::string& corpus = cache[{folder, min_bytes}];
  if (corpus.empty()) {
    corpus = repeated(concatenated_texts(folder), min_bytes);
    if (corpus.empty() && required) throw std::runtime_error("no texts in " + folder);
  }
  return corpus;
}

}  // namespace

const std::string& letters_corpus(std::size_t min_bytes) { return corpus_of(HRTEXT_EXAMPLES_DIR, min_bytes, true); }

const std::string& un_languages_corpus(std::size_t min_bytes) {
  return corpus_of(HRTEXT_UN_LANGUAGES_DIR, min_bytes, true);
}

const std::string& shared_corpus(std::size_t min_bytes) { return corpus_of(HRTEXT_SHARED_CORPUS_DIR, min_bytes, false); }

const std::vector<std::string>& letters(std::size_t min_bytes) {
  static std::map<std::size_t, std::vector<std::string>> cache;
  std::vector<std::string>& letters = cache[min_bytes];
  if (letters.empty()) {
    const std::vector<std::string> unit = texts_of(HRTEXT_EXAMPLES_DIR);
    if (unit.empty()) throw std::runtime_error("no example letters in " HRTEXT_EXAMPLES_DIR);
    for (std::size_t bytes = 0; bytes < min_bytes;) {
      for (const std::string& letter : unit) {
        letters.push_back(letter);
        bytes += letter.size();
      }
    }
  }
  return letters;
}

}  // namespace hrtext::bench
