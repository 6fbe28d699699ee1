#include "reader/encoding.hpp"

#include <unicode/ucnv.h>

#include <memory>

#include "document/ascii_case.hpp"
#include "hrtext/error.hpp"

namespace hrtext::detail {
namespace {

constexpr std::size_t kDeclarationReach = 4096;  // where a page declares its charset

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

bool names_utf8(std::string_view charset) {
  const std::string lower = ascii_lower(charset);
  return lower.empty() || lower == "utf-8" || lower == "utf8";
}

std::string converted(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UConverter, ConverterCloser> source(ucnv_open(charset, &status));
  if (U_FAILURE(status)) throw ParseError(std::string("unknown character encoding '") + charset + "'");
  // Bytes the charset cannot read stop the conversion rather than vanish silently.
  ucnv_setToUCallBack(source.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  const std::unique_ptr<UConverter, ConverterCloser> target(ucnv_open("UTF-8", &status));
  std::string out(bytes.size() * 3 + 16, '\0');
  char* out_at = out.data();
  const char* in_at = bytes.data();
  ucnv_convertEx(target.get(), source.get(), &out_at, out.data() + out.size(), &in_at, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) {
    throw ParseError(std::string("the bytes at offset ") + std::to_string(in_at - bytes.data()) +
                     " are not valid " + charset);
  }
  out.resize(static_cast<std::size_t>(out_at - out.data()));
  return out;
}

}  // namespace

std::string to_utf8(std::string_view bytes, std::string_view charset) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return std::string(bytes.substr(3));
  if (bytes.starts_with("\xFF\xFE")) return converted(bytes.substr(2), "UTF-16LE");
  if (bytes.starts_with("\xFE\xFF")) return converted(bytes.substr(2), "UTF-16BE");
  if (names_utf8(charset)) return std::string(bytes);
  return converted(bytes, std::string(charset).c_str());
}

std::string declared_charset(std::string_view html) {
  const std::string head = ascii_lower(html.substr(0, kDeclarationReach));
  for (std::size_t at = head.find("charset"); at != std::string::npos; at = head.find("charset", at + 7)) {
    std::size_t i = at + 7;
    while (i < head.size() && head[i] == ' ') ++i;
    if (i >= head.size() || head[i] != '=') continue;
    ++i;
    while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) ++i;
    const std::size_t start = i;
    while (i < head.size() && ((head[i] >= 'a' && head[i] <= 'z') || (head[i] >= '0' && head[i] <= '9') ||
                               head[i] == '-' || head[i] == '_' || head[i] == ':' || head[i] == '.')) {
      ++i;
    }
    if (i > start) return head.substr(start, i - start);
  }
  return {};
}

}  // namespace hrtext::detail
