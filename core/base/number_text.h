#pragma once

#include <string>

namespace cs {

// The shortest text for a figure rounded to hundredths, as files carry it: "6", "2.5", "0.1", "-12.25".
std::string hundredthsText(double value);

} // namespace cs
