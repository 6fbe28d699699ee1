#pragma once

// The compiled state of an extractor, checked: an extractor (or an Analyzer) that has been moved
// from holds none, and using it is an Error that says so, not a crash.

#include <memory>
#include <string>

#include "hrtext/error.hpp"

namespace hrtext::detail {

template <typename Impl>
const Impl& compiled(const std::unique_ptr<Impl>& impl, const char* extractor) {
  if (!impl) throw Error(std::string(extractor) + " was moved from: it holds nothing to extract with");
  return *impl;
}

}  // namespace hrtext::detail
