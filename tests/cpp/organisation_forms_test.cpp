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
