#include "signatories/list_items.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <string>

#include "document/ascii_case.hpp"
#include "document/byte_scan.hpp"
#include "signatories/item_cleaning.hpp"
#include "signatories/introduction.hpp"
#include "signatories/item_form.hpp"
#include "signatories/line_kinds.hpp"
#include "signatories/paragraph_items.hpp"
#include "signatories/table_layout.hpp"

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

// A closing list is one of the last runs of short lines; earlier runs are headings and tables.
constexpr std::size_t kRunsToTry = 3;

// Words after which a name goes on on the next line ("European Center for Constitutional and").
constexpr std::array kJoiningWords = {"and"sv, "of"sv, "for"sv, "the"sv, "on"sv, "in"sv, "de"sv, "la"sv,
                                      "del"sv, "des"sv, "du"sv, "y"sv, "et"sv, "pour"sv, "para"sv, "por"sv,
                                      "&"sv, "-"sv, "–"sv, "los"sv, "las"sv, "le"sv, "les"sv, "el"sv,
                                      "da"sv, "do"sv, "dos"sv, "das"sv, "und"sv, "f\xC3\xBCr"sv, "der"sv,
                                      "e"sv, "em"sv, "en"sv, "against"sv, "contra"sv, "contre"sv};

bool has_latin_letter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

bool has_unclosed_parenthesis(std::string_view text) {
  return std::count(text.begin(), text.end(), '(') > std::count(text.begin(), text.end(), ')');
}

bool ends_with_joining_word(std::string_view text) {
  if (text.ends_with(',') || text.ends_with('-')) return true;
  const std::size_t space = text.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  return std::find(kJoiningWords.begin(), kJoiningWords.end(), last) != kJoiningWords.end();
}

// In a list that gives each name with its translation on the next line (English, then
// Chinese), the translations are no signatories of their own: they go with the name before.
void attach_translations(std::vector<RawItem>& items) {
  const auto latin = static_cast<std::size_t>(std::count_if(
      items.begin(), items.end(), [](const RawItem& item) { return has_latin_letter(item.text.text()); }));
  const std::size_t other = items.size() - latin;
  if (latin == 0 || other == 0 || 2 * other < latin) return;
  std::vector<bool> translation(items.size(), false);
  for (std::size_t i = 1; i < items.size(); ++i) {
    translation[i] = !has_latin_letter(items[i].text.text()) && has_latin_letter(items[i - 1].text.text());
  }
  std::vector<RawItem> kept;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (translation[i]) {
      kept.back().translations.push_back(std::move(items[i].text));
    } else {
      kept.push_back(std::move(items[i]));
    }
  }
  items = std::move(kept);
}

// A note under a list ("* ECOSOC consultative status", "1 See the report of ..."): after a
// blank line, a line opened by a mark the list's items do not use, or by a bare number.
// The kind of a list mark by its first byte: every number alike ("1." and "22."), every
// lower-case enumerator alike, else the bullet itself.
char mark_kind(char first) {
  if (first >= '0' && first <= '9') return '0';
  if (first >= 'a' && first <= 'z') return 'a';
  return first;
}

// Whether cells[c] of a row annotates the person the row names first ("Anna Schmidt<TAB>University
// of Oxford", "Bonneel Nicolas<TAB>-<TAB>Chercheur en informatique"). Names beside names are a list
// of their own ("Freedom House<TAB>CIVICUS").
bool affiliation_cell(std::span<const std::string_view> cells, std::size_t c) {
  if (c == 0 || !reads_as_person_name(cells.front())) return false;
  // An institution by its kind, or what the person does ("Chercheur en informatique", "Biologue");
  // an acronym may be a name of its own.
  const ItemForm form = item_form(cells[c], false);
  if (form == ItemForm::kOrganisation || form == ItemForm::kOther || form == ItemForm::kFragment ||
      form == ItemForm::kCapitalised) {
    return true;
  }
  // Where people work, in the languages of our letters (no head noun of organisations that sign).
  static constexpr std::array kInstitutions = {"universit"sv, "universid"sv, "college"sv, "institut"sv, "school"sv, "academ"sv,
                                               "hospital"sv, "laborator"sv, "facult"sv, "escuela"sv, "\xC3\xA9" "cole"sv,
                                               "hochschule"sv, "politecnic"sv, "polytechn"sv};
  const std::string folded = ascii_lower(cells[c]);
  return std::any_of(kInstitutions.begin(), kInstitutions.end(),
                     [&](std::string_view word) { return folded.find(word) != std::string::npos; });
}

// A field of a data file on its line ("name: Anna Schmidt", "affiliation: University of
// Oxford", JSON's "\"name\": \"Anna Schmidt\","): a key in lower case, a colon, a value.
struct Field {
  std::string_view value;
  bool names = false;  // the key names the signer ("name", "organisation", "nombre")
};
std::optional<Field> field_of(std::string_view line) {
  constexpr std::size_t kLongestKey = 20;
  const std::size_t colon = line.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > kLongestKey) return std::nullopt;
  std::string_view key = line.substr(0, colon);
  if (key.size() > 2 && key.front() == '"' && key.back() == '"') key = key.substr(1, key.size() - 2);  // JSON
  if (line.ends_with(',')) line.remove_suffix(1);
  if (!std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_' || c == '-'; })) {
    return std::nullopt;
  }
  static constexpr std::array kNameKeys = {"name"sv, "full_name"sv, "fullname"sv, "nombre"sv, "nom"sv, "nome"sv,
                                           "organisation"sv, "organization"sv, "org"sv, "signatory"sv, "signer"sv};
  std::string_view value = line.substr(colon + 2);
  while (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  return Field{value, std::find(kNameKeys.begin(), kNameKeys.end(), key) != kNameKeys.end()};
}

