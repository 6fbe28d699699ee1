#pragma once

// What every fuzz target checks beyond "no crash, no sanitizer report": that the output keeps
// its contracts. A broken contract aborts, which libFuzzer reports as a finding.

#include <cstdio>
#include <cstdlib>

#define HRTEXT_FUZZ_CHECK(condition)                                                   \
  do {                                                                                 \
    if (!(condition)) {                                                                \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                    \
    }                                                                                  \
  } while (false)
