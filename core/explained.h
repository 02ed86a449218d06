#pragma once

#include <string>
#include <vector>

namespace cs {

// One named input of a formula, with its value and unit, as a tooltip or the report lists it.
struct ExplainedInput {
    std::string name;
    double value = 0;
    std::string unit;
};

// An output value that can explain itself: the number, its unit, the formula that gave it, the inputs that
// went in, and where the formula comes from.
struct Explained {
    double value = 0;
    std::string unit;
    std::string formula;
    std::vector<ExplainedInput> inputs;
    std::string source;
};

} // namespace cs