// The cells of a line of comma-separated values, trimmed.
std::vector<std::string_view> comma_cells(std::string_view line) {
  std::vector<std::string_view> cells;
  for (std::size_t at = 0; at <= line.size();) {
    std::size_t end = std::min(line.find(',', at), line.size());
    std::string_view cell = line.substr(at, end - at);
    while (cell.starts_with(' ')) cell.remove_prefix(1);
    while (cell.ends_with(' ')) cell.remove_suffix(1);
    cells.push_back(cell);
    at = end + 1;
  }
  return cells;
}

bool is_note(std::string_view content, std::size_t mark, char list_mark) {
  if (content.starts_with("\xC2\xB9") || content.starts_with("\xC2\xB2") || content.starts_with("\xE2\x80\xA0")) {
    return true;
  }
  // Another kind of mark opens notes, unless its item is a person as the list's are ("- Molly
  // de Blanc" above, "1. Aaron Carson" below a comment that says where more signers go).
  if (mark > 0) {
    std::string_view item = content.substr(mark);
    while (item.starts_with(' ')) item.remove_prefix(1);
    return mark_kind(content.front()) != list_mark && !reads_as_person_name(item) && !reads_as_person(item, false);
  }
  std::size_t digits = 0;
  while (digits < content.size() && content[digits] >= '0' && content[digits] <= '9') ++digits;
  return digits > 0 && digits < content.size() && content[digits] == ' ';
}

// The number that opens `content` ("35. Name"), if any: up to four digits.
std::optional<std::size_t> leading_number(std::string_view content) {
  constexpr std::size_t kMostDigits = 4;
  const LeadingDigits number = leading_digits(content, kMostDigits);
  return number.length > 0 ? std::optional(number.value) : std::nullopt;
}

// A short sentence after a list ("The authorities detained 12 lawyers in 2023."): five words or
// more, a full stop, half the words after the first in lower case or more.
bool reads_as_sentence(std::string_view content) {
  if (!content.ends_with('.')) return false;
  std::size_t words = 0, lower = 0;
  for (std::size_t i = 0; i < content.size();) {
    while (i < content.size() && content[i] == ' ') ++i;
    if (i == content.size()) break;
    if (words > 0 && content[i] >= 'a' && content[i] <= 'z') ++lower;
    ++words;
    while (i < content.size() && content[i] != ' ') ++i;
  }
  return words >= 5 && 2 * lower >= words - 1;
}

// Whether a line is set in bold, or closes or opens bold that an export split over lines
// ("**Organisations**", "Wetenschappers**").
bool bold_line(std::string_view content) {
  return content.starts_with("**") || content.ends_with("**") || content.starts_with("__") || content.ends_with("__");
}

// Whether the first line after lines[i] that is not blank opens with a list mark.
bool next_is_marked(std::string_view text, std::span<const TextLine> lines, std::size_t i) {
  std::size_t next = i + 1;
  while (next < lines.size() && lines[next].blank()) ++next;
  return next < lines.size() && list_mark_length(lines[next].in(text)) > 0;
}

