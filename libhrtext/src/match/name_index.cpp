#include "match/name_index.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "document/normalizer.hpp"
#include "document/offset_map.hpp"
#include "hrtext/error.hpp"
#include "match/tokens.hpp"

namespace hrtext::detail {
namespace {

// A name written in capitals, with at least three letters: "ARTICLE 19", "FORUM-ASIA".
bool is_all_caps(std::string_view written) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < written.size();) {
    UChar32 c;
    U8_NEXT_UNSAFE(written.data(), i, c);
    if (u_islower(c)) return false;
    letters += u_isupper(c) ? 1 : 0;
  }
  return letters >= 3;
}

std::string without_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

bool first_is_upper(std::string_view text) {
  if (text.empty()) return false;
  UChar32 c;
  std::size_t at = 0;
  U8_NEXT_UNSAFE(text.data(), at, c);
  return u_isupper(c) || u_istitle(c);
}

// Whether `form` fits the text of the match as written.
bool fits(const NameForm& form, std::string_view written) {
  if (form.acronym || form.all_caps) return without_spaces(written) == without_spaces(form.written);
  if (form.capitalised) return first_is_upper(written);
  return true;
}

// Whether spans lie inside one paragraph: no name goes on across a paragraph break (a heading
// and the line after it, two lines of a list). The matches come nearly in order, so the
// paragraph of the last span, and the one after it, are tried before a binary search.
class ParagraphFinder {
 public:
  explicit ParagraphFinder(std::span<const ByteSpan> paragraphs) : paragraphs_(paragraphs) {}

  bool inside_one(ByteSpan span) {
    if (!holds_start(last_, span.start) && !holds_start(++last_, span.start)) {
      const auto after = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), span.start,
                                          [](std::size_t at, const ByteSpan& p) { return at < p.start; });
      if (after == paragraphs_.begin()) return false;
      last_ = static_cast<std::size_t>(after - paragraphs_.begin()) - 1;
    }
    return span.end <= paragraphs_[last_].end;
  }

 private:
  // Whether paragraph k is the last one starting at or before `start`.
  [[nodiscard]] bool holds_start(std::size_t k, std::size_t start) const {
    return k < paragraphs_.size() && paragraphs_[k].start <= start &&
           (k + 1 == paragraphs_.size() || start < paragraphs_[k + 1].start);
  }

  std::span<const ByteSpan> paragraphs_;
  std::size_t last_ = 0;
};

// Whether a match touches a '/', '_', '%' or '=': then it is part of a document symbol
// ("A/HRC/40/2", "CERD/C/CHN/CO/14-17") or of an address ("INT_CEDAW_FUL"), not a name.
bool inside_symbol(std::string_view text, ByteSpan span) {
  const auto joins = [](char c) { return c == '/' || c == '_' || c == '%' || c == '='; };
  return (span.start > 0 && joins(text[span.start - 1])) || (span.end < text.size() && joins(text[span.end]));
}

}  // namespace

void NameIndexBuilder::add(std::uint32_t target, const std::string& name, const std::vector<std::string>& aliases,
                           const std::vector<std::string>& acronyms, bool capitalised_names) {
  add_form(target, name, false, capitalised_names);
  for (const std::string& alias : aliases) add_form(target, alias, false, capitalised_names);
  for (const std::string& acronym : acronyms) add_form(target, acronym, true, capitalised_names);
}

void NameIndexBuilder::add_form(std::uint32_t target, std::string_view written, bool acronym,
                                bool capitalised_names) {
  NameForm form;
  form.target = target;
  form.acronym = acronym;
  if (!written.empty() && written.back() == '?') {
    form.needs_support = true;
    written.remove_suffix(1);
  }
  const std::string normalized = NormalizedViewBuilder::build(written).text();
  std::size_t tokens = 0;
  for_each_token(normalized, [&](std::size_t, std::size_t) { ++tokens; });
  if (tokens == 0) return;  // nothing but white space: no form
  form.written = std::string(written);
  if (acronym) {
    std::erase(form.written, ' ');  // "E. U." is compared as "E.U."
  } else {
    form.capitalised = (tokens == 1 || capitalised_names) && first_is_upper(written);
    form.all_caps = is_all_caps(written);
  }
  const std::uint32_t phrase = builder_.add(normalized);
  if (phrase >= forms_.size()) forms_.resize(phrase + 1);
  std::vector<NameForm>& same_phrase = forms_[phrase];
  const bool duplicate = std::any_of(same_phrase.begin(), same_phrase.end(), [&](const NameForm& f) {
    return f.target == form.target && f.acronym == form.acronym && f.written == form.written;
  });
  if (duplicate) return;
  if (same_phrase.size() == NameIndex::kMaxFormsPerPhrase) {
    throw LimitError("more than " + std::to_string(NameIndex::kMaxFormsPerPhrase) +
                     " gazetteer entries share the name form '" + form.written + "'");
  }
  same_phrase.push_back(std::move(form));
  ++form_count_;
}

NameIndex NameIndexBuilder::build() && {
  PhraseMatcher matcher = std::move(builder_).build();
  forms_.resize(matcher.phrase_count());
  return {std::move(matcher), std::move(forms_), form_count_};
}

std::vector<NameMatch> find_names(const NameIndex& index, const Document& document) {
  const std::string& text = document.text();
  const NormalizedView& view = document.normalized();
  ParagraphFinder paragraphs(document.paragraphs());
  OffsetMap::Cursor to_original(NormalizedViewBuilder::offset_map(view));  // the matches come nearly in order
  std::vector<PhraseMatcher::Match> matches;
  index.matcher.find_all(view.text(), matches);
  std::vector<NameMatch> found;
  found.reserve(matches.size());
  for (const auto& match : matches) {
    const ByteSpan span = to_original.to_original({match.start, match.end});
    if (!paragraphs.inside_one(span) || inside_symbol(text, span)) continue;
    const std::string_view written = std::string_view(text).substr(span.start, span.end - span.start);
    NameMatch name{span, {match.start, match.end}, match.phrase, 0};
    const std::vector<NameForm>& forms = index.forms_by_phrase[match.phrase];
    for (std::size_t i = 0; i < forms.size(); ++i) {
      if (fits(forms[i], written)) name.fitting |= std::uint64_t{1} << i;
    }
    if (name.fitting != 0) found.push_back(name);
  }
  return found;
}

}  // namespace hrtext::detail
