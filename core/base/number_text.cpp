#include "base/number_text.h"

#include <charconv>
#include <cmath>

namespace cs {

std::string hundredthsText(double value) {
    char buffer[32];
    const double rounded = std::round(value * 100) / 100;
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded == 0 ? 0.0 : rounded);
    return {buffer, result.ptr};
}

} // namespace cs
