#include "signatories/paragraph_items.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "document/ascii_case.hpp"
#include "document/words.hpp"
#include "match/arabic_proclitics.hpp"
#include "signatories/line_kinds.hpp"

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

// Separators of names on one line besides commas and semicolons; a slash only with spaces
// around it ("ARTICLE 19/Brasil" is one name).
constexpr std::array kOtherSeparators = {" | "sv, " / "sv, " \xE2\x80\xA2 "sv /* • */, " \xC2\xB7 "sv /* · */,
                                         "\xE3\x80\x81"sv /* 、 */, "\xEF\xBC\x8C"sv /* ， */,
                                         kArabicComma};

// Dashes separate the names of a list written on one line ("A – B – C"); over several lines
// they set off each name's annotation ("Sherpa – France").
constexpr std::array kDashSeparators = {" \xE2\x80\x93 "sv /* – */, " \xE2\x80\x94 "sv /* — */, " - "sv};


std::size_t count_of(std::string_view text, std::string_view separator) {
  std::size_t count = 0;
  for (std::size_t at = text.find(separator); at != std::string_view::npos; at = text.find(separator, at + separator.size())) {
    ++count;
  }
  return count;
}

std::string_view trimmed(std::string_view text, std::size_t& begin, std::size_t& end) {
  while (begin < end && (text[begin] == ' ' || text[begin] == '\n' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t' ||
                         text[end - 1] == '.')) {
    --end;
  }
  return text.substr(begin, end - begin);
}

// Where an item of a list joins two names with a conjunction ("Norway and Sweden", but not
// "Bosnia and Herzegovina" nor "Raza e Igualdad"): the split where both sides are names, else,
// in the list's joining item, the last one where one side is, an article after it first ("Media
// and Law Studies Association" before "..., A and B" is one name; "the Cairo Institute ... and
// the National Community for Human Rights and Law" two). npos when the item is one name.
bool starts_with_preposition(std::string_view words) {
  static constexpr std::array kPrepositions = {"por "sv, "para "sv, "de "sv, "del "sv, "pour "sv, "par "sv,
                                               "du "sv, "des "sv, "for "sv, "of "sv, "contra "sv,
                                               "contre "sv, "against "sv, "sobre "sv, "sur "sv};
  return std::any_of(kPrepositions.begin(), kPrepositions.end(),
                     [&](std::string_view preposition) { return words.starts_with(preposition); });
}

// The preposition that both `left` and `right` open with, a list that repeats it before each
// name ("de la FSU et de Solidaires", "par la LDH et par Amnesty", "de la LDH et d'Amnesty"):
// its length in each, or {0, 0}.
std::pair<std::size_t, std::size_t> repeated_preposition(std::string_view left, std::string_view right) {
  const RepeatablePreposition a = leading_repeatable_preposition(left), b = leading_repeatable_preposition(right);
  if (a.length == 0 || a.key != b.key) return {0, 0};
  return {a.length, b.length};
}

// Whether `words` open with an article before a capital ("the National Community for Human
// Rights and Law", "la Asamblea Permanente ..."): a name starts there, where a conjunction inside
// a name goes on without one ("... for Human Rights and Law").
bool opens_with_article_and_capital(std::string_view words) {
  static constexpr std::array kArticles = {"the "sv, "la "sv, "le "sv, "les "sv, "l'"sv, "el "sv, "los "sv,
                                           "las "sv, "o "sv, "a "sv, "os "sv, "as "sv, "die "sv, "der "sv,
                                           "das "sv, "il "sv, "lo "sv, "gli "sv, "de "sv, "het "sv};
  return std::any_of(kArticles.begin(), kArticles.end(), [&](std::string_view article) {
    return words.size() > article.size() && words.starts_with(article) && capital_at(words, article.size());
  });
}

// Whether the acronym in parentheses that ends `item` stands for all of it: its letters are the
// initials of the capitalised words before it ("Centro para la Apertura y el Desarrollo en América
// Latina (CADAL)"), so a conjunction inside is the name's own.
bool acronym_of_whole(std::string_view item) {
  constexpr std::size_t kShortestAcronym = 3;
  if (!item.ends_with(')')) return false;
  const std::size_t open = item.rfind('(');
  if (open == std::string_view::npos) return false;
  const std::string_view acronym = item.substr(open + 1, item.size() - open - 2);
  if (acronym.size() < kShortestAcronym ||
      std::any_of(acronym.begin(), acronym.end(), [](char c) { return c < 'A' || c > 'Z'; })) {
    return false;
  }
  std::string initials;
  for (std::size_t at = 0; at < open;) {
    while (at < open && item[at] == ' ') ++at;
    if (at < open && item[at] >= 'A' && item[at] <= 'Z') initials += item[at];
    while (at < open && item[at] != ' ') ++at;
  }
  return initials == acronym;
}