std::vector<RawItem> line_items(std::string_view text, std::span<const TextLine> lines, std::size_t first,
                                std::size_t start) {
  std::vector<RawItem> items;
  bool persons = false;
  bool after_blank = false;
  char list_mark = 0;  // the mark_kind of the first item's bullet or number, 0 when it has none
  TableColumn table;
  const TextLine* previous = nullptr;  // the line before, when it holds part of the last item
  std::optional<std::size_t> last_number;  // the number of the last numbered item
  // The column a header row names ("NO.<TAB>Name<TAB>Chevening Year<TAB>Country"): the rows'
  // names stand there, the other columns annotate them.
  std::optional<std::size_t> name_column;
  for (std::size_t i = first; i < lines.size(); ++i) {
    TextLine line = lines[i];
    if (i == first) line.begin = std::max(line.begin, start);
    if (line.blank()) {
      previous = nullptr;
      after_blank = true;
      continue;
    }
    const std::string_view content = line.in(text);
    if (is_page_furniture(content)) continue;  // "Page 2 of 3" between two pages of the list
    if (describes_the_list(content)) continue;  // "In Alphabetical Order", "As of January 2, 2007"
    if (const std::optional<TableColumn::Row> row = table.read(content)) {
      if (!row->skip && row->end > row->begin) {
        if (!row->continues || items.empty()) items.push_back({ItemText{}, persons || table.of_people()});
        items.back().text.append(content.substr(row->begin, row->end - row->begin), line.begin + row->begin);
      }
      previous = nullptr;
      continue;
    }
    const std::size_t mark = list_mark_length(content);
    std::vector<std::string_view> cells = columns(content.substr(mark));
    // A data file's fields ("- name: Anna Schmidt" / "affiliation: University of Oxford"): the
    // name's value is the item, the other fields annotate it.
    if (const std::optional<Field> field = field_of(content.substr(mark))) {
      if (!field->names) {
        previous = nullptr;
        continue;
      }
      cells = {field->value};
    }
    if (name_column) {
      const std::vector<std::string_view> row = columns(content);
      if (row.size() > *name_column && row.size() > 1) cells = {row[*name_column]};
    }
    // In a row of a table the name's cell is judged, not the description beside it ("1<TAB>ADIN
    // <TAB>ADIN is a non-profit NGO that specializes in ...").
    const bool row_of_cells = cells.size() > 1 && content.find('\t') != std::string_view::npos;
    const std::string_view judged = row_of_cells ? cells.front() : content;
    if (closes_list(content) || is_prose(judged)) break;
    // A number that follows the last item's continues the list, whatever its words ("35. Coop99-
    // cooperativa integral do Porto, crl.").
    const std::optional<std::size_t> number = mark > 0 ? leading_number(content) : std::nullopt;
    const bool numbered_next = number && last_number && *number == *last_number + 1;
    if (!items.empty() && after_blank && !numbered_next &&
        (is_note(content, mark, list_mark) || reads_as_sentence(judged))) {
      break;
    }
    if (number) last_number = number;
    const std::optional<Marker> marker = find_marker(content);
    if (marker && !marker->weak && !items.empty()) break;  // another list starts ("Co-signed by:")
    // After a blank line, a heading with a colon that says nothing of signers opens another
    // section ("Share this:" over "Twitter", "Facebook").
    if (!items.empty() && after_blank && strip_markup(content).ends_with(':') &&
        !(marker && marker->introduction.signers) && !names_a_group(content)) {
      break;
    }
    // In a list of marked items, a short line in bold, alone between blank lines and above the
    // next marked item, heads the next group whatever its words ("**Bloggers**", its marks split
    // over lines by a page's export: "**" / "Wetenschappers**").
    const bool bold_group = list_mark != '\0' && mark == 0 && after_blank && bold_line(content) &&
                            next_is_marked(text, lines, i) && word_count(strip_markup(content), 7) <= 6;
    after_blank = false;
    if (const std::optional<SubHeading> heading = sub_heading(content)) {
      persons = heading->persons;
      previous = nullptr;
      continue;
    }
    if (bold_group) {
      persons = read_introduction(strip_markup(content)).persons;
      previous = nullptr;
      continue;
    }
    if (marker) continue;  // the marker again, in a second language ("连署团体:")
    // In a list of marked items, a line with no mark between two of them is the last one's,
    // wrapped ("- Núcleo ... da Universidade Federal de Minas" / "Gerais (nuh/UFMG)").
    const bool wrapped_item = list_mark != '\0' && i + 1 < lines.size() && !lines[i + 1].blank() &&
                              list_mark_length(lines[i + 1].in(text)) > 0;
    const bool continues = previous != nullptr && mark == 0 && !items.empty() && !has_personal_title(content) &&
                           (wrapped_item || (line.indented && !previous->indented) ||
                            has_unclosed_parenthesis(items.back().text.text()) ||
                            ends_with_joining_word(items.back().text.text()));
    const bool may_be_row = content.find('\t') != std::string_view::npos || content.find("  ") != std::string_view::npos;
    if (const std::vector<std::string_view> row = may_be_row ? columns(content) : std::vector<std::string_view>{};
        is_header_row(row)) {  // "Organisation   Country", "NO.<TAB>Name<TAB>Year"
      const auto heading = std::find_if(row.begin(), row.end(), is_column_heading);
      name_column = static_cast<std::size_t>(heading - row.begin());
      persons = persons || heads_people(row);  // a column of names beside none of organisations
      continue;
    }
    // The header of comma-separated data: "name,affiliation,country".
    if (items.empty() && mark == 0 && is_header_row(comma_cells(content))) continue;
    if (!continues) {
      if (items.empty()) list_mark = mark > 0 ? mark_kind(content.front()) : '\0';
      items.push_back({ItemText{}, persons});
    }
    // The next numbered item run onto the line ("19. CAAA Centro ... 20. Círculo de Artes"): an
    // item of its own.
    if (number && cells.size() == 1) {
      std::string next = " ";  // appended piece by piece: GCC 12 at -O3 warns falsely on "literal" + string
      next += std::to_string(*number + 1);
      next += ". ";
      if (const std::size_t at = cells.front().find(next); at != std::string_view::npos) {
        const std::string_view joined = cells.front();
        cells = {joined.substr(0, at), joined.substr(at + next.size())};
        last_number = *number + 1;
        items.back().text.append(cells.front(), static_cast<std::size_t>(cells.front().data() - text.data()));
        items.push_back({ItemText{}, persons});
        cells.erase(cells.begin());
      }
    }
    // Each column is an item, row by row ("Amnesty International      Human Rights Watch"); a
    // column that names a place is the annotation of the one before (dropped later).
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c > 0 && row_of_cells && (is_prose(cells[c]) || reads_as_sentence(cells[c]))) continue;  // a description
      // A cell of figures beside the name: a year, a date, a number ("1995/1996").
      if (c > 0 && row_of_cells && std::none_of(cells[c].begin(), cells[c].end(), [](char ch) {
            return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || static_cast<unsigned char>(ch) >= 0x80;
          })) {
        continue;
      }
      if (row_of_cells && affiliation_cell(cells, c)) continue;
      if (c > 0) {
        items.push_back({ItemText{}, persons});
        items.back().later_column = true;
      }
      items.back().text.append(cells[c], static_cast<std::size_t>(cells[c].data() - text.data()));
    }
    previous = cells.size() == 1 ? &lines[i] : nullptr;
  }
  attach_translations(items);
  return items;
}

