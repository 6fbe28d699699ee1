// Word and OpenDocument files, written by the test itself (libzip) from XML in the shapes those
// programs write.

#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "hrtext/document.hpp"
#include "hrtext/error.hpp"
#include "hrtext/reader.hpp"

namespace hrtext {
namespace {

using Members = std::vector<std::pair<std::string, std::string>>;

// The bytes of a zip archive holding `members`, written through a file as libzip does.
std::string zip_of(const Members& members) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("hrtext-office-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                               "-" + std::to_string(reinterpret_cast<std::uintptr_t>(&members)) + ".zip");
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  for (const auto& [name, content] : members) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE), 0);
  }
  EXPECT_EQ(zip_close(archive), 0);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

constexpr const char* kWordNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string docx(const std::string& body) {
  return zip_of({{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
                 {"word/document.xml", std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") +
                                           kWordNamespaces + "><w:body>" + body + "</w:body></w:document>"}});
}

std::string word_paragraph(const std::string& text, const std::string& properties = "") {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">" +
         text + "</w:t></w:r></w:p>";
}

TEST(WordFiles, ParagraphsHeadingsListsAndTables) {
  const std::string numbered = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
  const std::string bytes = docx(
      word_paragraph("Joint letter on Belarus", "<w:pStyle w:val=\"Heading1\"/>") +
      "<w:p><w:r><w:t>We urge </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>the Council</w:t></w:r>"
      "<w:del><w:r><w:delText>not</w:delText></w:r></w:del><w:r><w:tab/><w:t>to act.</w:t><w:br/><w:t>Geneva</w:t></w:r></w:p>" +
      word_paragraph("Signed by:") + word_paragraph("Amnesty International", numbered) +
      word_paragraph("Human Rights House Foundation", numbered) +
      "<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/>" + word_paragraph("FIDH") + "</w:tc><w:tc>" + word_paragraph("France") +
      "</w:tc></w:tr></w:tbl>");
  EXPECT_EQ(detect_input_format(bytes), InputFormat::kDocx);
  const ReadText read = read_input(bytes);
  EXPECT_EQ(read.format, InputFormat::kDocx);
  EXPECT_EQ(read.text,
            "Joint letter on Belarus\n\nWe urge the Council to act.\nGeneva\n\nSigned by:\n\nAmnesty International\n"
            "Human Rights House Foundation\n\nFIDH\tFrance");
  std::vector<TextBlock::Kind> kinds;
  for (const TextBlock& block : read.blocks) kinds.push_back(block.kind);
  ASSERT_FALSE(kinds.empty());
  EXPECT_TRUE(kinds.front() == TextBlock::Kind::kHeading);
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), TextBlock::Kind::kListItem), 2);
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), TextBlock::Kind::kTableCell), 2);
}

TEST(OpenDocumentFiles, ParagraphsListsTablesAndSpaces) {
  const std::string content =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
      "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text>"
      "<text:sequence-decls/><text:h text:outline-level=\"1\">Lettre conjointe</text:h>"
      "<text:p>Nous <text:span>demandons</text:span><text:s text:c=\"3\"/>au Conseil.<text:note><text:note-body>"
      "<text:p>Note.</text:p></text:note-body></text:note></text:p><text:p>Signataires :</text:p>"
      "<text:list><text:list-item><text:p>FIDH</text:p></text:list-item><text:list-item><text:p>Ligue des droits de "
      "l'Homme</text:p></text:list-item></text:list>"
      "<table:table><table:table-column/><table:table-row><table:table-cell><text:p>ACAT</text:p></table:table-cell>"
      "<table:table-cell><text:p>France</text:p></table:table-cell></table:table-row></table:table>"
      "</office:text></office:body></office:document-content>";
  const std::string bytes = zip_of({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content}});
  EXPECT_EQ(detect_input_format(bytes), InputFormat::kOdt);
  const ReadText read = read_input(bytes);
  EXPECT_EQ(read.text, "Lettre conjointe\n\nNous demandons au Conseil.\n\nSignataires :\n\nFIDH\nLigue des droits de "
                       "l'Homme\n\nACAT\tFrance");
  const Document document = Document::read(bytes, InputFormat::kAuto, {}, "lettre.odt");
  EXPECT_EQ(document.format(), InputFormat::kOdt);
}

TEST(OfficeFiles, BadArchivesGetClearErrors) {
  const std::string not_word = zip_of({{"readme.txt", "hello"}});
  EXPECT_THROW((void)read_input(not_word), ParseError);  // a zip, but no Word or OpenDocument file
  EXPECT_THROW((void)read_input(not_word, InputFormat::kDocx), ParseError);
  EXPECT_THROW((void)read_input(not_word, InputFormat::kOdt), ParseError);
  const std::string word = docx(word_paragraph("Text"));
  EXPECT_THROW((void)read_input(word.substr(0, word.size() / 2), InputFormat::kDocx), ParseError);  // truncated
  EXPECT_THROW((void)read_input("PK\x03\x04 garbage", InputFormat::kDocx), ParseError);
  const std::string broken = zip_of({{"word/document.xml", "<w:document><w:body><w:p>"}});
  EXPECT_THROW((void)read_input(broken, InputFormat::kDocx), ParseError);
  // A part that unpacks far beyond what the limit allows is refused before it is read.
  const std::string bomb = zip_of({{"word/document.xml", std::string(2'000'000, ' ')}});
  ReadOptions small;
  small.max_bytes = 10'000;
  EXPECT_THROW((void)read_input(bomb, InputFormat::kDocx, small), LimitError);
  EXPECT_EQ(input_format_named("DOCX"), InputFormat::kDocx);
  EXPECT_EQ(to_string(InputFormat::kOdt), "odt");
}

}  // namespace
}  // namespace hrtext
