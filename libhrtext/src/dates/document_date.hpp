#pragma once

// The date a document bears: its dateline, its header or its signature line.

#include <optional>
#include <vector>

#include "dates/date_parser.hpp"
#include "hrtext/dates.hpp"
#include "hrtext/document.hpp"

namespace hrtext::detail {

// The document's own date among its `dates`: a full date or a month with its year that stands
// as a dateline ("Geneva, 30 January 2019", "GENEVA (30 January 2019) -", "(Chinese Human Rights
// Defenders—July 25, 2019)", a line of its own at the top or the end of a letter) or after a
// label ("Date: 30 January 2019", front matter "date: 2019-05-23"). Lines of their own win over
// labels, then days over months, then the earliest. Null when nothing is written so.
[[nodiscard]] std::optional<PartialDate> find_document_date(const Document& document,
                                                            const std::vector<ParsedDate>& dates);

}  // namespace hrtext::detail