// People who sign each in a block of lines: the name first, then titles and affiliations
// ("**Dr. Bethany Nowviskie**\nDirector of Digital Research, University of Virginia\n..."), the
// blocks apart. Their names, when at least two blocks of two lines or more open with a person's
// name and no other block does not; else none.
std::vector<RawItem> person_blocks(std::string_view text, std::span<const TextLine> lines, std::size_t first) {
  std::vector<RawItem> people;
  std::size_t blocks = 0, long_blocks = 0;
  // Blocks opened by a short capitalised name that reads as no person's ("Rizwan K", "Ali ZK"):
  // a few among many people are people too.
  std::size_t odd = 0;
  constexpr std::size_t kOddNameWords = 4;
  // A person's block is a name and a few lines of titles and affiliations: a longer run of lines
  // is no block of a signature, and is not read to its end (the search for lists asks here at
  // every marker, and a text without blank lines would be read again each time).
  constexpr std::size_t kBlockLines = 12;
  for (std::size_t i = first; i < lines.size();) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lines.size() && !lines[end].blank() && end - i <= kBlockLines) ++end;
    if (end - i > kBlockLines) {
      if (blocks == 0) return {};
      break;
    }
    const std::string_view head = strip_markup(lines[i].in(text));
    // The place and date over the signatures ("Goiânia, 30 de Setembro de 2011").
    constexpr std::size_t kPlaceAndDateWords = 8;
    if (blocks == 0 && end - i == 1 && reads_as_date(head, kPlaceAndDateWords)) {
      i = end;
      continue;
    }
    if (closes_list(head)) break;
    if (field_of(head)) return {};  // a data file's records, read field by field (line_items)
    const std::size_t name_start = person_name_start(head);
    const std::string_view name = head.substr(name_start, person_name_end(head.substr(name_start)));
    if (!reads_as_person_name(name, end - i > 1) || word_count(head) > 8) {
      if (blocks == 0) return {};  // a block of another kind: no list of people
      if (end - i == 1) break;     // a line after the list
      if (word_count(head) > kOddNameWords || !starts_with_capital(head)) return {};
      ++odd;
    }
    ++blocks;
    if (end - i > 1) ++long_blocks;
    RawItem person;
    person.text.append(head, static_cast<std::size_t>(head.data() - text.data()));
    person.person = true;
    person.block_head = true;
    people.push_back(std::move(person));
    i = end;
  }
  if (blocks < 2 || 2 * long_blocks < blocks || 5 * odd > blocks) return {};
  return people;
}

}  // namespace

namespace {

// Whether the paragraphs from lines[first] on are each one line that reads as a person signing
// with an affiliation or a role: the first three, or as many as there are.
bool people_a_paragraph(std::string_view text, std::span<const TextLine> lines, std::size_t first) {
  constexpr std::size_t kParagraphsRead = 3;
  std::size_t people = 0;
  for (std::size_t i = first; i < lines.size() && people < kParagraphsRead; ++i) {
    if (lines[i].blank()) continue;
    const bool alone = i + 1 == lines.size() || lines[i + 1].blank();
    // Emphasis around the list is read past ("_Steven Sherwood, Climate Change Research Centre").
    if (!alone || !reads_as_person(strip_markup(lines[i].in(text)), false)) return false;
    ++people;
  }
  return people >= 2;
}

// The entries of a line that runs names together, each closed by what it says of itself in
// parentheses ("Christophe Barbier (L'Express) Eric Fottorino (Le Monde) Laurent Joffrin
// (Libération)"): three at least, each a capitalised name of a few words before its
// parentheses; none when the line is not so made.
std::vector<std::string_view> parenthesised_entries(std::string_view line) {
  constexpr std::size_t kFewest = 3;
  constexpr std::size_t kMostNameWords = 5;
  std::vector<std::string_view> entries;
  for (std::size_t at = 0; at < line.size();) {
    while (at < line.size() && line[at] == ' ') ++at;
    if (at == line.size()) break;
    const std::size_t open = line.find(" (", at);
    const std::size_t close = open == std::string_view::npos ? open : line.find(')', open);
    if (close == std::string_view::npos) return {};
    const std::string_view name = line.substr(at, open - at);
    if (!starts_with_capital(name) || word_count(name, kMostNameWords + 1) > kMostNameWords ||
        name.find_first_of(",;()") != std::string_view::npos) {
      return {};
    }
    entries.push_back(line.substr(at, close + 1 - at));
    at = close + 1;
  }
  return entries.size() >= kFewest ? entries : std::vector<std::string_view>{};
}

// The names of one line that runs them together, each closed by its parentheses
// (parenthesised_entries); none when the paragraph is no such line.
std::vector<RawItem> one_line_of_entries(const ItemText& paragraph, std::size_t line_count) {
  if (line_count != 1) return {};
  const std::string_view line = paragraph.text();
  std::vector<RawItem> items;
  for (const std::string_view entry : parenthesised_entries(line)) {
    const auto at = static_cast<std::size_t>(entry.data() - line.data());
    items.push_back({paragraph.slice(at, at + entry.size())});
  }
  return items;
}

// The names of one line that a bullet opens and the same bullet separates ("· A · B · C",
// "• A • B"), the first without its bullet; none when the line is no such list.
std::vector<RawItem> one_line_of_bullets(const ItemText& paragraph, std::size_t line_count, const IsName& is_name) {
  if (line_count != 1) return {};
  const std::string_view line = paragraph.text();
  const std::size_t mark = list_mark_length(line);
  if (mark == 0) return {};
  const std::optional<std::string_view> separator = one_line_separator(line.substr(mark), line_count);
  if (!separator || separator->size() < 3 || line.substr(0, mark).find(separator->substr(1, separator->size() - 2)) != 0) {
    return {};
  }
  ItemText names;
  names.append(line.substr(mark), paragraph.source_of(mark));
  return split_paragraph(names, *separator, is_name, is_name);
}

}  // namespace

