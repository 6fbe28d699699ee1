#pragma once

// The signatories of a joint letter, a joint statement or a UN document.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hrtext/entities.hpp"
#include "hrtext/export.hpp"
#include "hrtext/mention.hpp"

namespace hrtext {

class Document;

// Where a signatory was read.
enum class SignatoryVia {
  kList,       // "list": lines, numbered or bulleted items, a run of names in a paragraph, a table
  kProse,      // "prose": a sentence that names them ("The letter was signed by A, B and C.")
  kHeader,     // "header": the title or opening of a UN document ("Letter dated ... from the
               // Permanent Representatives of A, B and C ...")
  kSignature,  // "signature": a signature block ("Permanent Representative of Egypt")
};

[[nodiscard]] HRTEXT_EXPORT std::string_view to_string(SignatoryVia via) noexcept;

// One signatory, in list order. `text` is the contiguous part of the name where the span
// starts; `name` the whole name cleaned for display (joined where the layout wraps it).
struct Signatory : Mention {
  EntityKind kind = EntityKind::kNgo;
  // The entity's id; for an organisation in no gazetteer the slug of its name
  // ("internet-bolivia"); null for a person.
  std::optional<std::string> id;
  std::string name;
  std::optional<std::string> parent;  // the organisation a national section belongs to
  SignatoryVia via = SignatoryVia::kList;
};

struct SignatoryOptions {
  // Read signers that running sentences name ("The letter was signed by A, B and C.", "A, B and
  // C sent a joint letter", "N organisations, including A, B and C"), where no list names them.
  bool read_prose = true;
  // Read a list that no words introduce (the names that close a letter) when at least this share
  // of its items read as names of signers (known names, organisation names, acronyms).
  double unintroduced_list_share = 0.6;
};

// What a document says of who signs it.
struct Signatories {
  std::vector<Signatory> signatories;  // each once, in the order the text gives them
  // A signatory's name again in another script on the line after it ("苏格兰职业危害中心" under
  // "Scottish Hazards Centre"): no signatory of its own, but a mention of the same entity.
  std::vector<Signatory> translations;
  bool partial = false;                // the text says the named signers are only some of them
  std::optional<std::size_t> stated;   // the number of signers the text states, if it states one
};

// Finds the signatories of a document by its structure: candidate lists from its lines and
// paragraphs (runs of short lines, bulleted or numbered items, tables, names separated inside a
// paragraph), sentences that name signers, the header and signature blocks of UN letters; each
// candidate is judged by the words that introduce it (read by their stems in eight languages:
// "endorse", "firmantes", "signataires", "Подписали", "联署"...), by what its items are (known
// names, organisation names, acronyms, persons) and by where it stands. Names lose numbering,
// bullets, footnote marks, links and annotations ("(Norway)", "– International", an acronym in
// parentheses) and are resolved with the EntityExtractor given to extract(). docs/architecture.md
// describes each decision. Compiled once, then immutable and safe to use from many threads.
class HRTEXT_EXPORT SignatoryExtractor {
 public:
  [[nodiscard]] static SignatoryExtractor compile(SignatoryOptions options = {});
  SignatoryExtractor(SignatoryExtractor&&) noexcept;
  SignatoryExtractor& operator=(SignatoryExtractor&&) noexcept;
  SignatoryExtractor(const SignatoryExtractor&) = delete;
  SignatoryExtractor& operator=(const SignatoryExtractor&) = delete;
  ~SignatoryExtractor();

  [[nodiscard]] const SignatoryOptions& options() const noexcept;

  // The signatories of `document`; an empty list when it names none.
  [[nodiscard]] Signatories extract(const Document& document, const EntityExtractor& entities) const;

 private:
  struct Impl;
  explicit SignatoryExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The signatories as entity mentions, merged into `entities` (sorted by start): a signatory
// list says that each of its names is one organisation (or State), so a name that no mention
// covers ("Coletivo Margarida Alves", in no gazetteer) becomes a mention with the signatory's
// kind and id, and the mentions inside it give way ("柬埔寨", Cambodia, inside the Chinese name
// of a Bangladeshi foundation). A mention that crosses a name's border is left alone; persons
// and names that the layout wraps over lines are not added; translations are. Analyzer::analyze
// does this, so its entities may differ from EntityExtractor::extract alone.
HRTEXT_EXPORT void merge_signatory_entities(const Signatories& signatories, std::vector<EntityMention>& entities);

}  // namespace hrtext
