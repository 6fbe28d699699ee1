// PDF pages as a back end lays them out on a fixed-width grid (pdftotext -layout, pypdf's layout
// mode), read into text: columns, running headers and footers, page numbers, hyphenation, pages.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hrtext/analysis.hpp"
#include "hrtext/analyzer.hpp"
#include "hrtext/document.hpp"
#include "hrtext/error.hpp"
#include "hrtext/reader.hpp"

namespace hrtext {
namespace {

// A line of the grid: `left` from the margin, `right` from column `at` (as a second column or a
// cell stands), padded with spaces as the back ends pad them.
std::string line(const std::string& left, const std::string& right = {}, std::size_t at = 50) {
  std::string out = "    " + left;
  if (!right.empty()) {
    out.resize(std::max(at, out.size() + 3), ' ');
    out += right;
  }
  return out;
}

std::string page(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& text : lines) out += text + "\n";
  return out;
}

// A UN resolution's first page: its symbol at the top, a title across the page, two columns of
// running text, the page number at the bottom.
std::string resolution_page() {
  return page({
      line("", "A/HRC/55/L.12", 60),
      "",
      line("Situation of human rights in Myanmar"),
      "",
      line("The Human Rights Council, recalling", "Welcomes the work of the Office of"),
      line("its resolution 52/3 and the Inter-", "the High Commissioner for Human"),
      line("national Covenant on Civil and Po-", "Rights in Myanmar and in Bosnia-"),
      line("litical Rights in all its parts,", "Herzegovina since 2021,"),
      "",
      line("Urges the States concerned to co-", "Decides to remain seized of the"),
      line("operate with the Special Rapporteur.", "matter."),
      "",
      "",
      line("", "2", 30),
  });
}

TEST(PdfLayoutTest, TwoColumnsAreReadOneAfterTheOtherWithoutRunningHeadersOrPageNumbers) {
  const std::string last_page =
      page({line("", "A/HRC/55/L.12", 60), line("Requests the Secretary-General to report."), "", line("", "- 3 -", 30)});
  const ReadText read = read_pdf_pages({resolution_page(), last_page});
  const std::string first_page =
      "Situation of human rights in Myanmar\n\n"
      "The Human Rights Council, recalling\n"
      "its resolution 52/3 and the International Covenant on Civil and Political Rights in all its parts,\n\n"
      "Urges the States concerned to cooperate with the Special Rapporteur.\n"
      "Welcomes the work of the Office of\n"
      "the High Commissioner for Human\n"
      "Rights in Myanmar and in Bosnia-\n"
      "Herzegovina since 2021,\n\n"
      "Decides to remain seized of the\n"
      "matter.";
  EXPECT_EQ(read.text, first_page + "\n\nRequests the Secretary-General to report.");
  EXPECT_EQ(read.format, InputFormat::kPdf);
  ASSERT_EQ(read.page_starts.size(), 2u);
  EXPECT_EQ(read.page_starts[0], 0u);
  EXPECT_EQ(read.page_starts[1], first_page.size() + 2);
  ASSERT_FALSE(read.blocks.empty());
  EXPECT_EQ(read.text.substr(read.blocks[0].start, read.blocks[0].end - read.blocks[0].start),
            "Situation of human rights in Myanmar");
}

TEST(PdfLayoutTest, OneRunningLineIsKeptOnASinglePageAndPageNumbersOnlyAtTheEdges) {
  const ReadText read = read_pdf_pages({page({
      line("", "A/HRC/55/L.12", 60),
      line("Signed by:"),
      line("Amnesty International"),
      line("12"),
      line("Human Rights Watch"),
      line("FIDH"),
      line("CIVICUS"),
      line("Page 1 of 1"),
  })});
  EXPECT_EQ(read.text, "A/HRC/55/L.12\nSigned by:\nAmnesty International\n12\nHuman Rights Watch\nFIDH\nCIVICUS");
}

TEST(PdfLayoutTest, NamesSideBySideAreReadRowByRowAsCells) {
  // A table of signers: short names in two columns are no columns of running text.
  const ReadText read = read_pdf_pages({page({
      line("Signed by:"),
      line("Amnesty International", "Human Rights Watch"),
      line("FIDH", "CIVICUS"),
      line("ARTICLE 19", "Front Line Defenders"),
      line("Viasna", "PEN International"),
      line("Access Now", "Index on Censorship"),
  })});
  EXPECT_EQ(read.text,
            "Signed by:\nAmnesty International\tHuman Rights Watch\nFIDH\tCIVICUS\nARTICLE 19\tFront Line Defenders\n"
            "Viasna\tPEN International\nAccess Now\tIndex on Censorship");
}

TEST(PdfLayoutTest, WordsOfOneRunStayTogetherAndNonAsciiTextCountsByCharacters) {
  // Two spaces between words of justified text do not part them; "é" is one column.
  const ReadText read = read_pdf_pages({page({
      line("Le Comité  des droits de l'homme", "Genève, le 3 mars 2024", 45),
  })});
  EXPECT_EQ(read.text, "Le Comité  des droits de l'homme\tGenève, le 3 mars 2024");
}

TEST(PdfLayoutTest, EmptyPagesStartWhereTheNextTextStarts) {
  const ReadText read = read_pdf_pages({"", page({line("FIDH")}), "\n\n", page({line("CIVICUS")})});
  EXPECT_EQ(read.text, "FIDH\n\nCIVICUS");
  EXPECT_EQ(read.page_starts, (std::vector<std::size_t>{0, 0, 4, 6}));
  EXPECT_TRUE(read_pdf_pages({}).text.empty());
  EXPECT_TRUE(read_pdf_pages({}).page_starts.empty());
}

TEST(PdfLayoutTest, BadPagesGetClearErrors) {
  EXPECT_THROW((void)read_pdf_pages({"Amnesty \xff International"}), InvalidUtf8Error);
  ReadOptions replace;
  replace.replace_invalid_utf8 = true;
  const ReadText repaired = read_pdf_pages({"Amnesty \xff International"}, replace);
  EXPECT_EQ(repaired.text, "Amnesty \xEF\xBF\xBD International");
  EXPECT_EQ(repaired.replacements, 1u);
  ReadOptions small;
  small.max_bytes = 10;
  EXPECT_THROW((void)read_pdf_pages({"Amnesty", "International"}, small), LimitError);
}

TEST(PdfLayoutTest, TheDocumentAndTheRecordSayOnWhichPageEachMentionStands) {
  const Document document = Document::from_read(read_pdf_pages({
      page({line("Joint letter to the Human Rights Council")}),
      page({line("Signed by:"), line("Amnesty International"), line("Human Rights Watch")}),
  }));
  ASSERT_EQ(document.page_starts().size(), 2u);
  EXPECT_EQ(document.page_at(0), 1u);
  const std::size_t amnesty = document.to_code_point(document.text().find("Amnesty"));
  EXPECT_EQ(document.page_at(amnesty), 2u);
  EXPECT_EQ(document.page_at(document.size_code_points()), 2u);
  EXPECT_THROW((void)document.page_at(document.size_code_points() + 1), std::out_of_range);
  EXPECT_EQ(Document::from_utf8("FIDH").page_at(2), 0u);

  const Analysis analysis = Analyzer().analyze(document);
  ASSERT_EQ(analysis.signatories.size(), 2u);
  EXPECT_EQ(document.page_at(analysis.signatories[0].start), 2u);
  EXPECT_NE(analysis.to_json().find("\"pages\":[0,42]"), std::string::npos) << analysis.to_json();
  EXPECT_NE(Analyzer().analyze("FIDH").to_json().find("\"pages\":null"), std::string::npos);
}

// A PDF written as PDF writers set text: each run (x, y from the page's bottom, text) placed on
// the page in Helvetica.
struct PlacedRun {
  int x = 0;
  int y = 0;
  std::string text;
};

std::string pdf_of(const std::vector<std::vector<PlacedRun>>& pages) {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string kids;
  for (const std::vector<PlacedRun>& runs : pages) {
    std::string stream;
    for (const PlacedRun& run : runs) {
      stream += "BT /F1 10 Tf 1 0 0 1 " + std::to_string(run.x) + " " + std::to_string(run.y) + " Tm (" + run.text +
                ") Tj ET\n";
    }
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream");
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " +
                      std::to_string(objects.size()) + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
    kids += std::to_string(objects.size()) + " 0 R ";
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    const std::string number = std::to_string(offset);
    out += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

// A resolution's page: a title across the page over two columns of running text.
const std::vector<PlacedRun> kTwoColumnPage = {
    {72, 760, "Situation of human rights in Myanmar"},
    {72, 720, "The Human Rights Council, recalling its"},
    {72, 708, "resolution 52/3 and the International"},
    {72, 696, "Covenant on Civil and Political Rights,"},
    {72, 684, "urges the States concerned to co-"},
    {72, 672, "operate with the Special Rapporteur."},
    {320, 720, "Welcomes the work of the Office of the"},
    {320, 708, "High Commissioner in Myanmar since"},
    {320, 696, "1 February 2021 and requests a report"},
    {320, 684, "to the Human Rights Council at its"},
    {320, 672, "fifty-eighth session."},
    {300, 40, "1"},
};

#ifdef HRTEXT_WITH_POPPLER
TEST(PdfReaderTest, APdfIsReadWithPopplerColumnByColumn) {
  const ReadText read = read_input(pdf_of({kTwoColumnPage, {{72, 760, "Signed by:"}, {72, 746, "FIDH"}}}));
  EXPECT_EQ(read.format, InputFormat::kPdf);
  EXPECT_EQ(read.text,
            "Situation of human rights in Myanmar\n\n"
            "The Human Rights Council, recalling its\nresolution 52/3 and the International\n"
            "Covenant on Civil and Political Rights,\nurges the States concerned to cooperate with the Special "
            "Rapporteur.\nWelcomes the work of the Office of the\nHigh Commissioner in Myanmar since\n"
            "1 February 2021 and requests a report\nto the Human Rights Council at its\nfifty-eighth session.\n\n"
            "Signed by:\nFIDH");
  EXPECT_EQ(read.page_starts.size(), 2u);
}

TEST(PdfReaderTest, BadPdfsGetClearErrors) {
  const std::string pdf = pdf_of({kTwoColumnPage});
  EXPECT_THROW((void)read_input(pdf.substr(0, 60), InputFormat::kPdf), ParseError);
  EXPECT_THROW((void)read_input("%PDF-1.4\n\x00\xff garbage", InputFormat::kPdf), ParseError);
}
#else
TEST(PdfReaderTest, ALibraryBuiltWithoutPopplerRefusesAPdfSayingHowToReadIt) {
  try {
    (void)read_input(pdf_of({kTwoColumnPage}));
    FAIL() << "a PDF was read without a back end";
  } catch (const ParseError& error) {
    EXPECT_NE(std::string(error.what()).find("HRTEXT_WITH_POPPLER"), std::string::npos) << error.what();
  }
}
#endif

}  // namespace
}  // namespace hrtext
