#include "citations/resolutions.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "citations/adopting_bodies.hpp"
#include "citations/text_around.hpp"
#include "document/byte_scan.hpp"
#include "document/words.hpp"
#include "match/tokens.hpp"

namespace hrtext::detail {
namespace {

std::string upper_ascii(std::string_view lower) {
  std::string upper(lower);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

bool digits_only(std::string_view s) {
  return !s.empty() && s.size() <= 4 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// A session in Roman numerals, as the normalised (lower-case) text writes it: "xxi".
bool is_roman(std::string_view s) {
  return !s.empty() && s.size() <= 6 && s.find_first_not_of("ivxl") == std::string_view::npos;
}

// A resolution number at the tokens starting at k: "37/23", "s-27/1", "1325 (2000)", "2005/63".
std::optional<ResolutionNumber> number_at(std::string_view text, const std::vector<ByteSpan>& tokens, std::size_t& k) {
  const auto token = [&](std::size_t i) {
    return i < tokens.size() ? text.substr(tokens[i].start, tokens[i].end - tokens[i].start) : std::string_view{};
  };
  const auto touching = [&](std::size_t i) { return i + 1 < tokens.size() && tokens[i].end == tokens[i + 1].start; };
  ResolutionNumber n;
  std::size_t i = k;
  std::string prefix;
  if ((token(i) == "s" || token(i) == "es") && token(i + 1) == "-" && touching(i) && touching(i + 1)) {
    n.emergency = token(i) == "es";  // "ES-11/1"; "S-29/1" is a special session's
    prefix = n.emergency ? "ES-" : "S-";
    i += 2;
  }
  if (!digits_only(token(i))) return std::nullopt;
  // Not part of a decimal number or a code: "conflict resolution 2.0", "Decision 1956/QD-TTg".
  const bool glued = touching(i) && touching(i + 1);
  if (glued && (token(i + 1) == "." || (token(i + 1) == "/" && !digits_only(token(i + 2))))) return std::nullopt;
  if (token(i + 1) == "/" && touching(i) && touching(i + 1) && digits_only(token(i + 2))) {
    n.session = std::stoi(std::string(token(i)));
    n.index = std::stoi(std::string(token(i + 2)));
    n.text = prefix + std::string(token(i)) + "/" + std::string(token(i + 2));
    n.span = {tokens[k].start, tokens[i + 2].end};
    i += 3;
    if (token(i) == "/") return std::nullopt;  // a longer chain: a symbol's numbers
    if (n.index >= 1000) return std::nullopt;  // number/year, as states number theirs: "Resolución 1234/2022"
  } else {
    if (!prefix.empty()) return std::nullopt;
    n.index = std::stoi(std::string(token(i)));
    n.text = std::string(token(i));
    n.span = {tokens[k].start, tokens[i].end};
    i += 1;
  }
  // The Assembly's numbers before 1976: "2200 A (XXI)", "3452 (XXX)".
  const std::string_view letter = token(i);  // the "A" of "2200 A (XXI)"
  const bool lettered = n.session < 0 && letter.size() == 1 && letter >= "a" && letter <= "h";
  const std::size_t open = lettered ? i + 1 : i;
  if (n.session < 0 && prefix.empty() && token(open) == "(" && is_roman(token(open + 1)) && token(open + 2) == ")") {
    n.roman_session = upper_ascii(token(open + 1));
    if (lettered) n.text.append(" ").append(upper_ascii(letter));
    n.text.append(" (").append(n.roman_session).append(")");
    n.span.end = tokens[open + 2].end;
    k = open + 3;
    return n;
  }
  if (token(i) == "(" && token(i + 1).size() == 4 && digits_only(token(i + 1)) && token(i + 2) == ")") {
    n.text += " (" + std::string(token(i + 1)) + ")";
    n.has_year = true;
    n.span.end = tokens[i + 2].end;
    i += 3;
  }
  k = i;
  return n;
}

// The year of a date right after a number, whose tokens it skips: "of 2 October 2009", "du 2
// octobre 2009", "de 2 de octubre de 2009", "of 2009"; or -1, skipping nothing.
int skip_date(std::string_view text, const std::vector<ByteSpan>& tokens, std::size_t& k) {
  const auto token = [&](std::size_t i) {
    return i < tokens.size() ? text.substr(tokens[i].start, tokens[i].end - tokens[i].start) : std::string_view{};
  };
  const std::string_view of = token(k);
  if (of != "of" && of != "du" && of != "de" && of != "del") return -1;
  for (std::size_t i = k + 1; i <= k + 6; ++i) {
    const std::string_view word = token(i);
    if (word.size() == 4 && digits_only(word) && (word[0] == '1' || word[0] == '2')) {
      k = i + 1;
      return std::stoi(std::string(word));
    }
    const bool day = !word.empty() && word.size() <= 2 && digits_only(word);
    const bool month_or_de = !word.empty() && word.size() <= 10 && word != "the" && word != "la" &&
                             std::all_of(word.begin(), word.end(), [](char c) {
                               return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
                             });
    if (!day && !month_or_de) return -1;
  }
  return -1;
}

// The words that introduce a resolution or decision number, as the normalised text writes them.
constexpr std::array<std::string_view, 13> kKeywords = {
    "resolution", "resolutions", "res",      "résolution", "résolutions", "resolución", "resoluciones",
    "decision",   "decisions",   "décision", "décisions",  "decisión",    "decisiones"};

// The keywords followed by a number: "resolution 37/23", "res. 60/251", "resolution s-29/1",
// "resolution es-11/1".
// A number is rarer than a keyword's first letter, so the scan goes from each number's first digit
// back to the word before it.
std::vector<ByteSpan> find_keywords(std::string_view text) {
  std::vector<ByteSpan> keywords;
  for (std::size_t digit = find_digit(text, 0); digit < text.size(); digit = find_digit(text, digit + 1)) {
    std::size_t number = digit;
    if (number >= 2 && text[number - 1] == '-' && text[number - 2] == 's') {  // special sessions: "s-29/1"
      number -= 2;
      if (number >= 1 && text[number - 1] == 'e') --number;  // emergency: "es-11/1"
    }
    if (number < 2 || text[number - 1] != ' ') continue;
    std::size_t end = number - 1;
    if (text[end - 1] == '.') --end;
    const std::size_t start = word_characters_start(text, end);
    if (start == end) continue;
    const std::string_view word = text.substr(start, end - start);
    if (std::find(kKeywords.begin(), kKeywords.end(), word) != kKeywords.end()) keywords.push_back({start, end});
  }
  return keywords;
}

}  // namespace

std::vector<FoundResolution> find_resolutions(const Document& document) {
  const std::string_view text = document.normalized().text();
  std::vector<FoundResolution> found;
  NamedBodies named(text);
  std::size_t position = 0;  // the end of the last list: its numbers hold no keyword
  for (const ByteSpan keyword : find_keywords(text)) {
    if (keyword.start < position) continue;
    const std::size_t word_start = keyword.start;
    const std::size_t word_end = keyword.end;
    const bool decision = text[word_start] == 'd';
    // The numbers: a window of tokens after the keyword.
    const std::size_t window_end = std::min(text.size(), word_end + 160);
    std::vector<ByteSpan> tokens;
    for_each_token(text.substr(word_end, window_end - word_end), [&](std::size_t s, std::size_t e) {
      tokens.push_back({word_end + s, word_end + e});
    });
    std::size_t k = 0;
    if (!tokens.empty() && text.substr(tokens[0].start, 1) == ".") k = 1;
    std::vector<ResolutionNumber> numbers;
    while (true) {
      auto n = number_at(text, tokens, k);
      if (!n) break;
      n->adopted = skip_date(text, tokens, k);
      numbers.push_back(*n);
      const auto word = [&](std::size_t i) {
        return i < tokens.size() ? text.substr(tokens[i].start, tokens[i].end - tokens[i].start) : std::string_view{};
      };
      if (word(k) == "," && (word(k + 1) == "and" || word(k + 1) == "y" || word(k + 1) == "et")) ++k;
      if (word(k) == "," || word(k) == "and" || word(k) == "y" || word(k) == "et" || word(k) == "&") {
        ++k;
        continue;
      }
      break;
    }
    if (numbers.empty()) continue;
    // The body named right before the keyword starts the first mention; one named after the
    // list ("... of the Human Rights Council") only gives the symbol.
    std::size_t named_start = word_start;
    const Body named_before = body_before(text, word_start, named_start);
    const std::size_t list_end = tokens[k - 1].end;  // the last number's end, or its date's
    const Body body = named_before != Body::kNone ? named_before : body_after(text, list_end);
    const bool after_its = is_possessive(word_before(text, word_start));
    for (std::size_t i = 0; i < numbers.size(); ++i) {
      const std::size_t start = i > 0 ? numbers[i].span.start : named_before != Body::kNone ? named_start : word_start;
      const ByteSpan span = document.normalized().to_original({start, numbers[i].span.end});
      std::string number = numbers[i].text;
      if (number[0] == 's') number[0] = 'S';
      if (body == Body::kNone && !reads_as_un_resolution(numbers[i], named)) continue;
      const Body of = body != Body::kNone ? body : body_of_unnamed(numbers[i], decision, after_its, named);
      found.push_back({span, number, symbol_of(of, numbers[i], decision)});
    }
    position = std::max(position, list_end);
  }
  return found;
}

}  // namespace hrtext::detail