std::vector<RawItem> list_items(std::string_view text, std::span<const TextLine> lines, std::size_t first,
                                std::size_t start, const IsName& is_name) {
  if (first < lines.size() && start >= lines[first].end) {  // the list starts on the next line
    ++first;
    start = 0;
  }
  if (start == 0) {
    if (std::vector<RawItem> people = person_blocks(text, lines, first); !people.empty()) return people;
  }
  // The layout is that of the list's first paragraph of names: separators in it, or one name
  // a line.
  std::size_t i = first;
  // A few headings may stand between the marker and its names ("Organisations:", a header row);
  // more are other lists, read from their own markers (and a page of markers alone costs no
  // more than its lines).
  constexpr std::size_t kMostHeadings = 4;
  for (std::size_t headings = 0; i < lines.size() && start == 0; ++i) {
    if (lines[i].blank()) continue;
    const std::string_view content = lines[i].in(text);
    if (!find_marker(content) && !sub_heading(content) && !is_header_row(columns(content))) break;
    if (++headings > kMostHeadings) return {};
  }
  const std::size_t paragraph_first = i;
  std::size_t line_count = 0, commas = 0, semicolons = 0;
  bool comma_ends_line = false;
  std::size_t marked_lines = 0;  // opened by a bullet, a number, a title or a table's bar
  std::size_t full_stops = 0;    // lines that end with one: each an item ("SOS Huasco, Valle del Huasco, Chile.")
  std::size_t places_ending = 0;  // lines whose last comma is followed by a known name
  std::size_t person_lines = 0;   // lines that read as a person signing with roles after commas
  std::size_t field_lines = 0;    // a data file's fields ("name: ...", JSON's "\"name\": \"...\",")
  ItemText paragraph;
  std::size_t block_end = 0;  // where its last line ends: its lines as written, breaks and all
  for (; i < lines.size() && !lines[i].blank(); ++i) {
    TextLine line = lines[i];
    if (i == first) line.begin = std::max(line.begin, start);
    const std::string_view content = line.in(text);
    const bool table_line = content.starts_with('|') || content.starts_with('+');
    if ((closes_list(content) && !table_line) || (i > paragraph_first && is_prose(content)) ||
        sub_heading(content)) {
      break;
    }
    ++line_count;
    commas += static_cast<std::size_t>(std::count(content.begin(), content.end(), ','));
    semicolons += static_cast<std::size_t>(std::count(content.begin(), content.end(), ';'));
    comma_ends_line = comma_ends_line || content.ends_with(',');
    if (const std::size_t comma = rfind_bytes(content, ", "); comma != std::string_view::npos && is_name(content.substr(comma + 2))) {
      ++places_ending;
    }
    if (list_mark_length(content) > 0 || has_personal_title(content) || table_line) ++marked_lines;
    if (content.find(',') != std::string_view::npos && reads_as_person(content, false)) ++person_lines;
    if (field_of(content.substr(list_mark_length(content)))) ++field_lines;
    std::string_view trimmed = content;
    while (trimmed.ends_with(' ')) trimmed.remove_suffix(1);
    if (trimmed.ends_with('.')) ++full_stops;
    paragraph.append(content, line.begin);
    block_end = line.end;
  }
  if (line_count == 0) return {};
  if (line_count == 1) {  // numbers inside one line: "1. A, role, 2. B, 3. C"
    if (std::vector<RawItem> numbered = enumerated_items(paragraph); !numbered.empty()) return numbered;
  }
  // (One line that opens with a title and goes on with semicolons holds several people: "Ms. A,
  // Special Rapporteur on ...; Mr. B, ..."; not a numbered item that a semicolon closes.)
  const std::size_t closing_semicolon = paragraph.text().ends_with(';') ? 1 : 0;
  const bool people_in_a_line = line_count == 1 && semicolons > closing_semicolon;
  // One line of names each behind the same bullet ("· Embassy of Argentina · Australian High
  // Commission · Austrian Embassy"): a list that a page flattened onto one line.
  if (std::vector<RawItem> bulleted = one_line_of_bullets(paragraph, line_count, is_name); !bulleted.empty()) {
    return bulleted;
  }
  if (std::vector<RawItem> entries = one_line_of_entries(paragraph, line_count); !entries.empty()) return entries;
  if ((2 * marked_lines >= line_count && !people_in_a_line) || 2 * field_lines >= line_count) {
    return line_items(text, lines, first, start);
  }
  // Most lines closing with a full stop: one item each, its annotations after its commas.
  constexpr std::size_t kFewestStoppedLines = 3;
  if (full_stops >= kFewestStoppedLines && 5 * full_stops >= 3 * line_count) return line_items(text, lines, first, start);
  // One person a paragraph, their roles after commas ("Fenaba Addo, Associate Professor of
  // Consumer Science, University of Wisconsin", a blank line, the next): the commas are each
  // line's own.
  if (line_count == 1 && people_a_paragraph(text, lines, paragraph_first)) return line_items(text, lines, first, start);
  // Or one a line, no blank line between ("Jane Smith, Professor of Law, Harvard University"); a
  // few lines may run two people together, as a page flattened them.
  if (line_count >= 2 && !comma_ends_line && 3 * person_lines >= 2 * line_count) return line_items(text, lines, first, start);
  if (semicolons >= 2 || (line_count == 1 && semicolons == 1)) {
    // Paragraphs after it that go on the same way, a blank line between ("...; Zoé Carle,
    // enseignante ; Maxime Cervulle, chercheur ;"): one list.
    for (std::size_t next = i; next < lines.size();) {
      std::size_t from = next;
      while (from < lines.size() && lines[from].blank()) ++from;
      if (from == next || from - next > 1 || from == lines.size()) break;  // one blank line apart
      std::size_t to = from;
      std::size_t continued = 0;
      while (to < lines.size() && !lines[to].blank()) {
        const std::string_view content = lines[to].in(text);
        if (closes_list(content) || sub_heading(content) || find_marker(content)) break;
        continued += static_cast<std::size_t>(std::count(content.begin(), content.end(), ';'));
        ++to;
      }
      if (to < lines.size() && !lines[to].blank()) break;
      // The last may be one person alone, with a full stop ("Zoé Carle, enseignante.").
      std::string unemphasised(lines[from].in(text));  // "Zoé **Carle**"
      std::erase(unemphasised, '*');
      const bool last_person = continued == 0 && to == from + 1 && unemphasised.ends_with('.') &&
                               reads_as_person(unemphasised, false);
      if (continued == 0 && !last_person) break;
      for (std::size_t k = from; k < to; ++k) paragraph.append(lines[k].in(text), lines[k].begin);
      next = to;
      if (last_person) break;
    }
    return split_paragraph(paragraph, ";", is_name, is_name);
  }
  // A list on one line with another separator: "A | B | C", "A / B / C", "A • B", "甲、乙、丙".
  const std::size_t block_begin = paragraph_first == first ? std::max(lines[first].begin, start) : lines[paragraph_first].begin;
  if (const std::optional<std::string_view> separator =
          one_line_separator(text.substr(block_begin, block_end - block_begin), line_count)) {
    return split_paragraph(paragraph, *separator, is_name, is_name);
  }
  // Commas separate names when there are more of them than lines, when a line ends with one
  // (the list wraps), or when as many close with a full stop ("A, B and C."); one name a line
  // has at most one, before a role or a place.
  // "Asia Pacific Forum on Women, Law and Development, Thailand" a line: each line ends with
  // a known name after its last comma, and none wraps.
  const bool name_and_place_a_line = line_count >= 2 && !comma_ends_line && places_ending == line_count;
  // One line with no comma may still join two names ("DefendDefenders and Amnesty
  // International."): split_paragraph splits it at its conjunction only where a side is a name;
  // without a full stop, where both are ("Amnesty International and Human Rights Watch").
  const bool one_line_of_names =
      line_count == 1 && commas == 0 && list_mark_length(paragraph.text()) == 0 &&
      (paragraph.text().ends_with('.') || joins_two_names(paragraph.text(), is_name));
  // In a long run of lines, a comma or so a line is the name's own ("Grupo Tacuba, A. C.",
  // "KEPA, the Service Centre ..., Finland"): a list wrapped over its lines has more.
  const bool more_commas_than_lines = line_count >= 3 ? commas >= 2 * line_count : commas > line_count;
  if (one_line_of_names || (!name_and_place_a_line && (more_commas_than_lines || comma_ends_line ||
                                                       (commas == line_count && paragraph.text().ends_with('.'))))) {
    return split_paragraph(paragraph, ",", is_name, is_name);
  }
  return line_items(text, lines, first, start);
}

