#pragma once

// Builds the normalised view of a document (see NormalizedView in hrtext/document.hpp).

#include <string_view>

#include "hrtext/document.hpp"

namespace hrtext {

class NormalizedViewBuilder {
 public:
  // `valid_utf8` must be well-formed UTF-8.
  [[nodiscard]] static NormalizedView build(std::string_view valid_utf8);
};

}  // namespace hrtext
