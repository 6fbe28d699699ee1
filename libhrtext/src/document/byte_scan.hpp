#pragma once

// Scans for classes of bytes eight at a time (SWAR: SIMD within a register): the extractors pass
// over most of a text looking for a capital or the end of a word, and a byte loop costs several
// instructions a byte.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hrtext::detail {

// The ASCII word bytes (letters and digits) and white space: the classes the tokeniser's masks
// hold (match/byte_classes.hpp) and the ASCII part of document/words.hpp's words.
constexpr bool is_ascii_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
constexpr bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The blanks (spaces and tabs) after `at` / before `at`, skipped.
inline std::size_t skip_blanks_forward(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}
inline std::size_t skip_blanks_backward(std::string_view text, std::size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  return at;
}

namespace byte_scan_internal {

#if defined(__SSE2__)
// Sixteen bytes at a time where the processor has SSE2 (every x86-64 one): the scans that pass
// over the whole text use it, with the eight-byte code below for the rest.
inline __m128i load16(const char* bytes) {
  __m128i chunk;
  std::memcpy(&chunk, bytes, 16);
  return chunk;
}

// 0xFF in each byte that lies, unsigned, in [low, low + count): shifted so that the range
// starts at -128, one signed comparison answers it.
inline __m128i in_range16(__m128i bytes, unsigned char low, unsigned char count) {
  const __m128i shifted = _mm_add_epi8(bytes, _mm_set1_epi8(static_cast<char>(0x80 - low)));
  return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + count)));
}

inline unsigned first_set(int movemask) { return static_cast<unsigned>(std::countr_zero(static_cast<unsigned>(movemask))); }
#endif

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// High bit of each byte set where the byte is ASCII and within [low, high] (both < 0x80).
constexpr std::uint64_t in_range(std::uint64_t chunk, unsigned low, unsigned high) {
  const std::uint64_t seven = chunk & ~kHighBits;
  const std::uint64_t at_least_low = seven + (0x80 - low) * kOnes;
  const std::uint64_t above_high = seven + (0x7F - high) * kOnes;
  return at_least_low & ~above_high & ~chunk & kHighBits;
}

// High bit of each byte set where the byte equals `value`.
constexpr std::uint64_t equal_to(std::uint64_t chunk, unsigned value) {
  const std::uint64_t diff = chunk ^ (value * kOnes);
  return (diff - kOnes) & ~diff & kHighBits;
}

// High bit of each byte set where the byte starts a multi-byte UTF-8 sequence (11xxxxxx).
constexpr std::uint64_t lead_bytes(std::uint64_t chunk) { return chunk & (chunk << 1) & kHighBits; }

inline std::uint64_t load(std::string_view text, std::size_t at) {
  std::uint64_t chunk;
  std::memcpy(&chunk, text.data() + at, 8);
  if constexpr (std::endian::native == std::endian::big) chunk = __builtin_bswap64(chunk);
  return chunk;
}

// The number of bytes of a chunk that start a code point (are no 10xxxxxx continuation).
constexpr std::size_t code_point_starts(std::uint64_t chunk) {
  const std::uint64_t continuations = (chunk & ~(chunk << 1) & kHighBits) >> 7;
  return 8 - static_cast<std::size_t>((continuations * kOnes) >> 56);
}

}  // namespace byte_scan_internal

