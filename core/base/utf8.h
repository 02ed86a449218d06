#pragma once

#include <optional>
#include <string_view>

namespace cs {

// The byte offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no overlong forms,
// no surrogates, nothing above U+10FFFF); nothing when the whole text is valid.
std::optional<std::size_t> invalidUtf8Offset(std::string_view text);

} // namespace cs
