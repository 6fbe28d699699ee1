#include "document/utf8.hpp"

#include <cstdint>
#include <cstring>

#include "hrtext/error.hpp"

namespace hrtext::detail {
namespace {

// The result of reading one sequence: its length in bytes, and when it is ill-formed, the
// length of its maximal subpart (always >= 1) and what is wrong with it.
struct Sequence {
  std::size_t length = 1;
  const char* problem = nullptr;
};

// Reads the sequence starting at input[i] following Table 3-7 of the Unicode Standard
// (well-formed UTF-8 byte sequences).
Sequence read_sequence(std::string_view input, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(input[i + k]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return {};
  if (is_continuation_byte(static_cast<char>(lead))) return {1, "unexpected continuation byte"};
  if (lead == 0xC0 || lead == 0xC1) return {1, "overlong encoding"};
  if (lead >= 0xF5) return {1, "byte that never occurs in UTF-8 (code point above U+10FFFF)"};

  const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  // The allowed range of the second byte narrows for a few lead bytes.
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  const char* narrow_problem = nullptr;
  if (lead == 0xE0) low = 0xA0, narrow_problem = "overlong encoding";
  if (lead == 0xED) high = 0x9F, narrow_problem = "surrogate code point (U+D800..U+DFFF)";
  if (lead == 0xF0) low = 0x90, narrow_problem = "overlong encoding";
  if (lead == 0xF4) high = 0x8F, narrow_problem = "code point above U+10FFFF";

  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= input.size()) return {k, "truncated sequence at the end of the input"};
    const unsigned char next = byte(k);
    if (!is_continuation_byte(static_cast<char>(next))) return {k, "truncated sequence (missing continuation byte)"};
    if (k == 1 && (next < low || next > high)) return {1, narrow_problem};
  }
  return {length, nullptr};
}

// The length of the prefix of `input` (from `from`) that is plain ASCII, eight bytes at a time.
std::size_t skip_ascii(std::string_view input, std::size_t from) {
  std::size_t i = from;
  while (i + 8 <= input.size()) {
    std::uint64_t block;
    std::memcpy(&block, input.data() + i, 8);
    if (block & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < input.size() && static_cast<unsigned char>(input[i]) < 0x80) ++i;
  return i;
}

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

}  // namespace

RepairedUtf8 validate_utf8(std::string_view input, bool replace_invalid) {
  RepairedUtf8 result;
  std::size_t copied = 0;  // input[0, copied) is already in result.text (repair mode only)
  std::size_t i = 0;
  while (true) {
    i = skip_ascii(input, i);
    if (i >= input.size()) break;
    const Sequence sequence = read_sequence(input, i);
    if (sequence.problem != nullptr) {
      if (!replace_invalid) throw InvalidUtf8Error(i, sequence.problem);
      if (result.replacements == 0) result.text.reserve(input.size() + 2);
      result.text.append(input.substr(copied, i - copied));
      result.text.append(kReplacementCharacter);
      ++result.replacements;
      copied = i + sequence.length;
    }
    i += sequence.length;
  }
  if (result.replacements == 0) {
    result.text.assign(input);
  } else {
    result.text.append(input.substr(copied));
  }
  return result;
}

}  // namespace hrtext::detail
