#include "base/number_format.h"

#include "base/units.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace cs {

std::string formatNumber(const char* pattern, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

std::string significantDigits(double value) {
    constexpr double kExponentBelow = 1e-3, kNoDecimalsFrom = 1000;
    if (value != 0 && std::abs(value) < kExponentBelow)
        return formatNumber("%.2e", value);
    if (std::abs(value) >= kNoDecimalsFrom)
        return formatNumber("%.0f", value);
    return formatNumber("%.3g", value);
}

std::string prefixedQuantity(double value, const std::string& unit) {
    static constexpr std::array kPrefixes = {"", "k", "M", "G", "T", "P", "E"};
    std::size_t prefix = 0;
    while (std::abs(value) >= kKilo && prefix + 1 < kPrefixes.size()) {
        value /= kKilo;
        ++prefix;
    }
    const std::string number = significantDigits(value);
    if (unit.empty() || unit.starts_with("token"))
        return number + kPrefixes[prefix] + (unit.empty() ? "" : " " + unit);
    return number + " " + kPrefixes[prefix] + unit;
}

std::string groupedCount(std::size_t value) {
    const std::string digits = std::to_string(value);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

std::string percentText(double fraction) {
    return formatNumber("%.1f %%", fraction * kPercent);
}

std::string formatQuantity(double value, const std::string& unit) {
    constexpr double kSecondsUpTo = 120; // below two minutes: seconds; below two days: hours
    if (unit == "s") {
        if (std::abs(value) < kSecondsUpTo)
            return significantDigits(value) + " s";
        if (std::abs(value) < 2 * kSecondsPerDay)
            return significantDigits(value / kSecondsPerHour) + " h";
        return significantDigits(value / kSecondsPerDay) + " days";
    }
    if (unit == "B" || unit == "W" || unit == "Wh" || unit == "B/s" || unit == "b/s" || unit == "FLOP" ||
        unit == "tokens" || unit == "tokens/s")
        return prefixedQuantity(value, unit);
    if (unit == "GB/s")
        return prefixedQuantity(value * kGiga, "B/s");
    if (unit == "kWh")
        return prefixedQuantity(value * kWattsPerKilowatt, "Wh");
    if (unit.empty())
        return prefixedQuantity(value, unit); // counts: 68.8G parameters
    return significantDigits(value) + " " + unit;
}

std::string hundredthsText(double value) {
    char buffer[32];
    const double rounded = std::round(value * 100) / 100;
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded == 0 ? 0.0 : rounded);
    return {buffer, result.ptr};
}

} // namespace cs
