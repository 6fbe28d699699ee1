#pragma once

// Open-addressing hash tables for the phrase matcher's hot loop: one probe sequence in one
// array, no allocation per lookup. They are built once and only read afterwards.

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace hrtext::detail {

// The finalizer of SplitMix64: a cheap mixer with good avalanche.
inline std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Eight bytes at a time, each chunk mixed in: tokens are short, so most take one round.
inline std::uint64_t hash_bytes(std::string_view bytes) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ bytes.size();
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, bytes.data() + i, 8);
    h = mix64(h ^ chunk);
  }
  // The last 1 to 7 bytes, read with fixed-size loads (overlapping where the size is not a power
  // of two): a memcpy of a variable size is a call into libc, once per token.
  const std::size_t rest = bytes.size() - i;
  if (rest == 0) return h;
  const char* tail_bytes = bytes.data() + i;
  std::uint64_t tail;
  if (rest >= 4) {
    std::uint32_t head4;
    std::uint32_t last4;
    std::memcpy(&head4, tail_bytes, 4);
    std::memcpy(&last4, tail_bytes + rest - 4, 4);
    tail = std::uint64_t{last4} << 32 | head4;
  } else if (rest >= 2) {
    std::uint16_t head2;
    std::uint16_t last2;
    std::memcpy(&head2, tail_bytes, 2);
    std::memcpy(&last2, tail_bytes + rest - 2, 2);
    tail = std::uint64_t{last2} << 16 | head2;
  } else {
    tail = static_cast<unsigned char>(tail_bytes[0]);
  }
  return mix64(h ^ tail);
}

// Whether `a` and `b`, both `size` bytes long, hold the same bytes: fixed-size loads
// (overlapping where the size is no multiple of them) instead of a call into libc, once per
// token looked up.
inline bool same_bytes(const char* a, const char* b, std::size_t size) {
  const auto equal_at = [&]<typename Word>(std::size_t at, Word) {
    Word x;
    Word y;
    std::memcpy(&x, a + at, sizeof(Word));
    std::memcpy(&y, b + at, sizeof(Word));
    return x == y;
  };
  if (size >= 8) {
    for (std::size_t i = 0; i + 8 <= size; i += 8) {
      if (!equal_at(i, std::uint64_t{})) return false;
    }
    return equal_at(size - 8, std::uint64_t{});
  }
  if (size >= 4) return equal_at(0, std::uint32_t{}) && equal_at(size - 4, std::uint32_t{});
  if (size >= 2) return equal_at(0, std::uint16_t{}) && equal_at(size - 2, std::uint16_t{});
  return size == 0 || a[0] == b[0];
}

// A set of hashes in 2^17 bits (16 KiB, in the first-level cache): test() is false for every
// hash never added, and true for about one in eight others when 16,000 were added.
class HashFilter {
 public:
  void add(std::uint64_t hash) { bits_[slot(hash) / 64] |= std::uint64_t{1} << (slot(hash) % 64); }
  [[nodiscard]] bool test(std::uint64_t hash) const {
    return (bits_[slot(hash) / 64] >> (slot(hash) % 64) & 1) != 0;
  }

 private:
  static constexpr std::size_t kBits = std::size_t{1} << 17;
  static std::size_t slot(std::uint64_t hash) { return static_cast<std::size_t>(hash >> 47); }
  std::array<std::uint64_t, kBits / 64> bits_{};  // in the object: no pointer to load per test
};

// A set of tokens known by their first four bytes and their length, in 2^16 bits (8 KiB, in the
// first-level cache). Asked before hashing a token, it turns most tokens of running text away
// for a few instructions: with the 3,000 first tokens of the gazetteers' names, about one token
// in twenty that starts none passes.
class TokenPrefixFilter {
 public:
  void add(std::string_view token) { bits_[slot(token) / 64] |= std::uint64_t{1} << (slot(token) % 64); }
  [[nodiscard]] bool test(std::string_view token) const {
    return (bits_[slot(token) / 64] >> (slot(token) % 64) & 1) != 0;
  }

