#pragma once

// The ASCII classes of 64 bytes at once, as bit masks: bit k for the byte at offset k. The
// tokeniser then finds the end of a word or of a run of spaces with one count of trailing
// zeros instead of a test per byte (the approach of simdjson's structural scan).

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "document/byte_scan.hpp"

namespace hrtext::detail {

struct ByteClassMasks {
  std::uint64_t word = 0;   // ASCII letters and digits
  std::uint64_t space = 0;  // ASCII white space: ' ', '\t', '\n', '\v', '\f', '\r'
  std::uint64_t high = 0;   // bytes of characters beyond ASCII
};

// The classes of the 64 bytes at `bytes` (all readable).
inline ByteClassMasks classify_64(const char* bytes) {
  ByteClassMasks masks;
#if defined(__SSE2__)
  using byte_scan_internal::in_range16;
  for (unsigned part = 0; part < 4; ++part) {
    const __m128i chunk = byte_scan_internal::load16(bytes + 16 * part);
    // Setting bit 5 folds capitals onto small letters and no other byte onto them.
    const __m128i letter = in_range16(_mm_or_si128(chunk, _mm_set1_epi8(0x20)), 'a', 26);
    const __m128i word = _mm_or_si128(letter, in_range16(chunk, '0', 10));
    const __m128i space = _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(' ')), in_range16(chunk, '\t', 5));
    masks.word |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(word))} << (16 * part);
    masks.space |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(space))} << (16 * part);
    masks.high |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(chunk))} << (16 * part);
  }
#else
  for (unsigned k = 0; k < 64; ++k) {
    const auto c = static_cast<unsigned char>(bytes[k]);
    masks.word |= std::uint64_t{is_ascii_word_byte(c)} << k;
    masks.space |= std::uint64_t{is_ascii_space(c)} << k;
    masks.high |= std::uint64_t{c >= 0x80} << k;
  }
#endif
  return masks;
}

}  // namespace hrtext::detail
