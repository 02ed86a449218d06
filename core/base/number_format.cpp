#include "base/number_format.h"

#include "base/units.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace cs {

namespace {

// "-1234567" -> "-1,234,567": the separators of an integer's text.
std::string groupedDigits(const std::string& integer) {
    const std::size_t sign = !integer.empty() && integer.front() == '-' ? 1 : 0;
    const std::size_t digits = integer.size() - sign;
    std::string grouped = integer.substr(0, sign);
    for (std::size_t i = 0; i < digits; ++i) {
        if (i > 0 && (digits - i) % 3 == 0)
            grouped += ',';
        grouped += integer[sign + i];
    }
    return grouped;
}

} // namespace

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
        return groupedDigits(formatNumber("%.0f", value));
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
    return groupedDigits(std::to_string(value));
}

std::string percentText(double fraction) {
    return formatNumber("%.1f %%", fraction * kPercent);
}

bool isCurrencyCode(std::string_view unit) {
    return unit.size() == 3 &&
           std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string formatMoney(double amount, const std::string& currency) {
    constexpr double kWholeUnitsFrom = 100;
    const std::string number = std::abs(amount) >= kWholeUnitsFrom
                                   ? groupedDigits(formatNumber("%.0f", amount))
                                   : formatNumber("%.2f", amount);
    return number + " " + currency;
}

std::string formatQuantity(double value, const std::string& unit) {
    if (isCurrencyCode(unit))
        return formatMoney(value, unit);
    constexpr double kSecondsUpTo = 120; // below two minutes: seconds; two hours: minutes; two days: hours
    if (unit == "s") {
        if (std::abs(value) < kSecondsUpTo)
            return significantDigits(value) + " s";
        if (std::abs(value) < 2 * kSecondsPerHour)
            return significantDigits(value / kSecondsPerMinute) + " min";
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
    if (unit == "MWh")
        return prefixedQuantity(value * kWattsPerKilowatt * kWattsPerKilowatt, "Wh");
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
