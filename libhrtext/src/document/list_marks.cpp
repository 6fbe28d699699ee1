#include "document/list_marks.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>
#include <string_view>

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

// Any other symbol used as a bullet, before a space: "✅ ", "➤ ", "■ ", "★ " (Unicode's other
// symbols, an emoji's variation selector with it); not an arrow, which points to a link ("→
// Sign the letter").
std::size_t symbol_bullet_length(std::string_view line) {
  std::size_t i = 0;
  UChar32 c = -1;
  U8_NEXT(line.data(), i, line.size(), c);
  if (c < 0) return 0;
  const auto type = static_cast<UCharCategory>(u_charType(c));
  if (type != U_OTHER_SYMBOL) return 0;
  if (line.substr(i).starts_with("\xEF\xB8\x8F")) i += 3;  // U+FE0F
  return i < line.size() && (line[i] == ' ' || line[i] == '\t') ? i : 0;
}

// A hyphen set right before a name, as quick lists write them ("-Amnesty International",
// "-النقابة الوطنية للصحفيين التونسيين"): before a capital or a letter of a script without case;
// not before a word in lower case (the end of a word broken at the line before: "-based"), a
// digit ("-5") or another dash ("---").
std::size_t attached_dash_length(std::string_view line) {
  std::size_t i = 1;
  UChar32 c = -1;
  U8_NEXT(line.data(), i, line.size(), c);
  if (c < 0 || !u_isalpha(c) || u_islower(c)) return 0;
  return u_isupper(c) || u_istitle(c) || u_charType(c) == U_OTHER_LETTER ? 1 : 0;
}

}  // namespace

std::size_t list_mark_length(std::string_view line) {
  std::size_t i = 0;
  // Every bullet opens with one of these bytes; most lines open with none (a letter, a digit).
  const bool may_be_bullet = !line.empty() && std::string_view("-*+\xE2\xC2").find(line.front()) != std::string_view::npos;
  for (const std::string_view bullet : {"-"sv, "*"sv, "+"sv, "\xE2\x80\xA2"sv /*•*/, "\xE2\x80\x93"sv /*–*/,
                                        "\xE2\x80\x94"sv /*—*/, "\xC2\xB7"sv /*·*/, "\xE2\x97\x8F"sv /*●*/,
                                        "\xE2\x96\xAA"sv /*▪*/, "\xE2\x97\x8B"sv /*○*/, "\xE2\x96\xBA"sv /*►*/,
                                        "\xE2\x80\xA3"sv /*‣*/, "\xE2\x81\x83"sv /*⁃*/}) {
    if (may_be_bullet && line.starts_with(bullet) && line.size() > bullet.size() &&
        (line[bullet.size()] == ' ' || line[bullet.size()] == '\t')) {
      i = bullet.size();
      break;
    }
  }
  if (i == 0 && !line.empty() && static_cast<unsigned char>(line.front()) >= 0xC2) i = symbol_bullet_length(line);
  if (i == 0 && line.starts_with('-')) i = attached_dash_length(line);
  // A LaTeX list's item: "\item Anna Schmidt, University of Oxford".
  if (i == 0 && line.starts_with("\\item ")) i = 6;
  if (i == 0) {
    // "12.", "12)", "(12)", "12-", in lower case "a)", "b.", "iv.", and a capital before a
    // parenthesis, "A)", "(B)" ("A." may be an initial).
    std::size_t j = line.starts_with('(') ? 1 : 0;
    const std::size_t label_start = j;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const auto lower_case = [](char c) { return c >= 'a' && c <= 'z'; };
    const auto upper_case = [](char c) { return c >= 'A' && c <= 'Z'; };
    const auto roman = [](char c) { return c == 'i' || c == 'v' || c == 'x'; };
    bool capital = false;
    if (j < line.size() && digit(line[j])) {
      while (j < line.size() && digit(line[j]) && j - label_start < 4) ++j;
    } else if (j < line.size() && lower_case(line[j])) {
      ++j;
      while (j < line.size() && roman(line[j - 1]) && roman(line[j]) && j - label_start < 5) ++j;
    } else if (j < line.size() && upper_case(line[j])) {
      ++j;
      capital = true;
    }
    if (j > label_start && j < line.size()) {
      const bool numbered = digit(line[label_start]);
      const bool closed = label_start == 1 || capital
                              ? line[j] == ')'
                              : (line[j] == '.' || line[j] == ')' || (numbered && line[j] == '-'));
      if (closed && j + 1 < line.size() && (line[j + 1] == ' ' || line[j + 1] == '\t')) i = j + 1;
      // A number run onto the name: "12.Channaka Jayasinghe", "131..Marx Prabagar".
      if (closed && numbered && label_start == 0 && line[j] == '.') {
        std::size_t next = j + 1;
        if (next < line.size() && line[next] == '.') ++next;
        if (next < line.size() && line[next] >= 'A' && line[next] <= 'Z') i = next;
      }
      // A table's column of row numbers: "12<TAB>ActionAid International".
      if (numbered && label_start == 0 && line[j] == '\t') i = j;
      // A number and a dash between spaces: "12 - Amnesty International", "12 – CELS".
      if (numbered && label_start == 0 && line[j] == ' ') {
        for (const std::string_view dash : {"- "sv, "\xE2\x80\x93 "sv}) {
          if (line.substr(j + 1).starts_with(dash)) i = j + 1 + dash.size();
        }
      }
    }
  }
  if (i == 0) return 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i;
}

bool opens_list_item(std::string_view line) {
  if (list_mark_length(line) > 0) return true;
  // A mark alone, its item on the next line ("-", "•", "12.", "(a)"): a mark with an item after it.
  constexpr std::size_t kLongestMark = 8;  // bytes: "(iii)", "1234.", a bullet of four bytes
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty() || line.size() > kLongestMark) return false;
  const std::string with_item = std::string(line) + " x";
  return list_mark_length(with_item) == line.size() + 1;
}

}  // namespace hrtext::detail
