#include <gtest/gtest.h>

#include <cstdint>
#include <span>
#include <utility>
#include <string>
#include <thread>
#include <vector>

#include "hrtext/document.hpp"
#include "hrtext/error.hpp"
#include "hrtext/reader.hpp"

namespace hrtext {
namespace {

ReadText html(const std::string& page) { return read_input(page, InputFormat::kHtml); }

std::vector<std::string> texts_of(const ReadText& read, TextBlock::Kind kind) {
  std::vector<std::string> out;
  for (const TextBlock& block : read.blocks) {
    if (block.kind == kind) out.push_back(read.text.substr(block.start, block.end - block.start));
  }
  return out;
}

TEST(InputFormats, ToldByContentThenByName) {
  EXPECT_EQ(detect_input_format("<!DOCTYPE html><html><body>x</body></html>"), InputFormat::kHtml);
  EXPECT_EQ(detect_input_format("\xEF\xBB\xBF  <html lang='en'>"), InputFormat::kHtml);
  EXPECT_EQ(detect_input_format("Dear Minister,\n\nWe write to you.\n"), InputFormat::kText);
  // A letter saved with its markup reads as the page it came from; a mention of a tag does not.
  EXPECT_EQ(detect_input_format("<p>Dear Minister,</p>\n<p>We write.</p>\n<ol><li>Amnesty</li><li>HRW</li></ol>"),
            InputFormat::kHtml);
  EXPECT_EQ(detect_input_format("Use <br> for a line break in the form below, then send it.\n" + std::string(3000, 'x')),
            InputFormat::kText);
  // Lines that end with <br>, in paragraphs parted by blank lines, are text (Markdown's hard
  // breaks); lines of <br> with no blank line are a page's.
  EXPECT_EQ(detect_input_format("We support this.\n\nSigned\n\nPatricia Aas <br>\nBryce Lelbach <br>\nJohn Murray <br>\n"
                                "Ahmad Beirkdar <br>\nChrister Jenson <br>\n"),
            InputFormat::kText);
  EXPECT_EQ(detect_input_format("Signed<br>\nPatricia Aas <br>\nBryce Lelbach <br>\nJohn Murray <br>\nAhmad Beirkdar <br>\n"),
            InputFormat::kHtml);
  // Markdown with pictures in <div> blocks is still text.
  EXPECT_EQ(detect_input_format("# News\n\nThe experts wrote.\n\n" + std::string(8, 'x') +
                                "<div><img src='1.jpg'/></div>\n<div><img src='2.jpg'/></div>\n<div><img src='3.jpg'/></div>\n"
                                "<div><img src='4.jpg'/></div>\n<div><img src='5.jpg'/></div>\n"),
            InputFormat::kText);
  EXPECT_EQ(detect_input_format("Dear Minister", "letter.HTM"), InputFormat::kHtml);
  EXPECT_EQ(detect_input_format("Dear Minister", "letter.txt"), InputFormat::kText);
  EXPECT_EQ(input_format_named("HTML"), InputFormat::kHtml);
  EXPECT_EQ(input_format_named("txt"), InputFormat::kText);
  EXPECT_EQ(input_format_named("pdf"), InputFormat::kPdf);
  EXPECT_FALSE(input_format_named("rtf").has_value());
  // A PDF is told apart; what is no PDF is refused whichever back end reads PDFs.
  EXPECT_EQ(detect_input_format("%PDF-1.7\n"), InputFormat::kPdf);
  EXPECT_EQ(detect_input_format("whatever", "report.PDF"), InputFormat::kPdf);
  EXPECT_THROW((void)read_input("%PDF-1.7\n"), ParseError);
  ReadText outside;
  outside.text = "Signed by: FIDH";
  outside.format = InputFormat::kPdf;
  EXPECT_EQ(Document::from_read(outside).format(), InputFormat::kPdf);
  EXPECT_EQ(to_string(InputFormat::kHtml), "html");
}

TEST(HtmlReading, ThePagesChromeIsNoText) {
  const ReadText read = html(
      "<html><head><title>T</title><style>p{color:red}</style><script>var x = 'Georgia';</script></head><body>"
      "<header>Menu Georgia</header><nav><ul><li>Home</li></ul></nav><aside>Related</aside>"
      "<form><input value='q'><button>Search</button></form><p hidden>Hidden</p>"
      "<p style='display: none'>Gone</p><div aria-hidden='true'>Icons</div><p>We urge the Council.</p>"
      "<footer>Default Helvetica Segoe Georgia Times</footer></body></html>");
  EXPECT_EQ(read.text, "We urge the Council.");
  EXPECT_EQ(read.format, InputFormat::kHtml);
}

TEST(HtmlReading, TheMainContentWhereThePageMarksIt) {
  EXPECT_EQ(html("<body><div>Chrome</div><div role='main'><p>The letter.</p></div><div>More chrome</div></body>").text,
            "The letter.");
  EXPECT_EQ(html("<body><div>Chrome</div><main><p>The letter.</p></main></body>").text, "The letter.");
  EXPECT_EQ(html("<body><div>Chrome</div><article><p>The letter.</p></article></body>").text, "The letter.");
  // Two articles: a list of news, not one main text.
  EXPECT_EQ(html("<body><article>One.</article><article>Two.</article></body>").text, "One.\n\nTwo.");
}

TEST(HtmlReading, BlocksListsTablesAndLineBreaks) {
  const ReadText read = html(
      "<h2>Joint   statement</h2><p>We, the undersigned,\n   urge you.<br>Geneva</p>"
      "<p>Signatories:</p><ol><li>Amnesty International</li><li>Human Rights Watch</li></ol>"
      "<table><tr><th>Organisation</th><th>Country</th></tr>"
      "<tr><td><img src='logo.png'>FIDH</td><td>France</td></tr></table><pre>a\n  b</pre>");
  EXPECT_EQ(read.text,
            "Joint statement\n\nWe, the undersigned, urge you.\nGeneva\n\nSignatories:\n\nAmnesty International\n"
            "Human Rights Watch\n\nOrganisation\tCountry\nFIDH\tFrance\n\na\n  b");
  EXPECT_EQ(texts_of(read, TextBlock::Kind::kHeading), (std::vector<std::string>{"Joint statement"}));
  EXPECT_EQ(texts_of(read, TextBlock::Kind::kListItem),
            (std::vector<std::string>{"Amnesty International", "Human Rights Watch"}));
  EXPECT_EQ(texts_of(read, TextBlock::Kind::kTableCell),
            (std::vector<std::string>{"Organisation", "Country", "FIDH", "France"}));
  for (const TextBlock& block : read.blocks) {
    if (block.kind == TextBlock::Kind::kListItem) {
      EXPECT_TRUE(block.ordered);
      EXPECT_EQ(block.container, 1U);
    }
    if (block.kind == TextBlock::Kind::kTableCell && read.text.substr(block.start, 6) == "France") {
      EXPECT_EQ(block.container, 2U);
      EXPECT_EQ(block.row, 1U);
      EXPECT_EQ(block.column, 1U);
    }
  }
}

TEST(HtmlReading, NoBreakSpacesLayOutAsSpaces) {
  // Cells padded with &nbsp; hold their text, not runs of padding.
  const ReadText read = html("<table><tr><td>&nbsp;&nbsp; 1 &nbsp;</td><td>&nbsp; Eugenia Lee&nbsp;</td></tr></table>"
                             "<p>10&nbsp;000 signatures</p>");
  EXPECT_EQ(read.text, "1\tEugenia Lee\n\n10 000 signatures");
}

TEST(HtmlReading, FieldsOfACardOnTheirOwnLines) {
  // Inline elements each on a line of the source, with no text of the block between them, are
  // a card's fields; in running text, or side by side, they run on.
  EXPECT_EQ(html("<div class=\"card\">\n  <span class=\"name\">Jez Humble</span>\n  <span class=\"org\">Google"
                 "</span>\n  <!-- <span>Signed</span> -->\n</div>").text,
            "Jez Humble\nGoogle");
  EXPECT_EQ(html("<p>See <a href=\"#\">the letter</a>\n<em>now</em>.</p>").text, "See the letter now.");
  EXPECT_EQ(html("<li><a href=\"#\">Amnesty International</a> <span>(UK)</span></li>").text, "Amnesty International (UK)");
}

TEST(HtmlReading, CharacterReferencesAndBrokenMarkup) {
  EXPECT_EQ(html("<p>Center for Democracy &amp; Technology &#8211; Caf&eacute;</p>").text,
            "Center for Democracy & Technology \u2013 Caf\u00E9");
  EXPECT_EQ(html("<div><p>Unclosed <b>bold <li>item</div> tail").text, "Unclosed bold\n\nitem\n\ntail");
  EXPECT_EQ(html("").text, "");
  EXPECT_EQ(html("<<<>>> </ p> <").text, "<<<>>> <");
}

TEST(HtmlReading, DeepNestingIsReadWithoutRecursionOrRefused) {
  std::string page;
  for (int i = 0; i < 500; ++i) page += "<div><span>";
  EXPECT_EQ(html(page + "deep").text, "deep");
  // Deeper than any page: refused before the parser's time grows with its square.
  for (int i = 0; i < 20000; ++i) page += "<div><span>";
  EXPECT_THROW((void)html(page + "deep"), ParseError);
  // Items and paragraphs that close themselves do not nest.
  std::string items;
  for (int i = 0; i < 20000; ++i) items += "<li>item<p>text";
  EXPECT_NO_THROW((void)html(items));
}

TEST(HtmlReading, RawMarkupInATextFileAsOnTheServer) {
  // A page kept with its server script around the markup.
  const ReadText read = read_input(
      "<?php include 'head.php' ?>\n<div id=\"content\">\n<p>\nDear Heads of State:\n<p>\nWe write.\n"
      "<table>\n<tr valign=\"top\">\n\t<td>\n\t\t1\n\t</td>\n\t<td>\n\t\tActionAid\n\t\tInternational\n\t</td>\n</tr>\n"
      "</table>\n");
  EXPECT_EQ(read.format, InputFormat::kHtml);
  EXPECT_EQ(read.text, "Dear Heads of State:\n\nWe write.\n\n1\tActionAid International");
}

TEST(InputEncodings, Utf16DeclaredCharsetsAndBadBytes) {
  const std::string utf16le("\xFF\xFE" "C\0a\0f\0\xE9\0", 10);
  EXPECT_EQ(read_input(utf16le, InputFormat::kText).text, "Caf\u00E9");
  const std::string utf16be("\xFE\xFF\0C\0a\0f\0\xE9", 10);
  EXPECT_EQ(read_input(utf16be, InputFormat::kText).text, "Caf\u00E9");
  EXPECT_EQ(read_input("\xEF\xBB\xBF" "Caf\xC3\xA9", InputFormat::kText).text, "Caf\u00E9");
  EXPECT_EQ(html("<meta charset=\"windows-1252\"><p>Caf\xE9 \x93quoted\x94</p>").text, "Caf\u00E9 \u201Cquoted\u201D");
  EXPECT_EQ(html("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>Caf\xE9</p>").text,
            "Caf\u00E9");
  EXPECT_THROW((void)html("<meta charset=\"no-such-charset\"><p>x</p>"), ParseError);
  EXPECT_THROW((void)html("<p>bad \xFF byte</p>"), InvalidUtf8Error);
  ReadOptions replace;
  replace.replace_invalid_utf8 = true;
  const ReadText repaired = read_input("<p>bad \xFF byte</p>", InputFormat::kHtml, replace);
  EXPECT_EQ(repaired.text, "bad \uFFFD byte");
  EXPECT_EQ(repaired.replacements, 1U);
  ReadOptions small;
  small.max_bytes = 10;
  EXPECT_THROW((void)read_input(std::string(11, 'a'), InputFormat::kHtml, small), LimitError);
}

ReadText markdown(const std::string& text) { return read_input(text, InputFormat::kMarkdown); }

TEST(MarkdownReading, TheTextAsWrittenAndItsBlocks) {
  const std::string letter =
      "# Joint letter on the defenders\r\n\nDear Minister,\nwe write to you\nabout the arrests.\n\n"
      "Signatories\n-----------\n\n- Amnesty International\n- Human Rights Watch\n  (New York)\n"
      "* FIDH\n\n1. Front Line Defenders\n2) CIVICUS\n\n```\n# not a heading\n- not an item\n```\n\n"
      "    indented code\n\n> Quoted words\n\n***\n## Closing ##\n";
  const ReadText read = markdown(letter);
  EXPECT_EQ(read.format, InputFormat::kMarkdown);
  EXPECT_EQ(read.text, letter);  // offsets point into the file as written
  EXPECT_EQ(texts_of(read, TextBlock::Kind::kHeading),
            (std::vector<std::string>{"Joint letter on the defenders", "Signatories", "Closing"}));
  EXPECT_EQ(texts_of(read, TextBlock::Kind::kParagraph),
            (std::vector<std::string>{"Dear Minister,\nwe write to you\nabout the arrests.", "Quoted words"}));
  EXPECT_EQ(texts_of(read, TextBlock::Kind::kListItem),
            (std::vector<std::string>{"Amnesty International", "Human Rights Watch\n  (New York)", "FIDH",
                                      "Front Line Defenders", "CIVICUS"}));
  EXPECT_EQ(texts_of(read, TextBlock::Kind::kPreformatted),
            (std::vector<std::string>{"# not a heading\n- not an item", "indented code"}));
  // Each change of marker starts another list; numbered lists say so.
  std::vector<std::uint32_t> lists;
  std::vector<bool> ordered;
  for (const TextBlock& block : read.blocks) {
    if (block.kind == TextBlock::Kind::kListItem) lists.push_back(block.container), ordered.push_back(block.ordered);
  }
  EXPECT_EQ(lists, (std::vector<std::uint32_t>{1, 1, 2, 3, 4}));
  EXPECT_EQ(ordered, (std::vector<bool>{false, false, false, true, true}));
}

TEST(MarkdownReading, TablesAndNestedLists) {
  const ReadText read = markdown(
      "| Organisation | Country |\n|:---|---:|\n| Amnesty International | United Kingdom |\n"
      "| FIDH \\| Paris | France |\n\n- Global\n  - CIVICUS\n  - ARTICLE 19\n- National\n");
  std::vector<std::string> cells;
  for (const TextBlock& block : read.blocks) {
    if (block.kind != TextBlock::Kind::kTableCell) continue;
    cells.push_back(std::to_string(block.row) + "," + std::to_string(block.column) + " " +
                    read.text.substr(block.start, block.end - block.start));
  }
  EXPECT_EQ(cells, (std::vector<std::string>{"0,0 Organisation", "0,1 Country", "1,0 Amnesty International",
                                             "1,1 United Kingdom", "2,0 FIDH \\| Paris", "2,1 France"}));
  std::vector<std::pair<std::string, std::uint32_t>> items;
  for (const TextBlock& block : read.blocks) {
    if (block.kind == TextBlock::Kind::kListItem) {
      items.emplace_back(read.text.substr(block.start, block.end - block.start), block.container);
    }
  }
  EXPECT_EQ(items, (std::vector<std::pair<std::string, std::uint32_t>>{
                       {"Global", 2}, {"CIVICUS", 3}, {"ARTICLE 19", 3}, {"National", 2}}));
}

TEST(MarkdownReading, ToldByNameAndAnalysedAsText) {
  EXPECT_EQ(detect_input_format("# Letter\n\n- FIDH\n", "letter.md"), InputFormat::kMarkdown);
  EXPECT_EQ(detect_input_format("# Letter\n", "LETTER.Markdown"), InputFormat::kMarkdown);
  EXPECT_EQ(detect_input_format("# Letter\n"), InputFormat::kText);
  EXPECT_EQ(input_format_named("md"), InputFormat::kMarkdown);
  EXPECT_EQ(to_string(InputFormat::kMarkdown), "markdown");
  const std::string letter = "Signatories:\n\n| Organisation |\n|---|\n| Amnesty International |\n| FIDH |\n";
  const Document document = Document::read(letter, InputFormat::kAuto, {}, "letter.md");
  EXPECT_EQ(document.format(), InputFormat::kMarkdown);
  EXPECT_EQ(document.text(), letter);
  EXPECT_EQ(document.blocks().size(), 4U);  // the paragraph, then a cell in each row
  for (const std::string& bad : {std::string("- \xFF item\n"), std::string(5000, '#') + "\n",
                                 std::string(5000, '|') + "\n|---|\n", std::string(3000, '>') + "x",
                                 std::string("```\nnever closed\n- item"), std::string("\n\n\n"), std::string()}) {
    try {
      const ReadText read = markdown(bad);
      for (const TextBlock& block : read.blocks) EXPECT_LE(block.end, read.text.size());
    } catch (const InvalidUtf8Error&) {
      EXPECT_NE(bad.find('\xFF'), std::string::npos);
    }
  }
}

TEST(DocumentRead, OffsetsAreIntoTheTextRead) {
  const Document document = Document::read("<p>Caf&eacute; Georgia</p>", InputFormat::kAuto, {}, "page.html");
  EXPECT_EQ(document.text(), "Caf\u00E9 Georgia");
  EXPECT_EQ(document.format(), InputFormat::kHtml);
  EXPECT_EQ(document.blocks().size(), 1U);
  EXPECT_EQ(document.to_code_point(document.text().find("Georgia")), 5U);
  EXPECT_EQ(Document::from_utf8("x").format(), InputFormat::kText);
  EXPECT_TRUE(Document::from_utf8("x").blocks().empty());
}

TEST(DocumentRead, SentencesOfSomeParagraphsAreThoseOfTheWhole) {
  const Document document = Document::from_utf8(
      "First paragraph. It has two sentences.\n\nThe second one wraps over\nits lines. Dr. Smith signed "
      "it.\n\nThird.");
  const std::span<const ByteSpan> all = document.sentences();
  const std::size_t second = document.text().find("The second");
  const std::vector<ByteSpan> some = document.sentences_in({second, second + 5});
  std::vector<ByteSpan> expected;
  for (const ByteSpan& sentence : all) {
    if (sentence.start >= second && sentence.end <= document.text().find("Third")) expected.push_back(sentence);
  }
  EXPECT_EQ(some, expected);
  EXPECT_FALSE(some.empty());
  EXPECT_EQ(document.sentences_in({0, document.size_bytes()}), std::vector<ByteSpan>(all.begin(), all.end()));
  EXPECT_TRUE(Document::from_utf8("").sentences_in({0, 0}).empty());
}

TEST(HtmlReading, ThreadsReadPagesAtOnceEachWithItsOwnParser) {
  // The parser keeps one document a thread between pages: pages read at once on many threads
  // read as they do one by one.
  const std::vector<std::string> pages = {
      "<main><p>Signed by:</p><ul><li>FIDH</li><li>CIVICUS</li></ul></main>",
      "<table><tr><td>Amnesty International</td><td>London</td></tr></table>",
      "<p hidden>Menu</p><h1>Joint letter</h1><p>We urge the <b>Council</b>.</p>"};
  std::vector<std::string> alone;
  for (const std::string& page : pages) alone.push_back(html(page).text);
  std::vector<std::vector<std::string>> read(4);
  {
    std::vector<std::jthread> threads;
    for (std::vector<std::string>& texts : read) {
      threads.emplace_back([&] {
        for (int round = 0; round < 20; ++round) {
          texts.clear();
          for (const std::string& page : pages) texts.push_back(html(page).text);
        }
      });
    }
  }
  for (const std::vector<std::string>& texts : read) EXPECT_EQ(texts, alone);
}

}  // namespace
}  // namespace hrtext