namespace {

// "on behalf of ", "au nom de ", "au nom d'", "en nombre de ", their first letter in either case:
// the phrase after that letter, the letters it may open with, and the phrase's one letter
// before the end that may vary ("au nom de " and "au nom d'").
struct BehalfPhrase {
  std::string_view after_first;
  std::string_view first_letters;
};
constexpr std::array kOnBehalfOf = {BehalfPhrase{"n behalf of "sv, "oO"sv}, BehalfPhrase{"u nom de "sv, "aA"sv},
                                    BehalfPhrase{"u nom d'"sv, "aA"sv}, BehalfPhrase{"n nombre de "sv, "eE"sv}};

// Where the text says on whose behalf it speaks, in text order: each phrase's start and end.
// One skipping search per phrase (Boyer-Moore-Horspool): the phrases open with common letters,
// which a search letter by letter would stop at all over a long text.
std::vector<ByteSpan> behalf_phrases(std::string_view text) {
  using Searcher = std::boyer_moore_horspool_searcher<std::string_view::const_iterator>;
  const auto searcher = [](std::size_t k) {
    return Searcher(kOnBehalfOf[k].after_first.begin(), kOnBehalfOf[k].after_first.end());
  };
  static const std::array<Searcher, 4> searchers = {searcher(0), searcher(1), searcher(2), searcher(3)};
  static_assert(kOnBehalfOf.size() == searchers.size());
  std::vector<ByteSpan> found;
  for (std::size_t k = 0; k < kOnBehalfOf.size(); ++k) {
    for (auto at = std::search(text.begin(), text.end(), searchers[k]); at != text.end();
         at = std::search(at + 1, text.end(), searchers[k])) {
      const auto start = static_cast<std::size_t>(at - text.begin());
      if (start == 0 || kOnBehalfOf[k].first_letters.find(text[start - 1]) == std::string_view::npos) continue;
      found.push_back({start - 1, start + kOnBehalfOf[k].after_first.size()});
    }
  }
  std::sort(found.begin(), found.end(), [](const ByteSpan& a, const ByteSpan& b) { return a.start < b.start; });
  return found;
}

}  // namespace

