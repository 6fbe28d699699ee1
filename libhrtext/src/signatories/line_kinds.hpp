#pragma once

// What a line around a signatory list is: the marker that opens the list, a sub-heading inside
// it, a line that closes it, prose.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "document/list_marks.hpp"  // list_mark_length, which the lines of lists open with
#include "signatories/introduction.hpp"

namespace hrtext::detail {

// What opens a list of signers: a marker of the lexicon at the start of the line
// ("Signatories:", "Signed by", "The undersigned organisations", "Signataires :",
// "Organizaciones firmantes", "连署团体:"), words before a colon, or a short line of words,
// that read_introduction reads as saying that the names sign ("The following groups endorse
// this appeal:"), a short heading with a colon, or the closing of a letter ("Sincerely,").
struct Marker {
  // Where the list starts in the line: after the marker's colon ("Signed by: Amnesty
  // International, ..."), or the line's size when the list starts on the next line.
  std::size_t list_start = 0;
  // A closing or a heading that says nothing: what follows may be one person and a title, or
  // another list, and counts only when its items read as names.
  bool weak = false;
  Introduction introduction;  // what the marker's words say of the list
  // The list goes on in the sentence of its introduction ("The statement was signed by 22
  // countries: Australia, ..."): it ends with that sentence.
  bool in_sentence = false;
  // A letter's closing ("Sincerely,"): one organisation after it signs the letter.
  bool sign_off = false;
};
// Where a line stands: whether the next line opens a bulleted or numbered list, and whether the
// line stands alone (no text on the lines just before and after it: a heading, not a line of
// wrapped prose). Lines inside a list are read without it.
struct LinePlace {
  bool list_follows = false;  // the next line that is not blank opens a bulleted or numbered item
  bool alone = false;         // blank lines (or the text's ends) stand around it
  bool names_follow = false;  // the next lines that are not blank are short and end no sentence
};
[[nodiscard]] std::optional<Marker> find_marker(std::string_view line, LinePlace place = {});

// A heading inside a list: a short line ending with a colon ("National organisations:"), or
// one that names a group in lower-case words ("International and regional organisations").
// `persons` tells whether it opens a list of individuals ("Individuals (in their personal
// capacity):").
struct SubHeading {
  bool persons = false;
};
[[nodiscard]] std::optional<SubHeading> sub_heading(std::string_view line);

// A line after which no signatory follows: contacts, notes, footnotes, a rule, an address.
[[nodiscard]] bool closes_list(std::string_view line);

// Where the chrome of a web page that an excerpt flattened onto the last name's line starts
// ("Index on Censorship Share this: Facebook Twitter"), or the text's size when none does.
[[nodiscard]] std::size_t page_chrome_start(std::string_view text);

// A sentence of running text, not a name ("The experts serve in their individual capacity.").
[[nodiscard]] bool is_prose(std::string_view line);

// Whether `line` ends with the legal form of a company or an association, its own and not an
// affiliation's ("Black Hills Computer Consulting, Inc.", "Kevin Tullock LLC", not "Holly Peck,
// Bytez Inc"): a name, not a person's.
[[nodiscard]] bool ends_with_legal_form(std::string_view line);

// Whether the full stop that ends `line` closes an abbreviation, not a sentence: a legal form,
// or letters each with its stop ("Mark T. O'Brien, D.O., P.C.", "Grupo Tacuba, A.C.").
[[nodiscard]] bool ends_with_abbreviation(std::string_view line);

// `line` without the Markdown emphasis, heading marks and hard break around it ("## Signatories",
// "**Signed by:**", "Signatories:\\"), and the brackets and attributes of a Pandoc span
// ("**[Les signataires :]{.titre}**").
[[nodiscard]] std::string_view strip_markup(std::string_view line);

// The words of `text`, split at spaces, tabs and line breaks (punctuation stays with them), and
// how many there are, counted no further than `enough` (a long paragraph is not counted through
// to learn that it is longer than a heading).
[[nodiscard]] std::vector<std::string_view> words_of(std::string_view text);
[[nodiscard]] std::size_t word_count(std::string_view text, std::size_t enough = static_cast<std::size_t>(-1));

// Whether `item` is a date in a few words ("10 November 2020", "May 5, 2021"; with its place,
// "Goiânia, 30 de Setembro de 2011", when `most_words` allows): a year of four figures and a
// day of one or two among `most_words` words at most ("Coalition 2030" is a name).
[[nodiscard]] bool reads_as_date(std::string_view item, std::size_t most_words = 4);

// Whether `text` holds a word of running sentences in lower case ("is", "were", "we", "nous",
// "somos"): a name does not, or capitalises it ("Our World Is Not for Sale").
[[nodiscard]] bool holds_prose_word(std::string_view text);

// Whether `line` ends with a noun for a group of signers ("Individuals:", "National
// organisations", "Organisationen"), whatever markup is around it.
[[nodiscard]] bool names_a_group(std::string_view line);

// Whether `text` is made only of words for kinds of signers and their scope, one group noun at
// least ("Civil Society Organizations", "National and International NGOs"): a description of
// signers, never the name of one.
[[nodiscard]] bool only_kinds_of_signers(std::string_view text);

// Whether `line` is a page's furniture that a list runs over: a page number ("2", "- 2 -",
// "Page 2 of 3", "ii") or a bare web address; no item, and no end of the list.
[[nodiscard]] bool is_page_furniture(std::string_view line);

// Whether a line inside a list says how the list is kept, not who signs: its order ("In
// Alphabetical Order", "par ordre alphabétique") or the date it stands at ("As of January 2,
// 2007", "Updated 3 May").
[[nodiscard]] bool describes_the_list(std::string_view line);

// Whether `text` has a word for signers ("INITIAL SIGNERS", "Premiers signataires",
// "[Signatures]"): a heading or a remark of a list, never one of its names.
[[nodiscard]] bool speaks_of_signers(std::string_view text);

// The conjunctions that join the last name of a list, in the languages we read ("A, B and C",
// "A, B ve C", "A, B и C"): where the next stands in `text` from `from`, spaces around it
// (" and "; `length` is set to its length with them), or npos; and the length of the one that
// opens `text` with the space after it ("and Sweden"), or 0.
[[nodiscard]] std::size_t find_list_conjunction(std::string_view text, std::size_t from, std::size_t& length);
[[nodiscard]] std::size_t leading_list_conjunction(std::string_view text);
// A preposition that a list may repeat before each of its names ("de la CGT, de FO et de la
// FSU", "par A et par B", "by A and by B") opening `text`: its length with the space after it
// (or the elided "d'"), and the same key for its forms ("de", "d'" and "d’" are one), or
// {0, {}}.
struct RepeatablePreposition {
  std::size_t length = 0;
  std::string_view key;
};
[[nodiscard]] RepeatablePreposition leading_repeatable_preposition(std::string_view text);
// The length of the conjunction, with its space, that ends `text` (" and" in "..., 7. Law and
// Society Trust, and"), or 0.
[[nodiscard]] std::size_t trailing_list_conjunction(std::string_view text);


}  // namespace hrtext::detail
