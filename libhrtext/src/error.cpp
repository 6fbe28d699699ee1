#include "hrtext/error.hpp"

namespace hrtext {

InvalidUtf8Error::InvalidUtf8Error(std::size_t byte_offset, const std::string& problem)
    : Error("invalid UTF-8 at byte offset " + std::to_string(byte_offset) + ": " + problem),
      byte_offset_(byte_offset) {}

}  // namespace hrtext
