#include "citations/article_paths.hpp"

#include <algorithm>

#include "match/tokens.hpp"

namespace hrtext::detail {

Window::Window(std::string_view text, std::size_t from, std::size_t to) : text_(text) {
  for_each_token(text.substr(from, to - from), [&](std::size_t s, std::size_t e) {
    spans_.push_back({from + s, from + e});
  });
}

bool is_number(std::string_view word) {
  return !word.empty() && word.size() <= 4 && word.find_first_not_of("0123456789") == std::string_view::npos;
}

bool is_paragraph_word(std::string_view word) {
  return word == "paragraph" || word == "paragraphs" || word == "para" || word == "paras" || word == "paragraphe" ||
         word == "paragraphes" || word == "párrafo" || word == "párrafos" || word == "parrafo" || word == "parrafos";
}

namespace {

// An article number in Roman numerals, as some instruments number them ("article II of the
// Genocide Convention"); the normalised text writes it in lower case.
bool is_roman(std::string_view word) {
  return !word.empty() && word.size() <= 5 && word.find_first_not_of("ivx") == std::string_view::npos;
}

bool is_label(std::string_view word) {  // "2", "b", "iv": what stands in "19(2)", "14(3)(b)"
  return !word.empty() && word.size() <= 4 &&
         std::all_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'); });
}

bool is_list_separator(std::string_view word) {
  return word == "," || word == "and" || word == "y" || word == "et" || word == "&";
}

// The labels after a number, appended to its path: "(2)", "(3)(b)", and "3 b)" as French writes
// them. Moves i past them.
void read_labels(const Window& w, std::size_t& i, std::string& path) {
  while (true) {
    if (w.word(i) == "(" && is_label(w.word(i + 1)) && w.word(i + 2) == ")") {
      path.append("(").append(w.word(i + 1)).append(")");
      i += 3;
    } else if (const std::string_view letter = w.word(i);
               letter.size() == 1 && letter >= "a" && letter <= "z" && w.word(i + 1) == ")") {
      path.append("(").append(w.word(i)).append(")");
      i += 2;
    } else {
      return;
    }
  }
}

// A list of numbered items from token i, each a number with its labels, or labels alone that
// continue the number before ("19 (2) and (3)" -> 19(2), 19(3)); a range of plain numbers
// ("9 to 11", "9-11", "9 à 11") gives every number between. `accept` tells the numbers the list
// takes. Moves i past its last item; returns the paths, empty when i holds none.
template <typename Accept>
std::vector<std::string> numbered_list(const Window& w, std::size_t& i, Accept accept) {
  std::vector<std::string> paths;
  std::string number;  // the number the last item had
  std::size_t at = i;
  while (true) {
    std::size_t next = at;
    std::string path;
    if (accept(w.word(next))) {
      number = std::string(w.word(next));
      path = number;
      ++next;
      const std::string_view joiner = w.word(next);
      if ((joiner == "to" || joiner == "-" || joiner == "à" || joiner == "a" || joiner == "al" || joiner == "au") &&
          is_number(number) && is_number(w.word(next + 1))) {
        const int first = std::stoi(number);
        const int last = std::stoi(std::string(w.word(next + 1)));
        if (last > first && last - first <= 50) {
          for (int n = first; n < last; ++n) paths.push_back(std::to_string(n));
          number = std::string(w.word(next + 1));
          path = number;
          next += 2;
        }
      }
    } else if (!paths.empty() && w.word(next) == "(" && is_label(w.word(next + 1)) && w.word(next + 2) == ")") {
      path = number;  // "(3)" after "19 (2) and": the same article
    } else {
      break;
    }
    read_labels(w, next, path);
    paths.push_back(std::move(path));
    i = next;
    // The next item after ",", "and", ", and".
    std::size_t after = next;
    if (w.word(after) == "," && is_list_separator(w.word(after + 1)) && w.word(after + 1) != ",") ++after;
    if (!is_list_separator(w.word(after))) break;
    at = after + 1;
  }
  return paths;
}

// The paragraphs of one article after it: ", paragraph 2", "paragraphs 1 and 3 (b), (d) and
// (e)", "para. 2", "paragraphe 3 b)"; each appended to `article` as a path. Moves k past them
// (and past the comma that closes them); empty when k holds none.
std::vector<std::string> paragraphs_of(const Window& w, std::size_t& k, const std::string& article) {
  std::size_t i = k;
  if (w.word(i) == ",") ++i;
  if (!is_paragraph_word(w.word(i))) return {};
  ++i;
  if (w.word(i) == ".") ++i;
  std::vector<std::string> paths = numbered_list(w, i, is_number);
  if (paths.empty()) return {};
  for (std::string& path : paths) {  // "3(b)" of article 14: "14(3)(b)"
    const std::size_t labels = std::min(path.find('('), path.size());
    path = article + "(" + path.substr(0, labels) + ")" + path.substr(labels);
  }
  k = i;
  if (w.word(k) == "," && !is_number(w.word(k + 1))) ++k;  // the comma closing them
  return paths;
}

}  // namespace

std::vector<std::string> article_list(const Window& w, std::size_t& k) {
  const auto article_number = [](std::string_view word) { return is_number(word) || is_roman(word); };
  std::vector<std::string> paths;
  while (true) {
    std::size_t i = k;
    std::vector<std::string> items = numbered_list(w, i, article_number);
    if (items.empty()) break;
    for (std::string& item : items) {  // "ii(1)" -> "II(1)"
      for (char& c : item) {
        if (c == '(') break;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      }
    }
    k = i;
    // Paragraphs go to the last article of the list: "articles 2 and 14, paragraph 1".
    std::vector<std::string> paragraphs = paragraphs_of(w, k, items.back());
    if (paragraphs.empty()) {
      paths.insert(paths.end(), items.begin(), items.end());
      break;
    }
    items.pop_back();
    paths.insert(paths.end(), items.begin(), items.end());
    paths.insert(paths.end(), paragraphs.begin(), paragraphs.end());
    // "article 9, paragraph 3, and article 14": the list goes on.
    std::size_t after = k;
    if (w.word(after) == ",") ++after;
    if (!is_list_separator(w.word(after)) || !article_number(w.word(after + 1))) break;
    k = after + 1;
  }
  return paths;
}

}  // namespace hrtext::detail
