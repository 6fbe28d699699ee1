#pragma once

// Values of parsed dates: ISO 8601 strings, with year-less and relative dates resolved against
// the document's date.

#include <optional>
#include <string>

#include "dates/date_parser.hpp"
#include "hrtext/dates.hpp"

namespace hrtext::detail {

// The value of `date`: "2019-01-30", "2019-03", "2019", "2019-02-25/2019-03-22". A year-less
// date is the last such day or month on or before `reference` ("11 April" in a text of 7 May
// 2019 is 2019-04-11; "August" in one of 25 July 2019 is 2018-08). Relative dates count from
// `reference`. Null when there is no reference, or it is less precise than the date needs.
[[nodiscard]] std::optional<std::string> resolve(const ParsedDate& date,
                                                 const std::optional<PartialDate>& reference);

}  // namespace hrtext::detail