std::size_t conjunction_split(std::string_view item, bool joining_item, const IsName& is_name,
                              const IsName& is_side_name, std::size_t& length) {
  if (is_name(without_conjunction(item)) || acronym_of_whole(item)) return std::string_view::npos;
  std::size_t one_side = std::string_view::npos;
  std::size_t one_side_length = 0;
  bool one_side_before_article = false;
  std::size_t conjunction = 0;
  // After a name's acronym the conjunction is the list's ("... Policial e Institucional
  // (CORREPI) y la Asamblea Permanente ..."), not one inside the name before it.
  for (std::size_t at = find_list_conjunction(item, 0, conjunction); at != std::string_view::npos;
       at = find_list_conjunction(item, at + 1, conjunction)) {
    if (at > 0 && item[at - 1] == ')' && is_side_name(item.substr(at + conjunction))) {
      length = conjunction;
      return at;
    }
  }
  // "&" binds within a name ("Transport & Environment", "Haus & Grund"): where a word joins the
  // item's names as well ("Human Rights Watch e Transport & Environment"), the word splits it.
  bool word_conjunction = false;
  for (std::size_t at = find_list_conjunction(item, 0, conjunction); at != std::string_view::npos;
       at = find_list_conjunction(item, at + 1, conjunction)) {
    word_conjunction = word_conjunction || item.substr(at).find('&') > conjunction;
  }
  for (std::size_t at = find_list_conjunction(item, 0, conjunction); at != std::string_view::npos;
       at = find_list_conjunction(item, at + 1, conjunction)) {
    if (word_conjunction && item.substr(at, conjunction).find('&') != std::string_view::npos) continue;
    // An item starts with no preposition: "... de las Transacciones financieras y por la Acción
    // Ciudadana" is one name; unless the item opens with the same one, a list that repeats it
    // ("de la FSU et de Solidaires", "par la FIDH et par la LDH").
    // (Its length on the left and on the right: "de" may be elided before a vowel.)
    const auto [repeated_left, repeated_right] = repeated_preposition(item, item.substr(at + conjunction));
    if (repeated_right == 0 && starts_with_preposition(item.substr(at + conjunction))) continue;
    // Nor inside parentheses: "(... operating in Albania, ..., Slovenia and Turkey) in partnership".
    const std::string_view before = item.substr(0, at);
    if (std::count(before.begin(), before.end(), '(') > std::count(before.begin(), before.end(), ')')) continue;
    const bool left = is_side_name(without_conjunction(item.substr(repeated_left, at - repeated_left)));
    const bool right = is_side_name(item.substr(at + conjunction + repeated_right));
    if (left && right) {
      length = conjunction;
      return at;
    }
    // The last such place, or the last before an article; an article and a capital after the
    // list's last conjunction open its last name even where neither side is known ("Transport &
    // Environment e il WWF European Policy Office").
    const bool before_article = opens_with_article_and_capital(item.substr(at + conjunction));
    if (joining_item && (left || right || (before_article && capital_at(item, repeated_left)))) {
      if (before_article || !one_side_before_article) {
        one_side = at;
        one_side_length = conjunction;
        one_side_before_article = before_article;
      }
    }
  }
  length = one_side_length;
  return one_side;
}

// Where the conjunction of "Tresorit and Tutanota" stands: between two single words, or npos.
std::size_t parallel_conjunction(std::string_view item, std::size_t& length) {
  std::size_t conjunction = 0;
  const std::size_t at = find_list_conjunction(item, 0, conjunction);
  if (at == std::string_view::npos) return at;
  std::size_t left_begin = 0, left_end = at, right_begin = at + conjunction, right_end = item.size();
  const std::string_view left = trimmed(item, left_begin, left_end);
  const std::string_view right = trimmed(item, right_begin, right_end);
  if (left.empty() || right.empty() || left.find(' ') != std::string_view::npos || right.find(' ') != std::string_view::npos) {
    return std::string_view::npos;
  }
  length = conjunction;
  return at;
}

}  // namespace

std::string_view without_conjunction(std::string_view piece) {
  return piece.substr(leading_list_conjunction(piece));
}

