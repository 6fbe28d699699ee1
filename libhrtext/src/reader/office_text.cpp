#include "reader/office_text.hpp"

#include <pugixml.hpp>
#include <zip.h>

#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "hrtext/error.hpp"
#include "reader/text_layout.hpp"

namespace hrtext::detail {
namespace {

using Element = TextLayout::Element;

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// The zip archive in `bytes` (not copied: the bytes outlive it).
std::unique_ptr<zip_t, ArchiveCloser> open_archive(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) throw ParseError("the file cannot be read as a zip archive");
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw ParseError("the file is no readable zip archive (" + why + ")");
  }
  zip_error_fini(&error);
  return std::unique_ptr<zip_t, ArchiveCloser>(archive);
}

// The member `name` of the archive, unpacked, or nullopt when there is none. A member that
// unpacks to more than `limit` bytes is refused before it is read (a zip bomb).
std::optional<std::string> member(zip_t* archive, const char* name, std::size_t limit) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name, 0, &stat) != 0) return std::nullopt;
  if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > limit) {
    throw LimitError(std::string("the part ") + name + " unpacks to " + std::to_string(stat.size) +
                     " bytes, more than the limit of " + std::to_string(limit));
  }
  const std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen(archive, name, 0));
  if (file == nullptr) throw ParseError(std::string("the part ") + name + " of the archive cannot be read");
  std::string out(stat.size, '\0');
  std::size_t read = 0;
  while (read < out.size()) {
    const zip_int64_t got = zip_fread(file.get(), out.data() + read, out.size() - read);
    if (got <= 0) throw ParseError(std::string("the part ") + name + " of the archive is truncated or damaged");
    read += static_cast<std::size_t>(got);
  }
  return out;
}

pugi::xml_document parse(const std::string& xml, const char* part) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed) {
    throw ParseError(std::string("the part ") + part + " is no well-formed XML (" + parsed.description() +
                     " at byte " + std::to_string(parsed.offset) + ")");
  }
  return document;
}

// What an element of a document's XML is to the layout.
enum class Action { kDescend, kSkip, kText, kSpace, kLineBreak, kOpen };

struct Reading {
  Action action = Action::kDescend;
  Element element = Element::kBlock;
};

// Walks an XML tree without recursion, asking `read_of` what each element is; `after` is called
// when an element closes (Word closes a list when a paragraph without numbering comes).
template <typename ReadOf>
void walk(pugi::xml_node root, TextLayout& layout, ReadOf read_of) {
  struct Frame {
    pugi::xml_node node;
    pugi::xml_node next;
    bool opened = false;
  };
  std::vector<Frame> stack = {{root, root.first_child(), false}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.next) {
      const pugi::xml_node child = frame.next;
      frame.next = child.next_sibling();
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        layout.text(child.value());
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const Reading reading = read_of(child);
      switch (reading.action) {
        case Action::kSkip: continue;
        case Action::kText: layout.text(child.text().get()); continue;
        case Action::kSpace: layout.text(" "); continue;
        case Action::kLineBreak: layout.line_break(); continue;
        case Action::kOpen: layout.open(reading.element); break;
        case Action::kDescend: break;
      }
      stack.push_back({child, child.first_child(), reading.action == Action::kOpen});
      continue;
    }
    if (frame.opened) layout.close();
    stack.pop_back();
  }
}

bool is(const pugi::xml_node& node, const char* name) { return std::strcmp(node.name(), name) == 0; }

// Word: w:p paragraphs (headings by their style, list items by their numbering), w:tbl tables,
// w:t text, w:tab and w:br; deleted text and field codes left out.
class DocxReader {
 public:
  ReadText read(const pugi::xml_node& body) {
    walk(body, layout_, [this](const pugi::xml_node& node) { return reading_of(node); });
    return layout_.take(InputFormat::kDocx);
  }

