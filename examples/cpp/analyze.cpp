// hrtext-analyze: analyses files on all cores with one shared Analyzer and prints one analysis
// record per file (JSON Lines), in the order the files were given. Each file is read in the
// format its content and name tell (text, a web page, Word, OpenDocument: Document::read).
//
//   hrtext-analyze [--date YYYY-MM-DD] FILE...

#include <hrtext/hrtext.hpp>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw hrtext::IoError("cannot open '" + path + "'");
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

struct Result {
  std::string record;  // JSON, or empty when the file failed
  std::string error;
};

}  // namespace

int main(int argc, char** argv) {
  std::optional<hrtext::CalendarDate> date;
  std::vector<std::string> paths;
  try {
    for (int i = 1; i < argc; ++i) {
      const std::string arg = argv[i];
      if (arg == "--date" && i + 1 < argc) {
        date = hrtext::CalendarDate::parse_iso(argv[++i]);
      } else {
        paths.push_back(arg);
      }
    }
  } catch (const hrtext::Error& error) {
    std::cerr << "hrtext-analyze: " << error.what() << '\n';
    return 2;
  }
  if (paths.empty()) {
    std::cerr << "usage: hrtext-analyze [--date YYYY-MM-DD] FILE...\n";
    return 2;
  }

  // Built once, shared by every thread: an Analyzer is safe for concurrent use.
  const hrtext::Analyzer analyzer;
  std::vector<Result> results(paths.size());
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      try {
        const hrtext::Document document =
            hrtext::Document::read(read_file(paths[i]), hrtext::InputFormat::kAuto, {}, paths[i]);
        const hrtext::Analysis analysis = analyzer.analyze(document, {.source = paths[i], .date = date});
        results[i].record = analysis.to_json();
      } catch (const hrtext::Error& error) {
        results[i].error = error.what();
      }
    }
  };
  const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1U,
                                      static_cast<unsigned>(paths.size()));
  std::vector<std::jthread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  pool.clear();  // joins

  int failures = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (results[i].error.empty()) {
      std::cout << results[i].record << '\n';
    } else {
      std::cerr << "hrtext-analyze: " << paths[i] << ": " << results[i].error << '\n';
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}