std::optional<std::string_view> one_line_separator(std::string_view text, std::size_t lines) {
  const bool one_line = lines <= 1;
  for (const std::string_view separator : kOtherSeparators) {
    const std::size_t count = count_of(text, separator);
    if (count >= 2 && count + 1 >= lines) return separator;
  }
  // Dashes separate names only where commas do not (else they set off annotations: "A – Kenya,
  // B – Norway"), or far more often than commas do: a name of the list may hold one
  // ("Asociación Buena Memoria - Comisión Memoria, Verdad y Justicia Zona Norte - ...").
  // (A comma that ends the line, or one inside parentheses, separates nothing.)
  std::string_view body = text;
  while (!body.empty() && (body.back() == ',' || body.back() == ' ' || body.back() == '.')) body.remove_suffix(1);
  std::size_t commas = 0;
  int depth = 0;
  for (const char c : body) {
    depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
    if ((c == ',' || c == ';') && depth == 0) ++commas;
  }
  for (const std::string_view separator : kDashSeparators) {
    const std::size_t dashes = count_of(text, separator);
    if (dashes < 2 || dashes <= 2 * commas) continue;
    if (one_line) return separator;
    // Over several lines, half of them at least hold two: a paragraph wrapped by hand, where a
    // list of one name a line sets off each name's annotation with one ("Anna Schmidt –
    // Digitale Gesellschaft", and a name's own: "eco – Verband der Internetwirtschaft").
    std::size_t lines_of_two = 0;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      if (count_of(text.substr(start, end - start), separator) >= 2) ++lines_of_two;
      start = end + 1;
    }
    if (lines_of_two >= 2 && 2 * lines_of_two >= lines) return separator;
  }
  return std::nullopt;
}

std::vector<RawItem> split_paragraph(const ItemText& paragraph, std::string_view separator, const IsName& is_name,
                                     const IsName& is_side_name) {
  const std::string& text = paragraph.text();
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] == '(') ++depth;
    if (i < text.size() && text[i] == ')' && depth > 0) --depth;
    if (i == text.size() || (depth == 0 && std::string_view(text).substr(i).starts_with(separator))) {
      std::size_t begin = start, end = i;
      if (!trimmed(text, begin, end).empty()) pieces.emplace_back(begin, end);
      start = i + separator.size();
      i = start - 1;
    }
  }
  if (separator == ",") {
    // Two acronyms a comma sets apart are two names, whatever a hyphenated one matches ("la CGT,
    // FO" is no "CGT-FO"): the words on both sides of the comma.
    const auto acronym = [](std::string_view word) {
      constexpr std::size_t kLongestAcronym = 8;
      return !word.empty() && word.size() <= kLongestAcronym &&
             std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    };
    const auto last_word = [](std::string_view words) { return words.substr(words.rfind(' ') + 1); };
    const auto first_word = [](std::string_view words) { return words.substr(0, words.find(' ')); };
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
      const std::string_view together(text.data() + pieces[i].first, pieces[i + 1].second - pieces[i].first);
      const std::string_view first(text.data() + pieces[i].first, pieces[i].second - pieces[i].first);
      const std::string_view second(text.data() + pieces[i + 1].first, pieces[i + 1].second - pieces[i + 1].first);
      if (is_name(together) && !is_name(first) && !(acronym(last_word(first)) && acronym(first_word(second)))) {
        pieces[i].second = pieces[i + 1].second;
        pieces.erase(pieces.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      }
    }
  }
  // Where semicolons separate the names, a comma before a conjunction in the last piece is the
  // list's own ("la A, de Francia, y el Servicio Paz y Justicia, de Uruguay"): the split, and the
  // last name is whole ("Paz y Justicia").
  std::size_t whole_from = pieces.size();
  if (separator != "," && !pieces.empty()) {
    const auto [begin, end] = pieces.back();
    const std::string_view last = std::string_view(text).substr(begin, end - begin);
    std::size_t comma_conjunction = std::string_view::npos, length = 0;
    for (std::size_t found = 0, at = find_list_conjunction(last, 0, found); at != std::string_view::npos;
         at = find_list_conjunction(last, at + 1, found)) {
      if (at > 0 && last[at - 1] == ',') comma_conjunction = at, length = found;
    }
    if (comma_conjunction != std::string_view::npos) {
      pieces.back().second = begin + comma_conjunction - 1;
      pieces.emplace_back(begin + comma_conjunction + length, end);
      whole_from = pieces.size() - 1;
    }
  }
  // A conjunction may join two names in any piece: the last ("..., Norway and Sweden"), and any
  // other where the sentence goes on after the list ("A, B and C, signed the appeal").
  std::vector<std::pair<std::size_t, std::size_t>> split;
  // A piece holds the list's own conjunction unless names follow it up to a later one ("A, Media
  // and Law Studies Association, B and C").
  const auto piece = [&](std::size_t k) {
    return std::string_view(text).substr(pieces[k].first, pieces[k].second - pieces[k].first);
  };
  // Pieces of one word each before the last ("Boxcryptor, Mailfence, Tresorit and Tutanota"):
  // the last two are one word each as well, whatever the weights say of them.
  const auto all_one_word = [&](std::size_t count) {
    return std::all_of(pieces.begin(), pieces.begin() + static_cast<std::ptrdiff_t>(count),
                       [&](const auto& p) { return text.substr(p.first, p.second - p.first).find(' ') == std::string::npos; });
  };
  std::vector<bool> conjunction_later(pieces.size() + 1, false);
  for (std::size_t k = pieces.size(); k-- > 0;) {
    std::size_t length = 0;
    conjunction_later[k] = conjunction_later[k + 1] || find_list_conjunction(piece(k), 0, length) != std::string_view::npos;
  }
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const auto [begin, end] = pieces[k];
    // Where a separator other than the comma sets the names apart, only the last piece holds
    // the list's conjunction ("A; Kirche und Rechtsextremismus; B und C"), or a piece that lists
    // names of its own ("...; Lois Frankel, Brenda Lawrence, and Jackie Speier, co-chairs; ...").
    const bool sub_list = piece(k).find(',') != std::string_view::npos;
    if (k >= whole_from || (separator != "," && k + 1 < pieces.size() && !sub_list)) {
      split.emplace_back(begin, end);
      continue;
    }
    const bool joining = !conjunction_later[k + 1] || !is_side_name(piece(k + 1));
    std::size_t length = 0;
    std::size_t at = conjunction_split(piece(k), joining, is_name, is_side_name, length);
    if (at == std::string_view::npos && k + 1 == pieces.size() && k >= 2 && all_one_word(k) && !is_name(piece(k))) {
      at = parallel_conjunction(piece(k), length);
    }
    if (at == std::string_view::npos) {
      split.emplace_back(begin, end);
      continue;
    }
    split.emplace_back(begin, begin + at);
    split.emplace_back(begin + at + length, end);
  }
  pieces = std::move(split);
  if (separator == kArabicComma) {
    for (std::size_t i = 1; i < pieces.size(); ++i) {
      auto& [begin, end] = pieces[i];
      if (std::string_view(text).substr(begin, end - begin).starts_with(arabic_internal::kWa) && end - begin > 4 &&
          (static_cast<unsigned char>(text[begin + 2]) == 0xD8 || static_cast<unsigned char>(text[begin + 2]) == 0xD9)) {
        begin += arabic_internal::kWa.size();
      }
    }
  }
  std::vector<RawItem> items;
  for (const auto& [begin, end] : pieces) items.push_back({paragraph.slice(begin, end), false});
  return items;
}