 private:
  Reading reading_of(const pugi::xml_node& node) {
    if (is(node, "w:t")) return {Action::kText};
    if (is(node, "w:tab")) return {Action::kSpace};
    if (is(node, "w:br") || is(node, "w:cr")) return {Action::kLineBreak};
    if (is(node, "w:del") || is(node, "w:delText") || is(node, "w:instrText") || is(node, "w:pPr") ||
        is(node, "w:rPr") || is(node, "w:sectPr") || is(node, "w:tblPr") || is(node, "w:trPr") ||
        is(node, "w:tcPr") || is(node, "w:tblGrid")) {
      return {Action::kSkip};
    }
    if (is(node, "w:tbl")) return {Action::kOpen, Element::kTable};
    if (is(node, "w:tr")) return {Action::kOpen, Element::kRow};
    if (is(node, "w:tc")) return {Action::kOpen, Element::kCell};
    if (!is(node, "w:p")) return {Action::kDescend};
    const pugi::xml_node properties = node.child("w:pPr");
    if (properties.child("w:numPr")) return {Action::kOpen, Element::kListItem};
    const std::string style = properties.child("w:pStyle").attribute("w:val").as_string();
    if (style.starts_with("Heading") || style.starts_with("heading") || style == "Title" || style.starts_with("Titre")) {
      return {Action::kOpen, Element::kHeading};
    }
    return {Action::kOpen, Element::kBlock};
  }

  TextLayout layout_;
};

// OpenDocument: text:h and text:p, text:list and text:list-item, table:table and its rows and
// cells, text:s (spaces), text:tab, text:line-break; notes and tracked changes left out.
Reading odt_reading_of(const pugi::xml_node& node) {
  if (is(node, "text:s") || is(node, "text:tab")) return {Action::kSpace};
  if (is(node, "text:line-break")) return {Action::kLineBreak};
  if (is(node, "text:note") || is(node, "text:tracked-changes") || is(node, "office:annotation") ||
      is(node, "text:sequence-decls") || is(node, "table:table-columns") || is(node, "table:table-column")) {
    return {Action::kSkip};
  }
  if (is(node, "text:h")) return {Action::kOpen, Element::kHeading};
  if (is(node, "text:p")) return {Action::kOpen, Element::kBlock};
  if (is(node, "text:list")) return {Action::kOpen, Element::kList};
  if (is(node, "text:list-item")) return {Action::kOpen, Element::kListItem};
  if (is(node, "table:table")) return {Action::kOpen, Element::kTable};
  if (is(node, "table:table-row")) return {Action::kOpen, Element::kRow};
  if (is(node, "table:table-cell")) return {Action::kOpen, Element::kCell};
  return {Action::kDescend};
}

}  // namespace

InputFormat office_format(std::string_view bytes) {
  if (!bytes.starts_with("PK\x03\x04")) return InputFormat::kText;
  const std::string_view head = bytes.substr(0, 64 * 1024);
  if (head.find("opendocument.text") != std::string_view::npos) return InputFormat::kOdt;
  if (head.find("word/") != std::string_view::npos) return InputFormat::kDocx;
  return InputFormat::kText;
}

ReadText docx_text(std::string_view bytes, std::size_t max_unpacked) {
  const auto archive = open_archive(bytes);
  const std::optional<std::string> xml = member(archive.get(), "word/document.xml", max_unpacked);
  if (!xml) throw ParseError("the zip archive holds no word/document.xml: it is no Word (.docx) file");
  const pugi::xml_document document = parse(*xml, "word/document.xml");
  const pugi::xml_node body = document.child("w:document").child("w:body");
  if (!body) throw ParseError("word/document.xml has no w:body");
  return DocxReader().read(body);
}

ReadText odt_text(std::string_view bytes, std::size_t max_unpacked) {
  const auto archive = open_archive(bytes);
  const std::optional<std::string> xml = member(archive.get(), "content.xml", max_unpacked);
  if (!xml) throw ParseError("the zip archive holds no content.xml: it is no OpenDocument text (.odt)");
  const pugi::xml_document document = parse(*xml, "content.xml");
  const pugi::xml_node text = document.child("office:document-content").child("office:body").child("office:text");
  if (!text) throw ParseError("content.xml has no office:text: it is no OpenDocument text");
  TextLayout layout;
  walk(text, layout, odt_reading_of);
  return layout.take(InputFormat::kOdt);
}

}  // namespace hrtext::detail
