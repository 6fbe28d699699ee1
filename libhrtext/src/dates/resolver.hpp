#pragma once

// Values of parsed dates: ISO 8601 strings, with year-less and relative dates resolved against
// the document's date.

#include <optional>
#include <string>
#include <vector>

#include "dates/date_parser.hpp"
#include "hrtext/dates.hpp"

namespace hrtext::detail {

// The values of `dates` (in text order): "2019-01-30", "2019-03", "2019",
// "2019-02-25/2019-03-22". Relative dates count from `reference`. A year-less date takes, in
// this order: the year the text gave the same day or month before ("July 27, 2018 ... on July
// 27"); the year of the last date written before it in its paragraph, or the next year if it
// comes earlier in the year than that date ("2018年年中 ... 6月", "December 2018 ... January");
// the next such
// day within kFutureDays after `reference` (a letter announcing "the review on 6 November");
// else the last one on or before `reference` ("11 April" in a text of 7 May 2019). Null when
// there is no reference, or it is less precise than the date needs.
[[nodiscard]] std::vector<std::optional<std::string>> resolve_all(
    const std::vector<ParsedDate>& dates, const std::optional<PartialDate>& reference);

}  // namespace hrtext::detail
