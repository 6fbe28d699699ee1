#include "network/escaping.hpp"

#include <array>
#include <charconv>

#include "document/utf8.hpp"

namespace hrtext::detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Walks well-formed UTF-8, giving each ASCII byte to `ascii` and copying other characters,
// except U+FFFE and U+FFFF which become U+FFFD.
template <typename Ascii>
std::string rewrite(std::string_view text, Ascii ascii) {
  const std::string valid = validate_utf8(text, /*replace_invalid=*/true).text;
  std::string out;
  out.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const char c = valid[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      ascii(c, out);
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
  return rewrite(text, [](char c, std::string& out) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += kReplacement;
        } else {
          out += c;
        }
    }
  });
}

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  out += rewrite(text, [](char c, std::string& quoted) {
    switch (c) {
      case '"': quoted += "\\\""; break;
      case '\\': quoted += "\\\\"; break;
      case '\n': quoted += "\\n"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          quoted += kReplacement;
        } else {
          quoted += c;
        }
    }
  });
  out += '"';
  return out;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
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
