#include "document/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <string>

#include "document/ascii_case.hpp"
#include "document/byte_scan.hpp"
#include "document/list_marks.hpp"
#include "document/utf8.hpp"
#include "hrtext/error.hpp"

namespace hrtext::detail {
namespace {

// A line of the text: its content without the line break, the break's bytes, and the content
// trimmed of white space.
struct Line {
  ByteSpan content;
  ByteSpan line_break;
  ByteSpan trimmed;
  std::size_t code_points = 0;  // of the trimmed content
  std::size_t indent = 0;       // code points of white space before the content
  std::size_t last_cell = 0;    // column where the last cell of a table row starts (see below)
  bool paragraph_separator = false;  // the break is U+2029
};

UChar32 code_point_at(std::string_view text, std::size_t at, std::size_t* length = nullptr) {
  UChar32 c;
  std::size_t next = at;
  U8_NEXT_UNSAFE(text.data(), next, c);
  if (length != nullptr) *length = next - at;
  return c;
}

// Where the code point that ends just before `end` starts (never before `floor`).
std::size_t previous_start(std::string_view text, std::size_t floor, std::size_t end) {
  std::size_t back = end - 1;
  while (back > floor && is_continuation_byte(text[back])) --back;
  return back;
}

// `span` without the white space at either end (possibly empty).
ByteSpan trim(std::string_view text, ByteSpan span) {
  std::size_t length = 0;
  while (span.start < span.end && u_isUWhiteSpace(code_point_at(text, span.start, &length))) {
    span.start += length;
  }
  while (span.end > span.start) {
    const std::size_t back = previous_start(text, span.start, span.end);
    if (!u_isUWhiteSpace(code_point_at(text, back))) break;
    span.end = back;
  }
  return span;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size();) {
    i = find_line_break_candidate(text, i);
    const std::size_t break_length = i < text.size() ? line_break_length(text, i) : 0;
    if (i < text.size() && break_length == 0) {
      ++i;
      continue;
    }
    Line line;
    line.content = {start, i};
    line.line_break = {i, i + break_length};
    line.paragraph_separator = break_length == 3 && code_point_at(text, i) == 0x2029;
    // A run of empty lines is one blank line that ends with the run's last break: what a
    // paragraph needs to know of it, in one record instead of one a line (50 MB of newlines
    // took gigabytes).
    if (start == i && !lines.empty() && lines.back().content.start == lines.back().content.end) {
      lines.back().line_break.end = line.line_break.end;
      lines.back().paragraph_separator = lines.back().paragraph_separator || line.paragraph_separator;
    } else {
      lines.push_back(line);
    }
    if (i == text.size()) break;
    i += break_length;
    start = i;
  }
  for (Line& line : lines) {
    line.trimmed = trim(text, line.content);
    // Columns in code points; a table cell starts after a run of two or more spaces.
    line.indent = count_code_points(text.substr(line.content.start, line.trimmed.start - line.content.start));
    const std::string_view body = text.substr(line.trimmed.start, line.trimmed.end - line.trimmed.start);
    line.code_points = count_code_points(body);
    line.last_cell = line.indent;
    const std::size_t gap = rfind_bytes(body, "  ");
    if (gap != std::string_view::npos) {
      line.last_cell += count_code_points(body.substr(0, body.find_first_not_of(' ', gap)));
    }
  }
  return lines;
}

bool is_closing_mark(UChar32 c) {
  return c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x2019 || c == 0x201D ||
         c == 0x00BB || c == 0x300D || c == 0x300F || c == 0xFF09;
}

// Whether a line ends a sentence or introduces what follows: . ! ? ; : and their CJK forms,
// before any closing quotes or brackets.
bool ends_with_terminal(std::string_view text, ByteSpan trimmed) {
  std::size_t end = trimmed.end;
  while (end > trimmed.start) {
    const std::size_t back = previous_start(text, trimmed.start, end);
    const UChar32 c = code_point_at(text, back);
    if (is_closing_mark(c)) {
      end = back;
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == 0x2026 ||
           c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF1A;
  }
  return false;
}

// Whether a line starts with a bullet or an enumeration (document/list_marks.hpp, the same
// marks the signatory lists read): "- ", "• ", "1. ", "2) ", "(a) ", "iv. ", or a mark alone.
bool starts_list_item(std::string_view text, ByteSpan trimmed) {
  return opens_list_item(text.substr(trimmed.start, trimmed.end - trimmed.start));
}

// Whether a line ends in a word that cannot end a name or a sentence ("and", "of", "for",
// "the", "de", "y", "&"), or in a hyphen: the name or sentence goes on on the next line.
bool ends_with_joining_word(std::string_view text, ByteSpan trimmed) {
  static constexpr std::string_view kJoining[] = {"and", "of", "for", "the", "on", "in", "to",
                                                  "against", "&", "de", "des", "du", "la", "le",
                                                  "pour", "para", "por", "y", "et", "del", "-"};
  const std::string_view line = text.substr(trimmed.start, trimmed.end - trimmed.start);
  for (const std::string_view word : kJoining) {
    if (line.size() > word.size() && line.ends_with(word) &&
        (word == "-" || line[line.size() - word.size() - 1] == ' ')) {
      return true;
    }
  }
  return false;
}

// The longest line of a block of prose wrapped by hand (e-mail, plain-text letters).
constexpr std::size_t kWrappedLineMax = 100;
// A line at least this long in such a document was most likely wrapped, not ended.
constexpr std::size_t kWrappedLineMin = 60;
// A line indented this far that starts where the last cell of the line before starts goes on
// with that cell's text.
constexpr std::size_t kCellIndentMin = 4;
// A line indented this much further than the line before goes on with its text.
constexpr std::size_t kHangingIndentMin = 2;

// Whether the break between two non-blank lines only wraps running text: the first line does
// not end a sentence, the second is no list item, and the second continues in lower case, or
// the first ends in a joining word, or continues a table cell, or is as long as the wrapped
// lines of its block are.
bool is_wrap(std::string_view text, const Line& line, const Line& next, bool hand_wrapped) {
  if (line.paragraph_separator) return false;
  if (ends_with_terminal(text, line.trimmed) || starts_list_item(text, next.trimmed)) {
    return false;
  }
  if (u_isULowercase(code_point_at(text, next.trimmed.start))) return true;
  if (ends_with_joining_word(text, line.trimmed)) return true;
  // The text of a table cell going on under itself: "JS1      Joint submission by: ERA\n
  //                                                            Association for ..."
  if (next.indent >= kCellIndentMin && next.indent == line.last_cell) return true;
  // A hanging indent: "Business & Human Rights Resource\n    Centre".
  if (next.indent > line.indent && next.indent - line.indent >= kHangingIndentMin &&
      line.last_cell == line.indent) {
    return true;
  }
  return hand_wrapped && line.code_points >= kWrappedLineMin;
}

// The word that ends where white space before `at` begins, from the space, tab, line break or
// parenthesis before it: "H." in "Felipe Calderón H. ", "e.V." in "Anwaltverein e.V. (DAV)".
std::string_view word_before(std::string_view text, std::size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  const std::size_t start = text.substr(0, at).find_last_of(" \t\n(");
  return text.substr(start == std::string_view::npos ? 0 : start + 1, at - (start == std::string_view::npos ? 0 : start + 1));
}

// Whether the text before `at` ends with an initial ("Felipe Calderón H. ", "Maria L. "): a
// capital letter alone before a full stop ends a name far more often than a sentence.
bool ends_with_initial(std::string_view text, std::size_t at) {
  const std::string_view word = word_before(text, at);
  if (word.size() < 2 || !word.ends_with('.')) return false;
  std::size_t length = 0;
  return u_isupper(code_point_at(word, 0, &length)) && length + 1 == word.size();
}

// Whether the text before `at` ends with the abbreviation of a title or an office that comes
// before a name ("Dr.", "Prof.", "Mme.", "Sen."), which ICU's suppressions miss before a capital.
bool ends_with_title(std::string_view text, std::size_t at) {
  static constexpr std::array<std::string_view, 25> kTitles = {
      "Dr", "Prof", "Mr", "Mrs", "Ms", "Mme", "Mlle", "Mgr", "Msgr", "Mons", "Rev", "Sen", "Rep", "Gen", "Hon",
      "Sr", "Sra", "Dra", "Lic", "Ing", "Pr", "Me", "St", "Fr", "Profa"};
  const std::string_view word = word_before(text, at);
  return word.ends_with('.') &&
         std::find(kTitles.begin(), kTitles.end(), word.substr(0, word.size() - 1)) != kTitles.end();
}

// Whether the text before `at` ends with an abbreviation of dotted single letters ("e.V.",
// "S.A.", "U.S.") that a parenthesis follows: "Deutscher Anwaltverein e.V. (DAV), die Diakonie"
// goes on, where ICU breaks before the parenthesis.
bool abbreviation_before_parenthesis(std::string_view text, std::size_t at) {
  std::size_t next = at;
  while (next < text.size() && text[next] == ' ') ++next;
  return next < text.size() && text[next] == '(' && is_dotted_abbreviation(word_before(text, at));
}

const icu::BreakIterator& sentence_prototype() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        // English sentence-break suppressions: no break after "Mr.", "No.", "Art.", ...
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) {
      throw Error(std::string("ICU could not create a sentence break iterator: ") +
                  u_errorName(status));
    }
    return iterator;
  }();
  return *prototype;
}

