#pragma once

// Values as the export formats spell them.

#include <optional>
#include <string>
#include <string_view>

#include "hrtext/dates.hpp"

namespace hrtext::detail {

// Text for an XML 1.0 attribute value or element: & < > " ' as entities; tab, newline and
// carriage return as character references (so attribute values keep them); ill-formed UTF-8 and
// the characters XML 1.0 does not allow (other C0 controls, U+FFFE, U+FFFF) as U+FFFD.
[[nodiscard]] std::string xml_escape(std::string_view text);

// An id as XML and DOT can hold it and as no other id is written: the characters they cannot
// hold (C0 controls, U+FFFE, U+FFFF) as \u{XXXX}, each byte of ill-formed UTF-8 as \x{XX}, and
// the backslash doubled. Ids that differ stay apart (a name may turn into U+FFFD; an id, the key
// of a node, may not); an id without those characters and backslashes is written as it is.
[[nodiscard]] std::string distinct_id(std::string_view id);

// A DOT double-quoted string, quotes included: " and \ escaped, newlines as \n, other C0
// controls and ill-formed UTF-8 as U+FFFD.
[[nodiscard]] std::string dot_quote(std::string_view text);

// An RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote, CR or LF; one that
// opens as a spreadsheet formula (=, +, -, @, tab, CR) quoted with a quote mark first.
[[nodiscard]] std::string csv_field(std::string_view text);

// The shortest decimal that reads back as the same double.
[[nodiscard]] std::string format_number(double value);

[[nodiscard]] inline std::string iso_or_empty(const std::optional<PartialDate>& date) {
  return date ? date->to_iso() : std::string();
}

}  // namespace hrtext::detail
