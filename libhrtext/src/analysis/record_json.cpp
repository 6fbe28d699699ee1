// The analysis record as JSON (spec/output-format.md): field names and order are a contract.

#include <nlohmann/json.hpp>

#include "hrtext/analysis.hpp"
#include "hrtext/error.hpp"

namespace hrtext {

std::string_view to_string(EntityKind kind) noexcept {
  switch (kind) {
    case EntityKind::kState: return "state";
    case EntityKind::kNgo: return "ngo";
    case EntityKind::kUnBody: return "un_body";
    case EntityKind::kIgo: return "igo";
    case EntityKind::kPerson: return "person";
  }
  return "unknown";
}

EntityKind entity_kind_from_string(std::string_view kind) {
  for (EntityKind candidate : {EntityKind::kState, EntityKind::kNgo, EntityKind::kUnBody,
                               EntityKind::kIgo, EntityKind::kPerson}) {
    if (to_string(candidate) == kind) return candidate;
  }
  throw ParseError("unknown entity kind '" + std::string(kind) +
                   "' (expected state, ngo, un_body, igo or person)");
}

std::string_view to_string(DateKind kind) noexcept {
  switch (kind) {
    case DateKind::kDate: return "date";
    case DateKind::kMonth: return "month";
    case DateKind::kYear: return "year";
    case DateKind::kRange: return "range";
    case DateKind::kRelative: return "relative";
  }
  return "unknown";
}

std::string_view to_string(CitationKind kind) noexcept {
  switch (kind) {
    case CitationKind::kTreaty: return "treaty";
    case CitationKind::kUnDocument: return "un_document";
    case CitationKind::kResolution: return "resolution";
  }
  return "unknown";
}

namespace {

using Json = nlohmann::ordered_json;

Json nullable(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

// The fields every mention starts with, after its kind.
void put_span(Json& out, const Mention& mention) {
  out["text"] = mention.text;
  out["start"] = mention.start;
  out["end"] = mention.end;
}

Json to_json(const EntityMention& entity) {
  Json out;
  out["kind"] = to_string(entity.kind);
  put_span(out, entity);
  out["id"] = nullable(entity.id);
  out["name"] = nullable(entity.name);
  return out;
}

Json to_json(const DateMention& date) {
  Json out;
  out["kind"] = to_string(date.kind);
  put_span(out, date);
  out["value"] = nullable(date.value);
  return out;
}

Json to_json(const Citation& citation) {
  Json out;
  out["kind"] = to_string(citation.kind);
  put_span(out, citation);
  switch (citation.kind) {
    case CitationKind::kTreaty:
      out["instrument"] = nullable(citation.instrument);
      out["articles"] = citation.articles;
      break;
    case CitationKind::kUnDocument:
      out["symbol"] = nullable(citation.symbol);
      break;
    case CitationKind::kResolution:
      out["symbol"] = nullable(citation.symbol);
      out["number"] = nullable(citation.number);
      break;
  }
  return out;
}

Json to_json(const Signatory& signatory) {
  Json out;
  out["kind"] = to_string(signatory.kind);
  put_span(out, signatory);
  out["id"] = nullable(signatory.id);
  out["name"] = signatory.name;
  out["parent"] = nullable(signatory.parent);
  out["via"] = to_string(signatory.via);
  return out;
}

template <typename T>
Json to_json_array(const std::vector<T>& mentions) {
  Json out = Json::array();
  for (const T& mention : mentions) out.push_back(to_json(mention));
  return out;
}

}  // namespace

std::string Analysis::to_json(int indent) const {
  Json record;
  record["source"] = nullable(source);
  record["document_date"] = document_date ? Json(document_date->to_iso()) : Json(nullptr);
  record["format"] = std::string(to_string(format));
  record["text"] = nullable(text);
  record["entities"] = to_json_array(entities);
  record["dates"] = to_json_array(dates);
  record["citations"] = to_json_array(citations);
  record["signatories"] = to_json_array(signatories);
  record["signatories_partial"] = signatories_partial;
  record["signatories_stated"] = signatories_stated ? Json(*signatories_stated) : Json(nullptr);
  record["pages"] = page_starts.empty() ? Json(nullptr) : Json(page_starts);
  // Strings come from validated documents; `replace` keeps a record writable even if a caller
  // filled a field with bytes that are not UTF-8.
  return record.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace hrtext
