// Writing a network to a file in the format its extension names.

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include <unistd.h>

#include "document/ascii_case.hpp"
#include "hrtext/error.hpp"
#include "network/network_data.hpp"

namespace hrtext {
namespace {

// Writes the file whole or not at all: into a file beside it, renamed over it once complete, so
// that an interrupted run or a full disk never leaves a truncated network where a reader looks.
template <typename Write>
void write_file(const std::filesystem::path& path, Write write) {
  std::filesystem::path partial = path;
  partial += ".part-" + std::to_string(::getpid());
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) throw IoError("cannot write network file " + path.string() + ": " + std::strerror(errno));
    write(out);
    out.close();
    if (!out) {
      const int error = errno;
      std::error_code ignored;
      std::filesystem::remove(partial, ignored);
      throw IoError("writing network file " + path.string() + " failed: " + std::strerror(error));
    }
  }
  std::error_code renamed;
  std::filesystem::rename(partial, path, renamed);
  if (renamed) {
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    throw IoError("cannot write network file " + path.string() + ": " + renamed.message());
  }
}

}  // namespace

void Network::write(std::ostream& out, NetworkFormat format) const {
  switch (format) {
    case NetworkFormat::kGraphml: write_graphml(out); return;
    case NetworkFormat::kGexf: write_gexf(out); return;
    case NetworkFormat::kDot: write_dot(out); return;
    case NetworkFormat::kJson: write_json(out); return;
    case NetworkFormat::kCsv: write_csv_edges(out); return;
  }
}

void Network::save(const std::string& path) const {
  const std::filesystem::path file(path);
  const std::string extension = detail::ascii_lower(file.extension().string());
  NetworkFormat format;
  if (extension == ".graphml") {
    format = NetworkFormat::kGraphml;
  } else if (extension == ".gexf") {
    format = NetworkFormat::kGexf;
  } else if (extension == ".dot") {
    format = NetworkFormat::kDot;
  } else if (extension == ".json") {
    format = NetworkFormat::kJson;
  } else if (extension == ".csv") {
    write_file(file, [&](std::ostream& out) { write_csv_edges(out); });
    std::filesystem::path nodes = file;
    nodes.replace_extension(".nodes.csv");
    write_file(nodes, [&](std::ostream& out) { write_csv_nodes(out); });
    return;
  } else {
    throw Error("cannot tell the network format of " + path + ": the extension" +
                (extension.empty() ? std::string(" is missing") : " " + extension + " is unknown") +
                " (expected .graphml, .gexf, .dot, .json or .csv)");
  }
  write_file(file, [&](std::ostream& out) { write(out, format); });
}

}  // namespace hrtext