bool joins_two_names(std::string_view item, const IsName& is_name) {
  std::size_t length = 0;
  return conjunction_split(item, /*joining_item=*/false, is_name, is_name, length) != std::string_view::npos;
}

std::vector<RawItem> enumerated_items(const ItemText& paragraph) {
  constexpr std::size_t kFewestNumbers = 3;
  const std::string& text = paragraph.text();
  // Where each number stands ("12. ", at the start or after a space) and where its piece starts.
  std::vector<std::pair<std::size_t, std::size_t>> numbers;
  std::size_t next = 1;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] < '0' || text[at] > '9' || (at > 0 && text[at - 1] != ' ')) continue;
    const LeadingDigits number = leading_digits(std::string_view(text).substr(at), 4);
    const std::size_t end = at + number.length, value = number.value;
    if (value != next || end + 1 >= text.size() || text[end] != '.' || text[end + 1] != ' ') continue;
    numbers.emplace_back(at, end + 2);
    ++next;
  }
  if (numbers.size() < kFewestNumbers || numbers.front().first > 0) return {};
  std::vector<RawItem> items;
  for (std::size_t k = 0; k < numbers.size(); ++k) {
    const std::size_t begin = numbers[k].second;
    std::size_t end = k + 1 < numbers.size() ? numbers[k + 1].first : text.size();
    std::string_view piece = std::string_view(text).substr(begin, end - begin);
    for (bool trimmed = true; trimmed;) {  // ", ", "; ", ", and ", a full stop at the end
      trimmed = false;
      while (!piece.empty() && (piece.back() == ' ' || piece.back() == ',' || piece.back() == ';' || piece.back() == '.')) {
        piece.remove_suffix(1);
        trimmed = true;
      }
      if (const std::size_t conjunction = trailing_list_conjunction(piece); conjunction != 0) {
        piece.remove_suffix(conjunction);
        trimmed = true;
      }
    }
    if (!piece.empty()) items.push_back({paragraph.slice(begin, begin + piece.size()), false});
  }
  return items;
}

}  // namespace hrtext::detail