// A clone of the prototype for this thread, made once: finding the sentences of one paragraph
// at a time (the signatory pass asks for thousands) would otherwise clone it each time.
icu::BreakIterator& thread_sentence_iterator() {
  thread_local const std::unique_ptr<icu::BreakIterator> iterator(sentence_prototype().clone());
  return *iterator;
}

// ICU's sentence boundaries inside one paragraph of `unwrapped` (the text with wrapping line
// breaks turned into spaces, byte for byte, so that offsets are those of the original).
void append_sentences(std::string_view unwrapped, ByteSpan paragraph,
                      icu::BreakIterator& iterator, std::vector<ByteSpan>& sentences) {
  // ICU reports positions as int32_t.
  if (paragraph.end - paragraph.start > static_cast<std::size_t>(INT32_MAX)) {
    throw LimitError("a paragraph of " + std::to_string(paragraph.end - paragraph.start) +
                     " bytes is too long for sentence breaking (at most 2 GiB)");
  }
  // A paragraph of printable ASCII with no full stop, "!" or "?" (a line of a list, most often)
  // is one sentence: Unicode's sentence breaks (UAX #29) follow a terminator or a line break only,
  // and ICU need not be asked.
  const std::string_view bytes = unwrapped.substr(paragraph.start, paragraph.end - paragraph.start);
  if (std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return (c >= ' ' && c <= '~' && c != '.' && c != '!' && c != '?') || c == '\t';
      })) {
    if (const ByteSpan sentence = trim(unwrapped, paragraph); sentence.start < sentence.end) sentences.push_back(sentence);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, unwrapped.data() + paragraph.start,
                                static_cast<int64_t>(paragraph.end - paragraph.start), &status);
  std::unique_ptr<UText, decltype(&utext_close)> guard(utext, &utext_close);
  iterator.setText(utext, status);
  if (U_FAILURE(status)) {
    throw Error(std::string("ICU could not read the text for sentence breaking: ") +
                u_errorName(status));
  }
  // No sentence ends inside parentheses that close later: the full stop there closes an
  // abbreviation ("Prälatin Gabriele Arnold (Evang. Landeskirche Württemberg)").
  const std::size_t last_close = bytes.rfind(')');
  std::size_t scanned = paragraph.start;
  std::size_t depth = 0;
  int32_t start = iterator.first();
  for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; end = iterator.next()) {
    const bool last = static_cast<std::size_t>(end) == paragraph.end - paragraph.start;
    const std::size_t at = paragraph.start + static_cast<std::size_t>(end);
    for (; scanned < at; ++scanned) {
      if (unwrapped[scanned] == '(') ++depth;
      if (unwrapped[scanned] == ')' && depth > 0) --depth;
    }
    const bool in_parentheses = depth > 0 && last_close != std::string_view::npos && at < paragraph.start + last_close;
    // No sentence opens with a comma, a semicolon or a colon: the full stop before one closes
    // an abbreviation ("Friedensdienste e.V.; Pro Asyl").
    const bool continues = !last && (unwrapped[at] == ';' || unwrapped[at] == ',' || unwrapped[at] == ':');
    if (!last && (continues || in_parentheses || ends_with_initial(unwrapped, at) || ends_with_title(unwrapped, at) ||
                  abbreviation_before_parenthesis(unwrapped, at))) {
      continue;
    }
    const ByteSpan sentence = trim(unwrapped, {paragraph.start + static_cast<std::size_t>(start),
                                               paragraph.start + static_cast<std::size_t>(end)});
    if (sentence.start < sentence.end) sentences.push_back(sentence);
    start = end;
  }
}

}  // namespace

