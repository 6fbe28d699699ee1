// The citation extractor: treaties with their articles, document symbols, resolutions.

#include <algorithm>
#include <optional>

#include "compiled.hpp"
#include "citations/resolutions.hpp"
#include "citations/symbols.hpp"
#include "citations/treaties.hpp"
#include "document/utf8.hpp"
#include "hrtext/citations.hpp"
#include "hrtext/document.hpp"

namespace hrtext {

struct CitationExtractor::Impl {
  CitationOptions options;
  std::optional<detail::TreatyFinder> treaties;  // compiled only when wanted
};

namespace {

// A resolution followed by its symbol in parentheses ("resolution S-29/1 of 17 December 2018
// (A/HRC/RES/S-29/1)") takes the symbol the text gives over the one built from the body.
// `citations` are in text order.
void take_written_symbols(std::string_view text, std::vector<Citation>& citations) {
  constexpr std::size_t kReach = 48;  // bytes: room for a date between
  for (std::size_t i = 0; i + 1 < citations.size(); ++i) {
    Citation& resolution = citations[i];
    if (resolution.kind != CitationKind::kResolution) continue;
    const Citation& next = citations[i + 1];
    if (next.kind != CitationKind::kUnDocument || next.byte_start - resolution.byte_end > kReach) continue;
    const std::string_view between = text.substr(resolution.byte_end, next.byte_start - resolution.byte_end);
    const std::size_t open = between.find_last_not_of(' ');
    if (open == std::string_view::npos || between[open] != '(' || between.find_first_of(").;") != std::string_view::npos) {
      continue;
    }
    std::string number = resolution.number.value_or("");
    std::erase(number, ' ');
    const std::string& symbol = *next.symbol;
    if (!number.empty() && symbol.size() > number.size() && symbol.ends_with(number) &&
        symbol[symbol.size() - number.size() - 1] == '/') {
      resolution.symbol = symbol;
    }
  }
}

}  // namespace

CitationExtractor::CitationExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CitationExtractor::CitationExtractor(CitationExtractor&&) noexcept = default;
CitationExtractor& CitationExtractor::operator=(CitationExtractor&&) noexcept = default;
CitationExtractor::~CitationExtractor() = default;

CitationExtractor CitationExtractor::compile(CitationOptions options) {
  auto impl = std::make_unique<Impl>(Impl{options, std::nullopt});
  if (options.treaties) impl->treaties.emplace();
  return CitationExtractor(std::move(impl));
}

std::vector<Citation> CitationExtractor::extract(const Document& document) const {
  const std::string& text = document.text();
  std::vector<Citation> citations;
  const auto add = [&](ByteSpan span, CitationKind kind) -> Citation& {
    Citation& c = citations.emplace_back();
    c.kind = kind;
    c.text = text.substr(span.start, span.end - span.start);
    c.byte_start = span.start;
    c.byte_end = span.end;
    return c;
  };
  const Impl& impl = detail::compiled(impl_, "CitationExtractor");
  const CitationOptions& options = impl.options;
  if (impl.treaties) {
    for (detail::FoundTreaty& t : impl.treaties->find(document)) {
      Citation& c = add(t.span, CitationKind::kTreaty);
      c.instrument = std::move(t.instrument);
      c.articles = std::move(t.articles);
    }
  }
  // Symbols are read for the resolutions too: the one written after a resolution wins.
  if (options.un_documents || options.resolutions) {
    for (detail::FoundSymbol& s : detail::find_symbols(text)) {
      add(s.span, CitationKind::kUnDocument).symbol = std::move(s.symbol);
    }
  }
  if (options.resolutions) {
    for (detail::FoundResolution& r : detail::find_resolutions(document)) {
      Citation& c = add(r.span, CitationKind::kResolution);
      c.number = std::move(r.number);
      c.symbol = std::move(r.symbol);
    }
  }
  std::sort(citations.begin(), citations.end(),
            [](const Citation& a, const Citation& b) { return a.byte_start < b.byte_start; });
  take_written_symbols(text, citations);
  if (!options.un_documents) std::erase_if(citations, [](const Citation& c) { return c.kind == CitationKind::kUnDocument; });
  detail::CodePointCounter code_points(text);
  for (Citation& c : citations) {
    c.start = code_points.at(c.byte_start);
    c.end = code_points.at(c.byte_end);
  }
  return citations;
}

}  // namespace hrtext
