#include "document/segmenter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hrtext::detail {
namespace {

std::vector<std::string> texts(const std::string& text, const std::vector<ByteSpan>& spans) {
  std::vector<std::string> result;
  for (const ByteSpan& span : spans) result.push_back(text.substr(span.start, span.end - span.start));
  return result;
}

std::vector<std::string> paragraphs(const std::string& text) {
  return texts(text, find_paragraphs(text).spans);
}

std::vector<std::string> sentences(const std::string& text) {
  return texts(text, find_sentences(text, find_paragraphs(text)));
}

TEST(Segmenter, SplitsSentencesWithIcu) {
  EXPECT_EQ(sentences("We urge China to act. Mr. Smith agreed!  Did the Council listen?"),
            (std::vector<std::string>{"We urge China to act.", "Mr. Smith agreed!",
                                      "Did the Council listen?"}));
}

TEST(Segmenter, ALineWithNoTerminatorIsOneSentenceTrimmed) {
  // Lines of a list, ASCII and not: one sentence each, white space around it dropped.
  EXPECT_EQ(sentences("  Amnesty International\t\n\nCentro de Estudios Legales y Sociales (CELS)  \n\n"
                      "Sant\xC3\xA9 Diabet\xC3\xA8te"),
            (std::vector<std::string>{"Amnesty International", "Centro de Estudios Legales y Sociales (CELS)",
                                      "Sant\xC3\xA9 Diabet\xC3\xA8te"}));
  // A terminator, ASCII or not, still ends a sentence inside a line.
  EXPECT_EQ(sentences("Signed by FIDH! And by others"), (std::vector<std::string>{"Signed by FIDH!", "And by others"}));
  EXPECT_EQ(sentences("\xE7\xAD\xBE\xE7\xBD\xB2\xE3\x80\x82\xE7\xBB\x84\xE7\xBB\x87"),
            (std::vector<std::string>{"\xE7\xAD\xBE\xE7\xBD\xB2\xE3\x80\x82", "\xE7\xBB\x84\xE7\xBB\x87"}));
}

TEST(Segmenter, NoSentenceEndsInsideParenthesesThatCloseLater) {
  EXPECT_EQ(sentences("Signed by Gabriele Arnold (Evang. Landeskirche W\xC3\xBCrttemberg), Msgr. Dr. Heinz St\xC3\xA4ps "
                      "and others. The letter was sent."),
            (std::vector<std::string>{"Signed by Gabriele Arnold (Evang. Landeskirche W\xC3\xBCrttemberg), Msgr. Dr. "
                                      "Heinz St\xC3\xA4ps and others.",
                                      "The letter was sent."}));
  // A parenthesis that never closes holds no sentence back.
  EXPECT_EQ(sentences("The list (in formation. It grows."), (std::vector<std::string>{"The list (in formation.", "It grows."}));
}

TEST(Segmenter, AnInitialEndsNoSentence) {
  EXPECT_EQ(sentences("It is signed by Felipe Calder\u00F3n H. (M\u00E9xico), Maria L. Gonzalez and Luis Lacalle H. "
                      "The statement followed. The plan is B."),
            (std::vector<std::string>{
                "It is signed by Felipe Calder\u00F3n H. (M\u00E9xico), Maria L. Gonzalez and Luis Lacalle H. The "
                "statement followed.",
                "The plan is B."}));
}

TEST(Segmenter, AnAbbreviationBeforeAParenthesisEndsNoSentence) {
  EXPECT_EQ(sentences("Signers include the Deutscher Anwaltverein e.V. (DAV), the Diakonie and H.I.J.O.S. (Argentina). "
                      "They wrote in the U.S. The letter followed."),
            (std::vector<std::string>{
                "Signers include the Deutscher Anwaltverein e.V. (DAV), the Diakonie and H.I.J.O.S. (Argentina).",
                "They wrote in the U.S.", "The letter followed."}));
}

TEST(Segmenter, ATitleBeforeANameEndsNoSentence) {
  EXPECT_EQ(sentences("Those leaders include Dr. Raul Ruiz, Prof. Ana Ruiz and Mme. Claire Dupont. The vote followed."),
            (std::vector<std::string>{"Those leaders include Dr. Raul Ruiz, Prof. Ana Ruiz and Mme. Claire Dupont.",
                                      "The vote followed."}));
}

TEST(Segmenter, AFullStopBeforeASemicolonOrACommaEndsNoSentence) {
  EXPECT_EQ(sentences("Den Aufruf haben erstellt: Aktion Friedensdienste Inc.; Pro Asyl e.V., Amnesty. Es folgt."),
            (std::vector<std::string>{"Den Aufruf haben erstellt: Aktion Friedensdienste Inc.; Pro Asyl e.V., Amnesty.",
                                      "Es folgt."}));
}

TEST(Segmenter, SplitsChineseSentences) {
  const std::string text =
      "\xE6\x88\x91\xE4\xBB\xAC\xE5\x91\xBC\xE5\x90\x81\xE3\x80\x82"   // 我们呼吁。
      "\xE4\xB8\xAD\xE5\x9B\xBD\xEF\xBC\x81";                          // 中国！
  EXPECT_EQ(sentences(text).size(), 2U);
}

TEST(Segmenter, BlankLinesSeparateParagraphs) {
  EXPECT_EQ(paragraphs("First paragraph.\n\n  Second paragraph.  \n\n\n"),
            (std::vector<std::string>{"First paragraph.", "Second paragraph."}));
}

TEST(Segmenter, JoinsHandWrappedProseIntoOneParagraphAndSentence) {
  const std::string text =
      "We, the undersigned organisations, write ahead of the 40th session of the UN Human\n"
      "Rights Council to urge your delegation to support a resolution on the situation of\n"
      "human rights defenders. The Council must act.\n"
      "\n"
      "Signed by:\n"
      "Amnesty International\n"
      "Human Rights Watch\n";
  EXPECT_EQ(paragraphs(text),
            (std::vector<std::string>{
                "We, the undersigned organisations, write ahead of the 40th session of the UN "
                "Human\nRights Council to urge your delegation to support a resolution on the "
                "situation of\nhuman rights defenders. The Council must act.",
                "Signed by:", "Amnesty International", "Human Rights Watch"}));
  const std::vector<std::string> found = sentences(text);
  ASSERT_EQ(found.size(), 5U);
  EXPECT_EQ(found[1], "The Council must act.");
}

TEST(Segmenter, LinesOfAListAndHeadingsStaySeparate) {
  EXPECT_EQ(paragraphs("Signatories\n1. Front Line Defenders\n2) CIVICUS\n- ISHR\n\xE2\x80\xA2 FIDH\n"),
            (std::vector<std::string>{"Signatories", "1. Front Line Defenders", "2) CIVICUS",
                                      "- ISHR", "\xE2\x80\xA2 FIDH"}));
}

TEST(Segmenter, LowerCaseContinuationJoinsEvenInLongLineText) {
  const std::string long_line(150, 'x');
  const std::string text = long_line + ".\nThe committee of the\nwhole met.";
  EXPECT_EQ(paragraphs(text),
            (std::vector<std::string>{long_line + ".", "The committee of the\nwhole met."}));
}

TEST(Segmenter, HonoursParagraphSeparatorAndCrLf) {
  EXPECT_EQ(paragraphs("One\xE2\x80\xA9two\r\nThree\rFour"),
            (std::vector<std::string>{"One", "two", "Three", "Four"}));
}

TEST(Segmenter, EmptyAndBlankTextHaveNoSegments) {
  EXPECT_TRUE(paragraphs("").empty());
  EXPECT_TRUE(sentences(" \n\t\n").empty());
}

TEST(Segmenter, TableCellsGoOnUnderThemselves) {
  const std::string text =
      "    JS1        Joint submission by: ERA Equal Rights\n"
      "               Association for Western Balkans (an umbrella\n"
      "               network);\n"
      "    JS2        The Peace Institute\n";
  EXPECT_EQ(paragraphs(text),
            (std::vector<std::string>{
                "JS1        Joint submission by: ERA Equal Rights\n               Association for "
                "Western Balkans (an umbrella\n               network);",
                "JS2        The Peace Institute"}));
}

TEST(Segmenter, AHangingIndentGoesOnWithTheLineBefore) {
  EXPECT_EQ(paragraphs("Business & Human Rights Resource\n    Centre\nCIVICUS\n"),
            (std::vector<std::string>{"Business & Human Rights Resource\n    Centre", "CIVICUS"}));
}

TEST(Segmenter, ANameWrappedAfterAJoiningWordStaysInOneParagraph) {
  EXPECT_EQ(paragraphs("Signatories:\nAsian Network for the Rights of Occupational and\n"
                       "Environmental Victims\nHuman Rights Watch\n"),
            (std::vector<std::string>{"Signatories:",
                                      "Asian Network for the Rights of Occupational and\nEnvironmental Victims",
                                      "Human Rights Watch"}));
}

}  // namespace
}  // namespace hrtext::detail