 private:
  static constexpr unsigned kBitsLog2 = 16;
  static constexpr std::size_t kBits = std::size_t{1} << kBitsLog2;
  static std::size_t slot(std::string_view token) {
    // The first four bytes, or the first two and the last one of a shorter token (read with
    // fixed-size loads, as hash_bytes does).
    std::uint32_t prefix = 0;
    if (token.size() >= 4) {
      std::memcpy(&prefix, token.data(), 4);
    } else if (token.size() >= 2) {
      std::uint16_t first2;
      std::memcpy(&first2, token.data(), 2);
      prefix = std::uint32_t{first2} | std::uint32_t{static_cast<unsigned char>(token.back())} << 16;
    } else if (!token.empty()) {
      prefix = static_cast<unsigned char>(token[0]);
    }
    const std::uint64_t key = std::uint64_t{prefix} | std::uint64_t{token.size()} << 32;
    // Multiplicative hashing: the top bits of the product depend on every bit of the key.
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - kBitsLog2));
  }
  std::array<std::uint64_t, kBits / 64> bits_{};
};

// uint64 key -> uint32 value. Keys must not be kEmptyKey.
class FlatU64Map {
 public:
  static constexpr std::uint64_t kEmptyKey = ~std::uint64_t{0};
  static constexpr std::uint32_t kMissing = UINT32_MAX;

  // Inserts the key with `value` unless present; returns the value stored for it.
  std::uint32_t emplace(std::uint64_t key, std::uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    Slot& slot = find_slot(key);
    if (slot.key == kEmptyKey) {
      slot = {key, value};
      ++size_;
    }
    return slot.value;
  }

  [[nodiscard]] std::uint32_t find(std::uint64_t key) const {
    if (slots_.empty()) return kMissing;
    const Slot& slot = const_cast<FlatU64Map*>(this)->find_slot(key);
    return slot.key == kEmptyKey ? kMissing : slot.value;
  }

  [[nodiscard]] std::size_t size() const noexcept { return size_; }

 private:
  struct Slot {
    std::uint64_t key = kEmptyKey;
    std::uint32_t value = 0;
  };

  Slot& find_slot(std::uint64_t key) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = mix64(key) & mask;; i = (i + 1) & mask) {
      if (slots_[i].key == key || slots_[i].key == kEmptyKey) return slots_[i];
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    for (const Slot& slot : old) {
      if (slot.key != kEmptyKey) find_slot(slot.key) = slot;
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

// Distinct strings -> dense ids 0, 1, 2, ... in order of insertion.
class FlatStringIds {
 public:
  static constexpr std::uint32_t kMissing = UINT32_MAX;

  // The id of `text`, added if new.
  std::uint32_t intern(std::string_view text) {
    const std::uint64_t hash = hash_bytes(text);
    if (const std::uint32_t id = lookup(text, hash); id != kMissing) return id;
    if ((strings_.size() + 1) * 2 > slots_.size()) grow();
    const auto id = static_cast<std::uint32_t>(strings_.size());
    strings_.push_back({hash, static_cast<std::uint32_t>(bytes_.size()), static_cast<std::uint32_t>(text.size())});
    bytes_.append(text);
    place(id);
    return id;
  }

  [[nodiscard]] std::uint32_t find(std::string_view text) const {
    return slots_.empty() ? kMissing : lookup(text, hash_bytes(text));
  }
  // The same, with the hash_bytes() of `text` already computed.
  [[nodiscard]] std::uint32_t find(std::string_view text, std::uint64_t hash) const {
    return slots_.empty() ? kMissing : lookup(text, hash);
  }

  [[nodiscard]] std::size_t size() const noexcept { return strings_.size(); }

  // The string of an id.
  [[nodiscard]] std::string_view text(std::uint32_t id) const {
    return std::string_view(bytes_).substr(strings_[id].offset, strings_[id].length);
  }

 private:
  struct Entry {
    std::uint64_t hash;
    std::uint32_t offset;  // into bytes_
    std::uint32_t length;
  };

  [[nodiscard]] std::uint32_t lookup(std::string_view text, std::uint64_t hash) const {
    if (slots_.empty()) return kMissing;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const std::uint32_t id = slots_[i];
      if (id == kMissing) return kMissing;
      const Entry& e = strings_[id];
      if (e.hash == hash && e.length == text.size() && same_bytes(bytes_.data() + e.offset, text.data(), text.size())) {
        return id;
      }
    }
  }

  void place(std::uint32_t id) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = strings_[id].hash & mask;
    while (slots_[i] != kMissing) i = (i + 1) & mask;
    slots_[i] = id;
  }

  void grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, kMissing);
    for (std::uint32_t id = 0; id < strings_.size(); ++id) place(id);
  }

  std::vector<std::uint32_t> slots_;
  std::vector<Entry> strings_;
  std::string bytes_;
};

}  // namespace hrtext::detail
