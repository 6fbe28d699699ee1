#pragma once

// Builds the normalised view of a document (see NormalizedView in hrtext/document.hpp).

#include <string_view>

#include "hrtext/document.hpp"

namespace hrtext {

namespace detail {
class OffsetMap;
}

class NormalizedViewBuilder {
 public:
  // `valid_utf8` must be well-formed UTF-8.
  [[nodiscard]] static NormalizedView build(std::string_view valid_utf8);
  // The map from the view's offsets to the original's, for the extractors that map many
  // matches at once (OffsetMap::Cursor).
  [[nodiscard]] static const detail::OffsetMap& offset_map(const NormalizedView& view);
};

}  // namespace hrtext
