#include "citations/symbols.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace hrtext::detail {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// The first components of the symbols of the UN documentation system (series and treaty
// bodies). Capitals before a slash that are none of these ("PTPR/JS4", a UPR source code) are
// no symbol.
bool is_root(std::string_view root) {
  static constexpr std::string_view kRoots[] = {
      "A",    "S",     "E",     "ST",   "CERD", "CCPR",  "CAT",   "CRC",   "CEDAW", "CRPD", "CED",
      "CMW",  "HRI",   "SPT",   "DP",   "TD",   "UNEP",  "ECE",   "ESCAP", "ECLAC", "ECA",  "ESCWA",
      "ICEF", "UNITAR", "HRC",  "IDB",  "JIU",  "TRADE", "UNW",   "UNDP"};
  return std::find(std::begin(kRoots), std::end(kRoots), root) != std::end(kRoots);
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_upper(c) || is_digit(c) || (c >= 'a' && c <= 'z'); }
bool is_component_char(char c) { return is_alnum(c) || c == '.' || c == '-'; }

// The end of the component starting at `at`: letters, digits, '.', '-', and a year in
// parentheses glued to a number ("1325(2000)"). Components start with a capital or a digit.
std::size_t component_end(std::string_view text, std::size_t at) {
  if (at >= text.size() || !(is_upper(text[at]) || is_digit(text[at]))) return at;
  std::size_t end = at;
  while (end < text.size() && is_component_char(text[end])) ++end;
  return end;
}

// "(2000)" or " (2000)" after a Security Council resolution number: its length, or 0.
std::size_t year_suffix(std::string_view text, std::size_t at) {
  std::size_t k = at;
  if (k < text.size() && text[k] == ' ') ++k;
  if (k + 6 <= text.size() && text[k] == '(' && is_digit(text[k + 1]) && is_digit(text[k + 2]) &&
      is_digit(text[k + 3]) && is_digit(text[k + 4]) && text[k + 5] == ')') {
    return k + 6 - at;
  }
  return 0;
}

// After a '/', white space that a layout or a typist put inside a symbol: one line end with
// its indentation, or spaces. Returns where the next component starts.
std::size_t skip_inner_space(std::string_view text, std::size_t at) {
  std::size_t k = at;
  bool line_end = false;
  while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || (text[k] == '\n' && !line_end) || text[k] == '\r')) {
    line_end = line_end || text[k] == '\n';
    ++k;
  }
  return k;
}

// Whether a symbol of a one-letter series (A/, S/, E/) has the shape the series gives its
// symbols: several components ("S/2021/123", "A/HRC/40/2"), or one number of three to five
// digits that is no year ("S/25704", "A/810"); and for the General Assembly a session before
// the rest ("A/74/...", not "A/2023/118"). "gate E/4", "room A/12" and "flight S/2021" are
// none.
bool has_series_shape(std::string_view root, std::size_t components, std::string_view first) {
  if (root.size() > 1) return true;
  const bool number = std::all_of(first.begin(), first.end(), is_digit);
  if (components == 1) {
    const bool year = first.size() == 4 && (first.starts_with("19") || first.starts_with("20"));
    return number && first.size() >= 3 && first.size() <= 5 && !year;
  }
  return !(root == "A" && number && first.size() > 2);
}

}  // namespace

std::vector<FoundSymbol> find_symbols(std::string_view text) {
  std::vector<FoundSymbol> found;
  std::size_t from = 0;
  while (true) {
    const void* hit = from < text.size() ? std::memchr(text.data() + from, '/', text.size() - from) : nullptr;
    if (hit == nullptr) break;
    const std::size_t slash = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    from = slash + 1;
    // The root: capitals only, right before the slash, after no letter, digit, '/', '.', ':'.
    std::size_t root = slash;
    while (root > 0 && is_upper(text[root - 1])) --root;
    if (root == slash || !is_root(text.substr(root, slash - root))) continue;
    if (root > 0) {
      const char before = text[root - 1];
      if (is_alnum(before) || before == '/' || before == '.' || before == ':' || before == '-' || before == '_' ||
          before == '@' || before == '\\' || before == '=' || before == '?' || before == '&' ||
          static_cast<unsigned char>(before) >= 0x80) {
        continue;
      }
    }
    // The components, each after a slash.
    std::string symbol(text.substr(root, slash - root));
    std::size_t end = slash;
    bool has_digit = false;
    std::size_t components = 0;
    std::string_view first_component;
    while (end < text.size() && text[end] == '/') {
      const std::size_t start = skip_inner_space(text, end + 1);
      const std::size_t stop = component_end(text, start);
      if (stop == start) break;
      std::string_view component = text.substr(start, stop - start);
      // A full stop ends a sentence, not a component ("... A/HRC/40/2.").
      while (!component.empty() && (component.back() == '.' || component.back() == '-')) component.remove_suffix(1);
      if (component.empty()) break;
      for (const char c : component) has_digit = has_digit || is_digit(c);
      if (components++ == 0) first_component = component;
      symbol += '/';
      symbol += component;
      end = start + component.size();
    }
    if (!has_digit || end == slash ||
        !has_series_shape(text.substr(root, slash - root), components, first_component)) {
      continue;
    }
    if (const std::size_t year = year_suffix(text, end); year != 0 && symbol.rfind("S/", 0) == 0) {
      for (std::size_t k = end; k < end + year; ++k) {
        if (text[k] != ' ') symbol += text[k];
      }
      end += year;
    }
    found.push_back({{root, end}, std::move(symbol)});
    from = end;
  }
  return found;
}

}  // namespace hrtext::detail
