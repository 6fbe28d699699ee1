#pragma once

// Citations of instruments: their names, generic back-references ("the Covenant"), and the
// articles cited with them.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "hrtext/document.hpp"
#include "match/name_index.hpp"

namespace hrtext::detail {

struct FoundTreaty {
  ByteSpan span;  // original text
  std::optional<std::string> instrument;
  std::vector<std::string> articles;  // "19", "19(2)", "14(3)(b)"
};

class TreatyFinder {
 public:
  // Compiles the instruments of libhrtext/data/instruments.tsv, the generic nouns of
  // back-references and the words of article references into one name index.
  TreatyFinder();

  // The treaty citations of `document`, in order: an article reference with the instrument it
  // belongs to ("article 19 of the ICCPR", "ICCPR, art. 19", "articles 9(2) of the PIDCP and
  // 7(4) of the CADH"), an article with no instrument in reach (instrument null), and every
  // other mention of an instrument (articles empty). A generic noun ("the Covenant", "la
  // Convention") stands for the instrument of that type named last, or null.
  [[nodiscard]] std::vector<FoundTreaty> find(const Document& document) const;

  struct Target {
    enum class Kind { kInstrument, kGeneric, kArticleWord };
    Kind kind = Kind::kInstrument;
    std::string id;    // instruments
    std::string type;  // covenant, convention, declaration, ... (instruments and generic nouns)
    std::string parent;  // instruments: the one a protocol supplements, or empty
  };

  // A protocol of an instrument, by how its name starts: "Optional Protocol ...", "Protocol ...",
  // or otherwise ("Second Optional Protocol ...").
  struct Protocol {
    enum class Kind { kOptional, kPlain, kOther };
    std::string id;
    Kind kind = Kind::kOther;
  };

 private:
  // Fills `targets` and returns the index of their names (NameForm::target indexes `targets`).
  static NameIndex compile(std::vector<Target>& targets);

  std::vector<Target> targets_;  // before names_: compile() fills it
  NameIndex names_;
  std::vector<std::string> body_acronyms_;  // acronyms a UN body has too: CAT, CRC, CEDAW, ...
  std::map<std::string, std::vector<Protocol>> protocols_;  // by the id of the instrument they supplement
};

}  // namespace hrtext::detail
