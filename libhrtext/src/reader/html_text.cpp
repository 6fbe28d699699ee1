#include "reader/html_text.hpp"

#include <gumbo.h>

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

// Walks the tree without recursion (pages nest deeply; a hostile one, without end), laying out
// its text.
class Walker {
 public:
  ReadText read(const GumboNode* root) {
    stack_.push_back({root, 0, false, false});
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
        stack_.push_back({child, 0, false, false});
        continue;
      }
      if (frame.laid_out) layout_.close();
      stack_.pop_back();
    }
    return layout_.take(InputFormat::kHtml);
  }

 private:
  struct Frame {
    const GumboNode* node = nullptr;
    unsigned next_child = 0;
    bool opened = false;
    bool laid_out = false;  // it opened an element of the layout, to close after its children
  };

  static const GumboVector* children_of(const GumboNode& node) {
    if (node.type == GUMBO_NODE_DOCUMENT) return &node.v.document.children;
    if (node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE) return &node.v.element.children;
    return nullptr;
  }

  // Returns false for a node whose content is left out.
  bool open(Frame& frame) {
    const GumboNode& node = *frame.node;
    if (node.type == GUMBO_NODE_WHITESPACE && separates_fields(node)) {
      layout_.line_break();
      return false;
    }
    if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE || node.type == GUMBO_NODE_CDATA) {
      layout_.text(node.v.text.text);
      return false;
    }
    if (node.type == GUMBO_NODE_DOCUMENT) return true;
    if (node.type != GUMBO_NODE_ELEMENT) return false;  // comments, templates
    const GumboElement& element = node.v.element;
    const Role role = role_of(element.tag);
    if (role == Role::kDropped || hidden(element)) return false;
    using Element = TextLayout::Element;
    std::optional<Element> laid_out;
    switch (role) {
      case Role::kLineBreak: layout_.line_break(); return false;
      case Role::kHeading: laid_out = Element::kHeading; break;
      case Role::kBlock:
        laid_out = element.tag == GUMBO_TAG_HTML || element.tag == GUMBO_TAG_BODY ? Element::kDivision : Element::kBlock;
        break;
      case Role::kPre: laid_out = Element::kPreformatted; break;
      case Role::kList: laid_out = element.tag == GUMBO_TAG_OL ? Element::kOrderedList : Element::kList; break;
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
  static bool separates_fields(const GumboNode& space) {
    if (std::string_view(space.v.text.text).find('\n') == std::string_view::npos) return false;
    const GumboNode* parent = space.parent;
    if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return false;
    const Role parent_role = role_of(parent->v.element.tag);
    if (parent_role != Role::kBlock && parent_role != Role::kListItem && parent_role != Role::kCell) return false;
    const GumboVector& siblings = parent->v.element.children;
    const auto inline_element = [](const GumboNode* node) {
      return node->type == GUMBO_NODE_ELEMENT && role_of(node->v.element.tag) == Role::kInline;
    };
    // The nearest sibling on each side that is no white space nor comment.
    const auto nearest = [&](std::size_t from, int step) -> const GumboNode* {
      for (auto at = static_cast<std::ptrdiff_t>(from) + step; at >= 0 && at < static_cast<std::ptrdiff_t>(siblings.length);
           at += step) {
        const auto* node = static_cast<const GumboNode*>(siblings.data[at]);
        if (node->type != GUMBO_NODE_WHITESPACE && node->type != GUMBO_NODE_COMMENT) return node;
      }
      return nullptr;
    };
    const GumboNode* before = nearest(space.index_within_parent, -1);
    const GumboNode* after = nearest(space.index_within_parent, 1);
    if (before == nullptr || after == nullptr || !inline_element(before) || !inline_element(after)) return false;
    for (unsigned i = 0; i < siblings.length; ++i) {
      if (static_cast<const GumboNode*>(siblings.data[i])->type == GUMBO_NODE_TEXT) return false;
    }
    return true;
  }

  std::vector<Frame> stack_;
  TextLayout layout_;
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
  return Walker().read(content_root(output->document));
}

}  // namespace hrtext::detail
