#pragma once

namespace cs {

// Unit conversions, once for every module: decimal prefixes (SI), binary GiB (IEC 80000-13), bits, time.
inline constexpr double kKilo = 1e3;
inline constexpr double kGiga = 1e9;
inline constexpr double kTera = 1e12;
inline constexpr double kBytesPerGib = 1024.0 * 1024 * 1024;
inline constexpr double kBitsPerByte = 8;
inline constexpr double kWattsPerKilowatt = 1000;
inline constexpr double kMillisecondsPerSecond = 1000;
inline constexpr double kSecondsPerMinute = 60;
inline constexpr double kSecondsPerHour = 3600;
inline constexpr double kSecondsPerDay = 86'400;
inline constexpr double kPercent = 100; // a fraction shown in %

} // namespace cs
