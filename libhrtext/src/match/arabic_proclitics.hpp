#pragma once

// Arabic writes conjunctions and some prepositions as one word with the word after them:
// "والمملكة العربية السعودية" (and Saudi Arabia), "للاتحاد الأوروبي" (for the European Union),
// "بمصر" (in Egypt). The names of a gazetteer are written without them, so a word that starts no
// name is read again without its proclitics.

#include <cstddef>
#include <string>
#include <string_view>

namespace hrtext::detail {

namespace arabic_internal {

constexpr std::string_view kWa = "\xD9\x88";     // و and
constexpr std::string_view kFa = "\xD9\x81";     // ف so
constexpr std::string_view kBi = "\xD8\xA8";     // ب in, with
constexpr std::string_view kLi = "\xD9\x84";     // ل for
constexpr std::string_view kAlif = "\xD8\xA7";   // ا
constexpr std::size_t kLetter = 2;               // bytes of each of these letters
constexpr std::size_t kShortestBare = 2 * kLetter;  // what is left is a word of two letters or more

}  // namespace arabic_internal

// Whether a word begins with a letter that may be a proclitic: و ف ب ل.
inline bool may_have_proclitic(std::string_view word) {
  using namespace arabic_internal;
  // All four letters begin with D8 or D9: most words are turned away on that byte.
  const auto lead = static_cast<unsigned char>(word.empty() ? 0 : word[0]);
  if ((lead != 0xD8 && lead != 0xD9) || word.size() <= kShortestBare) return false;
  const std::string_view first = word.substr(0, kLetter);
  return first == kWa || first == kFa || first == kBi || first == kLi;
}

// Calls read(bare, skipped) with the forms of `word` without its proclitics, the shortest last,
// until read() returns true: without "and" or "so" (و ف), then also without "in" or "for" (ب ل),
// where "لل" (for the ...) is read first as "ال" (the alif of the article is not written after
// ل), then without the one ل ("للبنان", for Lebanon). Not "as" (ك): "كمالي" (luxury) is no "as
// Mali". `skipped` is the number of bytes of the word before the part of it the bare form reads
// (the bare form may begin with a restored alif, kept in `scratch`). Returns whether read()
// returned true.
template <typename Read>
bool read_without_proclitics(std::string_view word, std::string& scratch, Read&& read) {
  using namespace arabic_internal;
  std::size_t at = 0;
  const std::string_view first = word.substr(0, kLetter);
  if (first == kWa || first == kFa) {
    at = kLetter;
    if (word.size() - at >= kShortestBare && read(word.substr(at), at)) return true;
  }
  const std::string_view rest = word.substr(at);
  if (rest.size() < kLetter + kShortestBare) return false;
  const std::string_view preposition = rest.substr(0, kLetter);
  if (preposition == kLi && rest.substr(kLetter, kLetter) == kLi) {
    scratch.assign(kAlif);
    scratch.append(rest.substr(kLetter));
    if (read(std::string_view(scratch), at + kLetter)) return true;  // else a name in ل: "للبنان"
  }
  if (preposition == kBi || preposition == kLi) return read(rest.substr(kLetter), at + kLetter);
  return false;
}

}  // namespace hrtext::detail
