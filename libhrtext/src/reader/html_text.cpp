#include "reader/html_text.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "document/ascii_case.hpp"
#include "hrtext/error.hpp"

namespace hrtext::detail {
namespace {

struct OutputCloser {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

// What an element is to the text: left out, a block of its own, a line, a part of a table, or
// inline (its text runs on).
enum class Role { kDropped, kInline, kBlock, kHeading, kLineBreak, kList, kListItem, kTable, kRow, kCell, kPre };

Role role_of(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
      return Role::kDropped;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return Role::kHeading;
    case GUMBO_TAG_BR: return Role::kLineBreak;
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: return Role::kList;
    case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: return Role::kListItem;
    case GUMBO_TAG_TABLE: return Role::kTable;
    case GUMBO_TAG_TR: return Role::kRow;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return Role::kCell;
    case GUMBO_TAG_PRE: return Role::kPre;
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
      return Role::kBlock;
    default:
      return Role::kInline;
  }
}

const char* attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* found = gumbo_get_attribute(&element.attributes, name);
  return found == nullptr ? nullptr : found->value;
}

// Hidden from a reader of the page: the hidden attribute, aria-hidden, display:none.
bool hidden(const GumboElement& element) {
  if (attribute(element, "hidden") != nullptr) return true;
  if (const char* aria = attribute(element, "aria-hidden"); aria != nullptr && ascii_lower(aria) == "true") return true;
  if (const char* style = attribute(element, "style"); style != nullptr) {
    std::string compact;
    for (const char c : ascii_lower(style)) {
      if (c != ' ') compact += c;
    }
    if (compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  return false;
}

bool is_main(const GumboNode& node) {
  if (node.type != GUMBO_NODE_ELEMENT) return false;
  const GumboElement& element = node.v.element;
  if (element.tag == GUMBO_TAG_MAIN) return true;
  const char* role = attribute(element, "role");
  return role != nullptr && ascii_lower(role) == "main";
}

// The page's main content where it marks it (<main>, role="main", else a single <article>),
// found breadth first; else the whole document.
const GumboNode* content_root(const GumboNode* document) {
  std::vector<const GumboNode*> queue = {document};
  const GumboNode* article = nullptr;
  std::size_t articles = 0;
  for (std::size_t next = 0; next < queue.size(); ++next) {
    const GumboNode* node = queue[next];
    if (is_main(*node)) return node;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_ARTICLE && articles++ == 0) article = node;
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) queue.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  return articles == 1 ? article : document;
}

// Writes the text as a reader sees the page: white space folded, blocks apart, one line per
// list item and table row.
class TextWriter {
 public:
  void text(std::string_view run, bool preformatted) {
    for (const char c : run) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (preformatted && c == '\n') {
        line_break();
      } else if (space && !preformatted) {
        pending_space_ = true;
      } else {
        emit(c);
      }
    }
  }
  void line_break() {
    if (cells_ > 0) {
      pending_space_ = true;  // a cell's text stays on its row's line
    } else {
      pending_newlines_ = std::max(pending_newlines_, 1);
    }
  }
  void block_break() {
    if (cells_ > 0) {
      pending_space_ = true;
    } else {
      pending_newlines_ = 2;
    }
  }
  // The next cell of a row: a tab after the cells before it.
  void cell_separator() {
    if (!row_empty_) pending_tab_ = true;
  }

  void open_cell() { ++cells_; }
  void close_cell() { --cells_; }
  void open_row() { row_empty_ = true; }

  // Where the next character will go, and where the last one ended.
  [[nodiscard]] std::size_t size() const noexcept { return out_.size(); }
  [[nodiscard]] bool wrote_since(std::size_t at) const noexcept { return out_.size() > at; }
  // Where the first character written after `mark` begins (the separators before it excluded).
  [[nodiscard]] std::size_t first_after(std::size_t mark) const noexcept {
    std::size_t at = mark;
    while (at < out_.size() && (out_[at] == '\n' || out_[at] == ' ' || out_[at] == '\t')) ++at;
    return at;
  }

  std::string take() { return std::move(out_); }

 private:
  void emit(char c) {
    if (!out_.empty()) {
      if (pending_newlines_ > 0) {
        out_.append(static_cast<std::size_t>(pending_newlines_), '\n');
      } else if (pending_tab_) {
        out_ += '\t';
      } else if (pending_space_ && out_.back() != '\n' && out_.back() != ' ' && out_.back() != '\t') {
        out_ += ' ';
      }
    }
    pending_newlines_ = 0;
    pending_space_ = false;
    pending_tab_ = false;
    row_empty_ = false;
    out_ += c;
  }

  std::string out_;
  int pending_newlines_ = 0;
  bool pending_space_ = false;
  bool pending_tab_ = false;
  bool row_empty_ = true;
  int cells_ = 0;
};

// Walks the tree without recursion (pages nest deeply; a hostile one, without end).
class Walker {
 public:
  ReadText read(const GumboNode* root) {
    stack_.push_back({root, 0, false});
    while (!stack_.empty()) {
      Frame& frame = stack_.back();
      if (!frame.opened) {
        frame.opened = true;
        if (!open(frame)) {
          stack_.pop_back();
          continue;
        }
      }
      const GumboVector* children = children_of(*frame.node);
      if (children != nullptr && frame.next_child < children->length) {
        const auto* child = static_cast<const GumboNode*>(children->data[frame.next_child++]);
        stack_.push_back({child, 0, false});
        continue;
      }
      close(frame);
      stack_.pop_back();
    }
    ReadText result;
    result.text = writer_.take();
    result.blocks = std::move(blocks_);
    result.format = InputFormat::kHtml;
    return result;
  }

