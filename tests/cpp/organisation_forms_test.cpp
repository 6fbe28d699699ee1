#include "entities/organisation_forms.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/segmenter.hpp"

namespace hrtext::detail {
namespace {

std::vector<std::string> names(const std::string& text, const std::vector<ByteSpan>& known = {}) {
  const Paragraphs paragraphs = find_paragraphs(text);
  std::vector<std::string> out;
  for (const auto& o : find_unlisted_organisations(text, paragraphs.spans, known)) out.push_back(o.name);
  return out;
}

TEST(UnlistedOrganisations, AreCutAfterAKnownName) {
  const std::string text = "Amnesty International and the Lantern Rights Network";
  EXPECT_EQ(names(text), (std::vector<std::string>{text}));
  EXPECT_EQ(names(text, {{0, 21}}), (std::vector<std::string>{"Lantern Rights Network"}));
}

TEST(UnlistedOrganisations, AreFoundByTheirHeadNouns) {
  EXPECT_EQ(names("We thank the Lantern Rights Network and the Tibetan Youth Solidarity Foundation."),
            (std::vector<std::string>{"Lantern Rights Network", "Tibetan Youth Solidarity Foundation"}));
  EXPECT_EQ(names("Signed: Kampala Centre for Democracy and Development, Uganda; Fundaci\xC3\xB3n Libertad"),
            (std::vector<std::string>{"Kampala Centre for Democracy and Development", "Fundaci\xC3\xB3n Libertad"}));
  EXPECT_EQ(names("Asociaci\xC3\xB3n de Familiares de Detenidos y Fundaci\xC3\xB3n Libertad"),
            (std::vector<std::string>{"Asociaci\xC3\xB3n de Familiares de Detenidos",
                                      "Fundaci\xC3\xB3n Libertad"}));
  EXPECT_EQ(names("the Shanghai Lawyers Alliance for Human Rights said"),
            (std::vector<std::string>{"Shanghai Lawyers Alliance for Human Rights"}));
}

// The scan jumps from head noun to head noun and reads each run from the punctuation mark
// before it: a run that starts far before its head noun, several head nouns in one run, runs
// that follow each other, and head nouns after dashes, no-break spaces and quotes.
TEST(UnlistedOrganisations, AreReadWholeAroundTheirHeadNouns) {
  EXPECT_EQ(names("In a long sentence without a single comma the Hanoi Legal Aid and Rights Defence Action "
                  "Centre of Northern Viet Nam spoke up."),
            (std::vector<std::string>{"Hanoi Legal Aid and Rights Defence Action Centre of Northern Viet Nam"}));
  EXPECT_EQ(names("the Lantern Foundation Network Trust met"), (std::vector<std::string>{"Lantern Foundation Network Trust"}));
  EXPECT_EQ(names("the River Watch Foundation Sunrise Union"), (std::vector<std::string>{"River Watch Foundation Sunrise Union"}));
  EXPECT_EQ(names("Lantern Network, Sunrise Union; Delta Women Forum."),
            (std::vector<std::string>{"Lantern Network", "Sunrise Union", "Delta Women Forum"}));
  EXPECT_EQ(names("the coalition\xE2\x80\x94Lantern Rights Network\xE2\x80\x94said"),
            (std::vector<std::string>{"Lantern Rights Network"}));
  EXPECT_EQ(names("the\xC2\xA0Sunrise\xC2\xA0" "Foundation and \xE2\x80\x9C" "Delta Youth Alliance\xE2\x80\x9D"),
            (std::vector<std::string>{"Sunrise Foundation", "Delta Youth Alliance"}));  // spaces folded
  EXPECT_EQ(names("Kampala Lawyers for Human Rights and Hanoi Lawyers for Human Rights"),
            (std::vector<std::string>{"Kampala Lawyers for Human Rights", "Hanoi Lawyers for Human Rights"}));
  EXPECT_EQ(names("said the Kampala Lawyers for\nHuman\xC2\xA0Rights in a statement"),
            (std::vector<std::string>{"Kampala Lawyers for Human Rights"}));
  EXPECT_TRUE(names("the Kampala Human Rights Lawyers and the Hanoi Rights Lawyers").empty());
  EXPECT_TRUE(names("the Al-Foundation Street market").empty());  // "Al-Foundation" is one word, no head noun
  // A hyphen joins "pro-Government" into one word wherever the scan starts reading.
  EXPECT_EQ(names("Statement by Amnesty International; pro-Government Union of Journalists"),
            (std::vector<std::string>{"Union of Journalists"}));
  EXPECT_EQ(names("pro-Government Union of Journalists"), (std::vector<std::string>{"Union of Journalists"}));
}

TEST(UnlistedOrganisations, EndsAtLineBreaksOfListsButFollowsWrappedLines) {
  EXPECT_EQ(names("Signatories:\nLantern Rights Network\nRiver Watch Foundation\n"),
            (std::vector<std::string>{"Lantern Rights Network", "River Watch Foundation"}));
  EXPECT_EQ(names("Signatories:\nAsian Network for the Rights of Occupational and\nEnvironmental Victims\n"),
            (std::vector<std::string>{"Asian Network for the Rights of Occupational and Environmental Victims"}));
}

TEST(UnlistedOrganisations, AreNotStatesCourtsCompaniesOrHeadings) {
  EXPECT_TRUE(names("The Ministry of Justice Network and the Supreme People's Court Union met.").empty());
  EXPECT_TRUE(names("JOINT LETTER FROM THE CIVIL SOCIETY NETWORK").empty());
  EXPECT_TRUE(names("Our Network calls on the Council.").empty());
  EXPECT_TRUE(names("Profound Crackdown on Civil Society Networks in China").empty());
  EXPECT_TRUE(names("the Prisoners Watch Program Archive").empty());
  EXPECT_TRUE(names("JS3 noted that a Human Rights Centre and a National Coalition").empty());
  EXPECT_TRUE(names("the XII Latin American and Caribbean Internet Governance Forum").empty());
  EXPECT_TRUE(names("the network of lawyers and the union").empty());
  EXPECT_TRUE(names("").empty());
  EXPECT_TRUE(names("... !!! ---").empty());
}

}  // namespace
}  // namespace hrtext::detail
