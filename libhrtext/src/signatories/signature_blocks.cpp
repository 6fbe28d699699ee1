#include "signatories/signature_blocks.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "document/ascii_case.hpp"
#include "signatories/item_cleaning.hpp"
#include "signatories/line_kinds.hpp"

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

// The titles of those who sign for a State, before its name.
constexpr std::array kStateTitles = {
    "permanent representative of "sv, "permanent representative of the "sv, "chargé d'affaires a.i. of "sv,
    "ambassador of "sv, "représentant permanent de "sv, "représentante permanente de "sv,
    "représentant permanent du "sv, "representante permanente de "sv, "embajador de "sv,
    "embajadora de "sv};
// Where the State's name ends in such a title.
constexpr std::array kAfterState = {" to the "sv, " auprès"sv, " ante "sv, ","sv, " in "sv, " at "sv};

// How the titles of special procedures mandates begin.
constexpr std::array kMandates = {
    "special rapporteur"sv, "independent expert"sv, "chair-rapporteur"sv, "chair of the working group"sv,
    "vice-chair of the working group"sv, "working group on"sv, "rapporteur spécial"sv,
    "rapporteuse spéciale"sv, "experte indépendante"sv, "expert indépendant"sv, "relator especial"sv,
    "relatora especial"sv, "experto independiente"sv, "experta independiente"sv};

constexpr std::size_t kLongestHolderName = 6;  // words
constexpr std::size_t kLongestTitle = 16;      // words: a title line, not a sentence about a title

// Whether the words before a title are those of a signature block ("Ambassador, ", "(Signed) ",
// "H.E. Ms. Jane Doe, "): capitalised words, none of a sentence that speaks of the title ("the
// report addressed to the Permanent Representative of ...").
bool opens_title(std::string_view before) {
  const std::vector<std::string_view> words = words_of(before);
  return std::all_of(words.begin(), words.end(), [](std::string_view word) {
    return !(word.front() >= 'a' && word.front() <= 'z') || word == "and" || word == "et" || word == "y";
  });
}

// Whether a line may hold one of the titles above: one look for the words all of them share.
bool may_hold_state_title(std::string_view line) {
  for (const std::string_view part : {"epresent"sv, "mbassad"sv, "mbajador"sv, "harg"sv}) {
    if (line.find(part) != std::string_view::npos) return true;
  }
  return false;
}

// The State in a title line ("Ambassador, Permanent Representative of Egypt to the United
// Nations"), as a span of `line`, or an empty view.
std::string_view state_of(std::string_view line, const IsName& is_name) {
  const std::string folded = ascii_lower(line);
  for (const std::string_view title : kStateTitles) {
    const std::size_t at = folded.find(title);
    if (at == std::string::npos || !opens_title(line.substr(0, at))) continue;
    const std::size_t start = at + title.size();
    std::size_t end = folded.size();
    for (const std::string_view after : kAfterState) end = std::min(end, folded.find(after, start));
    std::string_view state = line.substr(start, end - start);
    while (!state.empty() && (state.back() == '.' || state.back() == ' ')) state.remove_suffix(1);
    if (is_name(state)) return state;
  }
  return {};
}

bool names_a_mandate(std::string_view line) {
  const std::string folded = ascii_lower(line.substr(0, 40));
  return std::any_of(kMandates.begin(), kMandates.end(), [&](std::string_view title) { return folded.starts_with(title); });
}

// A holder's name on its own line: a few capitalised words, or a title and a name.
bool names_a_holder(std::string_view line) {
  const std::vector<std::string_view> words = words_of(line);
  return !words.empty() && words.size() <= kLongestHolderName && !line.ends_with('.') &&
         (reads_as_person_name(line) || has_personal_title(line));
}

}  // namespace

std::vector<RawItem> signature_blocks(std::string_view text, std::span<const TextLine> lines, const IsName& is_name) {
  std::vector<RawItem> signers;
  std::string_view previous;  // the line before that is not blank
  for (const TextLine& line : lines) {
    if (line.blank()) continue;
    const std::string_view content = line.in(text);
    const std::string_view before = std::exchange(previous, content);
    if (line.begin < text.size() / 2 || word_count(content) > kLongestTitle) continue;
    if (may_hold_state_title(content)) {
      if (const std::string_view state = state_of(content, is_name); !state.empty()) {
        RawItem item;
        item.text.append(state, static_cast<std::size_t>(state.data() - text.data()));
        signers.push_back(std::move(item));
        continue;
      }
    }
    if (names_a_mandate(content) && !before.empty() && names_a_holder(before)) {
      RawItem item;
      item.text.append(content, line.begin);
      item.mandate = true;
      signers.push_back(std::move(item));
    }
  }
  return signers;
}

std::vector<RawItem> mandate_heading(std::string_view text, std::span<const TextLine> lines) {
  constexpr std::array kHeadings = {"mandates of "sv, "mandats du "sv, "mandats de la "sv, "mandats des "sv,
                                    "mandatos del "sv, "mandatos de la "sv, "mandatos de los "sv};
  // The words that join one mandate to the next ("...; the Special Rapporteur", "... of the
  // Special Rapporteur", "... et du Rapporteur spécial").
  constexpr std::array kJoins = {";"sv, ","sv, " and"sv, " of"sv, " the"sv, " et"sv, " du"sv, " de la"sv,
                                 " des"sv, " y"sv, " del"sv, " de"sv, " "sv};
  for (const TextLine& line : lines) {
    const std::string_view content = line.in(text);
    if (content.empty() || (content.front() != 'M' && content.front() != 'm')) continue;  // most lines
    const std::string head = ascii_lower(content.substr(0, 20));
    const auto heading = std::find_if(kHeadings.begin(), kHeadings.end(),
                                      [&](std::string_view words) { return head.starts_with(words); });
    if (heading == kHeadings.end()) continue;
    const std::string folded = ascii_lower(content);
    // Each mandate runs from its title to the next title.
    std::vector<std::size_t> starts;
    for (std::size_t at = heading->size() - 1; at < folded.size(); at = folded.find(' ', at + 1)) {
      const std::size_t word = at + 1;
      if (word < folded.size() && names_a_mandate(std::string_view(folded).substr(word))) starts.push_back(word);
      if (at == std::string::npos) break;
    }
    std::vector<RawItem> mandates;
    for (std::size_t k = 0; k < starts.size(); ++k) {
      std::size_t end = k + 1 < starts.size() ? starts[k + 1] : content.size();
      for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (const std::string_view join : kJoins) {
          if (end > starts[k] + join.size() && std::string_view(folded).substr(0, end).ends_with(join)) {
            end -= join.size();
            trimmed = true;
          }
        }
        if (end > starts[k] && content[end - 1] == '.') --end, trimmed = true;
      }
      RawItem item;
      item.text.append(content.substr(starts[k], end - starts[k]), line.begin + starts[k]);
      item.mandate = true;
      mandates.push_back(std::move(item));
    }
    if (!mandates.empty()) return mandates;
  }
  return {};
}

}  // namespace hrtext::detail
