#include "entities/slug.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "hrtext/error.hpp"

namespace hrtext::detail {
namespace {

const icu::Normalizer2& nfkd() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status)) throw Error(std::string("ICU could not load NFKD data: ") + u_errorName(status));
    return normalizer;
  }();
  return *instance;
}

// Latin letters that NFKD does not decompose into an ASCII base.
const char* ascii_for(UChar32 c) {
  switch (c) {
    case 0x00DF: return "ss";  // ß
    case 0x00E6: case 0x00C6: return "ae";
    case 0x0153: case 0x0152: return "oe";
    case 0x00F8: case 0x00D8: return "o";
    case 0x0142: case 0x0141: return "l";
    case 0x0111: case 0x0110: case 0x00F0: case 0x00D0: return "d";
    case 0x00FE: case 0x00DE: return "th";
    case 0x0131: return "i";
    default: return nullptr;
  }
}

// fold_words (below) for ASCII text, which needs no decomposition (most names): one pass over
// the bytes into a buffer of the right size.
std::string fold_ascii_words(std::string_view name, char separator) {
  // At most two bytes a byte of the name (a separator before a letter), and a separator and
  // "and" for each "&" ("a&b" is "a and b": seven bytes from three).
  std::string out(2 * name.size() + 3 * static_cast<std::size_t>(std::count(name.begin(), name.end(), '&')), '\0');
  char* const first = out.data();
  char* at = first;
  bool pending_separator = false;
  for (const char c : name) {
    const bool lower = c >= 'a' && c <= 'z';
    const bool upper = c >= 'A' && c <= 'Z';
    if (lower || upper || (c >= '0' && c <= '9')) {
      if (pending_separator && at != first) *at++ = separator;
      pending_separator = false;
      *at++ = upper ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (c == '&') {
      if (at != first) *at++ = separator;
      at = std::copy_n("and", 3, at);
      pending_separator = true;
    } else if (c != '\'' && c != '.') {
      pending_separator = true;
    }
  }
  out.resize(static_cast<std::size_t>(at - first));
  return out;
}

// Walks the decomposed name: letters and digits lower-cased into words, diacritics dropped,
// '&' read as the word "and", apostrophes dropped inside words ("Women's" -> "womens"), white
// space, dashes and other punctuation separating words. `ascii_only` keeps the Latin letters
// (transliterated: "ß" -> "ss") and drops every other script; otherwise letters of every script
// are kept, case-folded.
std::string fold_words(std::string_view name, char separator, bool ascii_only) {
  const bool all_ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (all_ascii) return fold_ascii_words(name, separator);
  std::string out;
  out.reserve(name.size());
  bool pending_separator = false;
  const auto separate = [&] {
    if (pending_separator && !out.empty()) out.push_back(separator);
    pending_separator = false;
  };
  const auto append = [&](std::string_view word_part) {
    separate();
    out += word_part;
  };
  const auto fold = [&](UChar32 c) {
    if (c < 0x80) {
      const char ascii = static_cast<char>(c);
      if ((ascii >= 'a' && ascii <= 'z') || (ascii >= '0' && ascii <= '9')) {
        separate();
        out.push_back(ascii);
      } else if (ascii >= 'A' && ascii <= 'Z') {
        separate();
        out.push_back(static_cast<char>(ascii - 'A' + 'a'));
      } else if (ascii == '&') {
        pending_separator = true;
        append("and");
        pending_separator = true;
      } else if (ascii != '\'' && ascii != '.') {
        pending_separator = true;
      }
      return;
    }
    if (U_GET_GC_MASK(c) & U_GC_M_MASK) return;  // a combining mark: the diacritic
    if (c == 0x2019 || c == 0x02BC) return;       // a curly apostrophe
    if (const char* ascii = ascii_for(c)) {
      append(ascii);
    } else if (!ascii_only && u_isalnum(c)) {
      char buffer[U8_MAX_LENGTH];
      std::size_t length = 0;
      U8_APPEND_UNSAFE(buffer, length, u_foldCase(c, U_FOLD_CASE_DEFAULT));
      append(std::string_view(buffer, length));
    } else {
      pending_separator = true;
    }
  };
  // Each character decomposed on its own (NFKD's full decomposition of it): the same letters as
  // the decomposed string, whose only other change, the order of combining marks, we drop.
  icu::UnicodeString decomposition;
  for (std::size_t i = 0; i < name.size();) {
    UChar32 c;
    U8_NEXT(name.data(), i, name.size(), c);
    if (c < 0) {  // not UTF-8: a separator, as any character that is no letter
      pending_separator = true;
      continue;
    }
    if (c < 0x80 || !nfkd().getDecomposition(c, decomposition)) {
      fold(c);
      continue;
    }
    for (int32_t k = 0; k < decomposition.length();) {
      UChar32 part;
      U16_NEXT_UNSAFE(decomposition.getBuffer(), k, part);
      fold(part);
    }
  }
  return out;
}

}  // namespace

