#include "entities/slug.hpp"

#include <gtest/gtest.h>

namespace hrtext::detail {
namespace {

TEST(Slug, FollowsTheIdRuleOfTheGazetteers) {
  EXPECT_EQ(slug("Human Rights in China"), "human-rights-in-china");
  EXPECT_EQ(slug("ARTICLE 19"), "article-19");
  EXPECT_EQ(slug("Business & Human Rights Resource Centre"), "business-and-human-rights-resource-centre");
  EXPECT_EQ(slug("Asociaci\xC3\xB3n Pro Derechos Humanos"), "asociacion-pro-derechos-humanos");
  EXPECT_EQ(slug("Women's Link Worldwide"), "womens-link-worldwide");
  EXPECT_EQ(slug("Migrant-Rights.org"), "migrant-rightsorg");
  EXPECT_EQ(slug("FIDH \xE2\x80\x93 International Federation"), "fidh-international-federation");
  EXPECT_EQ(slug("\xC3\x98stgruppen  Stra\xC3\x9F" "e / \xC5\x81\xC3\xB3" "d\xC5\xBA"), "ostgruppen-strasse-lodz");
}

TEST(Slug, HashesNamesWithoutLatinLetters) {
  const std::string id = slug("\xE6\x96\xB0\xE7\x94\x9F\xE4\xBB\xA3");  // 新生代
  EXPECT_EQ(id.rfind("org-", 0), 0U);
  EXPECT_EQ(id.size(), 12U);
  EXPECT_EQ(id, slug("\xE6\x96\xB0\xE7\x94\x9F\xE4\xBB\xA3"));
  EXPECT_NE(id, slug("\xE4\xB8\xAD\xE5\x9B\xBD"));
}

}  // namespace
}  // namespace hrtext::detail

namespace hrtext::detail {
namespace {

TEST(NameKey, SpellingsOfOneNameShareAKey) {
  EXPECT_EQ(name_key("The Women's Int'l Org. & Co."), "womens international organisation and co");
  EXPECT_EQ(name_key("Asociación Pro Derechos Humanos"), name_key("ASOCIACION PRO DERECHOS HUMANOS"));
  EXPECT_EQ(name_key("Center for Justice"), name_key("Centre for Justice"));
  EXPECT_EQ(name_key("Amnesty Intl."), name_key("Amnesty International"));
  EXPECT_EQ(name_key("Human Rights Watch\xE2\x80\x99s"), "human rights watchs");  // curly apostrophe
  EXPECT_NE(name_key("Theatre Network"), name_key("Network"));  // only the word "the" goes
  EXPECT_EQ(name_key("Мемориал"), "мемориал");  // other scripts are kept, case-folded
  EXPECT_EQ(name_key("..."), "");
  // "&" between letters with no space: a separator each side of its "and" (the key is longer
  // than the name).
  EXPECT_EQ(name_key("a&b"), "a and b");
  EXPECT_EQ(name_key("AT&T&Co"), "at and t and co");
  EXPECT_EQ(slug("R&D&I"), "r-and-d-and-i");
}

TEST(NameKey, ReadsCompatibilityFormsAndBadBytes) {
  EXPECT_EQ(name_key("\xEF\xBC\xA6\xEF\xBC\xA9\xEF\xBC\xA4\xEF\xBC\xA8"), "fidh");  // fullwidth ＦＩＤＨ
  EXPECT_EQ(name_key("Of\xEF\xAC\x81" "ce"), "office");                                 // the ligature ﬁ
  // A precomposed Hangul syllable and its jamo: one key, as NFKD gives.
  EXPECT_EQ(name_key("\xED\x95\x9C"), name_key("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"));
  EXPECT_EQ(name_key("Amnesty\xFFInternational"), "amnesty international");  // a byte that is no UTF-8
  EXPECT_EQ(name_key("Caf\xC3"), "caf");                                     // cut inside a character
}

}  // namespace
}  // namespace hrtext::detail
