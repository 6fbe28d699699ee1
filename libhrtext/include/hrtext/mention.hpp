#pragma once

// What every mention of the analysis record has: the text and where it stands.

#include <cstddef>
#include <string>

namespace hrtext {

struct Mention {
  std::string text;  // as written in the document
  // Code point offsets into the document text, half-open: text == document[start, end).
  std::size_t start = 0;
  std::size_t end = 0;
  // The same span in UTF-8 bytes.
  std::size_t byte_start = 0;
  std::size_t byte_end = 0;
};

}  // namespace hrtext
