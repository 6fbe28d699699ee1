#include "document/character_references.hpp"

#include <gtest/gtest.h>

#include <string>

namespace hrtext::detail {
namespace {

TEST(CharacterReferences, NamedAndNumericReferencesAreDecoded) {
  EXPECT_EQ(decode_character_references("Center for Democracy &amp; Technology"), "Center for Democracy & Technology");
  EXPECT_EQ(decode_character_references("Caf&eacute; &#8220;Libre&#x201D; &lt;3&gt;"), "Café \u201CLibre\u201D <3>");
  EXPECT_EQ(decode_character_references("Asociaci&oacute;n&nbsp;Pro&nbsp;Derechos"), "Asociación\u00A0Pro\u00A0Derechos");
}

TEST(CharacterReferences, WhatIsNoReferenceStaysAsWritten) {
  EXPECT_EQ(decode_character_references("Procter & Gamble"), "Procter & Gamble");
  EXPECT_EQ(decode_character_references("&unknown; &#xD800; &#0; &#99999999; &#; &amp"),
            "&unknown; &#xD800; &#0; &#99999999; &#; &amp");
  EXPECT_EQ(decode_character_references(""), "");
  EXPECT_EQ(decode_character_references("&&&amp;"), "&&&");
}

}  // namespace
}  // namespace hrtext::detail