std::string slug(std::string_view name) {
  std::string out = fold_words(name, '-', true);
  if (out.empty()) {
    std::uint32_t hash = 2166136261U;  // FNV-1a
    for (const char byte : name) hash = (hash ^ static_cast<unsigned char>(byte)) * 16777619U;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "org-%08x", hash);
    out = buffer;
  }
  return out;
}

std::string name_key(std::string_view name) {
  // Spellings and abbreviations that name the same organisation.
  static constexpr std::pair<std::string_view, std::string_view> kSameWord[] = {
      {"organization", "organisation"}, {"organizations", "organisations"}, {"org", "organisation"},
      {"center", "centre"}, {"centers", "centres"}, {"ctr", "centre"},
      {"labor", "labour"}, {"defense", "defence"}, {"program", "programme"},
      {"intl", "international"}, {"int", "international"}, {"natl", "national"},
      {"assn", "association"}, {"assoc", "association"}, {"fdn", "foundation"},
      {"inst", "institute"}, {"cttee", "committee"}, {"dept", "department"},
  };
  // The first letters of the variants: most words open with none and are passed at once.
  static constexpr std::uint32_t kVariantFirstLetters = [] {
    std::uint32_t letters = 0;
    for (const auto& [variant, canonical] : kSameWord) letters |= 1U << (variant.front() - 'a');
    return letters;
  }();
  const auto canonical_of = [](std::string_view word) -> std::string_view {
    if (word.empty() || word.front() < 'a' || word.front() > 'z' || ((kVariantFirstLetters >> (word.front() - 'a')) & 1U) == 0) {
      return {};
    }
    for (const auto& [variant, canonical] : kSameWord) {
      if (word.size() == variant.size() && word.front() == variant.front() && word == variant) return canonical;
    }
    return {};
  };
  std::string words = fold_words(name, ' ', false);
  // Most names hold no variant and open with no "the": their words are their key, as folded.
  bool same = !words.starts_with("the ") && words != "the";
  for (std::size_t begin = 0; same && begin < words.size();) {
    const std::size_t end = std::min(words.find(' ', begin), words.size());
    same = canonical_of(std::string_view(words).substr(begin, end - begin)).empty();
    begin = end + 1;
  }
  if (same) return words;
  std::string key;
  key.reserve(words.size() + 8);
  std::size_t begin = 0;
  while (begin < words.size()) {
    std::size_t end = words.find(' ', begin);
    if (end == std::string::npos) end = words.size();
    std::string_view word(words.data() + begin, end - begin);
    begin = end + 1;
    if (key.empty() && word == "the") continue;
    if (const std::string_view canonical = canonical_of(word); !canonical.empty()) word = canonical;
    if (!key.empty()) key += ' ';
    key += word;
  }
  return key;
}

}  // namespace hrtext::detail
