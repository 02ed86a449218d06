#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cs {

// Number and unit formatting shared by the CLI's text, the report and the studio (which shows core's text).

// `value` through a printf pattern with one floating-point conversion ("%.1f GiB").
std::string formatNumber(const char* pattern, double value);
// Three significant digits, without an exponent below a million; %.2e below 0.001.
std::string significantDigits(double value);
// value / 1000^k with its decimal prefix: units of measure take the prefix (1.2 kW), counted things take it
// on the number (112k tokens/s, 68.8G).
std::string prefixedQuantity(double value, const std::string& unit);
// A count with thousands separators: 20,480.
std::string groupedCount(std::size_t value);
// A fraction in per cent with one decimal: "12.5 %".
std::string percentText(double fraction);
// True for an ISO 4217 code ("USD", "EUR", "CNY"): the unit of an amount of money.
bool isCurrencyCode(std::string_view unit);
// An amount of money with its currency: whole units with thousands separators from 100 on ("91,697 USD"),
// else two decimals ("0.10 USD").
std::string formatMoney(double amount, const std::string& currency);
// A figure with its unit, readable: seconds as s, h or days; bytes, watts, bit and byte rates, FLOP and
// tokens with decimal prefixes; GB/s and kWh rescaled to B/s and Wh; a plain count with k, M, G, T, P.
std::string formatQuantity(double value, const std::string& unit);

} // namespace cs
