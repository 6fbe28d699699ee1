#include "dates/document_date.hpp"

#include <cctype>
#include <string_view>

namespace hrtext::detail {
namespace {

// How many non-blank lines at the top (and, for lines of their own, at the end) are the
// document's header and signature.
constexpr std::size_t kHeaderLines = 30;
constexpr std::size_t kFooterLines = 20;

enum Strength { kNone = 0, kLabel = 1, kDateline = 2 };

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Markup and punctuation that decorate a dateline: "**Date:**", "*", "#", "_", "<em>".
std::string_view strip_decoration(std::string_view s) {
  const auto decoration = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '*' || c == '#' || c == '_' || c == '>' || c == '|';
  };
  while (!s.empty() && decoration(s.front())) s.remove_prefix(1);
  while (!s.empty() && decoration(s.back())) s.remove_suffix(1);
  return s;
}

bool ends_with_label(std::string_view before) {
  std::string lower;
  for (const char c : strip_decoration(before)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!lower.empty() && (lower.back() == ' ' || lower.back() == '*')) lower.pop_back();
  for (const std::string_view label : {"date:", "date :", "dated:", "dated", "fecha:", "fecha :", "date of issue:"}) {
    if (lower.size() >= label.size() && lower.compare(lower.size() - label.size(), label.size(), label) == 0 &&
        (lower.size() == label.size() || lower[lower.size() - label.size() - 1] == ' ' ||
         lower[lower.size() - label.size() - 1] == '*')) {
      return true;
    }
  }
  return false;
}

// How a date stands on its line: alone or as a dateline ("Geneva, DATE", "PLACE (DATE) -",
// "(ORGANISATION—DATE)"), after a label, or in running text.
Strength strength_of(std::string_view text, std::size_t start, std::size_t end) {
  // A dateline's place, a label and their decoration are short: the line is read this far on
  // each side of the date, so that a document of one long line is not read again for each of
  // its dates. What lies further makes the date part of running text whatever it is.
  constexpr std::size_t kReach = 120;  // bytes
  const std::size_t from = start > kReach ? start - kReach : 0;
  const std::size_t line_break = text.substr(from, start - from).rfind('\n');
  const std::string_view before = text.substr(line_break == std::string_view::npos ? from : from + line_break + 1,
                                              line_break == std::string_view::npos ? start - from : start - from - line_break - 1);
  const std::string_view rest = text.substr(end, std::min(kReach, text.size() - end));
  const std::string_view after = strip_decoration(rest.substr(0, rest.find('\n')));
  if (ends_with_label(before)) return kLabel;
  const std::string_view lead = strip_decoration(before);
  const bool ends_line = after.empty() || after == "." || after == "-" || after == ":" ||
                         after.rfind("- ", 0) == 0 || after.rfind("\xE2\x80\x93", 0) == 0 ||
                         after.rfind("\xE2\x80\x94", 0) == 0;
  if (lead.empty() && ends_line) return kDateline;  // a line of its own
  // "Geneva, 30 January 2019", "Paris, le 10 octobre 2018", "For immediate release – 30 June
  // 2020", "GENEVA - 30 January 2019": a place or a phrase, and a comma or a dash.
  std::string_view place = lead;
  for (const std::string_view article : {" le", " el", " on"}) {
    if (place.ends_with(article)) place.remove_suffix(article.size());
  }
  while (!place.empty() && place.back() == ' ') place.remove_suffix(1);
  const bool separated = place.ends_with(",") || place.ends_with("-") || place.ends_with("\xE2\x80\x93") ||
                         place.ends_with("\xE2\x80\x94");
  // No sentence before it (". " or ";"), but abbreviations are fine: "Washington, D.C., DATE".
  const bool sentence = place.find(". ") != std::string_view::npos || place.find(';') != std::string_view::npos;
  if (ends_line && separated && place.size() <= 60 && !sentence) return kDateline;
  // "GENEVA (30 January 2019) -" and "(Chinese Human Rights Defenders—July 25, 2019)".
  if (!after.empty() && after.front() == ')' && lead.size() <= 80) {
    const std::size_t open = lead.rfind('(');
    if (open != std::string_view::npos && (open == 0 || lead.substr(0, open).find_first_of(".;") == std::string_view::npos)) {
      return kDateline;
    }
  }
  return kNone;
}

}  // namespace

std::optional<PartialDate> find_document_date(const Document& document, const std::vector<ParsedDate>& dates) {
  const std::string_view text = document.text();
  // Where the header ends (after kHeaderLines non-blank lines) and the footer starts (kFooterLines
  // non-blank lines before the end): read from either end, not over the whole text.
  std::size_t header_end = 0;
  for (std::size_t lines = 0; header_end < text.size() && lines < kHeaderLines;) {
    std::size_t line_end = text.find('\n', header_end);
    if (line_end == std::string_view::npos) line_end = text.size();
    lines += is_blank(text.substr(header_end, line_end - header_end)) ? 0 : 1;
    header_end = line_end + 1;
  }
  std::size_t footer_start = text.size();
  for (std::size_t lines = 0; footer_start > 0 && lines < kFooterLines;) {
    const std::size_t line_start = text.rfind('\n', footer_start - 1);
    const std::size_t begin = line_start == std::string_view::npos ? 0 : line_start + 1;
    lines += is_blank(text.substr(begin, footer_start - begin)) ? 0 : 1;
    footer_start = line_start == std::string_view::npos ? 0 : line_start;
  }
  std::optional<PartialDate> best;
  int best_score = 0;
  for (const ParsedDate& date : dates) {
    const bool dated = (date.kind == DateKind::kDate || date.kind == DateKind::kMonth) && !date.relative &&
                       date.from.year != 0;
    if (!dated) continue;
    const ByteSpan original = document.normalized().to_original(date.span);
    const bool header = original.start < header_end;
    const bool footer = original.start >= footer_start;
    if (!header && !footer) continue;
    const Strength strength = strength_of(text, original.start, original.end);
    if (strength == kNone || (!header && strength != kDateline)) continue;
    // Lines of their own over labels, days over months, the first found over later ones.
    const int score = static_cast<int>(strength) * 4 + (date.from.day != 0 ? 2 : 1);
    if (score > best_score) {
      best_score = score;
      best = PartialDate{date.from.year, date.from.month, date.from.day};
    }
  }
  return best;
}

}  // namespace hrtext::detail
