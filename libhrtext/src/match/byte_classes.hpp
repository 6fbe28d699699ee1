#pragma once

// The ASCII classes of 64 bytes at once, as bit masks: bit k for the byte at offset k. The
// tokeniser then finds the end of a word or of a run of spaces with one count of trailing
// zeros instead of a test per byte (the approach of simdjson's structural scan).

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hrtext::detail {

struct ByteClassMasks {
  std::uint64_t word = 0;   // ASCII letters and digits
  std::uint64_t space = 0;  // ASCII white space: ' ', '\t', '\n', '\v', '\f', '\r'
  std::uint64_t high = 0;   // bytes of characters beyond ASCII
};

namespace byte_classes_internal {

constexpr bool is_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
constexpr bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

#if defined(__SSE2__)
// Whether each unsigned byte lies in [low, low + count): shifted so that the range starts at
// -128, one signed comparison answers it.
inline __m128i in_range(__m128i bytes, unsigned char low, unsigned char count) {
  const __m128i shifted = _mm_add_epi8(bytes, _mm_set1_epi8(static_cast<char>(0x80 - low)));
  return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + count)));
}
#endif

}  // namespace byte_classes_internal

// The classes of the 64 bytes at `bytes` (all readable).
inline ByteClassMasks classify_64(const char* bytes) {
  using namespace byte_classes_internal;
  ByteClassMasks masks;
#if defined(__SSE2__)
  for (unsigned part = 0; part < 4; ++part) {
    __m128i chunk;
    std::memcpy(&chunk, bytes + 16 * part, 16);
    // Setting bit 5 folds capitals onto small letters and no other byte onto them.
    const __m128i letter = in_range(_mm_or_si128(chunk, _mm_set1_epi8(0x20)), 'a', 26);
    const __m128i word = _mm_or_si128(letter, in_range(chunk, '0', 10));
    const __m128i space = _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(' ')), in_range(chunk, '\t', 5));
    masks.word |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(word))} << (16 * part);
    masks.space |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(space))} << (16 * part);
    masks.high |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(chunk))} << (16 * part);
  }
#else
  for (unsigned k = 0; k < 64; ++k) {
    const auto c = static_cast<unsigned char>(bytes[k]);
    masks.word |= std::uint64_t{is_word(c)} << k;
    masks.space |= std::uint64_t{is_space(c)} << k;
    masks.high |= std::uint64_t{c >= 0x80} << k;
  }
#endif
  return masks;
}

}  // namespace hrtext::detail
