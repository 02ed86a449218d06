#include "base/utf8.h"

namespace cs {

std::optional<std::size_t> invalidUtf8Offset(std::string_view text) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const auto continuation = [&](std::size_t i) { return i < text.size() && (byte(i) & 0xC0) == 0x80; };
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char lead = byte(i);
        std::size_t length = 0;
        // The well-formed ranges of the second byte (RFC 3629, section 4) exclude overlong forms, UTF-16
        // surrogates and code points above U+10FFFF.
        unsigned char second_min = 0x80, second_max = 0xBF;
        if (lead < 0x80) {
            length = 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                second_min = 0xA0;
            else if (lead == 0xED)
                second_max = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                second_min = 0x90;
            else if (lead == 0xF4)
                second_max = 0x8F;
        } else {
            return i;
        }
        if (length > 1 && (!continuation(i + 1) || byte(i + 1) < second_min || byte(i + 1) > second_max))
            return i;
        for (std::size_t k = 2; k < length; ++k) {
            if (!continuation(i + k))
                return i;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace cs
