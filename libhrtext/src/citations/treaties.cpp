#include "citations/treaties.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "citations/article_paths.hpp"
#include "citations/text_around.hpp"
#include "document/normalizer.hpp"
#include "document/parentheses.hpp"
#include "document/words.hpp"
#include "gazetteer/instruments.hpp"
#include "hrtext/entities.hpp"
#include "match/instrument_context.hpp"
#include "match/tokens.hpp"

namespace hrtext::detail {
namespace {

using Kind = TreatyFinder::Target::Kind;
using Protocol = TreatyFinder::Protocol;

// Generic nouns that stand for the instrument of their type named last ("the Covenant").
struct GenericNoun {
  const char* noun;
  const char* type;
};
constexpr std::array<GenericNoun, 24> kGenericNouns = {{
    {"Covenant", "covenant"},        {"Pact", "covenant"},            {"Pacte", "covenant"},
    {"Pacto", "covenant"},           {"Convention", "convention"},    {"Convención", "convention"},
    {"Declaration", "declaration"},  {"Déclaration", "declaration"},  {"Declaración", "declaration"},
    {"Charter", "charter"},          {"Charte", "charter"},           {"Carta", "charter"},
    {"Statute", "statute"},          {"Statut", "statute"},           {"Estatuto", "statute"},
    {"Protocol", "protocol"},        {"Optional Protocol", "protocol"}, {"Protocole", "protocol"},
    {"Protocolo", "protocol"},       {"Principles", "principles"},    {"Rules", "rules"},
    {"Treaty", "treaty"},            {"Agreement", "agreement"},      {"Basic Law", "law"},
}};

// The types whose generic noun is too common a word to stand for an instrument unless one of
// the type was named before ("the Rules of Court", "the Principles of Good Governance").
constexpr std::array<std::string_view, 5> kTypesNeedingAntecedent = {"principles", "rules", "treaty", "agreement",
                                                                     "law"};

constexpr std::array<const char*, 10> kArticleWords = {"article", "articles", "art", "arts", "artículo",
                                                       "artículos", "articulo", "articulos", "artigo", "artigos"};

// Words before a generic noun that make it a reference: "the Covenant", "la Convention".
constexpr std::array<std::string_view, 19> kDeterminers = {"the", "this", "said", "la", "le", "el", "del",
                                                           "du",  "al",   "au",   "l'", "cette", "dicha", "este",
                                                           "its", "son",  "sa",   "su", "their"};

// Words between an article reference and its instrument: "of the", "de la", "del", ",".
constexpr std::array<std::string_view, 9> kLinks = {"of", "the", "de", "la", "del", "du", "l", "'", "in"};

// One recognised name: an instrument, a generic noun, or a word of article references.
struct Piece {
  ByteSpan normalized;
  const TreatyFinder::Target* target = nullptr;
  bool needs_support = false;
  bool consumed = false;  // part of an article citation
  std::optional<std::string> resolved;  // the instrument it stands for
};

// Whether the text between a protocol and an instrument makes it the instrument's: " to the ",
// " se rapportant au ", " à la ", " de la ", " del ".
bool joins_protocol(std::string_view between) {
  static constexpr std::array<std::string_view, 9> kJoins = {" to the ",   " to ",   " se rapportant au ",
                                                             " se rapportant à la ", " à la ", " au ",
                                                             " de la ",    " del ",  " a la "};
  return std::find(kJoins.begin(), kJoins.end(), between) != kJoins.end();
}

// Whether the text between two names coordinates them: "the CRC in 1992 and the CAT",
// "the CRPD, the CRC", "le Pacte et la Convention".
bool coordinated(std::string_view text, std::size_t from, std::size_t to) {
  static constexpr std::array<std::string_view, 6> kJoiners = {"and", "or", ",", "et", "ou", "y"};
  static constexpr std::array<std::string_view, 7> kFillers = {"the", "la", "le", "el", "l", "'", "in"};
  if (to < from || to - from > 30) return false;
  bool joined = false;
  bool only_joiners = true;
  for_each_token(text.substr(from, to - from), [&](std::size_t s, std::size_t e) {
    const std::string_view word = text.substr(from + s, e - s);
    if (std::find(kJoiners.begin(), kJoiners.end(), word) != kJoiners.end()) {
      joined = true;
    } else if (std::find(kFillers.begin(), kFillers.end(), word) == kFillers.end() && !is_number(word)) {
      only_joiners = false;
    }
  });
  return joined && only_joiners;
}

// Whether the normalised text from `from` to `to` stays within one sentence: no full stop or
// semicolon, and not too long to be one.
bool in_one_sentence(std::string_view text, std::size_t from, std::size_t to) {
  constexpr std::size_t kLongestSentence = 400;
  return from <= to && to - from <= kLongestSentence &&
         text.substr(from, to - from).find_first_of(".;") == std::string_view::npos;
}

bool written_with_capital(const Document& document, ByteSpan normalized) {
  return capital_at(document.text(), document.normalized().to_original(normalized).start);
}

bool written_in_capitals(const Document& document, ByteSpan normalized) {
  const ByteSpan original = document.normalized().to_original(normalized);
  for (std::size_t i = original.start; i < original.end; ++i) {
    const char c = document.text()[i];
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

// "the Optional Protocol to the Convention", "its Optional Protocol": a generic protocol stands
// for the protocol of the instrument named with it ("to the ...") or, after a possessive, of the
// instrument named last, where that instrument has one protocol of the kind ("Optional
// Protocol" or plain "Protocol"). "to the Convention" then belongs to the protocol's name.
void resolve_protocols(std::string_view normalized, const std::map<std::string, std::vector<Protocol>>& protocols,
                       std::vector<Piece>& pieces) {
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Piece& p = pieces[i];
    if (p.target->kind != Kind::kGeneric || p.target->type != "protocol") continue;
    std::optional<std::string> parent;
    Piece* to = i + 1 < pieces.size() ? &pieces[i + 1] : nullptr;
    const bool joined = to != nullptr && to->target->kind != Kind::kArticleWord && to->resolved &&
                        joins_protocol(normalized.substr(p.normalized.end, to->normalized.start - p.normalized.end));
    if (joined) {
      parent = to->resolved;
    } else if (is_possessive(word_before(normalized, p.normalized.start))) {
      for (std::size_t m = i; m-- > 0;) {
        if (pieces[m].target->kind == Kind::kInstrument) {
          parent = pieces[m].resolved;
          break;
        }
      }
    }
    if (!parent) continue;
    const bool optional = normalized.substr(p.normalized.start, 8) == "optional" ||
                          normalized.substr(p.normalized.start, 20).find("facultati") != std::string_view::npos;
    const auto children = protocols.find(*parent);
    if (children == protocols.end()) continue;
    const std::string* only = nullptr;
    for (const Protocol& child : children->second) {
      if (child.kind != (optional ? Protocol::Kind::kOptional : Protocol::Kind::kPlain)) continue;
      if (only != nullptr) {
        only = nullptr;  // more than one: "the Optional Protocol to the CRC"
        break;
      }
      only = &child.id;
    }
    if (only == nullptr) continue;
    p.resolved = *only;
    if (joined) {
      p.normalized.end = to->normalized.end;
      pieces.erase(pieces.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  }
}

}  // namespace

NameIndex TreatyFinder::compile(std::vector<Target>& targets) {
  NameIndexBuilder builder;
  for (const InstrumentEntry& instrument : builtin_instruments()) {
    builder.add(static_cast<std::uint32_t>(targets.size()), instrument.name, instrument.aliases,
                instrument.acronyms, false);
    targets.push_back({Kind::kInstrument, instrument.id, instrument.type, instrument.parent});
  }
  for (const GenericNoun& generic : kGenericNouns) {
    // Generic nouns count only written with their capital ("the Convention", not "a convention").
    builder.add(static_cast<std::uint32_t>(targets.size()), generic.noun, {}, {}, true);
    targets.push_back({Kind::kGeneric, "", generic.type});
  }
  for (const char* word : kArticleWords) {
    builder.add(static_cast<std::uint32_t>(targets.size()), word, {}, {}, false);
    targets.push_back({Kind::kArticleWord, "", ""});
  }
  return std::move(builder).build();
}

TreatyFinder::TreatyFinder() : names_(compile(targets_)) {
  for (const InstrumentEntry& instrument : builtin_instruments()) {
    if (instrument.parent.empty()) continue;
    const Protocol::Kind kind = instrument.name.starts_with("Optional Protocol") ? Protocol::Kind::kOptional
                                : instrument.name.starts_with("Protocol ")       ? Protocol::Kind::kPlain
                                                                                 : Protocol::Kind::kOther;
    protocols_[instrument.parent].push_back({instrument.id, kind});
  }
  // The acronyms a UN body shares with an instrument: read as the instrument only by context.
  for (const GazetteerEntry& entry : builtin_gazetteer()) {
    if (entry.kind != EntityKind::kUnBody) continue;
    for (std::string acronym : entry.acronyms) {
      if (!acronym.empty() && acronym.back() == '?') acronym.pop_back();
      body_acronyms_.push_back(acronym);
    }
  }
  std::sort(body_acronyms_.begin(), body_acronyms_.end());
}

std::vector<FoundTreaty> TreatyFinder::find(const Document& document) const {
  const std::string_view normalized = document.normalized().text();
  // The names, leftmost-longest.
  std::vector<NameMatch> matches = find_names(names_, document);
  std::sort(matches.begin(), matches.end(), [](const NameMatch& a, const NameMatch& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
  });
  std::vector<Piece> pieces;
  std::size_t covered = 0;
  std::set<std::string> named;  // instruments named unambiguously
  for (const NameMatch& match : matches) {
    if (!pieces.empty() && match.span.start < covered) continue;
    const std::vector<NameForm>& forms = names_.forms_by_phrase[match.phrase];
    const NameForm* form = nullptr;
    for (std::size_t i = 0; i < forms.size(); ++i) {
      if ((match.fitting >> i & 1) != 0 && (form == nullptr || (form->needs_support && !forms[i].needs_support))) {
        form = &forms[i];
      }
    }
    if (form == nullptr) continue;  // no form fits where the phrase was written
    const Target& target = targets_[form->target];
    // An ambiguous name ("Convention No. 98?") listed with an instrument is one too: "ILO
    // Convention No. 87 and Convention No. 98".
    const auto listed = [&] {
      return !pieces.empty() && pieces.back().target->kind == Kind::kInstrument &&
             coordinated(normalized, pieces.back().normalized.end, match.normalized.start);
    };
    bool supported = !form->needs_support || (target.kind == Kind::kInstrument && listed());
    // A body's acronym ("CAT") is the instrument only where the words around say so, or in
    // parentheses after the instrument's name ("... against Women (CEDAW)").
    if (target.kind == Kind::kInstrument && form->acronym &&
        std::binary_search(body_acronyms_.begin(), body_acronyms_.end(), form->written)) {
      // ... or listed with an instrument: "ratified the CRC in 1992 and the CAT in 1988".
      const bool after_name = listed() || (!pieces.empty() && pieces.back().target->kind == Kind::kInstrument &&
                                         end_before_opening_parenthesis(normalized, match.normalized.start) ==
                                             pieces.back().normalized.end);
      if (!after_name && !reads_as_instrument(normalized, match.normalized.start, match.normalized.end)) continue;
      supported = true;
    }
    if (target.kind == Kind::kGeneric) {
      // A reference needs its determiner: "the Covenant", "la Convention".
      std::size_t before = match.normalized.start;
      while (before > 0 && normalized[before - 1] == ' ') --before;
      const bool determined = std::any_of(kDeterminers.begin(), kDeterminers.end(), [&](std::string_view d) {
        return before >= d.size() && normalized.substr(before - d.size(), d.size()) == d &&
               (before == d.size() || normalized[before - d.size() - 1] == ' ');
      });
      if (!determined) continue;
      // Nor is it a reference as the start of another name: "the Convention Centre", "the
      // Declaration of Independence", "the Statute of Limitations".
      const ByteSpan original = document.normalized().to_original(match.normalized);
      std::size_t next = original.end;
      while (next < document.text().size() && document.text()[next] == ' ') ++next;
      const bool capital_after = next > original.end && next < document.text().size() &&
                                 document.text()[next] >= 'A' && document.text()[next] <= 'Z';
      if (capital_after || normalized.substr(match.normalized.end, 4) == " of ") continue;
    }
    if (target.kind == Kind::kArticleWord && written_in_capitals(document, match.normalized) &&
        match.normalized.end - match.normalized.start > 3) {
      continue;  // "ARTICLE 19", the organisation
    }
    if (target.kind == Kind::kInstrument && supported) named.insert(target.id);
    pieces.push_back({match.normalized, &target, !supported});
    covered = match.span.end;
  }
  const bool named_any = std::any_of(pieces.begin(), pieces.end(), [](const Piece& p) {
    return p.target->kind == Kind::kInstrument;
  });
  // Ambiguous names ("1961 Convention?", "Basic Law?") count where the instrument is also named,
  // a protocol's ("2014 Protocol?") also where the instrument it supplements is.
  std::erase_if(pieces, [&](const Piece& p) {
    return p.needs_support && p.target->kind == Kind::kInstrument && !named.count(p.target->id) &&
           !named.count(p.target->parent);
  });
  // What each instrument and generic noun stands for, in text order.
  std::map<std::string, std::string> last_of_type;
  for (Piece& p : pieces) {
    if (p.target->kind == Kind::kInstrument) {
      p.resolved = p.target->id;
      last_of_type[p.target->type] = p.target->id;
    } else if (p.target->kind == Kind::kGeneric) {
      const auto last = last_of_type.find(p.target->type);
      if (last != last_of_type.end()) p.resolved = last->second;
    }
  }

  resolve_protocols(normalized, protocols_, pieces);
  // A generic noun that stands for no instrument counts only where the document names some
  // instrument, and a common one ("the Rules") not even there.
  std::erase_if(pieces, [&](const Piece& p) {
    if (p.target->kind != Kind::kGeneric || p.resolved) return false;
    const bool common = std::find(kTypesNeedingAntecedent.begin(), kTypesNeedingAntecedent.end(), p.target->type) !=
                        kTypesNeedingAntecedent.end();
    return common || !named_any;
  });

  std::vector<FoundTreaty> found;
  const auto emit = [&](ByteSpan normalized_span, std::optional<std::string> instrument, std::vector<std::string> articles) {
    found.push_back({document.normalized().to_original(normalized_span), std::move(instrument), std::move(articles)});
  };
  const auto is_name = [](const Piece& p) { return p.target->kind != Kind::kArticleWord; };
  std::optional<std::size_t> last_name;  // the last instrument or generic noun before pieces[n]
  for (std::size_t n = 0; n < pieces.size(); ++n) {
    if (n > 0 && is_name(pieces[n - 1])) last_name = n - 1;
    Piece& keyword = pieces[n];
    if (keyword.target->kind != Kind::kArticleWord) continue;
    const std::size_t from = keyword.normalized.start > 120 ? keyword.normalized.start - 120 : 0;
    const Window w(normalized, from, std::min(normalized.size(), keyword.normalized.end + 240));
    std::size_t k = w.at(keyword.normalized.end);
    if (w.word(k) == ".") ++k;  // "art."
    std::vector<std::string> articles = article_list(w, k);
    if (articles.empty()) continue;
    keyword.consumed = true;
    std::size_t start = keyword.normalized.start;
    // "paragraph 2 of article 19": the paragraph goes to the one article.
    const std::size_t kw = w.at(keyword.normalized.start);
    if (articles.size() == 1 && kw >= 3 && w.word(kw - 1) == "of" && is_number(w.word(kw - 2)) &&
        is_paragraph_word(w.word(kw - 3))) {
      articles[0].append("(").append(w.word(kw - 2)).append(")");
      start = w.span(kw - 3).start;
    }
    std::size_t end = w.span(w.word(k - 1) == "," ? k - 2 : k - 1).end;  // not the comma closing a paragraph
    // The instrument after it: "of the ICCPR", "del Pacto ...", "ICCPR".
    std::size_t link = k;
    if (w.word(link) == "common" && w.word(link + 1) == "to") link += 2;  // "article 3 common to the ..."
    while (link < w.size() && std::find(kLinks.begin(), kLinks.end(), w.word(link)) != kLinks.end()) ++link;
    Piece* instrument = nullptr;
    if (link < w.size() && n + 1 < pieces.size() && is_name(pieces[n + 1]) &&
        pieces[n + 1].normalized.start == w.span(link).start) {
      instrument = &pieces[n + 1];
      end = instrument->normalized.end;
    } else if (n > 0 && is_name(pieces[n - 1]) && !pieces[n - 1].consumed) {
      // The instrument before it: "ICCPR, art. 19", "ICCPR article 19", "International Pact
      // of Civil and Political Rights (PIDCP) article 19".
      Piece& previous = pieces[n - 1];
      std::size_t gap = w.at(previous.normalized.end);
      if (w.word(gap) == ")") ++gap;
      if (w.word(gap) == ",") ++gap;
      if (gap < w.size() && w.span(gap).start == keyword.normalized.start) {
        instrument = &previous;
        start = previous.normalized.start;
        // Its name before the acronym in parentheses: one citation from the name on.
        if (n > 1 && is_name(pieces[n - 2]) && !pieces[n - 2].consumed && pieces[n - 2].resolved == previous.resolved) {
          const std::size_t open = w.at(pieces[n - 2].normalized.end);
          if (w.word(open) == "(" && open + 1 < w.size() && w.span(open + 1).start == previous.normalized.start) {
            pieces[n - 2].consumed = true;
            start = pieces[n - 2].normalized.start;
          }
        }
      }
    }
    bool refers_back = false;  // the instrument stays a citation of its own
    if (instrument == nullptr) {
      // "article 232 of the Criminal Code": an article of another text.
      std::size_t of = k;
      while (of < w.size() && std::find(kLinks.begin(), kLinks.end(), w.word(of)) != kLinks.end()) ++of;
      if (of > k && of < w.size() && (w.word(k) == "of" || w.word(k) == "de" || w.word(k) == "del" || w.word(k) == "du")) {
        keyword.consumed = false;
        continue;
      }
      // The instrument named last in the same sentence: "The Declaration ... recognises in its
      // article 13", "The Torture Convention forbids refoulement (article 3)", "articles 18 and
      // 19 of the ICCPR, as well as arts. 2(1) and 26".
      if (last_name && in_one_sentence(normalized, pieces[*last_name].normalized.end, keyword.normalized.start)) {
        instrument = &pieces[*last_name];
        refers_back = true;
      }
    }
    if (instrument == nullptr) {
      // An article alone in a text that names no instrument is one of a national law.
      if (named_any == false) {
        keyword.consumed = false;
        continue;
      }
      // "Article 19" alone is the organisation ARTICLE 19 more often than an article.
      if (articles.size() == 1 && articles[0] == "19" && written_with_capital(document, keyword.normalized)) {
        keyword.consumed = false;
        continue;
      }
    }
    if (instrument != nullptr && !refers_back) instrument->consumed = true;
    emit({start, end}, instrument ? instrument->resolved : std::nullopt, articles);
    // "... of the PIDCP and 7(4) of the CADH": more articles of another instrument.
    if (instrument == nullptr || instrument->normalized.start < keyword.normalized.start) continue;
    for (std::size_t m = n + 2; m < pieces.size() && is_name(pieces[m]);) {
      std::size_t c = w.at(instrument->normalized.end);
      if (w.word(c) != "and" && w.word(c) != "y" && w.word(c) != "et" && w.word(c) != ",") break;
      std::size_t item = c + 1;
      std::vector<std::string> more = article_list(w, item);
      std::size_t of = item;
      while (of < w.size() && std::find(kLinks.begin(), kLinks.end(), w.word(of)) != kLinks.end()) ++of;
      if (more.empty() || of >= w.size() || w.span(of).start != pieces[m].normalized.start) break;
      pieces[m].consumed = true;
      emit({w.span(c + 1).start, pieces[m].normalized.end}, pieces[m].resolved, more);
      instrument = &pieces[m];
      ++m;
    }
  }
  // Every instrument and reference not cited with articles.
  for (const Piece& p : pieces) {
    if (p.consumed || !is_name(p)) continue;
    emit(p.normalized, p.resolved, {});
  }
  std::sort(found.begin(), found.end(), [](const FoundTreaty& a, const FoundTreaty& b) { return a.span.start < b.span.start; });
  return found;
}

}  // namespace hrtext::detail
