#include "signatories/list_text.hpp"

#include <algorithm>
#include <iterator>

#include "document/byte_scan.hpp"

namespace hrtext::detail {

using namespace std::string_view_literals;

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// A line of HTML tags alone ("<p>", "</td>", "<br/>"), as pages saved as text keep them, or a
// Markdown image ("![Logos](/img/logos.png)"): it separates what is around it as a blank line
// does.
bool only_markup(std::string_view line) {
  if (line.starts_with("![") && line.ends_with(')') && line.find("](") != std::string_view::npos) return true;
  // A data file's brackets alone: "{", "},", "[", "]".
  if (!line.empty() && line.find_first_not_of("{}[], ") == std::string_view::npos) return true;
  // Emphasis marks that a page's export left on a line of their own ("**" over "Organisaties**").
  if (line == "**" || line == "__") return true;
  // A LaTeX environment's bounds: "\\begin{itemize}", "\\end{itemize}".
  if ((line.starts_with("\\begin{") || line.starts_with("\\end{")) && line.ends_with('}') &&
      line.find('}') == line.size() - 1) {
    return true;
  }
  if (!line.starts_with('<') || !line.ends_with('>')) return false;
  bool in_tag = false;
  for (const char c : line) {
    if (c == '<') {
      in_tag = true;
    } else if (c == '>') {
      in_tag = false;
    } else if (!in_tag && !is_space(c)) {
      return false;
    }
  }
  return true;
}

// The length of the HTML tag that opens `line` ("<li>", "<td class=\"name\">", "</b>"), or 0.
// The length of the closing tag that ends `line` ("</p>", "</li>"), or 0.
std::size_t closing_tag_length(std::string_view line) {
  constexpr std::size_t kLongestTag = 12;
  if (!line.ends_with('>')) return 0;
  const std::size_t open = line.rfind("</");
  if (open == std::string_view::npos || line.size() - open > kLongestTag) return 0;
  const std::string_view name = line.substr(open + 2, line.size() - open - 3);
  const bool letters = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
  return letters ? line.size() - open : 0;
}

std::size_t opening_tag_length(std::string_view line) {
  constexpr std::size_t kLongestTag = 120;
  if (line.size() < 3 || line[0] != '<') return 0;
  const char first = line[1];
  if (!(first == '/' || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) return 0;
  const std::size_t close = line.find('>');
  if (close == std::string_view::npos || close > kLongestTag || line.substr(1, close).find('<') != std::string_view::npos) {
    return 0;
  }
  return close + 1;
}

}  // namespace

std::vector<TextLine> split_lines(std::string_view text) {
  std::vector<TextLine> lines;
  // As many lines as breaks, counted first: a text of short lines (a long run of empty ones)
  // would otherwise hold up to twice their size while the vector grows.
  std::size_t breaks = 0;
  for (std::size_t at = find_line_break(text, 0); at < text.size(); at = find_line_break(text, at + line_break_length(text, at))) {
    ++breaks;
  }
  lines.reserve(breaks + 1);
  std::size_t start = 0;
  while (start <= text.size()) {
    // Lines end at every line break, not only LF: CR, VT, FF, NEL, LS, PS (byte_scan.hpp).
    const std::size_t end = find_line_break(text, start);
    TextLine line{start, end, false};
    while (line.begin < line.end && is_space(text[line.begin])) ++line.begin;
    // White space ends no line's text, nor does a no-break space, written or referred to as a
    // page exported to Markdown leaves it ("Os coletivos signatários:&nbsp;").
    for (bool trimmed = true; trimmed;) {
      trimmed = false;
      while (line.end > line.begin && is_space(text[line.end - 1])) --line.end;
      for (const std::string_view space : {"\xC2\xA0"sv, "&nbsp;"sv, "&#160;"sv}) {
        if (line.in(text).ends_with(space)) {
          line.end -= space.size();
          trimmed = true;
        }
      }
    }
    // A Markdown quote's marks ("> **Adiconsum**", ">"): the text quoted is the line's.
    while (line.begin < line.end && text[line.begin] == '>' &&
           (line.begin + 1 == line.end || text[line.begin + 1] == ' ' || text[line.begin + 1] == '>')) {
      ++line.begin;
      while (line.begin < line.end && is_space(text[line.begin])) ++line.begin;
    }
    if (only_markup(line.in(text))) line.end = line.begin;
    // The tags that open an item of a page saved with its markup: "<li>FIDH", "<td>12".
    for (std::size_t tag; (tag = opening_tag_length(line.in(text))) != 0 && line.begin + tag < line.end;) {
      line.begin += tag;
      while (line.begin < line.end && is_space(text[line.begin])) ++line.begin;
    }
    // ... and the tags that close it: "Sincerely,</p>", "FIDH</li>"; Markdown's hard line break,
    // a backslash at the end ("Alternativas y Capacidades\").
    for (std::size_t tag; (tag = closing_tag_length(line.in(text))) != 0 && line.begin + tag < line.end;) {
      line.end -= tag;
      while (line.end > line.begin && is_space(text[line.end - 1])) --line.end;
    }
    if (line.end > line.begin + 1 && text[line.end - 1] == '\\' && text[line.end - 2] != '\\') {
      --line.end;
      while (line.end > line.begin && is_space(text[line.end - 1])) --line.end;
    }
    line.indented = line.begin > start && !line.blank();
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + line_break_length(text, end);
  }
  return lines;
}

void ItemText::append(std::string_view part, std::size_t document_offset) {
  if (part.find_first_not_of("*_") == std::string_view::npos) return;
  // Markdown's emphasis by underscores around a name, one each side ("_Steven Sherwood, ..., UNSW
  // Sydney_"); a single "*" marks a footnote or a bullet as often, and stays.
  const auto emphasis = [](char c) { return c == '_'; };
  if (part.size() > 1 && emphasis(part.front()) && !emphasis(part[1]) && part[1] != ' ') {
    part.remove_prefix(1);
    ++document_offset;
  }
  if (part.size() > 1 && emphasis(part.back()) && !emphasis(part[part.size() - 2]) && part[part.size() - 2] != ' ') {
    part.remove_suffix(1);
  }
  if (!text_.empty() && text_.back() != '-') text_ += ' ';
  // Markdown's strong emphasis is no part of the text ("**Jennifer Robinson**, lawyer" reads
  // "Jennifer Robinson, lawyer"): the pieces around its marks are joined, each where it stands.
  // A no-break space reads as a space ("COB La Brecha -\u00A0Colectivo por la Igualdad").
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  const auto keep = [&](std::size_t from, std::size_t end) {
    if (end <= from) return;
    parts_.push_back({text_.size(), text_.size() + (end - from), document_offset + from});
    text_ += part.substr(from, end - from);
  };
  for (std::size_t from = 0; from < part.size();) {
    const std::size_t mark = std::min({part.find("**", from), part.find("__", from), part.find(kNoBreakSpace, from)});
    keep(from, std::min(mark, part.size()));
    if (mark == std::string_view::npos) break;
    if (part.substr(mark).starts_with(kNoBreakSpace)) {
      parts_.push_back({text_.size(), text_.size() + 1, document_offset + mark});
      text_ += ' ';
    }
    from = mark + 2;
  }
}

std::size_t ItemText::source_of(std::size_t i) const {
  if (parts_.empty()) return 0;
  auto part = std::upper_bound(parts_.begin(), parts_.end(), i, [](std::size_t at, const Part& p) { return at < p.end; });
  if (part == parts_.end()) --part;
  // A separator between two parts stands where the next part starts.
  const std::size_t in_part = i < part->begin ? 0 : i - part->begin;
  return part->document_offset + in_part;
}

ByteSpan ItemText::first_part(std::size_t begin, std::size_t end) const {
  auto part = std::upper_bound(parts_.begin(), parts_.end(), begin,
                               [](std::size_t at, const Part& p) { return at < p.end; });
  // Parts joined with no separator (around emphasis marks) are one part of the layout.
  while (part != parts_.end() && std::next(part) != parts_.end() && std::next(part)->begin == part->end) ++part;
  if (part != parts_.end()) end = std::min(end, part->end);
  while (end > begin && is_space(text_[end - 1])) --end;
  if (parts_.empty() || begin >= end) {
    const std::size_t at = parts_.empty() ? 0 : source_of(std::min(begin, text_.size() - 1));
    return {at, at};
  }
  return {source_of(begin), source_of(end - 1) + 1};
}

ItemText ItemText::slice(std::size_t begin, std::size_t end) const {
  ItemText out;
  out.text_ = text_.substr(begin, end - begin);
  for (const Part& part : parts_) {
    const std::size_t from = std::max(part.begin, begin);
    const std::size_t to = std::min(part.end, end);
    if (from >= to) continue;
    out.parts_.push_back({from - begin, to - begin, part.document_offset + (from - part.begin)});
  }
  return out;
}

}  // namespace hrtext::detail