bool speaks_of_a_group(std::string_view piece) {
  const std::string folded = ascii_lower(piece.substr(0, 60));
  for (const std::string_view word : {"group"sv, "countries"sv, "states"sv, "others"sv, "other "sv, "países"sv,
                                      "pays"sv, "grupo"sv, "groupe"sv}) {
    if (folded.find(word) != std::string::npos) return true;
  }
  return false;
}

std::vector<RawItem> behalf_items(std::string_view text, const IsName& is_name) {
  for (const ByteSpan& phrase : behalf_phrases(text)) {
    std::size_t begin = phrase.end;
    // To the end of the sentence, or of the paragraph.
    std::size_t end = begin;
    while (end < text.size() && !(text.substr(end).starts_with("\n\n") ||
                                  (text[end] == '.' && (end + 1 == text.size() || text[end + 1] == ' ' ||
                                                        text[end + 1] == '\n')))) {
      ++end;
    }
    // "on behalf of a group of 40 countries: Albania, ...", "on behalf of the Core Group
    // (Argentina, Brazil, Morocco, Sweden and Türkiye)": the members.
    const std::string_view behalf = text.substr(begin, end - begin);
    if (const std::size_t colon = behalf.find(':'); colon != std::string_view::npos) {
      begin += colon + 1;
    } else if (const std::size_t open = behalf.find(" ("); open != std::string_view::npos &&
                                                           speaks_of_a_group(behalf.substr(0, open))) {
      // (A list, not an acronym: "... Treaty Organization (CSTO) – the Republic of Armenia, ...".)
      if (const std::size_t close = behalf.find(')', open);
          close != std::string_view::npos && behalf.substr(open, close - open).find(',') != std::string_view::npos) {
        end = begin + close;
        begin += open + 2;
      }
    }
    ItemText sentence;
    sentence.append(text.substr(begin, end - begin), begin);
    std::vector<RawItem> items = split_paragraph(sentence, ",", is_name, is_name);
    const std::size_t pieces = items.size();
    // "..., and a group of States", "and other countries": the others, named as a group.
    const bool group_after = !items.empty() && speaks_of_a_group(items.back().text.text());
    // "and my own country Albania", "et mon pays, la France": the name at the end of the piece.
    for (RawItem& item : items) {
      const std::string& piece = item.text.text();
      if (is_name(without_conjunction(piece))) continue;
      for (std::size_t space = piece.find(' '); space != std::string::npos; space = piece.find(' ', space + 1)) {
        // A place after "of" is the end of a name ("the Law Society of Kenya" is no "Kenya").
        const std::string_view before = std::string_view(piece).substr(0, space);
        if (before.ends_with(" of") || before.ends_with(" de") || before.ends_with(" du")) continue;
        if (is_name(std::string_view(piece).substr(space + 1))) {
          item.text = item.text.slice(space + 1, piece.size());
          break;
        }
      }
    }
    std::erase_if(items, [&](const RawItem& item) { return !is_name(without_conjunction(item.text.text())); });
    // Two names count when they are all the sentence lists ("on behalf of Australia and New
    // Zealand"), or all but a group of others.
    if (items.size() >= 3 || (items.size() == 2 && (pieces == 2 || (pieces == 3 && group_after)))) return items;
  }
  return {};
}

