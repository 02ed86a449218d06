#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace cs {

// Disjoint sets over small dense integer ids (device ids), with path halving and union by size. An id joins
// the sets once added or joined; the others are not members.
class UnionFind {
public:
    explicit UnionFind(std::size_t idLimit)
        : parent_(idLimit, kNone)
        , size_(idLimit, 1) {}

    void add(std::uint32_t id) {
        if (parent_[id] == kNone)
            parent_[id] = id;
    }
    bool member(std::uint32_t id) const { return parent_[id] != kNone; }
    std::uint32_t root(std::uint32_t id) {
        while (parent_[id] != id) {
            parent_[id] = parent_[parent_[id]];
            id = parent_[id];
        }
        return id;
    }
    void join(std::uint32_t a, std::uint32_t b) {
        add(a);
        add(b);
        a = root(a);
        b = root(b);
        if (a == b)
            return;
        if (size_[a] < size_[b])
            std::swap(a, b);
        parent_[b] = a;
        size_[a] += size_[b];
    }

private:
    static constexpr std::uint32_t kNone = 0; // ids start at 1
    std::vector<std::uint32_t> parent_;
    std::vector<std::uint32_t> size_;
};

} // namespace cs
