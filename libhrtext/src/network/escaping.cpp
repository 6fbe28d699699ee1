#include "network/escaping.hpp"

#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <cstdint>

#include "document/utf8.hpp"

namespace hrtext::detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Walks well-formed UTF-8 and copies it, but for each ASCII byte for which `escape` gives a
// replacement, the other control characters and U+FFFE and U+FFFF, which become U+FFFD (none of
// them may stand in XML or DOT).
template <typename Escape>
std::string rewrite(std::string_view text, Escape escape) {
  const std::string valid = validate_utf8(text, /*replace_invalid=*/true).text;
  std::string out;
  out.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const char c = valid[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      const std::string_view replacement = escape(c);
      if (!replacement.empty()) {
        out += replacement;
      } else {
        out += static_cast<unsigned char>(c) < 0x20 ? kReplacement : std::string_view(&c, 1);
      }
    } else if (c == '\xEF' && i + 2 < valid.size() && valid[i + 1] == '\xBF' &&
               (valid[i + 2] == '\xBE' || valid[i + 2] == '\xBF')) {
      out += kReplacement;
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  return rewrite(text, [](char c) -> std::string_view {
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      case '\'': return "&apos;";
      case '\t': return "&#9;";
      case '\n': return "&#10;";
      case '\r': return "&#13;";
      default: return {};
    }
  });
}

std::string distinct_id(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(id.size());
  for (std::size_t i = 0; i < id.size();) {
    const std::size_t start = i;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(id.data()), i, id.size(), c);
    if (c < 0) {
      for (std::size_t byte = start; byte < i; ++byte) {
        const auto value = static_cast<unsigned char>(id[byte]);
        out += "\\x{";
        out += kHex[value >> 4];
        out += kHex[value & 0xF];
        out += '}';
      }
    } else if (c < 0x20 || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
      out += "\\u{";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
      out += '}';
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out.append(id.substr(start, i - start));
    }
  }
  return out;
}

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  out += rewrite(text, [](char c) -> std::string_view {
    switch (c) {
      case '"': return "\\\"";
      case '\\': return "\\\\";
      case '\n': return "\\n";
      default: return {};
    }
  });
  out += '"';
  return out;
}

std::string csv_field(std::string_view text) {
  // A field that a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM") gets a
  // quote mark first, as OWASP advises against CSV injection: names come from letters.
  const bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
  if (!formula && text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = formula ? "\"'" : "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string format_number(double value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), result.ptr);
}

}  // namespace hrtext::detail