bool behalf_of_a_group(std::string_view text) {
  constexpr std::size_t kGroupReach = 40;  // bytes: "on behalf of a group of more than 40 countries"
  const std::vector<ByteSpan> phrases = behalf_phrases(text);
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const ByteSpan& phrase) { return speaks_of_a_group(text.substr(phrase.end, kGroupReach)); });
}

std::vector<std::vector<RawItem>> unmarked_runs(std::string_view text, std::span<const TextLine> lines) {
  std::vector<std::vector<RawItem>> runs;
  std::vector<RawItem> run;
  std::size_t blanks = 0;
  std::size_t run_end = 0;
  TableColumn table;
  bool introduced = false;  // the run follows a line ending with a colon that is no marker
  std::size_t run_first = 0;  // the line of its first item
  // The column a header row names ("Name<TAB>Affiliation<TAB>Country"): the names stand there.
  std::optional<std::size_t> name_column;
  const auto close_run = [&] {
    // A closing list ends in the second half of the document, unless it is long (endnotes or a
    // page's footer may follow it), and no sentence introduces it ("researchers interviewed the
    // following organisations:").
    constexpr std::size_t kLongRun = 10;
    if (run.size() >= 3 && (run_end >= text.size() / 2 || run.size() >= kLongRun) && !introduced) {
      // People each in a block of their titles: their names, not the titles.
      std::vector<RawItem> people = person_blocks(text, lines, run_first);
      runs.push_back(people.empty() ? std::move(run) : std::move(people));
    }
    run.clear();
    name_column.reset();
  };
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const TextLine& line = lines[l];
    if (line.blank()) {
      if (++blanks > 1) {
        close_run();
        introduced = false;
      }
      continue;
    }
    blanks = 0;
    const std::string_view content = line.in(text);
    // "National organisations" heads a group of the list (a line with a colon introduces one).
    if (!content.ends_with(':') && sub_heading(content)) continue;
    if (describes_the_list(content)) continue;  // "In order of signing", "As of January 2, 2007"
    std::size_t begin = list_mark_length(content), end = content.size();
    const std::vector<std::string_view> entries = parenthesised_entries(content.substr(begin));
    if (const std::optional<TableColumn::Row> row = table.read(content)) {
      if (row->skip) continue;
      begin = row->begin;
      end = row->end;
    } else if (entries.empty()) {
      const std::size_t words = static_cast<std::size_t>(std::count(content.begin(), content.end(), ' ')) + 1;
      // A sentence, or the end of one, is no name; a name may close the list with a full stop
      // ("Fortify Rights.").
      const bool sentence = (content.ends_with('.') && words >= 5 && !ends_with_abbreviation(content)) ||
                            (begin == 0 && content.front() >= 'a' && content.front() <= 'z');
      // A person's line may be long with their roles ("Lyudmila Alexeyeva, chair of the Moscow
      // Helsinki Group, member of the Presidential Council ...").
      // Names of organisations run to a dozen words and more ("Associação de Advogados de
      // Trabalhadores Rurais no Estado da Bahia – AATR/BA").
      constexpr std::size_t kMostWords = 16;
      const bool long_line = words > kMostWords && !reads_as_person(content, false);
      // A line that a conjunction or a preposition ends is wrapped prose ("... Centre of
      // Anti-discrimination, and"): a name of a list ends with itself.
      const bool wrapped = ends_with_joining_word(content) && !content.ends_with(',') && !content.ends_with('-');
      if (long_line || sentence || wrapped || closes_list(content) || is_prose(content) || content.ends_with(':') ||
          find_marker(content)) {
        close_run();
        introduced = content.ends_with(':');
        continue;
      }
    }
    // Each column an item, as in line_items: a column that names a place is dropped later; a
    // table's header row names none ("Organisation<TAB>Country<TAB>Website").
    std::vector<std::string_view> cells = entries.empty() ? columns(content.substr(begin, end - begin)) : entries;
    if (is_header_row(cells)) {
      name_column = static_cast<std::size_t>(std::find_if(cells.begin(), cells.end(), is_column_heading) - cells.begin());
      continue;
    }
    if (name_column && cells.size() > *name_column && cells.size() > 1) cells = {cells[*name_column]};
    if (run.empty()) run_first = l;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (entries.empty() && affiliation_cell(cells, c)) continue;
      RawItem item;
      item.text.append(cells[c], static_cast<std::size_t>(cells[c].data() - text.data()));
      if (item.text.empty()) continue;  // marks alone ("_*_") name no one
      item.later_column = c > 0 && entries.empty();  // entries of one line are no columns
      run.push_back(std::move(item));
    }
    run_end = line.end;
  }
  close_run();
  std::reverse(runs.begin(), runs.end());
  if (runs.size() > kRunsToTry) runs.resize(kRunsToTry);
  return runs;
}

}  // namespace hrtext::detail
