#pragma once

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
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

// Named values in output order: the keys of `estimate --json` and their explanations.
using ExplainedValues = std::vector<std::pair<std::string, Explained>>;

// The value of `key`; a key that is not there is a programming error: std::out_of_range naming it (never
// undefined behaviour or a silent zero).
inline const Explained& explainedValue(const ExplainedValues& values, std::string_view key) {
    const auto found =
        std::find_if(values.begin(), values.end(), [key](const auto& value) { return value.first == key; });
    if (found == values.end())
        throw std::out_of_range("no explained value '" + std::string(key) + "'");
    return found->second;
}

// Collects ExplainedValues, one add() per output.
class ExplainedBuilder {
public:
    void add(std::string key, double value, std::string unit, std::string formula,
             std::vector<ExplainedInput> inputs, std::string source = {}) {
        values_.push_back({std::move(key), Explained{value, std::move(unit), std::move(formula),
                                                     std::move(inputs), std::move(source)}});
    }
    ExplainedValues take() { return std::move(values_); }

private:
    ExplainedValues values_;
};

} // namespace cs
