#pragma once

// The exceptions of hrtext. Every error the library reports derives from hrtext::Error and
// says in its message what was wrong and where.

#include <cstddef>
#include <stdexcept>
#include <string>

#include "hrtext/export.hpp"

namespace hrtext {

// The base of every error hrtext reports.
class HRTEXT_EXPORT Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The input is not well-formed UTF-8. byte_offset() is the offset of the first byte of the
// first ill-formed sequence.
class HRTEXT_EXPORT InvalidUtf8Error : public Error {
 public:
  InvalidUtf8Error(std::size_t byte_offset, const std::string& problem);
  [[nodiscard]] std::size_t byte_offset() const noexcept { return byte_offset_; }

 private:
  std::size_t byte_offset_;
};

// A configured limit (such as the maximum document size) was exceeded.
class HRTEXT_EXPORT LimitError : public Error {
 public:
  using Error::Error;
};

// A file could not be read or written.
class HRTEXT_EXPORT IoError : public Error {
 public:
  using Error::Error;
};

// A value given to the library (a date, a data file line) could not be parsed.
class HRTEXT_EXPORT ParseError : public Error {
 public:
  using Error::Error;
};

}  // namespace hrtext