// Whether a block of lines (between blank lines) is prose wrapped by hand: several lines, all
// but the last at most kWrappedLineMax long, and at least half of them kWrappedLineMin or
// longer. A list of short names is not; a paragraph written on one long line is not either.
std::vector<bool> hand_wrapped_blocks(const std::vector<Line>& lines) {
  std::vector<bool> wrapped(lines.size(), false);
  const auto blank = [](const Line& line) { return line.trimmed.start == line.trimmed.end; };
  for (std::size_t first = 0; first < lines.size();) {
    if (blank(lines[first])) {
      ++first;
      continue;
    }
    std::size_t end = first;
    while (end < lines.size() && !blank(lines[end])) ++end;
    std::size_t long_lines = 0;
    bool short_enough = true;
    for (std::size_t k = first; k + 1 < end; ++k) {
      short_enough = short_enough && lines[k].code_points <= kWrappedLineMax;
      long_lines += lines[k].code_points >= kWrappedLineMin ? 1 : 0;
    }
    const std::size_t counted = end - first - 1;
    const bool block = counted > 0 && short_enough && 2 * long_lines >= counted;
    std::fill(wrapped.begin() + static_cast<std::ptrdiff_t>(first),
              wrapped.begin() + static_cast<std::ptrdiff_t>(end), block);
    first = end;
  }
  return wrapped;
}