 private:
  struct Frame {
    const GumboNode* node = nullptr;
    unsigned next_child = 0;
    bool opened = false;
    Role role = Role::kInline;
    std::size_t mark = 0;        // where the writer stood when the element opened
    std::size_t block = SIZE_MAX;  // the block it opened, if any
  };

  static const GumboVector* children_of(const GumboNode& node) {
    if (node.type == GUMBO_NODE_DOCUMENT) return &node.v.document.children;
    if (node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE) return &node.v.element.children;
    return nullptr;
  }

  // Returns false for a node whose content is left out.
  bool open(Frame& frame) {
    const GumboNode& node = *frame.node;
    if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE || node.type == GUMBO_NODE_CDATA) {
      writer_.text(node.v.text.text, preformatted_ > 0);
      return false;
    }
    if (node.type == GUMBO_NODE_DOCUMENT) return true;
    if (node.type != GUMBO_NODE_ELEMENT) return false;  // comments, templates
    const GumboElement& element = node.v.element;
    frame.role = role_of(element.tag);
    if (frame.role == Role::kDropped || hidden(element)) return false;
    frame.mark = writer_.size();
    switch (frame.role) {
      case Role::kLineBreak: writer_.line_break(); return false;
      case Role::kHeading: case Role::kBlock: case Role::kPre:
        writer_.block_break();
        if (frame.role == Role::kPre) ++preformatted_;
        if (element.tag != GUMBO_TAG_HTML && element.tag != GUMBO_TAG_BODY) {
          frame.block = open_block(frame.role == Role::kHeading ? TextBlock::Kind::kHeading
                                   : frame.role == Role::kPre   ? TextBlock::Kind::kPreformatted
                                                                : TextBlock::Kind::kParagraph);
        }
        break;
      case Role::kList:
        writer_.block_break();
        lists_.push_back({++containers_, element.tag == GUMBO_TAG_OL});
        break;
      case Role::kListItem:
        writer_.line_break();
        frame.block = open_block(TextBlock::Kind::kListItem);
        if (!lists_.empty()) {
          blocks_[frame.block].container = lists_.back().number;
          blocks_[frame.block].ordered = lists_.back().ordered;
        }
        break;
      case Role::kTable:
        writer_.block_break();
        tables_.push_back({++containers_, 0, 0});
        break;
      case Role::kRow:
        writer_.line_break();
        writer_.open_row();
        if (!tables_.empty()) tables_.back().column = 0;
        break;
      case Role::kCell:
        writer_.cell_separator();
        writer_.open_cell();
        frame.block = open_block(TextBlock::Kind::kTableCell);
        if (!tables_.empty()) {
          blocks_[frame.block].container = tables_.back().number;
          blocks_[frame.block].row = tables_.back().row;
          blocks_[frame.block].column = tables_.back().column++;
        }
        break;
      default: break;
    }
    return true;
  }

