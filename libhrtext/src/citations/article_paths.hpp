#pragma once

// Article references read as paths: "article 19" -> 19, "Art. 19(2)" and "article 19, paragraph 2"
// -> 19(2), "article 14 (3) (b)" -> 14(3)(b), "articles 9 to 11" -> 9, 10, 11.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/document.hpp"

namespace hrtext::detail {

// Tokens of the normalised text in a window, to read article lists and links.
class Window {
 public:
  Window(std::string_view text, std::size_t from, std::size_t to);
  [[nodiscard]] std::size_t size() const { return spans_.size(); }
  [[nodiscard]] std::string_view word(std::size_t i) const {
    return i < spans_.size() ? text_.substr(spans_[i].start, spans_[i].end - spans_[i].start) : std::string_view{};
  }
  [[nodiscard]] const ByteSpan& span(std::size_t i) const { return spans_[i]; }
  // The first token starting at or after `at`.
  [[nodiscard]] std::size_t at(std::size_t offset) const {
    return static_cast<std::size_t>(std::lower_bound(spans_.begin(), spans_.end(), offset,
                                                     [](const ByteSpan& s, std::size_t o) { return s.start < o; }) -
                                    spans_.begin());
  }

 private:
  std::string_view text_;
  std::vector<ByteSpan> spans_;
};

// Whether a word is an article or paragraph number: "19".
[[nodiscard]] bool is_number(std::string_view word);

// Whether a word says "paragraph": "paragraph", "paras", "paragraphe", "párrafo", ...
[[nodiscard]] bool is_paragraph_word(std::string_view word);

// A list of article paths from token k: "18, 19 and 21", "2(1) and 26", "9 to 11", "II",
// "19, paragraph 2", "14, paragraphs 1 and 3 (b), (d)", "14, paragraphe 3 b)", "19 (2) and (3)".
// Moves k past its last item (and the comma closing a paragraph); empty when k holds none.
[[nodiscard]] std::vector<std::string> article_list(const Window& w, std::size_t& k);

}  // namespace hrtext::detail
