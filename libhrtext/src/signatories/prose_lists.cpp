#include "signatories/prose_lists.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "document/ascii_case.hpp"
#include "signatories/paragraph_items.hpp"

namespace hrtext::detail {
namespace {

using namespace std::string_view_literals;

// Longer sentences are read only this far: a list of signers in prose is short, and reading no
// further keeps the pass linear on text without sentence ends.
constexpr std::size_t kLongestSentence = 4000;
// How far after "signed by" a count and a colon may come ("signed by 22 countries:").
constexpr std::size_t kCountReach = 100;

// Phrases after which a sentence names who signs.
constexpr std::array kByPhrases = {
    "signed by"sv, "endorsed by"sv, "supported by"sv, "co-signed by"sv, "cosigned by"sv,
    "co-sponsored by"sv, "joined by"sv, "signé par"sv, "signée par"sv, "signés par"sv, "signées par"sv,
    "cosigné par"sv, "cosignée par"sv, "soutenu par"sv, "soutenue par"sv, "firmado por"sv,
    "firmada por"sv, "firmados por"sv, "firmadas por"sv, "suscrito por"sv, "suscrita por"sv,
    "respaldado por"sv, "respaldada por"sv, "assinado por"sv, "assinada por"sv, "unterzeichnet von"sv};

// The documents whose signers a sentence names: a sentence that names none of them speaks of
// something else ("the agreement signed by China, Russia and Iran").
constexpr std::array kSignedDocuments = {
    "letter"sv, "statement"sv, "appeal"sv, "petition"sv, "declaration"sv, "submission"sv,
    "communication"sv, "lettre"sv, "déclaration"sv, "appel"sv, "communiqué"sv, "carta"sv,
    "declaración"sv, "pronunciamiento"sv, "comunicado"sv, "llamamiento"sv, "petición"sv,
    "manifiesto"sv, "brief"sv, "la présente"sv, "la presente"sv, "erklärung"sv};

// Documents that several signers send together: the names before them are their signers.
constexpr std::array kJointDocuments = {
    "joint letter"sv, "joint statement"sv, "open letter"sv, "joint appeal"sv, "joint submission"sv,
    "joint declaration"sv, "lettre conjointe"sv, "lettre ouverte"sv, "déclaration conjointe"sv,
    "carta conjunta"sv, "carta abierta"sv, "declaración conjunta"sv, "pronunciamiento conjunto"sv,
    "comunicado conjunto"sv};

// Words after a count that open the names it includes.
constexpr std::array kIncluding = {"including"sv, "such as"sv, "among them"sv, "amongst them"sv,
                                   "notamment"sv, "parmi lesquelles"sv, "dont"sv, "entre ellas"sv,
                                   "entre ellos"sv, "incluyendo"sv, "incluidas"sv, "incluidos"sv,
                                   "incluindo"sv, "darunter"sv};

// Lower-case words inside names: a run of names goes on over them.
constexpr std::array kNameParticles = {"and"sv, "et"sv, "y"sv, "e"sv, "of"sv, "for"sv, "the"sv, "de"sv,
                                       "la"sv, "le"sv, "les"sv, "du"sv, "des"sv, "del"sv, "los"sv,
                                       "las"sv, "el"sv, "da"sv, "do"sv, "dos"sv, "das"sv, "on"sv,
                                       "in"sv, "&"sv, "pour"sv, "para"sv, "por"sv, "sur"sv, "à"sv,
                                       "al"sv, "against"sv, "contre"sv, "contra"sv, "und"sv, "für"sv};

// Where the titles of UN letters name the States that send them, and where that list ends.
constexpr std::array kRepresentatives = {
    "permanent representatives of "sv, "permanent representative of "sv, "permanent missions of "sv,
    "permanent mission of "sv, "représentants permanents de "sv, "représentant permanent de "sv,
    "représentants permanents du "sv, "représentant permanent du "sv, "representantes permanentes de "sv,
    "representante permanente de "sv};
constexpr std::array kLetterTitles = {"letter dated"sv, "letters dated"sv, "note verbale dated"sv,
                                      "lettre datée"sv, "lettres identiques"sv, "note verbale datée"sv,
                                      "carta de fecha"sv, "cartas idénticas"sv, "nota verbal de fecha"sv};
constexpr std::array kAfterRepresentatives = {" to the "sv, " addressed"sv, " auprès"sv, " ante "sv,
                                              " dirigida"sv, " adressée"sv, " in geneva"sv, " à genève"sv};

template <std::size_t N>
std::size_t find_any(std::string_view folded, const std::array<std::string_view, N>& phrases, std::size_t from,
                     std::size_t* length = nullptr) {
  std::size_t best = std::string_view::npos;
  for (const std::string_view phrase : phrases) {
    const std::size_t at = folded.find(phrase, from);
    if (at < best) {
      best = at;
      if (length != nullptr) *length = phrase.size();
    }
  }
  return best;
}

bool is_particle(std::string_view word) {
  return std::find(kNameParticles.begin(), kNameParticles.end(), word) != kNameParticles.end();
}

bool starts_lower_case_letter(std::string_view word) {
  return !word.empty() && word.front() >= 'a' && word.front() <= 'z';
}

// Where a run of names that starts at `begin` ends: at the first word in lower case that is no
// particle of a name ("Amnesty International and FIDH sent ..." ends before "sent").
std::size_t end_of_names(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  while (i < end) {
    while (i < end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    const std::size_t word_start = i;
    while (i < end && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    std::string_view word = text.substr(word_start, i - word_start);
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    if (starts_lower_case_letter(word) && !is_particle(word)) return word_start;
  }
  return end;
}

// The items of a run that read as names, from the first: the run ends at the first that does
// not, which keeps its head when that reads as a name ("Human Rights Watch in a letter to ...").
std::vector<RawItem> leading_names(std::vector<RawItem> items, const ReadsAsName& reads_as_name) {
  std::vector<RawItem> names;
  for (RawItem& item : items) {
    const std::string& text = item.text.text();
    if (reads_as_name(text)) {
      names.push_back(std::move(item));
      continue;
    }
    const std::size_t head = end_of_names(text, 0, text.size());
    std::size_t head_end = head;
    while (head_end > 0 && (text[head_end - 1] == ' ' || text[head_end - 1] == ',')) --head_end;
    if (head_end > 0 && head < text.size() && reads_as_name(std::string_view(text).substr(0, head_end))) {
      names.push_back({item.text.slice(0, head_end), item.person});
    }
    break;
  }
  return names;
}

// "signed by 22 countries: Australia, ..." and "signed by more than 40 groups, including A, B":
// where the names start after the words that count them, or `start` when none do.
std::size_t after_count(std::string_view folded, std::size_t start, std::size_t end) {
  const std::size_t reach = std::min(end, start + kCountReach);
  const std::size_t colon = folded.find(':', start);
  const std::size_t comma = folded.find(',', start);
  if (colon < reach && colon < comma) return colon + 1;
  std::size_t length = 0;
  const std::size_t including = find_any(folded.substr(0, reach), kIncluding, start, &length);
  if (including != std::string_view::npos && read_introduction(folded.substr(start, including - start)).stated) {
    return including + length;
  }
  return start;
}

class SentenceReader {
 public:
  SentenceReader(std::string_view text, const IsName& is_name, const ReadsAsName& reads_as_name)
      : text_(text), is_name_(is_name), reads_as_name_(reads_as_name) {}

  std::optional<ProseList> read(ByteSpan sentence) const {
    sentence.end = std::min(sentence.end, sentence.start + kLongestSentence);
    const std::string folded = ascii_lower(text_.substr(sentence.start, sentence.end - sentence.start));
    if (std::optional<ProseList> list = signed_by(sentence, folded)) return list;
    if (std::optional<ProseList> list = joining(sentence, folded)) return list;
    if (std::optional<ProseList> list = counted_with_some_named(sentence, folded)) return list;
    return senders_of_joint_document(sentence, folded);
  }

 private:
  // "The letter was signed by A, B and C." ; "... endorsed by 22 countries: A, B, ..."
  std::optional<ProseList> signed_by(ByteSpan sentence, std::string_view folded) const {
    std::size_t length = 0;
    const std::size_t at = find_any(folded, kByPhrases, 0, &length);
    if (at == std::string_view::npos || find_any(folded, kSignedDocuments, 0) == std::string_view::npos) {
      return std::nullopt;
    }
    const std::size_t start = after_count(folded, at + length, folded.size());
    return names_from(sentence, folded, start);
  }

  // "Human Rights in China joins 39 other NGOs in urging ...": the named, and the others counted.
  std::optional<ProseList> joining(ByteSpan sentence, std::string_view folded) const {
    for (const std::string_view verb : {" joins "sv, " join "sv, " joined "sv}) {
      const std::size_t at = folded.find(verb);
      if (at == std::string_view::npos) continue;
      const Introduction count = read_introduction(folded.substr(at, 60));
      if (!count.stated || !count.others) continue;
      std::vector<RawItem> items = inline_items(text_, sentence.start, sentence.start + at, is_name_);
      if (items.empty() || !all_read_as_names(items)) return std::nullopt;
      ProseList list;
      list.introduction = count;
      list.introduction.stated = *count.stated + items.size();
      list.introduction.partial = true;
      list.items = std::move(items);
      return list;
    }
    return std::nullopt;
  }

  // "More than 40 organisations, including A, B and C, signed the appeal."
  std::optional<ProseList> counted_with_some_named(ByteSpan sentence, std::string_view folded) const {
    std::size_t length = 0;
    const std::size_t at = find_any(folded, kIncluding, 0, &length);
    if (at == std::string_view::npos) return std::nullopt;
    const Introduction before = read_introduction(folded.substr(0, at));
    if (!before.stated) return std::nullopt;
    // The sentence must say that they sign: by its words, or by the document they send.
    if (!read_introduction(folded).signers && find_any(folded, kJointDocuments, 0) == std::string_view::npos) {
      return std::nullopt;
    }
    return names_from(sentence, folded, at + length);
  }

  // "Amnesty International, FIDH and Human Rights Watch sent a joint letter to ..."
  std::optional<ProseList> senders_of_joint_document(ByteSpan sentence, std::string_view folded) const {
    const std::size_t document = find_any(folded, kJointDocuments, 0);
    if (document == std::string_view::npos) return std::nullopt;
    const std::size_t names_end = end_of_names(text_, sentence.start, sentence.start + document);
    std::vector<RawItem> items = inline_items(text_, sentence.start, names_end, is_name_);
    if (items.size() < 2 || !all_read_as_names(items)) return std::nullopt;
    ProseList list;
    list.items = std::move(items);
    return list;
  }

  std::optional<ProseList> names_from(ByteSpan sentence, std::string_view folded, std::size_t start) const {
    std::size_t end = folded.size();
    while (end > start && (folded[end - 1] == '.' || folded[end - 1] == ' ' || folded[end - 1] == '\n')) --end;
    std::vector<RawItem> items =
        leading_names(inline_items(text_, sentence.start + start, sentence.start + end, is_name_), reads_as_name_);
    if (items.empty()) return std::nullopt;
    ProseList list;
    list.introduction = read_introduction(folded.substr(0, start));
    list.items = std::move(items);
    return list;
  }

  bool all_read_as_names(const std::vector<RawItem>& items) const {
    return std::all_of(items.begin(), items.end(), [&](const RawItem& item) { return reads_as_name_(item.text.text()); });
  }

  std::string_view text_;
  const IsName& is_name_;
  const ReadsAsName& reads_as_name_;
};

}  // namespace

std::vector<RawItem> inline_items(std::string_view text, std::size_t begin, std::size_t end, const IsName& is_name) {
  ItemText run;
  // Line by line, so that a name the layout wraps keeps its first part as its span.
  while (begin < end) {
    std::size_t line_end = text.find('\n', begin);
    if (line_end == std::string_view::npos || line_end > end) line_end = end;
    std::size_t a = begin, b = line_end;
    while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r')) ++a;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r')) --b;
    run.append(text.substr(a, b - a), a);
    begin = line_end + 1;
  }
  if (run.empty()) return {};
  const std::string& joined = run.text();
  if (std::count(joined.begin(), joined.end(), ';') >= 2) return split_paragraph(run, ";", is_name);
  if (const std::optional<std::string_view> separator = one_line_separator(joined)) {
    return split_paragraph(run, *separator, is_name);
  }
  return split_paragraph(run, ",", is_name);
}

std::vector<ProseList> prose_lists(std::string_view text, std::span<const ByteSpan> sentences, const IsName& is_name,
                                   const ReadsAsName& reads_as_name) {
  const SentenceReader reader(text, is_name, reads_as_name);
  std::vector<ProseList> lists;
  for (const ByteSpan& sentence : sentences) {
    if (std::optional<ProseList> list = reader.read(sentence)) lists.push_back(std::move(*list));
  }
  return lists;
}

std::vector<RawItem> header_states(std::string_view text, std::span<const ByteSpan> sentences, const IsName& is_name) {
  constexpr std::size_t kHeaderSentences = 8;  // the title stands among the first lines
  for (std::size_t s = 0; s < sentences.size() && s < kHeaderSentences; ++s) {
    const ByteSpan sentence{sentences[s].start, std::min(sentences[s].end, sentences[s].start + kLongestSentence)};
    const std::string folded = ascii_lower(text.substr(sentence.start, sentence.end - sentence.start));
    if (find_any(folded, kLetterTitles, 0) == std::string_view::npos) continue;
    std::size_t length = 0;
    const std::size_t at = find_any(folded, kRepresentatives, 0, &length);
    if (at == std::string_view::npos) continue;
    std::size_t start = at + length;
    if (std::string_view(folded).substr(start).starts_with("the ")) start += 4;
    const std::size_t end = std::min(folded.size(), find_any(folded, kAfterRepresentatives, start));
    std::vector<RawItem> items = inline_items(text, sentence.start + start, sentence.start + end, is_name);
    std::erase_if(items, [&](const RawItem& item) { return !is_name(without_conjunction(item.text.text())); });
    if (!items.empty()) return items;
  }
  return {};
}

}  // namespace hrtext::detail
