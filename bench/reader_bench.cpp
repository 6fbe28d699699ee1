// Reading web pages (hrtext/reader.hpp): HTML parsed (lexbor) and laid out as text and blocks;
// the same letters in Markdown, read into their blocks; and as a PDF back end lays out their
// pages, read into text (columns, running headers, page numbers).
// The pages are the example letters as a site would publish them: a head with styles and
// scripts, navigation, the letter's paragraphs and its signatories as a list, a footer.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "hrtext/reader.hpp"

namespace {

// The lines of a letter, each with whether it reads as an item of a list (a short line with no
// full stop): its paragraphs and its signatories.
struct LetterLine {
  std::string text;
  bool item = false;
};

std::vector<LetterLine> letter_lines(const std::string& letter) {
  std::vector<LetterLine> lines;
  for (std::size_t start = 0; start < letter.size();) {
    std::size_t end = letter.find('\n', start);
    if (end == std::string::npos) end = letter.size();
    std::string line = letter.substr(start, end - start);
    start = end + 1;
    const bool item = !line.empty() && line.size() < 80 && line.back() != '.';
    lines.push_back({std::move(line), item});
  }
  return lines;
}

// One letter as a page: each line a paragraph, runs of short lines a list.
std::string as_page(const std::string& letter) {
  std::string page =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Joint letter</title>"
      "<style>body{font-family:Segoe,Georgia}</style><script>var menu = ['Home', 'News'];</script></head>"
      "<body><header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
      "</header><main><article>";
  bool in_list = false;
  for (const LetterLine& line : letter_lines(letter)) {
    if (line.item != in_list) page += line.item ? "<ul>" : "</ul>";
    in_list = line.item;
    if (line.text.empty()) continue;
    page += line.item ? "<li>" + line.text + "</li>" : "<p>" + line.text + "</p>";
  }
  if (in_list) page += "</ul>";
  page += "</article></main><footer>&copy; 2024 &mdash; <a href=\"/privacy\">Privacy</a></footer></body></html>";
  return page;
}

const std::vector<std::string>& pages() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> out;
    for (const std::string& letter : hrtext::bench::letters()) out.push_back(as_page(letter));
    return out;
  }();
  return all;
}

void BM_ReadHtml_LetterPages(benchmark::State& state) {
  std::int64_t bytes = 0;
  for (const std::string& page : pages()) bytes += static_cast<std::int64_t>(page.size());
  std::size_t blocks = 0;
  for (auto _ : state) {
    blocks = 0;
    for (const std::string& page : pages()) blocks += hrtext::read_input(page, hrtext::InputFormat::kHtml).blocks.size();
    benchmark::DoNotOptimize(blocks);
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["blocks"] = static_cast<double>(blocks);
}
BENCHMARK(BM_ReadHtml_LetterPages)->Unit(benchmark::kMillisecond);

// One letter in Markdown: a heading, its paragraphs, and runs of short lines as a bulleted list.
std::string as_markdown(const std::string& letter) {
  std::string markdown = "# Joint letter\n\n";
  for (const LetterLine& line : letter_lines(letter)) markdown += line.item ? "- " + line.text + "\n" : line.text + "\n\n";
  return markdown;
}

void BM_ReadMarkdown_Letters(benchmark::State& state) {
  static const std::vector<std::string> letters = [] {
    std::vector<std::string> out;
    for (const std::string& letter : hrtext::bench::letters()) out.push_back(as_markdown(letter));
    return out;
  }();
  std::int64_t bytes = 0;
  for (const std::string& letter : letters) bytes += static_cast<std::int64_t>(letter.size());
  std::size_t blocks = 0;
  for (auto _ : state) {
    blocks = 0;
    for (const std::string& letter : letters) {
      blocks += hrtext::read_input(letter, hrtext::InputFormat::kMarkdown).blocks.size();
    }
    benchmark::DoNotOptimize(blocks);
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["blocks"] = static_cast<double>(blocks);
}
BENCHMARK(BM_ReadMarkdown_Letters)->Unit(benchmark::kMillisecond);

// One letter as a PDF back end lays out its pages (pdftotext -layout): its paragraphs wrapped
// at 45 columns and set in two columns of 48 lines a page, under a running header, over a page
// number.
std::vector<std::string> as_pdf_pages(const std::string& letter) {
  constexpr std::size_t kWidth = 45;
  constexpr std::size_t kRows = 48;
  std::vector<std::string> lines;
  for (const LetterLine& line : letter_lines(letter)) {
    std::string wrapped;
    for (std::size_t start = 0; start < line.text.size();) {
      std::size_t end = std::min(line.text.size(), start + kWidth);
      if (end < line.text.size()) {
        const std::size_t space = line.text.rfind(' ', end);
        if (space != std::string::npos && space > start) end = space;
      }
      lines.push_back(line.text.substr(start, end - start));
      start = end + 1;
    }
    if (line.text.empty()) lines.emplace_back();
  }
  std::vector<std::string> pages;
  for (std::size_t first = 0; first < lines.size(); first += 2 * kRows) {
    std::string page = std::string(70, ' ') + "A/HRC/55/NGO/1\n\n";
    for (std::size_t row = 0; row < kRows; ++row) {
      std::string left = first + row < lines.size() ? lines[first + row] : std::string();
      const std::size_t right = first + kRows + row;
      left.resize(kWidth + 5, ' ');
      page += "    " + left + (right < lines.size() ? lines[right] : std::string()) + "\n";
    }
    page += "\n" + std::string(45, ' ') + std::to_string(pages.size() + 1) + "\n";
    pages.push_back(std::move(page));
  }
  return pages;
}

void BM_ReadPdfPages_Letters(benchmark::State& state) {
  static const std::vector<std::vector<std::string>> letters = [] {
    std::vector<std::vector<std::string>> out;
    for (const std::string& letter : hrtext::bench::letters()) out.push_back(as_pdf_pages(letter));
    return out;
  }();
  std::int64_t bytes = 0;
  for (const std::vector<std::string>& pages : letters) {
    for (const std::string& page : pages) bytes += static_cast<std::int64_t>(page.size());
  }
  std::size_t blocks = 0;
  for (auto _ : state) {
    blocks = 0;
    for (const std::vector<std::string>& pages : letters) blocks += hrtext::read_pdf_pages(pages).blocks.size();
    benchmark::DoNotOptimize(blocks);
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["blocks"] = static_cast<double>(blocks);
}
BENCHMARK(BM_ReadPdfPages_Letters)->Unit(benchmark::kMillisecond);

void BM_DetectFormat_LetterPages(benchmark::State& state) {
  std::int64_t bytes = 0;
  for (const std::string& page : pages()) bytes += static_cast<std::int64_t>(page.size());
  for (auto _ : state) {
    std::size_t html = 0;
    for (const std::string& page : pages()) html += hrtext::detect_input_format(page) == hrtext::InputFormat::kHtml;
    benchmark::DoNotOptimize(html);
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_DetectFormat_LetterPages)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
