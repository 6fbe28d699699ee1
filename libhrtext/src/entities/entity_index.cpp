#include "entities/entity_index.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>

#include "document/normalizer.hpp"
#include "gazetteer/instruments.hpp"
#include "hrtext/error.hpp"
#include "match/tokens.hpp"

namespace hrtext::detail {
namespace {

// The gazetteer the options ask for: the built-in entries (unless switched off) less the
// removed ids, with added entries replacing those of the same id.
std::vector<GazetteerEntry> selected_entries(const EntityOptions& options) {
  std::vector<GazetteerEntry> entries;
  if (options.builtin) entries = builtin_gazetteer();
  const auto removed = [&](const GazetteerEntry& entry) {
    return std::find(options.remove.begin(), options.remove.end(), entry.id) != options.remove.end() ||
           std::any_of(options.add.begin(), options.add.end(),
                       [&](const GazetteerEntry& added) { return added.id == entry.id; });
  };
  for (const std::string& id : options.remove) {
    const bool known = std::any_of(entries.begin(), entries.end(),
                                   [&](const GazetteerEntry& entry) { return entry.id == id; });
    if (!known) throw ParseError("cannot remove '" + id + "': no gazetteer entry has that id");
  }
  std::erase_if(entries, removed);
  for (const GazetteerEntry& added : options.add) {
    if (added.id.empty() || added.name.empty()) {
      throw ParseError("a gazetteer entry needs an id and a name (got id '" + added.id +
                       "', name '" + added.name + "')");
    }
    entries.push_back(added);
  }
  return entries;
}

// A name written in capitals, with at least three letters: "ARTICLE 19", "FORUM-ASIA".
bool is_all_caps(std::string_view written) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < written.size();) {
    UChar32 c;
    U8_NEXT_UNSAFE(written.data(), i, c);
    if (u_islower(c)) return false;
    letters += u_isupper(c) ? 1 : 0;
  }
  return letters >= 3;
}

class IndexBuilder {
 public:
  std::uint32_t add_entity(IndexedEntity entity, const std::string& name,
                           const std::vector<std::string>& aliases,
                           const std::vector<std::string>& acronyms) {
    entities_.push_back(std::move(entity));
    const auto index = static_cast<std::uint32_t>(entities_.size() - 1);
    add_form(index, name, false);
    for (const std::string& alias : aliases) add_form(index, alias, false);
    for (const std::string& acronym : acronyms) add_form(index, acronym, true);
    return index;
  }

  EntityIndex finish() && {
    PhraseMatcher matcher = std::move(builder_).build();
    forms_.resize(matcher.phrase_count());
    return {std::move(matcher), std::move(entities_), std::move(forms_), form_count_};
  }

 private:
  void add_form(std::uint32_t entity, std::string_view written, bool acronym) {
    NameForm form;
    form.entity = entity;
    form.acronym = acronym;
    if (!written.empty() && written.back() == '?') {
      form.needs_support = true;
      written.remove_suffix(1);
    }
    const std::string normalized = NormalizedViewBuilder::build(written).text();
    std::size_t tokens = 0;
    for_each_token(normalized, [&](std::size_t, std::size_t) { ++tokens; });
    if (tokens == 0) return;  // nothing but white space: no form
    form.written = std::string(written);
    if (acronym) {
      std::erase(form.written, ' ');  // "E. U." is compared as "E.U."
    } else {
      UChar32 first;
      std::size_t at = 0;
      U8_NEXT_UNSAFE(written.data(), at, first);
      // One-word names ("Chad", "Memorial") and names of NGOs ("People in Need", "Transform
      // Trade") are words of ordinary prose too: they must be written with their capital.
      const bool ngo = entities_[entity].kind == EntityKind::kNgo;
      form.capitalised = (tokens == 1 || ngo) && u_isupper(first);
      form.all_caps = is_all_caps(written);
    }
    const std::uint32_t phrase = builder_.add(normalized);
    if (phrase >= forms_.size()) forms_.resize(phrase + 1);
    std::vector<NameForm>& same_phrase = forms_[phrase];
    const bool duplicate = std::any_of(same_phrase.begin(), same_phrase.end(), [&](const NameForm& f) {
      return f.entity == form.entity && f.acronym == form.acronym && f.written == form.written;
    });
    if (duplicate) return;
    if (same_phrase.size() == EntityIndex::kMaxFormsPerPhrase) {
      throw LimitError("more than " + std::to_string(EntityIndex::kMaxFormsPerPhrase) +
                       " gazetteer entries share the name form '" + form.written + "'");
    }
    same_phrase.push_back(std::move(form));
    ++form_count_;
  }

  PhraseMatcher::Builder builder_;
  std::vector<IndexedEntity> entities_;
  std::vector<std::vector<NameForm>> forms_;
  std::size_t form_count_ = 0;
};

}  // namespace

EntityIndex EntityIndex::compile(const EntityOptions& options) {
  IndexBuilder builder;
  for (const GazetteerEntry& entry : selected_entries(options)) {
    builder.add_entity({entry.kind, entry.id, entry.name}, entry.name, entry.aliases, entry.acronyms);
  }
  for (const InstrumentEntry& instrument : builtin_instruments()) {
    builder.add_entity({std::nullopt, instrument.id, instrument.name}, instrument.name,
                       instrument.aliases, instrument.acronyms);
  }
  return std::move(builder).finish();
}

}  // namespace hrtext::detail