  void close(Frame& frame) {
    if (frame.block != SIZE_MAX) close_block(frame.block, frame.mark);
    switch (frame.role) {
      case Role::kHeading: case Role::kBlock: writer_.block_break(); break;
      case Role::kPre: --preformatted_; writer_.block_break(); break;
      case Role::kList: lists_.pop_back(); writer_.block_break(); break;
      case Role::kListItem: writer_.line_break(); break;
      case Role::kTable: tables_.pop_back(); writer_.block_break(); break;
      case Role::kRow:
        if (!tables_.empty()) ++tables_.back().row;
        writer_.line_break();
        break;
      case Role::kCell: writer_.close_cell(); break;
      default: break;
    }
  }

  std::size_t open_block(TextBlock::Kind kind) {
    TextBlock block;
    block.kind = kind;
    blocks_.push_back(block);
    return blocks_.size() - 1;
  }

  // A block spans what was written inside it; a block with no text is dropped.
  void close_block(std::size_t index, std::size_t mark) {
    TextBlock& block = blocks_[index];
    block.start = writer_.first_after(mark);
    block.end = writer_.size();
    if (block.end <= block.start) block.start = block.end = SIZE_MAX;  // removed below
  }

  struct List {
    std::uint32_t number = 0;
    bool ordered = false;
  };
  struct Table {
    std::uint32_t number = 0;
    std::uint32_t row = 0;
    std::uint32_t column = 0;
  };
  std::vector<Frame> stack_;
  TextWriter writer_;
  std::vector<TextBlock> blocks_;
  std::vector<List> lists_;
  std::vector<Table> tables_;
  std::uint32_t containers_ = 0;
  int preformatted_ = 0;
};

// The HTML5 parser takes time that grows with the square of how deep elements nest (each new
// element looks through those open), so a page nested deeper than any real one is refused
// before it is parsed. Real pages nest a few dozen deep.
constexpr std::size_t kDeepestNesting = 1024;

// Elements that close themselves (void) or that the next of their kind closes: no nesting.
bool nests(std::string_view name) {
  for (const std::string_view flat :
       {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p",
        "li", "td", "th", "tr", "dt", "dd", "option", "param", "keygen"}) {
    if (name == flat) return false;
  }
  return true;
}

// How deep the tags of `html` open elements, counted as written (an upper bound of the tree's
// depth): whether it goes beyond `limit`. One pass over the bytes.
bool nests_deeper_than(std::string_view html, std::size_t limit) {
  std::size_t depth = 0;
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    if (html.substr(at).starts_with("<!--")) {
      const std::size_t end = html.find("-->", at + 4);
      if (end == std::string_view::npos) break;
      at = end + 2;
      continue;
    }
    const bool closing = at + 1 < html.size() && html[at + 1] == '/';
    std::size_t name_end = at + (closing ? 2 : 1);
    std::string name;
    while (name_end < html.size() && ((html[name_end] >= 'a' && html[name_end] <= 'z') ||
                                      (html[name_end] >= 'A' && html[name_end] <= 'Z') ||
                                      (html[name_end] >= '0' && html[name_end] <= '9'))) {
      name += ascii_lower(html[name_end++]);
    }
    if (name.empty() || !nests(name)) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    const std::size_t tag_end = html.find('>', name_end);
    if (tag_end != std::string_view::npos && tag_end > 0 && html[tag_end - 1] == '/') continue;  // <x/>
    if (++depth > limit) return true;
  }
  return false;
}

}  // namespace

ReadText html_text(std::string_view utf8) {
  if (nests_deeper_than(utf8, kDeepestNesting)) {
    throw ParseError("the HTML nests elements more than " + std::to_string(kDeepestNesting) +
                     " deep, deeper than a page is read");
  }
  const std::unique_ptr<GumboOutput, OutputCloser> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size()));
  if (output == nullptr) throw ParseError("the HTML parser could not read the input");
  ReadText result = Walker().read(content_root(output->document));
  std::erase_if(result.blocks, [](const TextBlock& block) { return block.start == SIZE_MAX; });
  // Blocks in text order (an outer block opens before, and closes after, those inside it).
  std::stable_sort(result.blocks.begin(), result.blocks.end(),
                   [](const TextBlock& a, const TextBlock& b) { return a.start < b.start; });
  return result;
}

}  // namespace hrtext::detail
