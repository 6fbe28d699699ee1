// The date extractor: parse, find the document's date, resolve.

#include <charconv>

#include "compiled.hpp"
#include "dates/date_parser.hpp"
#include "dates/document_date.hpp"
#include "dates/resolver.hpp"
#include "document/utf8.hpp"
#include "hrtext/dates.hpp"
#include "hrtext/document.hpp"
#include "hrtext/error.hpp"

namespace hrtext {

std::string PartialDate::to_iso() const {
  char buffer[16];
  if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

PartialDate PartialDate::parse_iso(std::string_view text) {
  if (text.size() == 10) return of(CalendarDate::parse_iso(text));
  const auto number = [&](std::size_t at, std::size_t width, int& value) {
    const char* first = text.data() + at;
    const auto [end, error] = std::from_chars(first, first + width, value);
    return error == std::errc{} && end == first + width;
  };
  PartialDate date{0, 0, 0};
  const bool year_only = text.size() == 4 && number(0, 4, date.year);
  const bool year_month = text.size() == 7 && text[4] == '-' && number(0, 4, date.year) &&
                          number(5, 2, date.month) && date.month >= 1 && date.month <= 12;
  if (!(year_only || year_month) || date.year < 1) {
    throw ParseError("'" + std::string(text) + "' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD");
  }
  return date;
}

struct DateExtractor::Impl {
  detail::DateParser parser;
};

DateExtractor::DateExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DateExtractor::DateExtractor(DateExtractor&&) noexcept = default;
DateExtractor& DateExtractor::operator=(DateExtractor&&) noexcept = default;
DateExtractor::~DateExtractor() = default;

DateExtractor DateExtractor::compile(const DateOptions& options) {
  return DateExtractor(std::make_unique<Impl>(Impl{detail::DateParser(options)}));
}

DateExtractor::Result DateExtractor::extract(const Document& document,
                                             const std::optional<PartialDate>& given) const {
  const std::vector<detail::ParsedDate> parsed = detail::compiled(impl_, "DateExtractor").parser.parse(document);
  Result result;
  result.document_date = given ? given : detail::find_document_date(document, parsed);
  result.dates.reserve(parsed.size());
  const std::vector<std::optional<std::string>> values =
      detail::resolve_all(parsed, result.document_date);
  detail::CodePointCounter code_points(document.text());  // dates come in text order
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    const detail::ParsedDate& date = parsed[i];
    const ByteSpan span = document.normalized().to_original(date.span);
    DateMention mention;
    mention.kind = date.kind;
    mention.text = document.text().substr(span.start, span.end - span.start);
    mention.byte_start = span.start;
    mention.byte_end = span.end;
    mention.start = code_points.at(span.start);
    mention.end = code_points.at(span.end);
    mention.value = values[i];
    result.dates.push_back(std::move(mention));
  }
  return result;
}

}  // namespace hrtext