Paragraphs find_paragraphs(std::string_view text) {
  Paragraphs result;
  const std::vector<Line> lines = split_lines(text);
  const std::vector<bool> hand_wrapped = hand_wrapped_blocks(lines);

  std::size_t open = 0;  // index of the first line of the paragraph being built
  bool in_paragraph = false;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const Line& line = lines[k];
    if (line.trimmed.start == line.trimmed.end) continue;  // blank lines end paragraphs
    if (!in_paragraph) open = k, in_paragraph = true;
    const bool wraps = k + 1 < lines.size() &&
                       lines[k + 1].trimmed.start != lines[k + 1].trimmed.end &&
                       is_wrap(text, line, lines[k + 1], hand_wrapped[k]);
    if (wraps) {
      result.wrapping_breaks.push_back(line.line_break);
      continue;
    }
    result.spans.push_back({lines[open].trimmed.start, line.trimmed.end});
    in_paragraph = false;
  }
  return result;
}

std::vector<ByteSpan> find_sentences(std::string_view text, const Paragraphs& paragraphs) {
  std::vector<ByteSpan> sentences;
  if (paragraphs.spans.empty()) return sentences;
  std::string unwrapped(text);
  for (const ByteSpan& wrap : paragraphs.wrapping_breaks) {
    std::fill_n(unwrapped.begin() + static_cast<std::ptrdiff_t>(wrap.start), wrap.end - wrap.start, ' ');
  }
  for (const ByteSpan& paragraph : paragraphs.spans) {
    append_sentences(unwrapped, paragraph, thread_sentence_iterator(), sentences);
  }
  return sentences;
}

std::vector<ByteSpan> find_sentences_in(std::string_view text, const Paragraphs& paragraphs, ByteSpan span) {
  std::vector<ByteSpan> sentences;
  const auto first = std::lower_bound(paragraphs.spans.begin(), paragraphs.spans.end(), span.start,
                                      [](const ByteSpan& paragraph, std::size_t at) { return paragraph.end <= at; });
  std::string local;
  std::vector<ByteSpan> found;
  for (auto paragraph = first; paragraph != paragraphs.spans.end() && paragraph->start <= span.end; ++paragraph) {
    // The paragraph alone, its wrapping line breaks read as spaces, byte for byte.
    local.assign(text.substr(paragraph->start, paragraph->end - paragraph->start));
    const auto wrap = std::lower_bound(paragraphs.wrapping_breaks.begin(), paragraphs.wrapping_breaks.end(),
                                       paragraph->start,
                                       [](const ByteSpan& line_break, std::size_t at) { return line_break.start < at; });
    for (auto line_break = wrap; line_break != paragraphs.wrapping_breaks.end() && line_break->end <= paragraph->end;
         ++line_break) {
      std::fill_n(local.begin() + static_cast<std::ptrdiff_t>(line_break->start - paragraph->start),
                  line_break->end - line_break->start, ' ');
    }
    found.clear();
    append_sentences(local, {0, local.size()}, thread_sentence_iterator(), found);
    for (const ByteSpan& sentence : found) {
      sentences.push_back({paragraph->start + sentence.start, paragraph->start + sentence.end});
    }
  }
  return sentences;
}

}  // namespace hrtext::detail
