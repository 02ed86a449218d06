#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace cs {

// The file-format ids of an enum, indexed by its values: the value whose id is `id`, none when no id matches.
template <typename Enum, std::size_t N>
constexpr std::optional<Enum> enumOfId(const std::array<std::string_view, N>& ids, std::string_view id) {
    for (std::size_t i = 0; i < N; ++i) {
        if (ids[i] == id)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace cs
