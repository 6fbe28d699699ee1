#include "document/character_references.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <utility>

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

// The named references of the characters names are written with (HTML 4's Latin-1 set and a
// few punctuation marks); sorted by name for a binary search.
constexpr std::array<std::pair<std::string_view, char32_t>, 68> kNamed = {{
    {"AElig"sv, 0xC6}, {"Aacute"sv, 0xC1}, {"Acirc"sv, 0xC2}, {"Agrave"sv, 0xC0}, {"Aring"sv, 0xC5},
    {"Atilde"sv, 0xC3}, {"Auml"sv, 0xC4}, {"Ccedil"sv, 0xC7}, {"Eacute"sv, 0xC9}, {"Ecirc"sv, 0xCA},
    {"Egrave"sv, 0xC8}, {"Euml"sv, 0xCB}, {"Iacute"sv, 0xCD}, {"Icirc"sv, 0xCE}, {"Iuml"sv, 0xCF},
    {"Ntilde"sv, 0xD1}, {"Oacute"sv, 0xD3}, {"Ocirc"sv, 0xD4}, {"Ograve"sv, 0xD2}, {"Oslash"sv, 0xD8},
    {"Otilde"sv, 0xD5}, {"Ouml"sv, 0xD6}, {"Uacute"sv, 0xDA}, {"Ucirc"sv, 0xDB}, {"Ugrave"sv, 0xD9},
    {"Uuml"sv, 0xDC}, {"aacute"sv, 0xE1}, {"acirc"sv, 0xE2}, {"aelig"sv, 0xE6}, {"agrave"sv, 0xE0},
    {"amp"sv, '&'}, {"apos"sv, '\''}, {"aring"sv, 0xE5}, {"atilde"sv, 0xE3}, {"auml"sv, 0xE4},
    {"ccedil"sv, 0xE7}, {"eacute"sv, 0xE9}, {"ecirc"sv, 0xEA}, {"egrave"sv, 0xE8}, {"euml"sv, 0xEB},
    {"gt"sv, '>'}, {"iacute"sv, 0xED}, {"icirc"sv, 0xEE}, {"igrave"sv, 0xEC}, {"iuml"sv, 0xEF},
    {"laquo"sv, 0xAB}, {"ldquo"sv, 0x201C}, {"lsquo"sv, 0x2018}, {"lt"sv, '<'}, {"mdash"sv, 0x2014},
    {"nbsp"sv, 0xA0}, {"ndash"sv, 0x2013}, {"ntilde"sv, 0xF1}, {"oacute"sv, 0xF3}, {"ocirc"sv, 0xF4},
    {"ograve"sv, 0xF2}, {"oslash"sv, 0xF8}, {"otilde"sv, 0xF5}, {"ouml"sv, 0xF6}, {"quot"sv, '"'},
    {"raquo"sv, 0xBB}, {"rdquo"sv, 0x201D}, {"rsquo"sv, 0x2019}, {"szlig"sv, 0xDF}, {"uacute"sv, 0xFA},
    {"ucirc"sv, 0xFB}, {"ugrave"sv, 0xF9}, {"uuml"sv, 0xFC},
}};

static_assert(std::is_sorted(kNamed.begin(), kNamed.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; }));

constexpr std::size_t kLongestReference = 10;  // "&#x10FFFF;" and the names above fit

std::optional<char32_t> named(std::string_view name) {
  const auto found = std::lower_bound(kNamed.begin(), kNamed.end(), name,
                                      [](const auto& entry, std::string_view key) { return entry.first < key; });
  if (found == kNamed.end() || found->first != name) return std::nullopt;
  return found->second;
}

std::optional<char32_t> numeric(std::string_view digits) {
  const bool hex = !digits.empty() && (digits.front() == 'x' || digits.front() == 'X');
  if (hex) digits.remove_prefix(1);
  if (digits.empty()) return std::nullopt;
  std::uint32_t value = 0;
  for (const char c : digits) {
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) return std::nullopt;
    value = value * (hex ? 16U : 10U) + static_cast<std::uint32_t>(digit);
    if (value > 0x10FFFF) return std::nullopt;
  }
  // Surrogates and NUL are no characters of their own.
  if (value == 0 || (value >= 0xD800 && value <= 0xDFFF)) return std::nullopt;
  return static_cast<char32_t>(value);
}

}  // namespace

std::string decode_character_references(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t amp = text.find('&', i);
    out.append(text.substr(i, amp == std::string_view::npos ? std::string_view::npos : amp - i));
    if (amp == std::string_view::npos) break;
    const std::size_t semicolon = text.find(';', amp);
    std::optional<char32_t> character;
    if (semicolon != std::string_view::npos && semicolon - amp <= kLongestReference) {
      const std::string_view reference = text.substr(amp + 1, semicolon - amp - 1);
      character = reference.starts_with('#') ? numeric(reference.substr(1)) : named(reference);
    }
    if (!character) {
      out += '&';
      i = amp + 1;
      continue;
    }
    char buffer[U8_MAX_LENGTH];
    std::size_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(*character));
    out.append(buffer, length);
    i = semicolon + 1;
  }
  return out;
}

}  // namespace hrtext::detail
