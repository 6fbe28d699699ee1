#include "reader/html_text.hpp"

#include <lexbor/dom/interfaces/character_data.h>
#include <lexbor/html/html.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/ascii_case.hpp"
#include "hrtext/error.hpp"
#include "reader/text_layout.hpp"

namespace hrtext::detail {
namespace {

struct DocumentCloser {
  void operator()(lxb_html_document_t* document) const { lxb_html_document_destroy(document); }
};

using Node = lxb_dom_node_t;

bool is_element(const Node& node) { return node.type == LXB_DOM_NODE_TYPE_ELEMENT; }

std::string_view text_of(const Node& node) {
  const auto& data = reinterpret_cast<const lxb_dom_character_data_t&>(node).data;
  return {reinterpret_cast<const char*>(data.data), data.length};
}

// A text node of white space alone (between elements, or around them).
bool is_white_space(const Node& node) {
  if (node.type != LXB_DOM_NODE_TYPE_TEXT) return false;
  const std::string_view text = text_of(node);
  return text.find_first_not_of(" \t\n\r\f") == std::string_view::npos;
}

// What an element is to the text: left out, a block of its own, a line, a part of a table, or
// inline (its text runs on).
enum class Role { kDropped, kInline, kBlock, kHeading, kLineBreak, kList, kListItem, kTable, kRow, kCell, kPre };

Role role_of(uintptr_t tag) {
  switch (tag) {
    case LXB_TAG_SCRIPT: case LXB_TAG_STYLE: case LXB_TAG_NOSCRIPT: case LXB_TAG_TEMPLATE:
    case LXB_TAG_NAV: case LXB_TAG_HEADER: case LXB_TAG_FOOTER: case LXB_TAG_ASIDE:
    case LXB_TAG_FORM: case LXB_TAG_BUTTON: case LXB_TAG_SELECT: case LXB_TAG_TEXTAREA:
    case LXB_TAG_INPUT: case LXB_TAG_IFRAME: case LXB_TAG_SVG: case LXB_TAG_MATH:
    case LXB_TAG_HEAD: case LXB_TAG_TITLE: case LXB_TAG_OBJECT: case LXB_TAG_EMBED:
    case LXB_TAG_CANVAS: case LXB_TAG_AUDIO: case LXB_TAG_VIDEO: case LXB_TAG_MENU:
      return Role::kDropped;
    case LXB_TAG_H1: case LXB_TAG_H2: case LXB_TAG_H3: case LXB_TAG_H4: case LXB_TAG_H5:
    case LXB_TAG_H6:
      return Role::kHeading;
    case LXB_TAG_BR: return Role::kLineBreak;
    case LXB_TAG_UL: case LXB_TAG_OL: case LXB_TAG_DL: return Role::kList;
    case LXB_TAG_LI: case LXB_TAG_DT: case LXB_TAG_DD: return Role::kListItem;
    case LXB_TAG_TABLE: return Role::kTable;
    case LXB_TAG_TR: return Role::kRow;
    case LXB_TAG_TD: case LXB_TAG_TH: return Role::kCell;
    case LXB_TAG_PRE: return Role::kPre;
    case LXB_TAG_P: case LXB_TAG_DIV: case LXB_TAG_SECTION: case LXB_TAG_ARTICLE:
    case LXB_TAG_MAIN: case LXB_TAG_BLOCKQUOTE: case LXB_TAG_FIGURE: case LXB_TAG_FIGCAPTION:
    case LXB_TAG_ADDRESS: case LXB_TAG_HR: case LXB_TAG_CAPTION: case LXB_TAG_CENTER:
    case LXB_TAG_BODY: case LXB_TAG_HTML: case LXB_TAG_FIELDSET: case LXB_TAG_DETAILS:
    case LXB_TAG_SUMMARY: case LXB_TAG_THEAD: case LXB_TAG_TBODY: case LXB_TAG_TFOOT:
      return Role::kBlock;
    default:
      return Role::kInline;
  }
}

// What an element's attributes tell a reader of the page, read in one pass over them.
struct Attributes {
  bool hidden = false;     // hidden, aria-hidden="true", display:none, visibility:hidden
  bool main_role = false;  // role="main"
};

std::string_view view(const lxb_char_t* data, std::size_t length) {
  return data == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(data), length);
}

bool hides(std::string_view style) {
  std::string compact;
  for (const char c : ascii_lower(style)) {
    if (c != ' ') compact += c;
  }
  return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

Attributes attributes_of(const Node& node) {
  Attributes out;
  for (lxb_dom_attr_t* attr = reinterpret_cast<const lxb_dom_element_t&>(node).first_attr; attr != nullptr;
       attr = attr->next) {
    std::size_t name_length = 0;
    const lxb_char_t* name_data = lxb_dom_attr_qualified_name(attr, &name_length);
    const std::string_view name = view(name_data, name_length);
    std::size_t value_length = 0;
    const lxb_char_t* value_data = lxb_dom_attr_value(attr, &value_length);
    const std::string_view value = view(value_data, value_length);
    if (name == "hidden") {
      out.hidden = true;
    } else if (name == "aria-hidden") {
      out.hidden = out.hidden || ascii_lower(value) == "true";
    } else if (name == "style") {
      out.hidden = out.hidden || hides(value);
    } else if (name == "role") {
      out.main_role = ascii_lower(value) == "main";
    }
  }
  return out;
}

bool is_main(const Node& node) {
  return is_element(node) && (node.local_name == LXB_TAG_MAIN || attributes_of(node).main_role);
}

// The page's main content where it marks it (<main>, role="main", else a single <article>),
// found breadth first; else the whole document.
const Node* content_root(const Node* document) {
  std::vector<const Node*> queue = {document};
  const Node* article = nullptr;
  std::size_t articles = 0;
  for (std::size_t next = 0; next < queue.size(); ++next) {
    const Node* node = queue[next];
    if (is_main(*node)) return node;
    if (!is_element(*node) && node->type != LXB_DOM_NODE_TYPE_DOCUMENT) continue;
    if (is_element(*node) && node->local_name == LXB_TAG_ARTICLE && articles++ == 0) article = node;
    for (const Node* child = node->first_child; child != nullptr; child = child->next) queue.push_back(child);
  }
  return articles == 1 ? article : document;
}

// Walks the tree without recursion (pages nest deeply; a hostile one, without end), laying out
// its text.
class Walker {
 public:
  ReadText read(const Node* root) {
    stack_.push_back({root, nullptr, false, false});
    while (!stack_.empty()) {
      Frame& frame = stack_.back();
      if (!frame.opened) {
        frame.opened = true;
        if (!open(frame)) {
          stack_.pop_back();
          continue;
        }
        frame.next_child = frame.node->first_child;
      }
      if (frame.next_child != nullptr) {
        const Node* child = frame.next_child;
        frame.next_child = child->next;
        stack_.push_back({child, nullptr, false, false});
        continue;
      }
      if (frame.laid_out) layout_.close();
      stack_.pop_back();
    }
    return layout_.take(InputFormat::kHtml);
  }

 private:
  struct Frame {
    const Node* node = nullptr;
    const Node* next_child = nullptr;
    bool opened = false;
    bool laid_out = false;  // it opened an element of the layout, to close after its children
  };

  // Returns false for a node whose content is left out.
  bool open(Frame& frame) {
    const Node& node = *frame.node;
    if (node.type == LXB_DOM_NODE_TYPE_TEXT || node.type == LXB_DOM_NODE_TYPE_CDATA_SECTION) {
      if (is_white_space(node) && separates_fields(node)) {
        layout_.line_break();
      } else {
        layout_.text(text_of(node));
      }
      return false;
    }
    if (node.type == LXB_DOM_NODE_TYPE_DOCUMENT) return true;
    if (!is_element(node)) return false;  // comments, doctypes
    const Role role = role_of(node.local_name);
    if (role == Role::kDropped || attributes_of(node).hidden) return false;
    using Element = TextLayout::Element;
    std::optional<Element> laid_out;
    switch (role) {
      case Role::kLineBreak: layout_.line_break(); return false;
      case Role::kHeading: laid_out = Element::kHeading; break;
      case Role::kBlock:
        laid_out = node.local_name == LXB_TAG_HTML || node.local_name == LXB_TAG_BODY ? Element::kDivision
                                                                                      : Element::kBlock;
        break;
      case Role::kPre: laid_out = Element::kPreformatted; break;
      case Role::kList: laid_out = node.local_name == LXB_TAG_OL ? Element::kOrderedList : Element::kList; break;
      case Role::kListItem: laid_out = Element::kListItem; break;
      case Role::kTable: laid_out = Element::kTable; break;
      case Role::kRow: laid_out = Element::kRow; break;
      case Role::kCell: laid_out = Element::kCell; break;
      default: break;
    }
    if (laid_out) {
      layout_.open(*laid_out);
      frame.laid_out = true;
    }
    return true;
  }

  // Whether white space between inline elements sets apart the fields of a block, each on its
  // own line of the source and no text of the block's own among them (a card's "<span
  // class=name>Jez Humble</span>\n<span class=employer>Google</span>"): a line break. Between
  // words of running text ("<p>See <a>this</a>\n<em>now</em>.</p>") it stays a space.
  static bool separates_fields(const Node& space) {
    if (text_of(space).find('\n') == std::string_view::npos) return false;
    const Node* parent = space.parent;
    if (parent == nullptr || !is_element(*parent)) return false;
    const Role parent_role = role_of(parent->local_name);
    if (parent_role != Role::kBlock && parent_role != Role::kListItem && parent_role != Role::kCell) return false;
    const auto inline_element = [](const Node* node) {
      return node != nullptr && is_element(*node) && role_of(node->local_name) == Role::kInline;
    };
    // The nearest sibling on each side that is no white space nor comment.
    const auto skipped = [](const Node* node) {
      return is_white_space(*node) || node->type == LXB_DOM_NODE_TYPE_COMMENT;
    };
    const Node* before = space.prev;
    while (before != nullptr && skipped(before)) before = before->prev;
    const Node* after = space.next;
    while (after != nullptr && skipped(after)) after = after->next;
    if (!inline_element(before) || !inline_element(after)) return false;
    for (const Node* sibling = parent->first_child; sibling != nullptr; sibling = sibling->next) {
      if (sibling->type == LXB_DOM_NODE_TYPE_TEXT && !is_white_space(*sibling)) return false;
    }
    return true;
  }

  std::vector<Frame> stack_;
  TextLayout layout_;
};

// An HTML5 parser takes time that grows with the square of how deep elements nest (each new
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
  // One parser document a thread, parsed again for each page (lexbor cleans it first): its
  // first block of memory is kept from page to page instead of allocated afresh.
  thread_local const std::unique_ptr<lxb_html_document_t, DocumentCloser> document(lxb_html_document_create());
  if (document == nullptr ||
      lxb_html_document_parse(document.get(), reinterpret_cast<const lxb_char_t*>(utf8.data()), utf8.size()) !=
          LXB_STATUS_OK) {
    throw ParseError("the HTML parser could not read the input (out of memory)");
  }
  return Walker().read(content_root(lxb_dom_interface_node(document.get())));
}

}  // namespace hrtext::detail