// The number of code points in `text` (valid UTF-8, or any bytes: continuation bytes are not
// counted).
inline std::size_t count_code_points(std::string_view text) {
  using namespace byte_scan_internal;
  std::size_t count = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  // Each byte lane counts its code point starts (bytes above -65 as signed: no 10xxxxxx) for up
  // to 255 rounds; then the lanes are summed.
  while (i + 16 <= text.size()) {
    const std::size_t rounds = std::min<std::size_t>((text.size() - i) / 16, 255);
    __m128i lanes = _mm_setzero_si128();
    for (const std::size_t stop = i + 16 * rounds; i < stop; i += 16) {
      lanes = _mm_sub_epi8(lanes, _mm_cmpgt_epi8(load16(text.data() + i), _mm_set1_epi8(-65)));
    }
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    count += static_cast<std::size_t>(_mm_extract_epi16(sums, 0) + _mm_extract_epi16(sums, 4));
  }
#endif
  for (; i + 8 <= text.size(); i += 8) count += code_point_starts(load(text, i));
  for (; i < text.size(); ++i) count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

namespace byte_scan_internal {

// The first offset at or after `from` of a byte whose high bit `hits(chunk)` sets in the chunk
// of eight bytes holding it, or text.size(). The last bytes go in a chunk padded with zeros,
// whose padding is masked out.
template <typename Hits>
std::size_t find_first(std::string_view text, std::size_t from, Hits hits) {
  std::size_t i = from;
  for (; i + 8 <= text.size(); i += 8) {
    const std::uint64_t found = hits(load(text, i)) & kHighBits;
    if (found != 0) return i + static_cast<std::size_t>(std::countr_zero(found)) / 8;
  }
  if (i >= text.size()) return text.size();
  const std::size_t rest = text.size() - i;
  std::uint64_t chunk = 0;
  for (std::size_t k = 0; k < rest; ++k) {
    chunk |= std::uint64_t{static_cast<unsigned char>(text[i + k])} << (8 * k);
  }
  const std::uint64_t found = hits(chunk) & kHighBits & ((std::uint64_t{1} << (8 * rest)) - 1);
  return found != 0 ? i + static_cast<std::size_t>(std::countr_zero(found)) / 8 : text.size();
}

}  // namespace byte_scan_internal

// The first offset at or after `from` that may start a line break: LF, VT, FF, CR, or the lead
// byte of NEL (C2) or of LS and PS (E2); or text.size(). The caller checks the candidate.
inline std::size_t find_line_break_candidate(std::string_view text, std::size_t from) {
  using namespace byte_scan_internal;
  return find_first(text, from, [](std::uint64_t chunk) {
    return in_range(chunk, '\n', '\r') | equal_to(chunk, 0xC2) | equal_to(chunk, 0xE2);
  });
}

// The length of the line break that starts at `at`, or 0: LF, CR, CRLF, VT, FF, NEL, LS, PS
// (the line ends of Unicode's line breaking), in UTF-8.
inline std::size_t line_break_length(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  const char byte = text[at];
  if (byte == '\r') return at + 1 < text.size() && text[at + 1] == '\n' ? 2 : 1;
  if (byte == '\n' || byte == '\v' || byte == '\f') return 1;
  const std::string_view rest = text.substr(at);
  if (rest.starts_with("\xC2\x85")) return 2;                                           // NEL
  if (rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9")) return 3;  // LS, PS
  return 0;
}

// The first offset at or after `from` where a line break starts, or text.size().
inline std::size_t find_line_break(std::string_view text, std::size_t from) {
  for (std::size_t at = find_line_break_candidate(text, from); at < text.size();
       at = find_line_break_candidate(text, at + 1)) {
    if (line_break_length(text, at) != 0) return at;
  }
  return text.size();
}

// The first offset at or after `from` holding an ASCII capital or the lead byte of a non-ASCII
// character that may be a capital, or text.size(). Lead bytes E3 to E9 (U+3000 to U+9FFF:
// kana, CJK ideographs and punctuation, scripts without capitals) are passed over, so that a
// Chinese text is not decoded character by character.
inline std::size_t find_capital_or_lead(std::string_view text, std::size_t from) {
  using namespace byte_scan_internal;
#if defined(__SSE2__)
  for (; from + 16 <= text.size(); from += 16) {
    const __m128i chunk = load16(text.data() + from);
    const __m128i leads = _mm_andnot_si128(in_range16(chunk, 0xE3, 7), in_range16(chunk, 0xC0, 64));
    const int found = _mm_movemask_epi8(_mm_or_si128(in_range16(chunk, 'A', 26), leads));
    if (found != 0) return from + first_set(found);
  }
#endif
  return find_first(text, from, [](std::uint64_t chunk) {
    // Bytes 80-FF become 00-7F, where in_range() works: E3-E9 are 63-69.
    const std::uint64_t cjk_leads = in_range(chunk ^ kHighBits, 0x63, 0x69);
    return in_range(chunk, 'A', 'Z') | (lead_bytes(chunk) & ~cjk_leads);
  });
}

// The first offset at or after `from` holding an ASCII capital, or text.size().
inline std::size_t find_ascii_capital(std::string_view text, std::size_t from) {
  using namespace byte_scan_internal;
#if defined(__SSE2__)
  for (; from + 16 <= text.size(); from += 16) {
    const int found = _mm_movemask_epi8(in_range16(load16(text.data() + from), 'A', 26));
    if (found != 0) return from + first_set(found);
  }
#endif
  return find_first(text, from, [](std::uint64_t chunk) { return in_range(chunk, 'A', 'Z'); });
}

// The first offset at or after `from` holding an ASCII capital followed by a capital, '.', '&'
// or '-' (the start of "HRIC", "E.U.", "B&HRRC", "FORUM-ASIA"; not of "Human"), or text.size().
inline std::size_t find_capital_pair(std::string_view text, std::size_t from) {
  using namespace byte_scan_internal;
  const auto pairs = [](std::uint64_t chunk, std::uint64_t next) {
    const std::uint64_t second = in_range(next, 'A', 'Z') | equal_to(next, '.') | equal_to(next, '&') | equal_to(next, '-');
    return in_range(chunk, 'A', 'Z') & second;
  };
  std::size_t i = from;
#if defined(__SSE2__)
  for (; i + 17 <= text.size(); i += 16) {
    const __m128i chunk = load16(text.data() + i);
    const __m128i next = load16(text.data() + i + 1);  // each byte with the one after it
    const __m128i second = _mm_or_si128(_mm_or_si128(in_range16(next, 'A', 26), in_range16(next, '-', 2)),
                                        _mm_cmpeq_epi8(next, _mm_set1_epi8('&')));
    const int found = _mm_movemask_epi8(_mm_and_si128(in_range16(chunk, 'A', 26), second));
    if (found != 0) return i + first_set(found);
  }
#endif
  for (; i + 9 <= text.size(); i += 8) {
    const std::uint64_t found = pairs(load(text, i), load(text, i + 1));  // each byte with the one after it
    if (found != 0) return i + static_cast<std::size_t>(std::countr_zero(found)) / 8;
  }
  for (; i + 1 < text.size(); ++i) {
    const std::uint64_t found = pairs(static_cast<unsigned char>(text[i]), static_cast<unsigned char>(text[i + 1]));
    if (found != 0) return i;
  }
  return text.size();
}

// The first offset at or after `from` holding an ASCII digit, or text.size().
inline std::size_t find_digit(std::string_view text, std::size_t from) {
  using namespace byte_scan_internal;
  return find_first(text, from, [](std::uint64_t chunk) { return in_range(chunk, '0', '9'); });
}

// The first offset at or after `from` whose byte is no ASCII letter or digit, or text.size():
// the end of a word. All inline, and the last bytes a byte at a time: the tokeniser asks this
// of every word, and most words are short.
inline std::size_t skip_ascii_alnum(std::string_view text, std::size_t from) {
  using namespace byte_scan_internal;
  std::size_t i = from;
  for (; i + 8 <= text.size(); i += 8) {
    const std::uint64_t chunk = load(text, i);
    // Setting bit 5 folds capitals onto small letters and no other byte onto them.
    const std::uint64_t alnum = in_range(chunk | (0x20 * kOnes), 'a', 'z') | in_range(chunk, '0', '9');
    const std::uint64_t stops = ~alnum & kHighBits;
    if (stops != 0) return i + static_cast<std::size_t>(std::countr_zero(stops)) / 8;
  }
  while (i < text.size() && is_ascii_word_byte(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

// The last occurrence of `needle` in `text`, npos when there is none. std::string_view::rfind
// compares the needle at every position, a call to memcmp each; this looks for its first byte,
// then compares where it stands.
inline std::size_t rfind_bytes(std::string_view text, std::string_view needle) {
  if (needle.empty()) return text.size();
  if (needle.size() > text.size()) return std::string_view::npos;
  std::size_t from = text.size() - needle.size();
  while (true) {
    const std::size_t at = text.rfind(needle.front(), from);
    if (at == std::string_view::npos) return at;
    if (text.substr(at, needle.size()) == needle) return at;
    if (at == 0) return std::string_view::npos;
    from = at - 1;
  }
}

}  // namespace hrtext::detail
